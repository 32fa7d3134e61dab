//! Products without a sum: `outer`, `kron`, `cross`, and the broadcast
//! `multiply` that `dot`/`inner` use for 0-d operands. Each element is
//! NumPy's `multiply`/`subtract`/`negative` of the promoted dtype (one
//! rounding per operation, integers wrap).

use std::sync::Arc;

use super::kernel::Dot;
use super::matmul::prepared;
use crate::array::{Array, Order};
use crate::dispatch;
use crate::dtype::{promote, DType};
use crate::error::{Error, Result};
use crate::manip::normalize_axis;

/// Visits the byte offsets of three layouts of one shape, row-major.
fn for_each3(shape: &[usize], s: [&[isize]; 3], f: &mut impl FnMut([isize; 3])) {
    if shape.contains(&0) {
        return;
    }
    let nd = shape.len();
    let mut idx = vec![0usize; nd];
    let mut o = [0isize; 3];
    loop {
        f(o);
        let mut k = nd;
        loop {
            if k == 0 {
                return;
            }
            k -= 1;
            idx[k] += 1;
            for (x, st) in o.iter_mut().zip(&s) {
                *x += st[k];
            }
            if idx[k] < shape[k] {
                break;
            }
            for (x, st) in o.iter_mut().zip(&s) {
                *x -= st[k] * shape[k] as isize;
            }
            idx[k] = 0;
        }
    }
}

/// Strides of `a` broadcast to `shape` (right-aligned, 0 on new or
/// stretched axes); the caller has checked compatibility.
fn bstrides(a: &Array, shape: &[usize]) -> Vec<isize> {
    let pad = shape.len() - a.ndim();
    let mut v = vec![0isize; shape.len()];
    for (i, (&d, &s)) in a.shape().iter().zip(a.strides()).enumerate() {
        v[pad + i] = if d == 1 { 0 } else { s };
    }
    v
}

/// `out = a * b` over `shape`, with `a` and `b` given by broadcast strides
/// and already of `out`'s dtype.
fn mul_into(a: &Array, sa: &[isize], b: &Array, sb: &[isize], out: &Array) {
    let (pa, pb, pc) = (a.data_ptr(), b.data_ptr(), out.data_ptr());
    dispatch!(out.dtype(), T => {
        for_each3(out.shape(), [sa, sb, out.strides()], &mut |o| {
            // SAFETY: A3 — offsets from the three layouts; `out` is fresh
            // and writable (A5); inputs are aligned copies (`prepared`).
            unsafe {
                let x = *(pa.offset(o[0]) as *const T);
                let y = *(pb.offset(o[1]) as *const T);
                *(pc.offset(o[2]) as *mut T) = T::mul(x, y);
            }
        })
    });
}

/// `np.multiply(a, b)` with broadcasting (NumPy's promoted dtype).
pub fn multiply(a: &Arc<Array>, b: &Arc<Array>) -> Result<Array> {
    let d = promote(a.dtype(), b.dtype());
    let shape = crate::iter::broadcast_shapes(&[a.shape(), b.shape()])?;
    let (a, b) = (prepared(a, d, false)?, prepared(b, d, false)?);
    let out = Array::alloc(d, &shape, Order::C, false)?;
    mul_into(&a, &bstrides(&a, &shape), &b, &bstrides(&b, &shape), &out);
    Ok(out)
}

/// `np.outer(a, b)`: `out[i, j] = a.ravel()[i] * b.ravel()[j]`.
pub fn outer(a: &Arc<Array>, b: &Arc<Array>) -> Result<Array> {
    let d = promote(a.dtype(), b.dtype());
    let a1 = Arc::new(crate::manip::shape::ravel(a, Order::C)?);
    let b1 = Arc::new(crate::manip::shape::ravel(b, Order::C)?);
    let (a1, b1) = (prepared(&a1, d, false)?, prepared(&b1, d, false)?);
    let (n, m) = (a1.size(), b1.size());
    let out = Array::alloc(d, &[n, m], Order::C, false)?;
    mul_into(&a1, &[a1.strides()[0], 0], &b1, &[0, b1.strides()[0]], &out);
    Ok(out)
}

/// `np.kron(a, b)`: the block matrix `a[i] * b` over every axis; shapes are
/// padded with leading 1s to a common rank `nd` and the result has shape
/// `a.shape * b.shape`. A 0-d operand gives the plain product.
pub fn kron(a: &Arc<Array>, b: &Arc<Array>) -> Result<Array> {
    if a.ndim() == 0 || b.ndim() == 0 {
        return multiply(a, b);
    }
    let d = promote(a.dtype(), b.dtype());
    let (a, b) = (prepared(a, d, false)?, prepared(b, d, false)?);
    let nd = a.ndim().max(b.ndim());
    let pad = |x: &Array| {
        let p = nd - x.ndim();
        let mut s = vec![1usize; p];
        s.extend(x.shape());
        let mut st = vec![0isize; p];
        st.extend(x.strides());
        (s, st)
    };
    let ((ash, ast), (bsh, bst)) = (pad(&a), pad(&b));
    // Interleaved shape (a0, b0, a1, b1, ...): a varies on even axes.
    let mut shape = Vec::with_capacity(2 * nd);
    let (mut sa, mut sb) = (Vec::new(), Vec::new());
    for i in 0..nd {
        shape.push(ash[i]);
        shape.push(bsh[i]);
        sa.push(if ash[i] == 1 { 0 } else { ast[i] });
        sa.push(0);
        sb.push(0);
        sb.push(if bsh[i] == 1 { 0 } else { bst[i] });
    }
    let out = Array::alloc(d, &shape, Order::C, false)?;
    mul_into(&a, &sa, &b, &sb, &out);
    let fin: Vec<usize> = (0..nd).map(|i| ash[i] * bsh[i]).collect();
    let strides = crate::array::layout::contiguous_strides(&fin, d.itemsize(), Order::C);
    Array::from_parts(out.buffer().clone(), d, fin, strides, 0, true).map(Array::owning)
}

/// The components of one cross product of `a` (2 or 3 components, a
/// missing third is 0) and `b`, in NumPy's operation order.
#[inline]
fn cross_one<T: Dot>(a: [T; 3], b: [T; 3], na: usize, nb: usize, out: &mut [T; 3]) {
    let [a0, a1, a2] = a;
    let [b0, b1, b2] = b;
    match (na, nb) {
        (2, 2) => out[0] = T::sub(T::mul(a0, b1), T::mul(a1, b0)),
        (2, 3) => {
            out[0] = T::mul(a1, b2);
            out[1] = T::neg(T::mul(a0, b2));
            out[2] = T::sub(T::mul(a0, b1), T::mul(a1, b0));
        }
        (3, 2) => {
            out[0] = T::neg(T::mul(a2, b1));
            out[1] = T::mul(a2, b0);
            out[2] = T::sub(T::mul(a0, b1), T::mul(a1, b0));
        }
        _ => {
            out[0] = T::sub(T::mul(a1, b2), T::mul(a2, b1));
            out[1] = T::sub(T::mul(a2, b0), T::mul(a0, b2));
            out[2] = T::sub(T::mul(a0, b1), T::mul(a1, b0));
        }
    }
}

/// `np.cross(a, b, axisa, axisb, axisc)`: the cross product of vectors of
/// 2 or 3 components along `axisa` of `a` and `axisb` of `b`, broadcast
/// over the other axes, with the components on `axisc` of the result (a
/// pair of 2-vectors gives the z component alone, no component axis).
pub fn cross(a: &Arc<Array>, b: &Arc<Array>, axisa: i64, axisb: i64, axisc: i64) -> Result<Array> {
    if a.ndim() < 1 || b.ndim() < 1 {
        return Err(Error::invalid("At least one array has zero dimension"));
    }
    let xa = normalize_axis(axisa, a.ndim(), Some("axisa"))?;
    let xb = normalize_axis(axisb, b.ndim(), Some("axisb"))?;
    let am = Arc::new(crate::manip::shape::moveaxis(a, &[xa as i64], &[-1])?);
    let bm = Arc::new(crate::manip::shape::moveaxis(b, &[xb as i64], &[-1])?);
    let (na, nb) = (am.shape()[am.ndim() - 1], bm.shape()[bm.ndim() - 1]);
    if !(2..=3).contains(&na) || !(2..=3).contains(&nb) {
        return Err(Error::invalid(
            "incompatible dimensions for cross product\n(dimension must be 2 or 3)",
        ));
    }
    let (ra, rb) = (&am.shape()[..am.ndim() - 1], &bm.shape()[..bm.ndim() - 1]);
    let mut shape = crate::iter::broadcast_shapes(&[ra, rb]).map_err(|_| {
        Error::shape(format!(
            "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape {} and arg 1 with shape {}.",
            crate::iter::compact_shape(ra),
            crate::iter::compact_shape(rb)
        ))
    })?;
    let three = na == 3 || nb == 3;
    let xc = if three {
        Some(normalize_axis(axisc, shape.len() + 1, Some("axisc"))?)
    } else {
        None
    };
    let d = promote(a.dtype(), b.dtype());
    if d == DType::Bool {
        return Err(Error::dtype(if na != nb {
            "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead."
        } else {
            "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead."
        }));
    }
    let (am, bm) = (prepared(&am, d, false)?, prepared(&bm, d, false)?);
    let nout = if three { 3 } else { 1 };
    if three {
        shape.push(3);
    }
    let cp = Array::alloc(d, &shape, Order::C, false)?;
    let body = &shape[..shape.len() - three as usize];
    let sa = bstrides_of(&am, body);
    let sb = bstrides_of(&bm, body);
    let sc = &cp.strides()[..body.len()];
    let (ca, cb) = (am.strides()[am.ndim() - 1], bm.strides()[bm.ndim() - 1]);
    let cc = if three {
        cp.strides()[cp.ndim() - 1]
    } else {
        0
    };
    let (pa, pb, pc) = (am.data_ptr(), bm.data_ptr(), cp.data_ptr());
    dispatch!(d, T => {
        for_each3(body, [&sa, &sb, sc], &mut |o| {
            // SAFETY: A3 — offsets from the layouts, components along the
            // moved axis; `cp` is fresh (A5); inputs aligned (`prepared`).
            unsafe {
                let get = |p: *mut u8, base: isize, step: isize, n: usize| {
                    let mut v = [T::default(); 3];
                    for (i, x) in v.iter_mut().enumerate().take(n) {
                        *x = *(p.offset(base + i as isize * step) as *const T);
                    }
                    v
                };
                let mut r = [T::default(); 3];
                cross_one(get(pa, o[0], ca, na), get(pb, o[1], cb, nb), na, nb, &mut r);
                for (i, &x) in r.iter().enumerate().take(nout) {
                    *(pc.offset(o[2] + i as isize * cc) as *mut T) = x;
                }
            }
        })
    });
    match xc {
        Some(xc) => {
            let cp = Arc::new(cp);
            crate::manip::shape::moveaxis(&cp, &[-1], &[xc as i64])
        }
        None => Ok(cp),
    }
}

/// Strides of the non-component axes of `x` broadcast to `shape`.
fn bstrides_of(x: &Array, shape: &[usize]) -> Vec<isize> {
    let nd = x.ndim() - 1;
    let pad = shape.len() - nd;
    let mut v = vec![0isize; shape.len()];
    for i in 0..nd {
        v[pad + i] = if x.shape()[i] == 1 { 0 } else { x.strides()[i] };
    }
    v
}
