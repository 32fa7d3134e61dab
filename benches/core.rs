//! Core benchmarks: handle creation and metadata reads through the C ABI,
//! and zeros of 1e8 float64 (which must not touch its pages).

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use ndc::capi::array::*;
use ndc::capi::create::*;
use ndc::capi::{ndc_array, NDC_FLOAT64, NDC_ORDER_C};

fn create_release(c: &mut Criterion) {
    let data = [1.0f64, 2.0, 3.0, 4.0];
    let shape = [4i64];
    c.bench_function("from_data 4 f64 + 7 metadata reads + release", |b| {
        b.iter(|| unsafe {
            let mut a: *mut ndc_array = std::ptr::null_mut();
            ndc_array_from_data(
                data.as_ptr().cast(),
                NDC_FLOAT64,
                1,
                shape.as_ptr(),
                std::ptr::null(),
                &mut a,
            );
            black_box(ndc_array_ndim(a));
            black_box(*ndc_array_shape(a));
            black_box(*ndc_array_strides(a));
            black_box(ndc_array_dtype(a));
            black_box(ndc_array_size(a));
            black_box(ndc_array_nbytes(a));
            black_box(ndc_array_flags(a));
            ndc_array_release(a);
        })
    });
    c.bench_function("zeros 4 f64 + release", |b| {
        b.iter(|| unsafe {
            let mut a: *mut ndc_array = std::ptr::null_mut();
            ndc_zeros(1, shape.as_ptr(), NDC_FLOAT64, NDC_ORDER_C, &mut a);
            ndc_array_release(black_box(a));
        })
    });
}

fn zeros_large(c: &mut Criterion) {
    let shape = [100_000_000i64];
    c.bench_function("zeros 1e8 f64 + release", |b| {
        b.iter(|| unsafe {
            let mut a: *mut ndc_array = std::ptr::null_mut();
            ndc_zeros(1, shape.as_ptr(), NDC_FLOAT64, NDC_ORDER_C, &mut a);
            ndc_array_release(black_box(a));
        })
    });
}

criterion_group!(benches, create_release, zeros_large);
criterion_main!(benches);
