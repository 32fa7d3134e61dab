//! `det` and `slogdet`: LU factorisation (`?getrf`) and NumPy's
//! accumulation of the diagonal of U.
//!
//! With P A = L U, det A = (-1)^s prod u_ii where s counts the row swaps.
//! NumPy returns sign = (-1)^s prod (u_ii / |u_ii|) and
//! logabsdet = sum log |u_ii|, and det = sign * exp(logabsdet) (so det is
//! computed through the logarithm, as NumPy does). An exactly zero pivot
//! (`info > 0`) gives sign 0 and logabsdet -inf.

use std::sync::Arc;

use num_complex::ComplexFloat;

use super::batch::{
    as_type, assert_stacked_square, batch_of, dim, lapack_bug, lapack_type, Out, Scalar, Stack,
};
use super::small;
use crate::array::Array;
use crate::dtype::Element;
use crate::error::Result;
use crate::linalg_dispatch;

/// NumPy's `slogdet_from_factored_diagonal`: (sign, log|det|) from the
/// pivots' parity and the diagonal of U; `singular` gives (0, -inf).
pub fn accumulate<T: Scalar>(
    singular: bool,
    odd: bool,
    diag: impl Iterator<Item = T>,
) -> (T, T::R) {
    if singular {
        return (T::zero(), T::R::from_f64(f64::NEG_INFINITY));
    }
    let mut sign = if odd { -T::one() } else { T::one() };
    let mut log = T::R::from_f64(0.0);
    for d in diag {
        let a = d.abs();
        if T::COMPLEX {
            sign = sign * (d / T::make(a, T::R::from_f64(0.0)));
        } else if d.re() < T::R::from_f64(0.0) {
            sign = -sign;
        }
        log = log + a.ln();
    }
    (sign, log)
}

/// Sign and log|det| of every matrix of a stack, written to items of the
/// two outputs.
fn slogdet_stack<T: Scalar>(s: &Stack, sign: &Out<T>, logdet: &Out<T::R>) -> Result<()> {
    let n = s.rows;
    if (1..=small::MAX_N).contains(&n) {
        return small::slogdet(s, sign, logdet);
    }
    let ni = dim(n)?;
    let mut ipiv = vec![0i32; n.max(1)];
    let mut a = vec![T::zero(); n * n];
    for k in 0..s.len() {
        // SAFETY: T is the stack's element type; `a` holds n x n.
        unsafe { s.load(k, &mut a, n) };
        // info < 0: illegal argument; info > 0: u_ii exactly zero.
        // SAFETY: `a` is n x n column-major, `ipiv` has n entries.
        let info = unsafe { T::getrf(ni, a.as_mut_ptr(), ipiv.as_mut_ptr()) };
        if info < 0 {
            return Err(lapack_bug("getrf", info));
        }
        let odd = ipiv[..n]
            .iter()
            .enumerate()
            .filter(|&(i, &p)| p != i as i32 + 1)
            .count()
            % 2
            == 1;
        let (sg, ld) = accumulate(info > 0, odd, (0..n).map(|i| a[i + i * n]));
        // SAFETY: item k of fresh outputs, written once.
        unsafe {
            sign.item_mut(k)[0] = sg;
            logdet.item_mut(k)[0] = ld;
        }
    }
    Ok(())
}

fn prepare(a: &Arc<Array>) -> Result<Arc<Array>> {
    assert_stacked_square(a)?;
    as_type(a, lapack_type(a.dtype())?)
}

/// `np.linalg.slogdet(a)`: (sign, logabsdet), sign of a's type,
/// logabsdet real.
pub fn slogdet(a: &Arc<Array>) -> Result<(Array, Array)> {
    let a = prepare(a)?;
    linalg_dispatch!(a.dtype(), T => {
        let s = Stack::new(&a);
        let sign = Out::<T>::uninit(batch_of(&a), &[])?;
        let logdet = Out::<<T as Scalar>::R>::uninit(batch_of(&a), &[])?;
        slogdet_stack(&s, &sign, &logdet)?;
        Ok((sign.finish(), logdet.finish()))
    })
}

/// `np.linalg.det(a)`: sign * exp(logabsdet) per matrix (for n <= 8 the
/// product of the pivots, the same value up to rounding).
pub fn det(a: &Arc<Array>) -> Result<Array> {
    let a = prepare(a)?;
    linalg_dispatch!(a.dtype(), T => {
        let s = Stack::new(&a);
        if (1..=small::MAX_N).contains(&s.rows) {
            let out = Out::<T>::uninit(batch_of(&a), &[])?;
            small::det(&s, &out)?;
            return Ok(out.finish());
        }
        let sign = Out::<T>::uninit(batch_of(&a), &[])?;
        let logdet = Out::<<T as Scalar>::R>::uninit(batch_of(&a), &[])?;
        slogdet_stack(&s, &sign, &logdet)?;
        for k in 0..s.len() {
            // SAFETY: items k of the fresh outputs, one at a time.
            unsafe {
                let l = logdet.item_mut(k)[0];
                let d = sign.item_mut(k);
                d[0] *= T::make(l.exp(), <T as Scalar>::R::from_f64(0.0));
            }
        }
        Ok(sign.finish())
    })
}
