//! Long contiguous runs take a different vector width than short ones on
//! some processors (see `level_for` in src/ufunc/kernels.rs); their results
//! must be the same IEEE values, checked here against Rust's own scalar
//! arithmetic, element by element, for runs below and above the switch.

use std::sync::Arc;

use ndc::array::Order;
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
