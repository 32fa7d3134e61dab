//! `solve`, `inv`, `tensorsolve`, `tensorinv`: LU with partial pivoting
//! (`?gesv`; the native kernels of `small.rs` for n <= 8).
//!
//! `inv(A)` factors A (`?getrf`) and inverts the factors (`?getri`):
//! 2n^3 flops where NumPy's solve of A X = I takes 8n^3/3, with the same
//! pivots and results equal to rounding. info > 0 from either means
//! u_ii = 0 exactly: "Singular matrix". A nan does not make a pivot zero,
//! so nan input gives nan output without error, as in NumPy.

use std::sync::Arc;

use super::batch::{
    as_type, assert_stacked_square, batch_of, broadcast_batch, common_type, dim, lapack_bug,
    lapack_type, linalg_error, Out, Scalar, Stack,
};
use super::small;
use crate::array::layout::shape_tuple;
use crate::array::{Array, Order};
use crate::error::{Error, Result};
use crate::linalg_dispatch;
use crate::manip::shape as sh;

fn singular() -> Error {
    linalg_error("Singular matrix")
}

/// Solves every system of `a` against `b` (stacked as n x nrhs), writing
/// X into `out` (items of n x nrhs, or n for vectors). Ok(false) when a
/// matrix is singular.
fn solve_stack<T: Scalar>(a: &Stack, b: &Stack, vector: bool, out: &Out<T>) -> Result<bool> {
    let n = a.rows;
    let nrhs = b.cols;
    if n == 0 || a.is_empty() || (nrhs == 0 && !vector) {
        return Ok(true);
    }
    if n <= small::MAX_N {
        return small::solve(a, b, vector, out);
    }
    let (ni, ri) = (dim(n)?, dim(nrhs)?);
    let mut m = vec![T::zero(); n * n];
    let mut x = vec![T::zero(); n * nrhs];
    let mut ipiv = vec![0i32; n];
    for k in 0..a.len() {
        // SAFETY: T is both stacks' element type; buffers sized n x n and
        // n x nrhs.
        unsafe {
            a.load(k, &mut m, n);
            b.load(k, &mut x, n);
        }
        // info < 0: illegal argument; info > 0: u_ii exactly zero.
        // SAFETY: column-major buffers of the documented sizes.
        let info = unsafe { T::gesv(ni, ri, m.as_mut_ptr(), ipiv.as_mut_ptr(), x.as_mut_ptr()) };
        if info < 0 {
            return Err(lapack_bug("gesv", info));
        }
        if info > 0 {
            return Ok(false);
        }
        // SAFETY: item k of the fresh output, written once.
        unsafe { out.store(k, &x, n, nrhs, n, |v| v) };
    }
    Ok(true)
}

/// Inverts every matrix; Ok(false) when one is singular, unless `nan`
/// asks for nan-filled inverses in their place.
fn inv_stack<T: Scalar>(a: &Stack, out: &Out<T>, nan: bool) -> Result<bool> {
    let n = a.rows;
    if n == 0 || a.is_empty() {
        return Ok(true);
    }
    if n <= small::MAX_N {
        return small::inv(a, out, nan);
    }
    let ni = dim(n)?;
    let mut m = vec![T::zero(); n * n];
    let mut ipiv = vec![0i32; n];
    for k in 0..a.len() {
        // SAFETY: T is the stack's element type.
        unsafe { a.load(k, &mut m, n) };
        // info < 0: illegal argument; info > 0: u_ii exactly zero.
        let mut routine = "getrf";
        // SAFETY: column-major n x n buffers.
        let mut info = unsafe { T::getrf(ni, m.as_mut_ptr(), ipiv.as_mut_ptr()) };
        if info == 0 {
            routine = "getri";
            // SAFETY: as above; the factors and pivots of ?getrf.
            info = unsafe { T::getri(ni, m.as_mut_ptr(), ipiv.as_ptr()) };
        }
        if info < 0 {
            return Err(lapack_bug(routine, info));
        }
        if info > 0 {
            if !nan {
                return Ok(false);
            }
            // SAFETY: item k of the fresh output, written once.
            unsafe { out.item_mut(k) }.fill(small::nan());
            continue;
        }
        // SAFETY: item k of the fresh output, written once.
        unsafe { out.store(k, &m, n, n, n, |v| v) };
    }
    Ok(true)
}

fn inv_impl(a: &Arc<Array>, nan: bool) -> Result<Array> {
    assert_stacked_square(a)?;
    let a = as_type(a, lapack_type(a.dtype())?)?;
    linalg_dispatch!(a.dtype(), T => {
        let s = Stack::new(&a);
        let n = s.rows;
        let out = Out::<T>::uninit(batch_of(&a), &[n, n])?;
        if !inv_stack(&s, &out, nan)? {
            return Err(singular());
        }
        Ok(out.finish())
    })
}

/// `np.linalg.inv(a)`.
pub fn inv(a: &Arc<Array>) -> Result<Array> {
    inv_impl(a, false)
}

/// The inverse of every matrix with nan matrices where inversion fails
/// (NumPy's `_umath_linalg.inv` under `errstate(all='ignore')`, used by
/// `cond`).
pub fn inv_or_nan(a: &Arc<Array>) -> Result<Array> {
    inv_impl(a, true)
}

/// `np.linalg.solve(a, b)` with NumPy 2's rule: b is a vector only when
/// `b.ndim == 1`; leading axes broadcast.
pub fn solve(a: &Arc<Array>, b: &Arc<Array>) -> Result<Array> {
    assert_stacked_square(a)?;
    let t = common_type(&[a.dtype(), b.dtype()])?;
    let vector = b.ndim() == 1;
    let n = a.shape()[a.ndim() - 1];
    let (name, sig) = if vector {
        ("solve1", "(m,m),(m)->(m)")
    } else {
        ("solve", "(m,m),(m,n)->(m,n)")
    };
    if !vector && b.ndim() < 2 {
        return Err(Error::invalid(format!(
            "{name}: Input operand 1 does not have enough dimensions (has {}, gufunc core with signature {sig} requires 2)",
            b.ndim()
        )));
    }
    let bm = if vector {
        b.shape()[0]
    } else {
        b.shape()[b.ndim() - 2]
    };
    if bm != n {
        return Err(Error::invalid(format!(
            "{name}: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature {sig} (size {bm} is different from {n})"
        )));
    }
    let a = as_type(a, t)?;
    let b = as_type(b, t)?;
    // A vector b is stacked as one n x 1 matrix.
    let b = if vector {
        Arc::new(sh::expand_dims(&b, &[-1])?)
    } else {
        b
    };
    let ba = batch_of(&a);
    let bb = if vector { &[][..] } else { batch_of(&b) };
    let batch = broadcast_batch(ba, bb).ok_or_else(|| broadcast_error(&a, &b, vector, &[]))?;
    let nrhs = b.shape()[b.ndim() - 1];
    linalg_dispatch!(t, T => {
        let sa = Stack::broadcast(&a, &batch);
        let sb = Stack::broadcast(&b, &batch);
        let tail: Vec<usize> = if vector { vec![n] } else { vec![n, nrhs] };
        let out = Out::<T>::uninit(&batch, &tail)?;
        if !solve_stack(&sa, &sb, vector, &out)? {
            return Err(singular());
        }
        Ok(out.finish())
    })
}

/// The gufunc's broadcast error text.
fn broadcast_error(a: &Array, b: &Array, vector: bool, _: &[usize]) -> Error {
    let remap = |x: &Array, core: usize| {
        let nd = x.ndim();
        let mut s = String::from("(");
        let lead = &x.shape()[..nd - core];
        let parts: Vec<String> = lead.iter().map(|d| d.to_string()).collect();
        s.push_str(&parts.join(","));
        for _ in 0..core {
            s.push_str(",newaxis");
        }
        s.push(')');
        format!("{}->{}", shape_tuple(x.shape()).replace(' ', ""), s)
    };
    let core_b = if vector { 1 } else { 2 };
    let req = if vector {
        format!("({})", a.shape()[a.ndim() - 1])
    } else {
        format!("({},{})", a.shape()[a.ndim() - 1], b.shape()[b.ndim() - 1])
    };
    Error::invalid(format!(
        "operands could not be broadcast together with remapped shapes [original->remapped]: {} {}  and requested shape {}",
        remap(a, 2),
        remap(b, core_b),
        req
    ))
}

/// `np.linalg.tensorinv(a, ind)`.
pub fn tensorinv(a: &Arc<Array>, ind: i64) -> Result<Array> {
    if ind <= 0 {
        return Err(Error::invalid("Invalid ind argument."));
    }
    let ind = (ind as usize).min(a.ndim());
    let old = a.shape();
    let mut invshape: Vec<i64> = old[ind..].iter().map(|&d| d as i64).collect();
    invshape.extend(old[..ind].iter().map(|&d| d as i64));
    let prod: usize = old[ind..].iter().product();
    let m = sh::reshape(a, &[prod as i64, -1], Order::C)?;
    let ia = Arc::new(inv(&Arc::new(m))?);
    sh::reshape(&ia, &invshape, Order::C)
}

/// `np.linalg.tensorsolve(a, b, axes)`.
pub fn tensorsolve(a: &Arc<Array>, b: &Arc<Array>, axes: Option<&[i64]>) -> Result<Array> {
    let an = a.ndim();
    let a = match axes {
        None => a.clone(),
        Some(axes) => {
            let mut all: Vec<i64> = (0..an as i64).collect();
            for &k in axes {
                let pos = all.iter().position(|&x| x == k).ok_or_else(|| {
                    Error::invalid(format!("list.remove(x): x not in list ({k})"))
                })?;
                all.remove(pos);
                all.push(k);
            }
            Arc::new(sh::transpose(a, Some(&all))?)
        }
    };
    let keep = an.saturating_sub(b.ndim());
    let old: Vec<usize> = a.shape()[an - keep..].to_vec();
    let prod: usize = old.iter().product();
    if Some(a.size()) != prod.checked_mul(prod) {
        return Err(linalg_error(
            "Input arrays must satisfy the requirement             prod(a.shape[b.ndim:]) == prod(a.shape[:b.ndim])",
        ));
    }
    let a2 = Arc::new(sh::reshape(&a, &[prod as i64, prod as i64], Order::C)?);
    let b1 = Arc::new(sh::reshape(b, &[-1], Order::C)?);
    let x = Arc::new(solve(&a2, &b1)?);
    let shape: Vec<i64> = old.iter().map(|&d| d as i64).collect();
    sh::reshape(&x, &shape, Order::C)
}
