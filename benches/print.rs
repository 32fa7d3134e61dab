//! Printing benchmarks: repr of a summarised (1000, 1000) float64 array and
//! of a (30, 30) float64 array printed in full.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use ndc::array::Order;
use ndc::{Array, DType};

/// A float64 array of `shape` filled with deterministic values with many
/// significant digits, spread over a few magnitudes.
fn filled(shape: &[usize]) -> Array {
    let a = Array::empty(DType::Float64, shape, Order::C).unwrap();
    let n = a.size();
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let values: Vec<f64> = (0..n)
        .map(|_| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let unit = (state >> 11) as f64 / (1u64 << 53) as f64;
            (unit - 0.5) * 200.0
        })
        .collect();
    // SAFETY: the array is freshly allocated, C-contiguous, of n float64.
    unsafe { std::ptr::copy_nonoverlapping(values.as_ptr(), a.data_ptr() as *mut f64, n) };
    a
}

fn bench_repr(c: &mut Criterion) {
    let big = filled(&[1000, 1000]);
    c.bench_function("repr (1000, 1000) float64, summarised", |b| {
        b.iter(|| black_box(ndc::print::repr(black_box(&big))))
    });
    let small = filled(&[30, 30]);
    c.bench_function("repr (30, 30) float64, in full", |b| {
        b.iter(|| black_box(ndc::print::repr(black_box(&small))))
    });
}

criterion_group!(benches, bench_repr);
criterion_main!(benches);
