//! `qr(a, mode)`: Householder QR by `?geqrf` (R on and above the diagonal,
//! reflectors below it, scalars in tau), Q by `?orgqr` / `?ungqr` from the
//! first k = min(m, n) reflectors. Neither routine has a failure mode
//! (only info < 0, an illegal argument).
//!
//! Modes as NumPy: 'reduced' Q (m, k) and R (k, n); 'complete' Q (m, m)
//! and R (m, n); 'r' R (k, n) only; 'raw' h (n, m) — the factored matrix
//! transposed, LAPACK's own column-major array — and tau (k,).

use std::sync::Arc;

use super::batch::{
    as_type, assert_stacked_2d, batch_of, dim, lapack_bug, lapack_type, Out, Scalar, Stack,
};
use crate::array::Array;
use crate::error::{Error, Result};
use crate::linalg_dispatch;

/// NumPy's `mode=` of `qr`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QrMode {
    /// Q (m, k), R (k, n).
    Reduced,
    /// Q (m, m), R (m, n).
    Complete,
    /// R (k, n) only.
    R,
    /// (h, tau) as LAPACK returns them.
    Raw,
}

impl QrMode {
    /// Reads NumPy's mode name.
    pub fn parse(s: &str) -> Result<QrMode> {
        Ok(match s {
            "reduced" => QrMode::Reduced,
            "complete" => QrMode::Complete,
            "r" => QrMode::R,
            "raw" => QrMode::Raw,
            _ => return Err(Error::invalid(format!("Unrecognized mode '{s}'"))),
        })
    }
}

fn run<T: Scalar>(a: &Array, mode: QrMode) -> Result<(Array, Option<Array>)> {
    let s = Stack::new(a);
    let batch = batch_of(a);
    let (m, n) = (s.rows, s.cols);
    let k = m.min(n);
    let (mi, ni, ki) = (dim(m)?, dim(n)?, dim(k)?);
    // Columns Q needs and R's rows.
    let qcols = if mode == QrMode::Complete { m } else { k };
    let rrows = if mode == QrMode::Complete { m } else { k };
    let first = match mode {
        QrMode::Raw => Out::<T>::new(batch, &[n, m])?,
        QrMode::R => Out::<T>::new(batch, &[k, n])?,
        _ => Out::<T>::new(batch, &[m, qcols])?,
    };
    let second = match mode {
        QrMode::Raw => Some(Out::<T>::new(batch, &[k])?),
        QrMode::R => None,
        _ => Some(Out::<T>::new(batch, &[rrows, n])?),
    };
    // The scratch holds max(n, qcols) columns so Q can be formed in place.
    let cols = n.max(qcols);
    let mut w = vec![T::zero(); m * cols];
    let mut tau = vec![T::zero(); k.max(1)];
    for b in 0..s.len() {
        if m > 0 && n > 0 {
            // SAFETY: T is the stack's element type; w is m x cols.
            unsafe { s.load(b, &mut w, m) };
            // SAFETY: column-major m x n with lda = m.
            let info = unsafe { T::geqrf(mi, ni, w.as_mut_ptr(), mi, tau.as_mut_ptr()) };
            if info < 0 {
                return Err(lapack_bug("geqrf", info));
            }
        }
        // SAFETY: items b of fresh outputs, written once each.
        unsafe {
            match mode {
                QrMode::Raw => {
                    first.item_mut(b).copy_from_slice(&w[..m * n]);
                    if let Some(t) = &second {
                        t.item_mut(b).copy_from_slice(&tau[..k]);
                    }
                    continue;
                }
                QrMode::R => {
                    store_r(&first, b, &w, m, k, n);
                    continue;
                }
                _ => {
                    if let Some(r) = &second {
                        store_r(r, b, &w, m, rrows, n);
                    }
                }
            }
        }
        if m == 0 {
            continue;
        }
        if k == 0 {
            // No reflector: Q is the identity.
            // SAFETY: item b of the fresh output.
            let q = unsafe { first.item_mut(b) };
            for i in 0..m.min(qcols) {
                q[i * qcols + i] = T::one();
            }
            continue;
        }
        let qi = dim(qcols)?;
        // SAFETY: w is m x cols >= m x qcols column-major; tau has k.
        let info = unsafe { T::orgqr(mi, qi, ki, w.as_mut_ptr(), mi, tau.as_ptr()) };
        if info < 0 {
            return Err(lapack_bug("orgqr", info));
        }
        // SAFETY: item b of the fresh output.
        unsafe { first.store(b, &w, m, qcols, m, |v| v) };
    }
    Ok((first.finish(), second.map(Out::finish)))
}

/// Writes the upper trapezoid of the factored matrix (rows x n) as item b.
///
/// # Safety
/// Item b of `r` is written by no one else.
unsafe fn store_r<T: Scalar>(r: &Out<T>, b: usize, w: &[T], m: usize, rows: usize, n: usize) {
    let dst = r.item_mut(b);
    for i in 0..rows {
        for j in 0..n {
            dst[i * n + j] = if j >= i && i < m {
                w[i + j * m]
            } else {
                T::zero()
            };
        }
    }
}

/// `np.linalg.qr(a, mode)`: (Q, R), (R, None), or (h, tau) for 'raw'.
pub fn qr(a: &Arc<Array>, mode: QrMode) -> Result<(Array, Option<Array>)> {
    assert_stacked_2d(a)?;
    let a = as_type(a, lapack_type(a.dtype())?)?;
    linalg_dispatch!(a.dtype(), T => run::<T>(&a, mode))
}
