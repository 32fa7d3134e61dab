//! `cholesky(a, upper)`: A = L L^H (or U^H U) by `?potrf`, reading only
//! the lower (upper) triangle of A; the other triangle of the result is
//! zero. `?potrf` info > 0: the leading minor of that order is not positive
//! definite -> "Matrix is not positive definite".

use std::sync::Arc;

use super::batch::{
    as_type, assert_stacked_square, batch_of, dim, lapack_bug, lapack_type, linalg_error, Out,
    Scalar, Stack,
};
use crate::array::Array;
use crate::error::Result;
use crate::linalg_dispatch;

fn factor<T: Scalar>(s: &Stack, upper: bool, out: &Out<T>) -> Result<()> {
    let n = s.rows;
    let ni = dim(n)?;
    let mut a = vec![T::zero(); n * n];
    for k in 0..s.len() {
        // SAFETY: T is the stack's element type; `a` is n x n.
        unsafe { s.load(k, &mut a, n) };
        // SAFETY: column-major n x n.
        let info = unsafe { T::potrf(!upper, ni, a.as_mut_ptr()) };
        if info < 0 {
            return Err(lapack_bug("potrf", info));
        }
        if info > 0 {
            return Err(linalg_error("Matrix is not positive definite"));
        }
        // SAFETY: item k of the fresh output.
        let dst = unsafe { out.item_mut(k) };
        for i in 0..n {
            for j in 0..n {
                let keep = if upper { j >= i } else { j <= i };
                dst[i * n + j] = if keep { a[i + j * n] } else { T::zero() };
            }
        }
    }
    Ok(())
}

/// `np.linalg.cholesky(a, upper=upper)`.
pub fn cholesky(a: &Arc<Array>, upper: bool) -> Result<Array> {
    assert_stacked_square(a)?;
    let a = as_type(a, lapack_type(a.dtype())?)?;
    linalg_dispatch!(a.dtype(), T => {
        let s = Stack::new(&a);
        let n = s.rows;
        let out = Out::<T>::new(batch_of(&a), &[n, n])?;
        if n > 0 {
            factor(&s, upper, &out)?;
        }
        Ok(out.finish())
    })
}
