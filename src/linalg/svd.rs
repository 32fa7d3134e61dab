//! Singular values: `svd`, `svdvals`, `pinv`, `matrix_rank`.
//!
//! A = U S V^H by `?gesdd` (divide and conquer; JOBZ 'A' full, 'S'
//! reduced, 'N' values only). info > 0: the bidiagonal iteration did not
//! converge; LAPACK >= 3.10 also refuses a nan input with info = -4 — both
//! are NumPy's "SVD did not converge", so nan input is refused up front
//! whatever the LAPACK version. With `hermitian`, NumPy's route through
//! `eigh`: s = |w| sorted descending, U the matching eigenvectors and
//! V^H = (U sign(w))^H.

use std::sync::Arc;

use num_complex::ComplexFloat;

use super::batch::{
    as_type, assert_stacked_2d, batch_of, dim, lapack_bug, lapack_type, linalg_error, Out, Real,
    Scalar, Stack,
};
use crate::array::convert::CopyOrder;
use crate::array::{Array, Order};
use crate::dtype::{DType, Element};
use crate::error::{Error, Result};
use crate::linalg_dispatch;

fn not_converged() -> Error {
    linalg_error("SVD did not converge")
}

/// One matrix's factors, column-major: U (m x ucols), s, V^H (vrows x n).
struct Factors<T: Scalar> {
    u: Vec<T>,
    s: Vec<T::R>,
    vt: Vec<T>,
    ucols: usize,
    vrows: usize,
}

/// The SVD of one column-major m x n matrix `a` (overwritten). `full`
/// gives square U and V^H; `uv` false computes s only.
fn general<T: Scalar>(a: &mut [T], m: usize, n: usize, full: bool, uv: bool) -> Result<Factors<T>> {
    let k = m.min(n);
    let (ucols, vrows) = match (uv, full) {
        (false, _) => (0, 0),
        (true, true) => (m, n),
        (true, false) => (k, k),
    };
    let mut f = Factors {
        u: vec![T::zero(); m * ucols],
        s: vec![T::R::from_f64(0.0); k],
        vt: vec![T::zero(); vrows * n],
        ucols,
        vrows,
    };
    if k == 0 {
        // No singular value: the square factors of an empty matrix are the
        // identity (NumPy's result).
        for i in 0..m.min(ucols) {
            f.u[i + i * m] = T::one();
        }
        for i in 0..vrows.min(n) {
            f.vt[i + i * vrows] = T::one();
        }
        return Ok(f);
    }
    if a.iter().any(|x| x.is_nan()) {
        return Err(not_converged());
    }
    let jobz = match (uv, full) {
        (false, _) => b'N',
        (true, true) => b'A',
        (true, false) => b'S',
    };
    let mut ud = T::zero();
    let mut vd = T::zero();
    let (up, ldu) = if uv {
        (f.u.as_mut_ptr(), m)
    } else {
        (&mut ud as *mut T, 1)
    };
    let (vp, ldvt) = if uv {
        (f.vt.as_mut_ptr(), vrows)
    } else {
        (&mut vd as *mut T, 1)
    };
    // SAFETY: a is m x n column-major; s has k entries; U and V^H are
    // ldu x ucols and ldvt x n when computed.
    let info = unsafe {
        T::gesdd(
            jobz,
            dim(m)?,
            dim(n)?,
            a.as_mut_ptr(),
            f.s.as_mut_ptr(),
            up,
            dim(ldu)?,
            vp,
            dim(ldvt.max(1))?,
        )
    };
    if info > 0 || info == -4 {
        return Err(not_converged());
    }
    if info < 0 {
        return Err(lapack_bug("gesdd", info));
    }
    Ok(f)
}

/// The SVD of one Hermitian n x n column-major matrix through `?syevd`.
fn hermitian<T: Scalar>(a: &mut [T], n: usize, uv: bool) -> Result<Factors<T>> {
    let mut w = vec![T::R::from_f64(0.0); n];
    if n > 0 {
        // SAFETY: a is n x n column-major; w has n entries.
        let info = unsafe { T::syevd(uv, true, dim(n)?, a.as_mut_ptr(), w.as_mut_ptr()) };
        if info > 0 {
            return Err(linalg_error("Eigenvalues did not converge"));
        }
        if info < 0 {
            return Err(lapack_bug("syevd", info));
        }
    }
    // Stable ascending order of |w|, reversed (NumPy's argsort on these
    // small rows is an insertion sort, hence stable).
    let mut idx: Vec<usize> = (0..n).collect();
    idx.sort_by(|&i, &j| {
        w[i].abs()
            .partial_cmp(&w[j].abs())
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    idx.reverse();
    let s: Vec<T::R> = idx.iter().map(|&i| w[i].abs()).collect();
    if !uv {
        return Ok(Factors {
            u: vec![],
            s,
            vt: vec![],
            ucols: 0,
            vrows: 0,
        });
    }
    let zero = T::R::from_f64(0.0);
    let mut u = vec![T::zero(); n * n];
    let mut vt = vec![T::zero(); n * n];
    for (c, &i) in idx.iter().enumerate() {
        let sg = if w[i] > zero {
            T::one()
        } else if w[i] < zero {
            -T::one()
        } else if w[i] == zero {
            T::zero()
        } else {
            T::make(w[i], zero)
        };
        for r in 0..n {
            let x = a[r + i * n];
            u[r + c * n] = x;
            // V^H[c, r] = conj(U[r, c] sign_c).
            vt[c + r * n] = (x * sg).conj();
        }
    }
    Ok(Factors {
        u,
        s,
        vt,
        ucols: n,
        vrows: n,
    })
}

fn factor_one<T: Scalar>(
    s: &Stack,
    k: usize,
    full: bool,
    uv: bool,
    herm: bool,
) -> Result<Factors<T>> {
    // SAFETY: T is the stack's element type.
    let mut a = unsafe { s.to_f::<T>(k) };
    if herm {
        hermitian(&mut a, s.rows, uv)
    } else {
        general(&mut a, s.rows, s.cols, full, uv)
    }
}

fn prepare(a: &Arc<Array>, herm: bool) -> Result<Arc<Array>> {
    if herm {
        super::batch::assert_stacked_square(a)?;
    } else {
        assert_stacked_2d(a)?;
    }
    as_type(a, lapack_type(a.dtype())?)
}

/// `np.linalg.svd(a, full_matrices, compute_uv=True, hermitian)`:
/// (U, S, Vh).
pub fn svd(a: &Arc<Array>, full: bool, herm: bool) -> Result<(Array, Array, Array)> {
    let a = prepare(a, herm)?;
    linalg_dispatch!(a.dtype(), T => {
        let st = Stack::new(&a);
        let (m, n) = (st.rows, st.cols);
        let k = m.min(n);
        let (ucols, vrows) = if full && !herm { (m, n) } else { (k, k) };
        let batch = batch_of(&a);
        let u = Out::<T>::new(batch, &[m, ucols])?;
        let s = Out::<<T as Scalar>::R>::new(batch, &[k])?;
        let vt = Out::<T>::new(batch, &[vrows, n])?;
        for b in 0..st.len() {
            let f = factor_one::<T>(&st, b, full, true, herm)?;
            // SAFETY: items b of fresh outputs, written once.
            unsafe {
                u.store(b, &f.u, m, f.ucols, m, |x| x);
                s.item_mut(b).copy_from_slice(&f.s);
                vt.store(b, &f.vt, f.vrows, n, f.vrows, |x| x);
            }
        }
        Ok((u.finish(), s.finish(), vt.finish()))
    })
}

/// `np.linalg.svd(a, compute_uv=False, hermitian)`: the singular values,
/// descending.
pub fn svdvals_h(a: &Arc<Array>, herm: bool) -> Result<Array> {
    let a = prepare(a, herm)?;
    linalg_dispatch!(a.dtype(), T => {
        let st = Stack::new(&a);
        let k = st.rows.min(st.cols);
        let s = Out::<<T as Scalar>::R>::new(batch_of(&a), &[k])?;
        for b in 0..st.len() {
            let f = factor_one::<T>(&st, b, false, false, herm)?;
            // SAFETY: item b of the fresh output.
            unsafe { s.item_mut(b).copy_from_slice(&f.s) };
        }
        Ok(s.finish())
    })
}

/// `np.linalg.svdvals(x)`.
pub fn svdvals(a: &Arc<Array>) -> Result<Array> {
    svdvals_h(a, false)
}

/// The relative cutoff of `pinv`: NumPy's `rcond` (default 1e-15) or
/// `rtol` (None: max(M, N) eps).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Cutoff {
    /// rcond / rtol given.
    Given(f64),
    /// rtol=None: max(M, N) * eps of the type.
    Eps,
}

/// `np.linalg.pinv(a, rcond | rtol, hermitian)`: V S+ U^H where the
/// singular values at or below cutoff * max(s) count as zero.
pub fn pinv(a: &Arc<Array>, cutoff: Cutoff, herm: bool) -> Result<Array> {
    assert_stacked_2d(a)?;
    let nd = a.ndim();
    let (m, n) = (a.shape()[nd - 2], a.shape()[nd - 1]);
    if m == 0 || n == 0 {
        let mut shape = batch_of(a).to_vec();
        shape.extend([n, m]);
        return Array::alloc(a.dtype(), &shape, Order::C, true);
    }
    let a = prepare(a, herm)?;
    linalg_dispatch!(a.dtype(), T => pinv_t::<T>(&a, cutoff, herm))
}

fn pinv_t<T: Scalar>(a: &Array, cutoff: Cutoff, herm: bool) -> Result<Array> {
    let st = Stack::new(a);
    let (m, n) = (st.rows, st.cols);
    let k = m.min(n);
    let rc = match cutoff {
        Cutoff::Given(r) => r,
        Cutoff::Eps => m.max(n) as f64 * <T::R as Real>::EPS.to_f64(),
    };
    let out = Out::<T>::new(batch_of(a), &[n, m])?;
    let mut res = vec![T::zero(); n * m];
    let (zero, one) = (T::R::from_f64(0.0), T::R::from_f64(1.0));
    for b in 0..st.len() {
        let mut f = factor_one::<T>(&st, b, false, true, herm)?;
        let smax = f.s.iter().fold(
            T::R::from_f64(f64::NEG_INFINITY),
            |x, &y| if y > x { y } else { x },
        );
        let cut = T::R::from_f64(rc) * smax;
        // W = S+ V^H (k x n): row i of V^H scaled by 1/s_i, or zeroed when
        // s_i <= cutoff * max(s).
        for i in 0..k {
            let si = f.s[i];
            let r = if si > cut {
                T::make(one / si, zero)
            } else {
                T::zero()
            };
            for j in 0..n {
                f.vt[i + j * k] = f.vt[i + j * k] * r;
            }
        }
        // pinv = W^H U^H (n x m).
        // SAFETY: column-major buffers: W k x n, U m x k, res n x m.
        unsafe {
            T::gemm(
                b'C',
                b'C',
                dim(n)?,
                dim(m)?,
                dim(k)?,
                T::one(),
                f.vt.as_ptr(),
                dim(k)?,
                f.u.as_ptr(),
                dim(m)?,
                T::zero(),
                res.as_mut_ptr(),
                dim(n)?,
            );
            out.store(b, &res, n, m, n, |x| x);
        }
    }
    Ok(out.finish())
}

/// `np.linalg.matrix_rank(A, tol, hermitian, rtol)`: the number of
/// singular values above `tol` (absolute), else above max(s) * rtol
/// (default max(M, N) eps). Arrays of fewer than 2 dimensions have rank
/// 1 unless all zero. Returns int64.
pub fn matrix_rank(
    a: &Arc<Array>,
    tol: Option<f64>,
    rtol: Option<f64>,
    herm: bool,
) -> Result<Array> {
    if tol.is_some() && rtol.is_some() {
        return Err(Error::invalid("`tol` and `rtol` can't be both set."));
    }
    if a.ndim() < 2 {
        let any = crate::dispatch!(a.dtype(), T => {
            a.to_vec::<T>().iter().any(|x| *x != T::default())
        });
        let r = Array::alloc(DType::Int64, &[], Order::C, true)?;
        r.fill(any as i64)?;
        return Ok(r);
    }
    let s = svdvals_h(a, herm)?;
    let nd = a.ndim();
    let mn = a.shape()[nd - 2].max(a.shape()[nd - 1]) as f64;
    let k = s.shape()[s.ndim() - 1];
    let batch = s.shape()[..s.ndim() - 1].to_vec();
    let eps = if s.dtype() == DType::Float32 {
        f32::EPSILON as f64
    } else {
        f64::EPSILON
    };
    let sv = s
        .astype(DType::Float64, CopyOrder::C, crate::dtype::Casting::Unsafe)?
        .to_vec::<f64>();
    let out = Out::<i64>::new(&batch, &[])?;
    for b in 0..out.array.size() {
        let row = &sv[b * k..(b + 1) * k];
        let t = match tol {
            Some(t) => t,
            None => {
                row.iter().fold(0.0f64, |x, &y| if y > x { y } else { x })
                    * rtol.unwrap_or(mn * eps)
            }
        };
        let t = if s.dtype() == DType::Float32 {
            t as f32 as f64
        } else {
            t
        };
        // SAFETY: item b of the fresh output.
        unsafe { out.item_mut(b)[0] = row.iter().filter(|&&x| x > t).count() as i64 };
    }
    Ok(out.finish())
}
