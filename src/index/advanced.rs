//! Advanced indexing: gathering (`a[idx]`, a copy) and scattering
//! (`a[idx] = v`) through integer and boolean index arrays, and assignment
//! into basic views.
//!
//! After the basic step the view's axes are: outer axes, the axes the
//! advanced items index, inner axes. Boolean masks become the integer
//! arrays of their `nonzero()`. The integer arrays broadcast to a shape `B`;
//! the result is `outer + B + inner` when the advanced items were adjacent
//! in the index and `B + outer + inner` otherwise (NumPy's rule).

use std::sync::Arc;

use super::{index_error, Basic};
use crate::array::convert::{copy_into, CopyOrder};
use crate::array::{Array, Order};
use crate::dtype::{Casting, DType, Kind};
use crate::error::{Error, Result};
use crate::iter::{broadcast_shapes, broadcast_strides};

/// The advanced part of an index, resolved to element offsets.
struct Resolved {
    /// Result shape.
    shape: Vec<usize>,
    /// Byte offset (from the view's element 0) of each position of `B`.
    adv_off: Vec<isize>,
    /// Non-advanced view axes placed before `B` (len, stride).
    outer: Vec<(usize, isize)>,
    /// Non-advanced view axes placed after `B`.
    inner: Vec<(usize, isize)>,
}

/// `nonzero()` of a boolean mask: one int64 vector per axis.
pub(crate) fn nonzero(mask: &Array) -> Vec<Vec<i64>> {
    let nd = mask.ndim();
    let vals = mask.to_vec::<crate::dtype::Bool>();
    let mut out = vec![Vec::new(); nd];
    let mut idx = vec![0i64; nd];
    for v in vals {
        if v.get() {
            for (k, &i) in idx.iter().enumerate() {
                out[k].push(i);
            }
        }
        for k in (0..nd).rev() {
            idx[k] += 1;
            if (idx[k] as usize) < mask.shape()[k] {
                break;
            }
            idx[k] = 0;
        }
    }
    out
}

fn resolve(b: &Basic) -> Result<Resolved> {
    let v = &b.view;
    // (view axis, index values, index shape) per integer index array.
    let mut arrays: Vec<(usize, usize, Vec<i64>, Vec<usize>)> = Vec::new();
    for ((axes, x), &orig) in b.advanced.iter().zip(&b.orig_axis) {
        if x.dtype() == DType::Bool {
            for (k, &ax) in axes.iter().enumerate() {
                if x.shape()[k] != v.shape()[ax] {
                    return Err(index_error(format!(
                        "boolean index did not match indexed array along axis {}; size of axis is {} but size of corresponding boolean axis is {}",
                        orig + k,
                        v.shape()[ax],
                        x.shape()[k]
                    )));
                }
            }
            for (k, idx) in nonzero(x).into_iter().enumerate() {
                let n = idx.len();
                arrays.push((axes[k], orig + k, idx, vec![n]));
            }
        } else {
            if !matches!(x.dtype().kind(), Kind::Int | Kind::UInt) {
                return Err(index_error(
                    "arrays used as indices must be of integer (or boolean) type",
                ));
            }
            arrays.push((axes[0], orig, x.to_vec::<i64>(), x.shape().to_vec()));
        }
    }
    let shapes: Vec<&[usize]> = arrays.iter().map(|a| a.3.as_slice()).collect();
    let bshape = broadcast_shapes(&shapes).map_err(|_| {
        let txt: Vec<String> = shapes
            .iter()
            .map(|s| crate::iter::compact_shape(s))
            .collect();
        index_error(format!(
            "shape mismatch: indexing arrays could not be broadcast together with shapes {}",
            txt.join(" ")
        ))
    })?;
    let bsize: usize = bshape.iter().product();
    let mut adv_off = vec![0isize; bsize];
    for (ax, orig, vals, shp) in &arrays {
        let d = v.shape()[*ax];
        let st = v.strides()[*ax];
        // Row-major strides of this index array broadcast to B.
        let cstr = crate::array::layout::contiguous_strides(shp, 1, Order::C);
        let bstr = broadcast_strides(shp, &cstr, &bshape).expect("broadcast checked");
        let mut pos = vec![0usize; bshape.len()];
        for off in adv_off.iter_mut() {
            let src: isize = pos.iter().zip(&bstr).map(|(&p, &s)| p as isize * s).sum();
            let i = vals[src as usize];
            let j = if i < 0 { i + d as i64 } else { i };
            if j < 0 || j >= d as i64 {
                return Err(Error::index_out_of_bounds(i, *orig, d));
            }
            *off += j as isize * st;
            for k in (0..bshape.len()).rev() {
                pos[k] += 1;
                if pos[k] < bshape[k] {
                    break;
                }
                pos[k] = 0;
            }
        }
    }
    let adv_axes: Vec<usize> = b
        .advanced
        .iter()
        .flat_map(|(a, _)| a.iter().copied())
        .collect();
    let first = adv_axes.iter().copied().min().unwrap_or(0);
    let rest: Vec<(usize, (usize, isize))> = (0..v.ndim())
        .filter(|k| !adv_axes.contains(k))
        .map(|k| (k, (v.shape()[k], v.strides()[k])))
        .collect();
    let (outer, inner): (Vec<_>, Vec<_>) = if b.separated {
        (Vec::new(), rest.iter().map(|x| x.1).collect())
    } else {
        (
            rest.iter().filter(|x| x.0 < first).map(|x| x.1).collect(),
            rest.iter().filter(|x| x.0 > first).map(|x| x.1).collect(),
        )
    };
    let mut shape: Vec<usize> = outer.iter().map(|x: &(usize, isize)| x.0).collect();
    shape.extend(&bshape);
    shape.extend(inner.iter().map(|x: &(usize, isize)| x.0));
    crate::array::layout::check_ndim(shape.len())?;
    Ok(Resolved {
        shape,
        adv_off,
        outer,
        inner,
    })
}

/// Offsets of a row-major walk over `axes` (len, stride).
fn walk(axes: &[(usize, isize)]) -> Vec<isize> {
    let mut offs = vec![0isize];
    for &(n, s) in axes {
        let mut next = Vec::with_capacity(offs.len() * n);
        for &o in &offs {
            for i in 0..n {
                next.push(o + i as isize * s);
            }
        }
        offs = next;
    }
    offs
}

/// Every source byte offset (from the view's element 0) in result order.
fn offsets(r: &Resolved) -> Vec<isize> {
    let outer = walk(&r.outer);
    let inner = walk(&r.inner);
    let mut out = Vec::with_capacity(outer.len() * r.adv_off.len() * inner.len());
    for &o in &outer {
        for &b in &r.adv_off {
            for &i in &inner {
                out.push(o + b + i);
            }
        }
    }
    out
}

/// `a[advanced index]`: a new C-ordered array.
pub(crate) fn gather(b: &Basic) -> Result<Array> {
    let r = resolve(b)?;
    let out = Array::empty(b.view.dtype(), &r.shape, Order::C)?;
    let item = out.itemsize();
    let src = b.view.data_ptr();
    let dst = out.data_ptr();
    for (k, off) in offsets(&r).into_iter().enumerate() {
        // SAFETY: every offset was bounds-checked against the view (A3 of
        // the view); `out` is fresh with one element per offset.
        unsafe { std::ptr::copy_nonoverlapping(src.wrapping_offset(off), dst.add(k * item), item) };
    }
    Ok(out)
}

/// `value` converted to `dtype` and broadcast to `shape` as a view,
/// copied first when it overlaps `dst` (so `a[1:] = a[:-1]` works).
fn prepared_value(value: &Array, dtype: DType, shape: &[usize], dst: &Array) -> Result<Array> {
    let mut v = if value.dtype() == dtype {
        value.clone()
    } else {
        value.astype(dtype, CopyOrder::K, Casting::Unsafe)?
    };
    if v.dtype() == value.dtype() && shares_bytes(&v, dst) {
        v = v.copy(CopyOrder::K)?;
    }
    let strides = broadcast_strides(v.shape(), v.strides(), shape).ok_or_else(|| {
        Error::invalid(format!(
            "could not broadcast input array from shape {} into shape {}",
            crate::iter::compact_shape(value.shape()),
            crate::iter::compact_shape(shape)
        ))
    })?;
    let v = Arc::new(v);
    Ok(v.view_unchecked(shape.to_vec(), strides, v.offset(), dtype))
}

fn shares_bytes(a: &Array, b: &Array) -> bool {
    let ext = |x: &Array| {
        crate::array::layout::byte_extent(x.shape(), x.strides(), x.itemsize()).map(|(lo, hi)| {
            (
                x.data_ptr() as usize as i128 + lo,
                x.data_ptr() as usize as i128 + hi,
            )
        })
    };
    match (ext(a), ext(b)) {
        (Some((a0, a1)), Some((b0, b1))) => a0 < b1 && b0 < a1,
        _ => false,
    }
}

/// `view[...] = value` for a basic view.
pub(crate) fn assign_view(view: &Array, value: &Array) -> Result<()> {
    let v = prepared_value(value, view.dtype(), view.shape(), view)?;
    copy_into(&v, view)
}

/// `a[advanced index] = value`: the value is broadcast to the indexed shape
/// and written in result order, so repeated indices keep the last write.
pub(crate) fn scatter(b: &Basic, value: &Array) -> Result<()> {
    let r = resolve(b)?;
    let v = prepared_value(value, b.view.dtype(), &r.shape, &b.view)?;
    let vals = v.copy(CopyOrder::C)?;
    let item = vals.itemsize();
    let src = vals.data_ptr();
    let dst = b.view.data_ptr();
    for (k, off) in offsets(&r).into_iter().enumerate() {
        // SAFETY: offsets are bounds-checked positions of the writeable view
        // (checked by the caller); `vals` is contiguous in result order.
        unsafe { std::ptr::copy_nonoverlapping(src.add(k * item), dst.wrapping_offset(off), item) };
    }
    Ok(())
}
