//! `lstsq(a, b, rcond)`: the minimum-norm least-squares solution by
//! `?gelsd` (SVD; singular values s_i <= rcond * s_max count as zero).
//! info > 0: the SVD did not converge -> "SVD did not converge in Linear
//! Least Squares". As NumPy, a and b are 2-D (b may be 1-D), rcond
//! defaults to eps * max(M, N), and the residuals (sum of squared
//! |b - a x| per column) are reported only when rank == N < M.

use std::sync::Arc;

use super::batch::{as_type, common_type, dim, lapack_bug, linalg_error, real_of, Real, Scalar};
use crate::array::{Array, Order};
use crate::dtype::Element;
use crate::error::Result;
use crate::linalg_dispatch;

/// The four results of `lstsq`.
pub struct Lstsq {
    /// Solution (N,) or (N, K).
    pub x: Array,
    /// Squared residual norms (K,) (or (1,) for a vector b), or empty.
    pub residuals: Array,
    /// Effective rank of a.
    pub rank: i64,
    /// Singular values of a, (min(M, N),).
    pub s: Array,
}

fn assert_2d(a: &Array) -> Result<()> {
    if a.ndim() != 2 {
        return Err(linalg_error(format!(
            "{}-dimensional array given. Array must be two-dimensional",
            a.ndim()
        )));
    }
    Ok(())
}

/// `np.linalg.lstsq(a, b, rcond)`; `rcond` None is NumPy's default.
pub fn lstsq(a: &Arc<Array>, b: &Arc<Array>, rcond: Option<f64>) -> Result<Lstsq> {
    let vector = b.ndim() == 1;
    assert_2d(a)?;
    if !vector {
        assert_2d(b)?;
    }
    let m = a.shape()[0];
    if b.shape()[0] != m {
        return Err(linalg_error("Incompatible dimensions"));
    }
    let t = common_type(&[a.dtype(), b.dtype()])?;
    let a = as_type(a, t)?;
    let b = as_type(b, t)?;
    linalg_dispatch!(t, T => run::<T>(&a, &b, vector, rcond))
}

fn run<T: Scalar>(a: &Array, b: &Array, vector: bool, rcond: Option<f64>) -> Result<Lstsq> {
    let (m, n) = (a.shape()[0], a.shape()[1]);
    let k = if vector { 1 } else { b.shape()[1] };
    let rc = rcond.unwrap_or(<T::R as Real>::EPS.to_f64() * m.max(n) as f64);
    let ldb = m.max(n).max(1);
    let mut am = vec![T::zero(); m * n];
    let mut bm = vec![T::zero(); ldb * k];
    let sa = super::batch::Stack::new(a);
    // SAFETY: T is a's element type; am is m x n.
    unsafe { sa.load(0, &mut am, m.max(1)) };
    let bv = b.to_vec::<T>();
    for i in 0..m {
        for j in 0..k {
            bm[i + j * ldb] = bv[i * k + j];
        }
    }
    let mn = m.min(n);
    let mut s = vec![T::R::from_f64(0.0); mn.max(1)];
    let mut rank = 0i32;
    if m > 0 && n > 0 && k > 0 {
        // SAFETY: column-major a (lda = m) and b (ldb x k); s has min(m, n).
        let info = unsafe {
            T::gelsd(
                dim(m)?,
                dim(n)?,
                dim(k)?,
                am.as_mut_ptr(),
                bm.as_mut_ptr(),
                dim(ldb)?,
                s.as_mut_ptr(),
                T::R::from_f64(rc),
                &mut rank,
            )
        };
        if info > 0 {
            return Err(linalg_error("SVD did not converge in Linear Least Squares"));
        }
        if info < 0 {
            return Err(lapack_bug("gelsd", info));
        }
    } else if m == 0 {
        bm.fill(T::zero());
    }
    let xshape: Vec<usize> = if vector { vec![n] } else { vec![n, k] };
    let x = Array::alloc(T::DTYPE, &xshape, Order::C, true)?;
    {
        // SAFETY: x is a fresh C-ordered n x k array.
        let xs = unsafe { std::slice::from_raw_parts_mut(x.data_ptr() as *mut T, n * k) };
        for i in 0..n {
            for j in 0..k {
                xs[i * k + j] = bm[i + j * ldb];
            }
        }
    }
    let rdt = real_of(T::DTYPE);
    let residuals = if rank as usize == n && m > n {
        let r = Array::alloc(rdt, &[k], Order::C, true)?;
        // SAFETY: fresh array of k reals.
        let rs = unsafe { std::slice::from_raw_parts_mut(r.data_ptr() as *mut T::R, k) };
        for (j, v) in rs.iter_mut().enumerate() {
            let mut acc = T::R::from_f64(0.0);
            for i in n..m {
                let z = bm[i + j * ldb].abs();
                acc = acc + z * z;
            }
            *v = acc;
        }
        r
    } else {
        Array::alloc(rdt, &[0], Order::C, true)?
    };
    let sarr = Array::alloc(rdt, &[mn], Order::C, true)?;
    // SAFETY: fresh array of min(m, n) reals.
    unsafe { std::slice::from_raw_parts_mut(sarr.data_ptr() as *mut T::R, mn) }
        .copy_from_slice(&s[..mn]);
    Ok(Lstsq {
        x,
        residuals,
        rank: rank as i64,
        s: sarr,
    })
}
