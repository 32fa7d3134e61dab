//! Vectorizable math (`ufunc::ops::vmath`) against the C library called per
//! element, on 1e6-element slices of uniform values in [0, 10) (the inputs
//! the NumPy comparison in the module report uses).

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use ndc::ufunc::ops::{libm, vmath};

const N: usize = 1_000_000;

fn inputs() -> Vec<f64> {
    let mut s: u64 = 0x2545F4914F6CDD1D;
    (0..N)
        .map(|_| {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            (s >> 11) as f64 * (10.0 / 9007199254740992.0)
        })
        .collect()
}

macro_rules! pair {
    ($c:expr, $name:literal, $x:expr, $o:expr, $ours:path, $cfn:path) => {{
        let x = $x;
        let o = $o;
        $c.bench_function(concat!($name, " vmath"), |b| {
            b.iter(|| $ours(black_box(&x[..]), &mut o[..]))
        });
        $c.bench_function(concat!($name, " libm"), |b| {
            b.iter(|| {
                for (d, &s) in o.iter_mut().zip(black_box(&x[..])) {
                    // SAFETY: pure C library function.
                    *d = unsafe { $cfn(s) };
                }
            })
        });
    }};
}

fn bench(c: &mut Criterion) {
    let x64 = inputs();
    let x32: Vec<f32> = x64.iter().map(|&v| v as f32).collect();
    let mut o64 = vec![0.0f64; N];
    let mut o32 = vec![0.0f32; N];
    pair!(c, "exp f64", &x64, &mut o64, vmath::exp_f64, libm::exp);
    pair!(c, "exp2 f64", &x64, &mut o64, vmath::exp2_f64, libm::exp2);
    pair!(c, "log f64", &x64, &mut o64, vmath::log_f64, libm::log);
    pair!(c, "sin f64", &x64, &mut o64, vmath::sin_f64, libm::sin);
    pair!(c, "cos f64", &x64, &mut o64, vmath::cos_f64, libm::cos);
    pair!(c, "tanh f64", &x64, &mut o64, vmath::tanh_f64, libm::tanh);
    pair!(c, "exp f32", &x32, &mut o32, vmath::exp_f32, libm::expf);
    pair!(c, "exp2 f32", &x32, &mut o32, vmath::exp2_f32, libm::exp2f);
    pair!(c, "log f32", &x32, &mut o32, vmath::log_f32, libm::logf);
    pair!(c, "sin f32", &x32, &mut o32, vmath::sin_f32, libm::sinf);
    pair!(c, "cos f32", &x32, &mut o32, vmath::cos_f32, libm::cosf);
    pair!(c, "tanh f32", &x32, &mut o32, vmath::tanh_f32, libm::tanhf);
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1));
    targets = bench
}
criterion_main!(benches);
