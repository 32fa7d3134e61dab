//! Eigenvalue problems.
//!
//! - `eig` / `eigvals`: `?geev` (right eigenvectors, each of unit 2-norm
//!   with its largest component real). Inf or nan input is refused first,
//!   as NumPy's `_assert_finite`. info > 0: the QR algorithm failed ->
//!   "Eigenvalues did not converge". A real input gives real results when
//!   every eigenvalue of the whole stack is real, else complex ones.
//! - `eigh` / `eigvalsh`: `?syevd` / `?heevd` on the lower ('L') or upper
//!   ('U') triangle; ascending real eigenvalues, orthonormal vectors.
//!   info > 0: no convergence -> "Eigenvalues did not converge".

use std::sync::Arc;

use num_complex::ComplexFloat;

use super::batch::{
    as_type, assert_stacked_square, batch_of, dim, lapack_bug, lapack_type, linalg_error, real_of,
    Out, Scalar, Stack,
};
use crate::array::convert::CopyOrder;
use crate::array::Array;
use crate::dtype::{Casting, Element};
use crate::error::{Error, Result};
use crate::linalg_dispatch;

fn not_converged() -> Error {
    linalg_error("Eigenvalues did not converge")
}

/// Reads NumPy's `UPLO` argument: true for 'L'.
pub fn uplo_lower(uplo: u8) -> Result<bool> {
    match uplo {
        b'L' | b'l' => Ok(true),
        b'U' | b'u' => Ok(false),
        _ => Err(Error::invalid("UPLO argument must be 'L' or 'U'")),
    }
}

fn general<T: Scalar>(a: &Array, vectors: bool) -> Result<(Array, Option<Array>)> {
    let s = Stack::new(a);
    let n = s.rows;
    let ni = dim(n)?;
    let batch = batch_of(a);
    let w = Out::<T::C>::new(batch, &[n])?;
    let v = if vectors {
        Some(Out::<T::C>::new(batch, &[n, n])?)
    } else {
        None
    };
    let mut m = vec![T::zero(); n * n];
    let mut vf = vec![T::C::default(); if vectors { n * n } else { 1 }];
    for k in 0..s.len() {
        if n == 0 {
            break;
        }
        // SAFETY: T is the stack's element type; m is n x n.
        unsafe { s.load(k, &mut m, n) };
        // SAFETY: item k of w holds n values; vf is n x n column-major.
        let info = unsafe {
            T::geev(
                vectors,
                ni,
                m.as_mut_ptr(),
                w.item_mut(k).as_mut_ptr(),
                vf.as_mut_ptr(),
            )
        };
        if info < 0 {
            return Err(lapack_bug("geev", info));
        }
        if info > 0 {
            return Err(not_converged());
        }
        if let Some(v) = &v {
            // SAFETY: item k of the fresh output.
            unsafe { v.store(k, &vf, n, n, n, |x| x) };
        }
    }
    let (w, v) = (w.finish(), v.map(Out::finish));
    if T::COMPLEX {
        return Ok((w, v));
    }
    let all_real = w
        .to_vec::<T::C>()
        .iter()
        .all(|z| z.im() == T::R::from_f64(0.0));
    if !all_real {
        return Ok((w, v));
    }
    let r = real_of(T::DTYPE);
    let real = |x: Array| x.astype(r, CopyOrder::C, Casting::Unsafe);
    Ok((real(w)?, v.map(real).transpose()?))
}

/// Checks every element of the whole input is finite (NumPy checks the
/// whole array before computing).
fn check_finite(a: &Array) -> Result<()> {
    let bad = linalg_dispatch!(a.dtype(), T => a.to_vec::<T>().iter().any(|x| !x.is_finite()));
    if bad {
        return Err(linalg_error("Array must not contain infs or NaNs"));
    }
    Ok(())
}

/// `np.linalg.eig(a)`: (eigenvalues, eigenvectors as columns).
pub fn eig(a: &Arc<Array>) -> Result<(Array, Array)> {
    assert_stacked_square(a)?;
    let a = as_type(a, lapack_type(a.dtype())?)?;
    check_finite(&a)?;
    let (w, v) = linalg_dispatch!(a.dtype(), T => general::<T>(&a, true))?;
    Ok((w, v.expect("vectors were computed")))
}

/// `np.linalg.eigvals(a)`.
pub fn eigvals(a: &Arc<Array>) -> Result<Array> {
    assert_stacked_square(a)?;
    let a = as_type(a, lapack_type(a.dtype())?)?;
    check_finite(&a)?;
    linalg_dispatch!(a.dtype(), T => general::<T>(&a, false)).map(|r| r.0)
}

fn hermitian<T: Scalar>(a: &Array, vectors: bool, lower: bool) -> Result<(Array, Option<Array>)> {
    let s = Stack::new(a);
    let n = s.rows;
    let ni = dim(n)?;
    let batch = batch_of(a);
    let w = Out::<T::R>::new(batch, &[n])?;
    let v = if vectors {
        Some(Out::<T>::new(batch, &[n, n])?)
    } else {
        None
    };
    let mut m = vec![T::zero(); n * n];
    for k in 0..s.len() {
        if n == 0 {
            break;
        }
        // SAFETY: T is the stack's element type; m is n x n.
        unsafe { s.load(k, &mut m, n) };
        // SAFETY: item k of w holds n reals; m is n x n column-major.
        let info = unsafe {
            T::syevd(
                vectors,
                lower,
                ni,
                m.as_mut_ptr(),
                w.item_mut(k).as_mut_ptr(),
            )
        };
        if info < 0 {
            return Err(lapack_bug("syevd", info));
        }
        if info > 0 {
            return Err(not_converged());
        }
        if let Some(v) = &v {
            // SAFETY: item k of the fresh output.
            unsafe { v.store(k, &m, n, n, n, |x| x) };
        }
    }
    Ok((w.finish(), v.map(Out::finish)))
}

/// `np.linalg.eigh(a, UPLO)`: (ascending real eigenvalues, eigenvectors).
pub fn eigh(a: &Arc<Array>, lower: bool) -> Result<(Array, Array)> {
    assert_stacked_square(a)?;
    let a = as_type(a, lapack_type(a.dtype())?)?;
    let (w, v) = linalg_dispatch!(a.dtype(), T => hermitian::<T>(&a, true, lower))?;
    Ok((w, v.expect("vectors were computed")))
}

/// `np.linalg.eigvalsh(a, UPLO)`.
pub fn eigvalsh(a: &Arc<Array>, lower: bool) -> Result<Array> {
    assert_stacked_square(a)?;
    let a = as_type(a, lapack_type(a.dtype())?)?;
    linalg_dispatch!(a.dtype(), T => hermitian::<T>(&a, false, lower)).map(|r| r.0)
}
