//! `eigh` of large real symmetric matrices, where the tridiagonal stage
//! runs on ndc's pool (`src/linalg/tridiag.rs`, orders >= 400).
//!
//! The oracle is the system LAPACK's own `?syevd` on the same matrix
//! (eigenvalues within rounding; eigenvectors up to sign where the
//! eigenvalue is isolated), plus the identities A V = V diag(w) and
//! V^T V = I. The matrices reach every branch of the merge: random ones,
//! clusters of equal eigenvalues (deflation by rotation), rank-one
//! updates of the identity (almost everything deflates), graded
//! diagonals, a matrix whose tridiagonal form splits (the unsplit
//! fallback), a zero matrix, and odd orders.

mod common;
use common::Lcg;

use std::sync::Arc;

use ndc::array::convert::CopyOrder;
use ndc::array::Order;
use ndc::dtype::Casting;
use ndc::linalg::eig;
use ndc::{Array, DType};

/// Row-major n x n symmetric matrices of the kinds listed above.
fn matrix(kind: &str, n: usize, seed: u64) -> Vec<f64> {
    let mut g = Lcg(seed);
    let mut a = vec![0.0; n * n];
    let sym = |a: &mut Vec<f64>, g: &mut Lcg| {
        for i in 0..n {
            for j in 0..=i {
                let x = g.next();
                a[i * n + j] = x;
                a[j * n + i] = x;
            }
        }
    };
    match kind {
        "random" => sym(&mut a, &mut g),
        "clusters" | "rank_one" => {
            // H diag(lambda) H with the reflector H = I - 2 u u^T / u^T u.
            let u: Vec<f64> = (0..n).map(|_| g.next()).collect();
            let uu: f64 = u.iter().map(|x| x * x).sum();
            let lambda: Vec<f64> = (0..n)
                .map(|i| match kind {
                    "clusters" if i < n / 3 => 1.0,
                    "clusters" if i < 2 * n / 3 => -2.0,
                    "clusters" => g.next() * 8.0,
                    _ => 1.0 + if i == n / 2 { 5.0 } else { 0.0 },
                })
                .collect();
            for i in 0..n {
                for j in 0..n {
                    let mut s = 0.0;
                    for (k, &l) in lambda.iter().enumerate() {
                        let hik = (i == k) as u8 as f64 - 2.0 * u[i] * u[k] / uu;
                        let hjk = (j == k) as u8 as f64 - 2.0 * u[j] * u[k] / uu;
                        s += hik * l * hjk;
                    }
                    a[i * n + j] = s;
                }
            }
        }
        "graded" => {
            sym(&mut a, &mut g);
            for i in 0..n {
                for j in 0..n {
                    a[i * n + j] *= 1e-6;
                }
                a[i * n + i] = 10f64.powf(-8.0 + 16.0 * i as f64 / n as f64);
            }
        }
        "blocks" => {
            sym(&mut a, &mut g);
            let h = n / 2 + 3;
            for i in 0..n {
                for j in 0..n {
                    if (i < h) != (j < h) {
                        a[i * n + j] = 0.0;
                    }
                }
            }
        }
        "zero" => {}
        _ => unreachable!(),
    }
    a
}

fn array(a: &[f64], n: usize, dt: DType) -> Arc<Array> {
    let x = Array::alloc(DType::Float64, &[n, n], Order::C, true).unwrap();
    // SAFETY: fresh float64 array of n * n elements.
    unsafe { std::slice::from_raw_parts_mut(x.data_ptr() as *mut f64, n * n) }.copy_from_slice(a);
    Arc::new(x.astype(dt, CopyOrder::C, Casting::Unsafe).unwrap())
}

/// `LAPACKE_?syevd`'s signature.
type Syevd<T> = unsafe extern "C" fn(i32, i8, i8, i32, *mut T, i32, *mut T) -> i32;

/// The system LAPACK's ?syevd on the (rounded) matrix: (w, row-major V).
fn reference(a: &[f64], n: usize, dt: DType) -> (Vec<f64>, Vec<f64>) {
    fn run<T: Copy + Default + Into<f64>>(
        f: Syevd<T>,
        a: &[f64],
        n: usize,
        of: fn(f64) -> T,
    ) -> (Vec<f64>, Vec<f64>) {
        let mut m: Vec<T> = a.iter().map(|&x| of(x)).collect();
        let mut w = vec![T::default(); n];
        let (ni, row) = (n as i32, lapacke_sys::LAPACK_ROW_MAJOR);
        // SAFETY: m is n x n, w holds n.
        let info = unsafe {
            f(
                row,
                b'V' as i8,
                b'L' as i8,
                ni,
                m.as_mut_ptr(),
                ni,
                w.as_mut_ptr(),
            )
        };
        assert_eq!(info, 0);
        let wide = |v: Vec<T>| v.into_iter().map(Into::into).collect();
        (wide(w), wide(m))
    }
    if dt == DType::Float32 {
        run(lapacke_sys::LAPACKE_ssyevd, a, n, |x| x as f32)
    } else {
        run(lapacke_sys::LAPACKE_dsyevd, a, n, |x| x)
    }
}

fn check(kind: &str, n: usize, dt: DType) {
    let a = matrix(kind, n, 7 + n as u64);
    let (w, v) = eig::eigh(&array(&a, n, dt), true).unwrap();
    assert_eq!(w.dtype(), dt);
    assert_eq!(v.dtype(), dt);
    let (w, v) = (w.to_vec::<f64>(), v.to_vec::<f64>());
    let (rw, rv) = reference(&a, n, dt);
    let eps = if dt == DType::Float32 {
        f32::EPSILON as f64
    } else {
        f64::EPSILON
    };
    let norm = a.iter().fold(0.0f64, |m, x| m.max(x.abs())) * n as f64;
    let tol = 64.0 * eps * norm.max(f64::MIN_POSITIVE);
    let what = format!("{dt:?} {kind} {n}");
    assert!(w.windows(2).all(|p| p[0] <= p[1]), "{what}: not ascending");
    let dw = w
        .iter()
        .zip(&rw)
        .fold(0.0f64, |m, (x, y)| m.max((x - y).abs()));
    assert!(
        dw <= tol,
        "{what}: eigenvalues differ from LAPACK's by {dw:e} (tol {tol:e})"
    );
    // A V - V diag(w), V^T V - I, and isolated vectors against LAPACK's.
    let (mut res, mut orth, mut dir) = (0.0f64, 0.0f64, 0.0f64);
    for j in 0..n {
        let col = |m: &[f64], i: usize| m[i * n + j];
        for i in 0..n {
            let av: f64 = (0..n).map(|k| a[i * n + k] * col(&v, k)).sum();
            res = res.max((av - w[j] * col(&v, i)).abs());
        }
        for l in j..n {
            let d: f64 = (0..n).map(|k| v[k * n + j] * v[k * n + l]).sum();
            orth = orth.max((d - (j == l) as u8 as f64).abs());
        }
        let gap = [j.wrapping_sub(1), j + 1]
            .iter()
            .filter(|&&i| i < n)
            .map(|&i| (rw[i] - rw[j]).abs())
            .fold(f64::INFINITY, f64::min);
        if gap > 1e-3 * norm {
            let d: f64 = (0..n).map(|k| v[k * n + j] * rv[k * n + j]).sum();
            dir = dir.max((d.abs() - 1.0).abs());
        }
    }
    assert!(res <= tol, "{what}: |A v - w v| = {res:e} (tol {tol:e})");
    let otol = 64.0 * eps * n as f64;
    assert!(orth <= otol, "{what}: |V^T V - I| = {orth:e}");
    assert!(
        dir <= otol,
        "{what}: isolated vectors differ from LAPACK's: {dir:e}"
    );
}

#[test]
fn eigh_parallel_tridiagonal_matches_lapack() {
    for dt in [DType::Float64, DType::Float32] {
        for (kind, n) in [
            ("random", 600),
            ("random", 401),
            ("clusters", 450),
            ("rank_one", 420),
            ("graded", 500),
            ("blocks", 430),
            ("zero", 400),
        ] {
            check(kind, n, dt);
        }
    }
}

#[test]
fn eigh_parallel_tridiagonal_batched_and_upper() {
    // Two items, upper triangle: each item through the parallel route.
    let n = 410;
    let (a, b) = (matrix("random", n, 1), matrix("clusters", n, 2));
    let mut both = a.clone();
    both.extend_from_slice(&b);
    let x = Array::alloc(DType::Float64, &[2, n, n], Order::C, true).unwrap();
    // SAFETY: fresh float64 array of 2 n^2 elements.
    unsafe { std::slice::from_raw_parts_mut(x.data_ptr() as *mut f64, 2 * n * n) }
        .copy_from_slice(&both);
    let (w, _) = eig::eigh(&Arc::new(x), false).unwrap();
    let w = w.to_vec::<f64>();
    for (k, m) in [a, b].iter().enumerate() {
        let (rw, _) = reference(m, n, DType::Float64);
        let dw = w[k * n..(k + 1) * n]
            .iter()
            .zip(&rw)
            .fold(0.0f64, |acc, (x, y)| acc.max((x - y).abs()));
        assert!(dw <= 1e-10 * n as f64, "item {k}: {dw:e}");
    }
}
