//! Long contiguous runs take a different vector width than short ones on
//! some processors (see `level_for` in src/ufunc/kernels.rs), and outputs
//! of 16 MiB or more are written with streaming stores out of a small
//! buffer; their results must be the same IEEE values, checked here against
//! Rust's own scalar arithmetic, element by element, for runs below and
//! above each switch.

use std::sync::Arc;

use ndc::array::Order;
use ndc::index::{getitem, Index};
use ndc::ufunc::{call, lookup, UfuncOptions};
use ndc::{Array, DType};

fn array(dtype: DType, n: usize, f: impl Fn(f64) -> f64) -> Arc<Array> {
    let a = Array::empty(dtype, &[n], Order::C).unwrap();
    for i in 0..n {
        let v = f(i as f64);
        match dtype {
            DType::Float32 => a.set::<f32>(&[i as i64], v as f32).unwrap(),
            _ => a.set::<f64>(&[i as i64], v).unwrap(),
        }
    }
    Arc::new(a)
}

macro_rules! check {
    ($t:ty, $dtype:expr, $n:expr) => {{
        let a = array($dtype, $n, |x| (x * 0.37).sin() * 1e3);
        let b = array($dtype, $n, |x| (x * 0.11).cos() + 1.5);
        let (va, vb) = (a.to_vec::<$t>(), b.to_vec::<$t>());
        let cases: [(&str, fn($t, $t) -> $t); 5] = [
            ("add", |x, y| x + y),
            ("subtract", |x, y| x - y),
            ("multiply", |x, y| x * y),
            ("divide", |x, y| x / y),
            ("maximum", |x, y| x.max(y)),
        ];
        for (name, f) in cases {
            let r = call(lookup(name).unwrap(), &[&a, &b], &UfuncOptions::default()).unwrap();
            let got = r[0].to_vec::<$t>();
            for i in 0..$n {
                let want = f(va[i], vb[i]);
                assert_eq!(got[i].to_bits(), want.to_bits(), "{name} n={} i={i}", $n);
            }
        }
        let r = call(lookup("negative").unwrap(), &[&a], &UfuncOptions::default()).unwrap();
        let got = r[0].to_vec::<$t>();
        for i in 0..$n {
            assert_eq!(got[i].to_bits(), (-va[i]).to_bits(), "negative i={i}");
        }
    }};
}

#[test]
fn long_runs_give_the_same_values_as_short_ones() {
    for n in [1000usize, (1 << 15) + 3, 100_000] {
        check!(f64, DType::Float64, n);
        check!(f32, DType::Float32, n);
    }
}

/// Outputs of 16 MiB and more, on one and two threads, into a fresh output
/// and into `out=` views whose first element is not 32-byte aligned and
/// whose length is not a whole number of blocks.
#[test]
fn streamed_outputs_give_the_same_values() {
    let n = (1usize << 21) + 13;
    let a = array(DType::Float64, n, |x| (x * 0.37).sin() * 1e3);
    let b = array(DType::Float64, n, |x| (x * 0.11).cos() + 1.5);
    let (va, vb) = (a.to_vec::<f64>(), b.to_vec::<f64>());
    let base = Arc::new(Array::empty(DType::Float64, &[n + 3], Order::C).unwrap());
    for threads in [1, 2] {
        ndc::threads::set_num_threads(threads).unwrap();
        for skip in [0i64, 1, 3] {
            let out = if skip == 0 {
                None
            } else {
                let end = Some(skip + n as i64);
                Some(Arc::new(
                    getitem(&base, &[Index::Slice(Some(skip), end, None)]).unwrap(),
                ))
            };
            let opts = UfuncOptions {
                out: vec![out.clone()],
                ..UfuncOptions::default()
            };
            let r = call(lookup("multiply").unwrap(), &[&a, &b], &opts).unwrap();
            let got = r[0].to_vec::<f64>();
            assert_eq!(got.len(), n);
            for i in 0..n {
                let want = va[i] * vb[i];
                assert_eq!(
                    got[i].to_bits(),
                    want.to_bits(),
                    "threads={threads} skip={skip} i={i}"
                );
            }
        }
    }
    let c = array(DType::Float32, 2 * n, |x| (x * 0.21).sin() + 0.5);
    let vc = c.to_vec::<f32>();
    let r = call(lookup("negative").unwrap(), &[&c], &UfuncOptions::default()).unwrap();
    for (i, x) in r[0].to_vec::<f32>().iter().enumerate() {
        assert_eq!(x.to_bits(), (-vc[i]).to_bits(), "negative i={i}");
    }
}
