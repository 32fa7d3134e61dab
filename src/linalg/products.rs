//! `dot`, `vdot`, `inner`, `tensordot`, `matrix_power` and `multi_dot`:
//! NumPy's products built on the 2-D product of [`super::matmul`] by
//! moving the summed axes to the end of `a` and the front of `b`
//! (transposed views; a copy only when a reshape cannot be a view).

use std::sync::Arc;

use super::elementwise::multiply;
use super::matmul::{gufunc, Sig};
use crate::array::{Array, Order};
use crate::dtype::{promote, DType};
use crate::error::{Error, ErrorKind, Result};
use crate::iter::compact_shape;
use crate::manip::shape::{reshape, transpose};

fn dims(v: &[usize]) -> Vec<i64> {
    v.iter().map(|&d| d as i64).collect()
}

fn view(a: Array) -> Arc<Array> {
    Arc::new(a)
}

/// The 2-D product `a2 @ b2` with result dtype `rdt` (the dot family keeps
/// bfloat16, computed in float32 and rounded once).
fn product_2d(a2: &Arc<Array>, b2: &Arc<Array>, rdt: DType) -> Result<Arc<Array>> {
    let r = gufunc(Sig::MatMul, a2, b2, None)?;
    if r.dtype() == rdt {
        return Ok(r);
    }
    Ok(Arc::new(r.astype(
        rdt,
        crate::array::convert::CopyOrder::C,
        crate::dtype::Casting::Unsafe,
    )?))
}

fn not_aligned(a: &[usize], b: &[usize], da: usize, db: usize, ka: usize, kb: usize) -> Error {
    Error::shape(format!(
        "shapes {} and {} not aligned: {ka} (dim {da}) != {kb} (dim {db})",
        compact_shape(a),
        compact_shape(b)
    ))
}

/// Stores `r` in `out` as NumPy's `dot(..., out=)` does: `out` must have
/// exactly the result's dtype and shape and be C-contiguous.
fn to_out(r: Arc<Array>, out: Option<&Arc<Array>>) -> Result<Arc<Array>> {
    let Some(o) = out else { return Ok(r) };
    if o.dtype() != r.dtype() || o.ndim() != r.ndim() || !o.is_c_contiguous() {
        return Err(Error::invalid(
            "output array is not acceptable (must have the right datatype, number of dimensions, and be a C-Array)",
        ));
    }
    if o.shape() != r.shape() {
        return Err(Error::invalid("output array has wrong dimensions"));
    }
    o.check_writeable()?;
    crate::array::convert::copy_into(&r, o)?;
    Ok(o.clone())
}

/// `np.dot(a, b, out=out)`: a product for 0-d operands, the inner product
/// of vectors, the matrix product of matrices, and in general the sum over
/// the last axis of `a` and the second-to-last of `b`
/// (`a.shape[:-1] + b.shape[:-2] + b.shape[-1:]`).
pub fn dot(a: &Arc<Array>, b: &Arc<Array>, out: Option<&Arc<Array>>) -> Result<Arc<Array>> {
    let rdt = promote(a.dtype(), b.dtype());
    if a.ndim() == 0 || b.ndim() == 0 {
        return to_out(Arc::new(multiply(a, b)?), out);
    }
    let (ash, bsh) = (a.shape(), b.shape());
    let ka = ash[ash.len() - 1];
    let bk_axis = b.ndim().saturating_sub(2);
    let kb = bsh[bk_axis];
    if ka != kb {
        return Err(not_aligned(ash, bsh, a.ndim() - 1, bk_axis, ka, kb));
    }
    let lead: usize = ash[..ash.len() - 1].iter().product();
    let a2 = view(reshape(a, &[lead as i64, ka as i64], Order::C)?);
    // b with its summed axis first: (k, rest...) -> (k, prod(rest)).
    let mut perm: Vec<i64> = vec![bk_axis as i64];
    perm.extend((0..b.ndim() as i64).filter(|&x| x != bk_axis as i64));
    let bt = view(transpose(b, Some(&perm))?);
    let rest: usize = bt.shape()[1..].iter().product();
    let b2 = view(reshape(&bt, &[kb as i64, rest as i64], Order::C)?);
    let r = product_2d(&a2, &b2, rdt)?;
    let mut shape: Vec<usize> = ash[..ash.len() - 1].to_vec();
    shape.extend(&bt.shape()[1..]);
    to_out(view(reshape(&r, &dims(&shape), Order::C)?), out)
}

/// `np.vdot(a, b)`: `sum(conj(a.ravel()) * b.ravel())`, a 0-d array.
pub fn vdot(a: &Arc<Array>, b: &Arc<Array>) -> Result<Arc<Array>> {
    let rdt = promote(a.dtype(), b.dtype());
    let a1 = view(reshape(a, &[-1], Order::C)?);
    if a.size() != b.size() {
        return Err(Error::invalid(format!(
            "cannot reshape array of size {} into shape ({},)",
            b.size(),
            a.size()
        )));
    }
    let b1 = view(reshape(b, &[-1], Order::C)?);
    let r = gufunc(Sig::VecDot, &a1, &b1, None)?;
    if r.dtype() == rdt {
        return Ok(r);
    }
    Ok(Arc::new(r.astype(
        rdt,
        crate::array::convert::CopyOrder::C,
        crate::dtype::Casting::Unsafe,
    )?))
}

/// `np.inner(a, b)`: the sum over the last axes of both
/// (`a.shape[:-1] + b.shape[:-1]`); a product for 0-d operands.
pub fn inner(a: &Arc<Array>, b: &Arc<Array>) -> Result<Arc<Array>> {
    let rdt = promote(a.dtype(), b.dtype());
    if a.ndim() == 0 || b.ndim() == 0 {
        return Ok(Arc::new(multiply(a, b)?));
    }
    let (ash, bsh) = (a.shape(), b.shape());
    let (ka, kb) = (ash[ash.len() - 1], bsh[bsh.len() - 1]);
    if ka != kb {
        // NumPy reports b with its last axis moved first.
        let mut bm = vec![kb];
        bm.extend(&bsh[..bsh.len() - 1]);
        return Err(not_aligned(ash, &bm, a.ndim() - 1, 0, ka, kb));
    }
    let lead_a: usize = ash[..ash.len() - 1].iter().product();
    let lead_b: usize = bsh[..bsh.len() - 1].iter().product();
    let a2 = view(reshape(a, &[lead_a as i64, ka as i64], Order::C)?);
    let b2 = view(reshape(b, &[lead_b as i64, kb as i64], Order::C)?);
    let b2t = view(transpose(&b2, None)?);
    let r = product_2d(&a2, &b2t, rdt)?;
    let mut shape = ash[..ash.len() - 1].to_vec();
    shape.extend(&bsh[..bsh.len() - 1]);
    Ok(view(reshape(&r, &dims(&shape), Order::C)?))
}

/// `np.tensordot(a, b, axes)` with explicit axis lists: sums over
/// `a`'s `axes_a` paired with `b`'s `axes_b`; the result has `a`'s other
/// axes then `b`'s.
pub fn tensordot(
    a: &Arc<Array>,
    b: &Arc<Array>,
    axes_a: &[i64],
    axes_b: &[i64],
) -> Result<Arc<Array>> {
    let (nda, ndb) = (a.ndim() as i64, b.ndim() as i64);
    let oob = || Error::new(ErrorKind::Index, "tuple index out of range");
    // Python indexing of the shape tuples: -nd <= i < nd.
    let at = |shape: &[usize], nd: i64, i: i64| -> Result<usize> {
        let j = if i < 0 { i + nd } else { i };
        if j < 0 || j >= nd {
            return Err(oob());
        }
        Ok(shape[j as usize])
    };
    let mismatch = || Error::shape("shape-mismatch for sum");
    if axes_a.len() != axes_b.len() {
        return Err(mismatch());
    }
    let mut xa = Vec::new();
    let mut xb = Vec::new();
    for (&i, &j) in axes_a.iter().zip(axes_b) {
        if at(a.shape(), nda, i)? != at(b.shape(), ndb, j)? {
            return Err(mismatch());
        }
        xa.push(if i < 0 { i + nda } else { i });
        xb.push(if j < 0 { j + ndb } else { j });
    }
    let notin_a: Vec<i64> = (0..nda).filter(|k| !xa.contains(k)).collect();
    let notin_b: Vec<i64> = (0..ndb).filter(|k| !xb.contains(k)).collect();
    let size = |s: &[usize], ax: &[i64]| ax.iter().map(|&k| s[k as usize]).product::<usize>();
    let (na, n2) = (size(a.shape(), &notin_a), size(a.shape(), &xa));
    let nb = size(b.shape(), &notin_b);
    let perm_a: Vec<i64> = notin_a.iter().chain(&xa).copied().collect();
    let perm_b: Vec<i64> = xb.iter().chain(&notin_b).copied().collect();
    let at2 = view(reshape(
        &view(transpose(a, Some(&perm_a))?),
        &[na as i64, n2 as i64],
        Order::C,
    )?);
    let bt2 = view(reshape(
        &view(transpose(b, Some(&perm_b))?),
        &[n2 as i64, nb as i64],
        Order::C,
    )?);
    let r = dot(&at2, &bt2, None)?;
    let mut shape: Vec<i64> = notin_a
        .iter()
        .map(|&k| a.shape()[k as usize] as i64)
        .collect();
    shape.extend(notin_b.iter().map(|&k| b.shape()[k as usize] as i64));
    Ok(view(reshape(&r, &shape, Order::C)?))
}

/// `np.tensordot(a, b, axes=n)`: the last `n` axes of `a` with the first
/// `n` of `b`.
pub fn tensordot_n(a: &Arc<Array>, b: &Arc<Array>, n: i64) -> Result<Arc<Array>> {
    let axes_a: Vec<i64> = (n.saturating_neg()..0).collect();
    let axes_b: Vec<i64> = (0..n).collect();
    tensordot(a, b, &axes_a, &axes_b)
}

fn linalg_error(msg: impl Into<String>) -> Error {
    Error::new(ErrorKind::Linalg, msg)
}

/// `np.linalg.matrix_power(a, n)` for `n >= 0` by repeated squaring
/// (NumPy's order of products, so integer results wrap identically);
/// `n < 0` raises the inverse to `-n`, as NumPy (so integer input gives
/// float64 and a singular matrix fails with "Singular matrix").
pub fn matrix_power(a: &Arc<Array>, n: i64) -> Result<Arc<Array>> {
    if a.ndim() < 2 {
        return Err(linalg_error(format!(
            "{}-dimensional array given. Array must be at least two-dimensional",
            a.ndim()
        )));
    }
    let s = a.shape();
    if s[s.len() - 1] != s[s.len() - 2] {
        return Err(linalg_error(
            "Last 2 dimensions of the array must be square",
        ));
    }
    if n < 0 {
        let m = n
            .checked_neg()
            .ok_or_else(|| Error::overflow(format!("matrix_power exponent {n} is too large")))?;
        let inverse = Arc::new(crate::linalg::solve::inv(a)?);
        return matrix_power(&inverse, m);
    }
    let mm = |x: &Arc<Array>, y: &Arc<Array>| gufunc(Sig::MatMul, x, y, None);
    match n {
        0 => {
            let r = Array::zeros(a.dtype(), s, Order::C)?;
            let d = s[s.len() - 1];
            let one = Array::ones(a.dtype(), &[], Order::C)?;
            let item = a.itemsize();
            let diag_stride = (d as isize + 1) * item as isize;
            let batch = r.size() / (d * d).max(1);
            let p = r.data_ptr();
            for i in 0..batch {
                for j in 0..d {
                    // SAFETY: A3 — element (i, j, j) of the fresh array.
                    unsafe {
                        std::ptr::copy_nonoverlapping(
                            one.data_ptr(),
                            p.offset((i * d * d * item) as isize + j as isize * diag_stride),
                            item,
                        )
                    };
                }
            }
            Ok(Arc::new(r))
        }
        1 => Ok(a.clone()),
        2 => mm(a, a),
        3 => mm(&mm(a, a)?, a),
        _ => {
            let mut n = n;
            let mut z: Option<Arc<Array>> = None;
            let mut result: Option<Arc<Array>> = None;
            while n > 0 {
                z = Some(match z {
                    None => a.clone(),
                    Some(z) => mm(&z, &z)?,
                });
                let bit = n % 2;
                n /= 2;
                if bit == 1 {
                    let zz = z.clone().expect("set above");
                    result = Some(match result {
                        None => zz,
                        Some(r) => mm(&r, &zz)?,
                    });
                }
            }
            Ok(result.expect("n > 0"))
        }
    }
}

/// The optimal parenthesisation of a matrix chain with dimensions
/// `p[0] x p[1], p[1] x p[2], ...` (the classic O(n^3) dynamic program:
/// `m[i][j] = min_{i<=k<j} m[i][k] + m[k+1][j] + p[i] p[k+1] p[j+1]`,
/// costs as f64 as NumPy); `s[i][j]` is the split.
pub fn chain_order(p: &[usize]) -> Vec<Vec<usize>> {
    let n = p.len() - 1;
    let mut m = vec![vec![0f64; n]; n];
    let mut s = vec![vec![0usize; n]; n];
    for l in 1..n {
        for i in 0..n - l {
            let j = i + l;
            m[i][j] = f64::INFINITY;
            for k in i..j {
                let q =
                    m[i][k] + m[k + 1][j] + (p[i] as f64) * (p[k + 1] as f64) * (p[j + 1] as f64);
                if q < m[i][j] {
                    m[i][j] = q;
                    s[i][j] = k;
                }
            }
        }
    }
    s
}

fn chain(arrays: &[Arc<Array>], s: &[Vec<usize>], i: usize, j: usize) -> Result<Arc<Array>> {
    if i == j {
        return Ok(arrays[i].clone());
    }
    let k = s[i][j];
    dot(&chain(arrays, s, i, k)?, &chain(arrays, s, k + 1, j)?, None)
}

/// `np.linalg.multi_dot(arrays)`: the product of a chain of matrices (the
/// first and last may be vectors) in the cheapest order.
pub fn multi_dot(arrays: &[Arc<Array>]) -> Result<Arc<Array>> {
    let n = arrays.len();
    if n < 2 {
        return Err(Error::invalid("Expecting at least two arrays."));
    }
    if n == 2 {
        return dot(&arrays[0], &arrays[1], None);
    }
    let (first1, last1) = (arrays[0].ndim() == 1, arrays[n - 1].ndim() == 1);
    let mut v: Vec<Arc<Array>> = arrays.to_vec();
    if first1 {
        v[0] = view(reshape(&v[0], &[1, -1], Order::C)?);
    }
    if last1 {
        v[n - 1] = view(reshape(&v[n - 1], &[-1, 1], Order::C)?);
    }
    for x in &v {
        if x.ndim() != 2 {
            return Err(linalg_error(format!(
                "{}-dimensional array given. Array must be two-dimensional",
                x.ndim()
            )));
        }
    }
    let result = if n == 3 {
        let (a0, a1b0) = (v[0].shape()[0], v[0].shape()[1]);
        let (b1c0, c1) = (v[2].shape()[0], v[2].shape()[1]);
        let cost1 = a0 * b1c0 * (a1b0 + c1);
        let cost2 = a1b0 * c1 * (a0 + b1c0);
        if cost1 < cost2 {
            dot(&dot(&v[0], &v[1], None)?, &v[2], None)?
        } else {
            dot(&v[0], &dot(&v[1], &v[2], None)?, None)?
        }
    } else {
        let mut p: Vec<usize> = v.iter().map(|x| x.shape()[0]).collect();
        p.push(v[n - 1].shape()[1]);
        let s = chain_order(&p);
        chain(&v, &s, 0, n - 1)?
    };
    match (first1, last1) {
        (true, true) => Ok(view(reshape(&result, &[], Order::C)?)),
        (true, _) | (_, true) => Ok(view(reshape(&result, &[-1], Order::C)?)),
        _ => Ok(result),
    }
}
