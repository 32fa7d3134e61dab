//! ndc's recursive LU (`src/linalg/lu.rs`, orders 32 to 1100, behind
//! det, slogdet, solve and inv) against the system LAPACK's `?getrf` on
//! the same matrices: identical pivots and info, factors equal to
//! rounding; singular matrices (a zero column, a zero row, a zero
//! matrix: exact zero pivots whatever the rounding) give LAPACK's info; and the public functions agree with the
//! factors (det, solve residual, inv A = I, "Singular matrix").

mod common;
use common::Lcg;

use std::sync::Arc;

use ndc::array::Order;
use ndc::linalg::lu::{self, Lu};
use ndc::linalg::{det, solve};
use ndc::{Array, DType};

/// Column-major n x n matrices: random, or singular in a given way.
fn matrix(kind: &str, n: usize, seed: u64) -> Vec<f64> {
    let mut g = Lcg(seed);
    let mut a: Vec<f64> = (0..n * n).map(|_| g.next()).collect();
    match kind {
        "random" => {}
        "zero_column" => a[(n / 3) * n..(n / 3 + 1) * n].fill(0.0),
        "zero_row" => {
            for j in 0..n {
                a[j * n + n / 2] = 0.0;
            }
        }
        "zero" => a.fill(0.0),
        // Small pivots: a graded lower part forces swaps everywhere.
        "graded" => {
            for j in 0..n {
                for i in 0..n {
                    a[j * n + i] *= 10f64.powi((i % 7) as i32 - 3);
                }
            }
        }
        _ => unreachable!(),
    }
    a
}

trait Ref: Lu {
    fn of(x: f64) -> Self;
    fn to(self) -> f64;
    /// LAPACK's getrf (column-major).
    fn lapack_getrf(n: usize, a: &mut [Self], ipiv: &mut [i32]) -> i32;
}

impl Ref for f64 {
    fn of(x: f64) -> f64 {
        x
    }
    fn to(self) -> f64 {
        self
    }
    fn lapack_getrf(n: usize, a: &mut [f64], ipiv: &mut [i32]) -> i32 {
        let n = n as i32;
        let col = lapacke_sys::LAPACK_COL_MAJOR;
        // SAFETY: a holds n * n, ipiv n.
        unsafe { lapacke_sys::LAPACKE_dgetrf_work(col, n, n, a.as_mut_ptr(), n, ipiv.as_mut_ptr()) }
    }
}

impl Ref for f32 {
    fn of(x: f64) -> f32 {
        x as f32
    }
    fn to(self) -> f64 {
        self as f64
    }
    fn lapack_getrf(n: usize, a: &mut [f32], ipiv: &mut [i32]) -> i32 {
        let n = n as i32;
        let col = lapacke_sys::LAPACK_COL_MAJOR;
        // SAFETY: a holds n * n, ipiv n.
        unsafe { lapacke_sys::LAPACKE_sgetrf_work(col, n, n, a.as_mut_ptr(), n, ipiv.as_mut_ptr()) }
    }
}

fn factors_match<T: Ref>(kind: &str, n: usize, tol: f64) {
    let a: Vec<T> = matrix(kind, n, n as u64).into_iter().map(T::of).collect();
    let (mut ours, mut theirs) = (a.clone(), a.clone());
    let (mut p1, mut p2) = (vec![0i32; n], vec![0i32; n]);
    // SAFETY: ours holds n * n, p1 n.
    let info = unsafe { lu::getrf(n, ours.as_mut_ptr(), p1.as_mut_ptr()) };
    let want = T::lapack_getrf(n, &mut theirs, &mut p2);
    let what = format!("{} {kind} {n}", std::any::type_name::<T>());
    assert_eq!(info, Some(want), "{what}: info");
    assert_eq!(p1, p2, "{what}: pivots");
    let scale = a
        .iter()
        .fold(0.0f64, |m, x| m.max(x.to().abs()))
        .max(1e-300);
    let diff = ours
        .iter()
        .zip(&theirs)
        .fold(0.0f64, |m, (x, y)| m.max((x.to() - y.to()).abs()));
    assert!(
        diff <= tol * scale * n as f64,
        "{what}: factors differ by {diff:e}"
    );
}

#[test]
fn recursive_lu_matches_getrf() {
    for n in [32, 33, 47, 100, 257, 600] {
        for kind in ["random", "zero_column", "zero_row", "graded"] {
            factors_match::<f64>(kind, n, 1e-12);
            factors_match::<f32>(kind, n, 1e-4);
        }
    }
    factors_match::<f64>("zero", 64, 0.0);
    factors_match::<f64>("random", 1100, 1e-12);
    // Outside the window: the caller runs LAPACK.
    let mut a = vec![1.0f64; 31 * 31];
    let mut p = vec![0i32; 31];
    // SAFETY: a holds 31 * 31, p 31.
    assert_eq!(
        unsafe { lu::getrf(31, a.as_mut_ptr(), p.as_mut_ptr()) },
        None
    );
}

fn array(col_major: &[f64], n: usize, cols: usize) -> Arc<Array> {
    let x = Array::alloc(DType::Float64, &[n, cols], Order::C, true).unwrap();
    // SAFETY: fresh float64 array of n * cols elements.
    let d = unsafe { std::slice::from_raw_parts_mut(x.data_ptr() as *mut f64, n * cols) };
    for i in 0..n {
        for j in 0..cols {
            d[i * cols + j] = col_major[j * n + i];
        }
    }
    Arc::new(x)
}

#[test]
fn det_solve_inv_through_recursive_lu() {
    let n = 300;
    let a = matrix("random", n, 5);
    let ha = array(&a, n, n);
    // det from LAPACK's own factors.
    let (mut f, mut p) = (a.clone(), vec![0i32; n]);
    assert_eq!(f64::lapack_getrf(n, &mut f, &mut p), 0);
    let mut want = 1.0;
    for i in 0..n {
        want *= f[i * n + i] * if p[i] as usize != i + 1 { -1.0 } else { 1.0 };
    }
    let got = det::det(&ha).unwrap().to_vec::<f64>()[0];
    assert!(
        (got - want).abs() <= 1e-10 * want.abs(),
        "det {got:e} vs {want:e}"
    );
    // solve: A x = b; inv: A inv(A) = I.
    let b: Vec<f64> = (0..n).map(|i| (i as f64).sin()).collect();
    let x = solve::solve(&ha, &array(&b, n, 1)).unwrap().to_vec::<f64>();
    let inv = solve::inv(&ha).unwrap().to_vec::<f64>();
    let (mut res, mut eye) = (0.0f64, 0.0f64);
    for i in 0..n {
        let ax: f64 = (0..n).map(|k| a[k * n + i] * x[k]).sum();
        res = res.max((ax - b[i]).abs());
        for j in (0..n).step_by(17) {
            let e: f64 = (0..n).map(|k| a[k * n + i] * inv[k * n + j]).sum();
            eye = eye.max((e - (i == j) as u8 as f64).abs());
        }
    }
    assert!(
        res < 1e-9 && eye < 1e-9,
        "|Ax - b| {res:e}, |A inv - I| {eye:e}"
    );
    // Singular: NumPy's error for solve and inv, zero determinant.
    let s = array(&matrix("zero_row", n, 6), n, n);
    let err = solve::inv(&s).unwrap_err();
    assert_eq!(err.to_string(), "Singular matrix");
    let err = solve::solve(&s, &array(&b, n, 1)).unwrap_err();
    assert_eq!(err.to_string(), "Singular matrix");
    assert_eq!(det::det(&s).unwrap().to_vec::<f64>()[0], 0.0);
}
