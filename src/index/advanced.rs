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

use std::borrow::Cow;

use super::kernels::{
    compact, count_true, gather_blocks, gather_indices, gather_offsets, gather_rows, norm_index,
    scatter_offsets,
};
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

/// The values of an integer index array in row-major order, borrowed when
/// it is already an aligned C-contiguous int64 array.
pub(crate) fn int_values(x: &Array) -> Result<Cow<'_, [i64]>> {
    if !matches!(x.dtype().kind(), Kind::Int | Kind::UInt | Kind::Bool) || x.dtype() == DType::Bool
    {
        return Err(index_error(
            "arrays used as indices must be of integer (or boolean) type",
        ));
    }
    if x.dtype() == DType::Int64
        && x.is_c_contiguous()
        && (x.data_ptr() as usize).is_multiple_of(std::mem::align_of::<i64>())
    {
        // SAFETY: A3 — a C-contiguous array holds `size` elements from
        // element 0; alignment checked above.
        return Ok(Cow::Borrowed(unsafe {
            std::slice::from_raw_parts(x.data_ptr() as *const i64, x.size())
        }));
    }
    Ok(Cow::Owned(x.to_vec::<i64>()))
}

/// An integer index array: (view axis, original axis, values, shape).
type IndexArray<'a> = (usize, usize, Cow<'a, [i64]>, Vec<usize>);

fn resolve(b: &Basic) -> Result<Resolved> {
    let v = &b.view;
    // (view axis, original axis, index values, index shape) per integer
    // index array.
    let mut arrays: Vec<IndexArray<'_>> = Vec::new();
    for ((axes, x), &orig) in b.advanced.iter().zip(&b.orig_axis) {
        if x.dtype() == DType::Bool {
            check_mask_shape(v, axes, x, orig)?;
            for (k, idx) in nonzero(x).into_iter().enumerate() {
                let n = idx.len();
                arrays.push((axes[k], orig + k, Cow::Owned(idx), vec![n]));
            }
        } else {
            arrays.push((axes[0], orig, int_values(x)?, x.shape().to_vec()));
        }
    }
    let shapes: Vec<&[usize]> = arrays.iter().map(|a| a.3.as_slice()).collect();
    let bshape = broadcast_shapes(&shapes).map_err(|_| {
        // NumPy lists every non-scalar index array, each followed by a space.
        let txt: String = shapes
            .iter()
            .filter(|s| !s.is_empty())
            .map(|s| crate::iter::compact_shape(s) + " ")
            .collect();
        index_error(format!(
            "shape mismatch: indexing arrays could not be broadcast together with shapes {txt}"
        ))
    })?;
    let bsize: usize = bshape.iter().product();
    let mut adv_off = vec![0isize; bsize];
    for (ax, orig, vals, shp) in &arrays {
        let d = v.shape()[*ax];
        let st = v.strides()[*ax];
        if shp.as_slice() == bshape.as_slice() {
            // No broadcasting: the values are in result order.
            for (off, &i) in adv_off.iter_mut().zip(vals.iter()) {
                *off += norm_index(i, d, *orig)? as isize * st;
            }
            continue;
        }
        // NumPy checks every value, also those a broadcast to an empty B
        // never reaches.
        // (none at all when B is empty).
        if bsize > 0 {
            for &i in vals.iter() {
                norm_index(i, d, *orig)?;
            }
        }
        // Row-major strides of this index array broadcast to B.
        let cstr = crate::array::layout::contiguous_strides(shp, 1, Order::C);
        let bstr = broadcast_strides(shp, &cstr, &bshape).expect("broadcast checked");
        let mut k = 0usize;
        crate::array::for_each_offset(&bshape, &bstr, &mut |src| {
            let i = vals[src as usize];
            let j = if i < 0 { i + d as i64 } else { i };
            adv_off[k] += j as isize * st;
            k += 1;
        });
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

/// NumPy's IndexError when a boolean index does not match the axes it covers.
fn check_mask_shape(v: &Array, axes: &[usize], x: &Array, orig: usize) -> Result<()> {
    for (k, &ax) in axes.iter().enumerate() {
        if x.shape()[k] != 0 && x.shape()[k] != v.shape()[ax] {
            return Err(index_error(format!(
                "boolean index did not match indexed array along axis {}; size of axis is {} but size of corresponding boolean axis is {}",
                orig + k,
                v.shape()[ax],
                x.shape()[k]
            )));
        }
    }
    Ok(())
}

/// Offsets of a row-major walk over `axes` (len, stride).
fn walk(axes: &[(usize, isize)]) -> Vec<isize> {
    let (shape, strides): (Vec<usize>, Vec<isize>) = axes.iter().copied().unzip();
    let mut offs = Vec::with_capacity(shape.iter().product());
    crate::array::for_each_offset(&shape, &strides, &mut |o| offs.push(o));
    offs
}

/// Every source byte offset (from the view's element 0) in result order.
fn offsets(r: &Resolved) -> Vec<isize> {
    if r.outer.is_empty() && r.inner.is_empty() {
        return r.adv_off.clone();
    }
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

/// `a[idx]` through a single integer array over a 1-D view, or a boolean
/// mask covering the whole of a C-contiguous view: the fused fast paths.
fn gather_fast(b: &Basic) -> Result<Option<Array>> {
    let v = &b.view;
    if b.advanced.len() != 1 {
        return Ok(None);
    }
    let (axes, x) = &b.advanced[0];
    let item = v.itemsize();
    if x.dtype() != DType::Bool {
        if v.ndim() != 1 {
            return Ok(None);
        }
        let vals = int_values(x)?;
        let out = Array::empty(v.dtype(), x.shape(), Order::C)?;
        // SAFETY: A3 of the view (axis 0 of shape[0] elements, stride
        // strides[0]); `out` is fresh with one slot per index.
        unsafe {
            gather_indices(
                v.data_ptr(),
                v.strides()[0],
                v.shape()[0],
                b.orig_axis[0],
                &vals,
                out.data_ptr(),
                item,
            )?
        };
        return Ok(Some(out));
    }
    if axes.len() != v.ndim() || !v.is_c_contiguous() || !x.is_c_contiguous() {
        return Ok(None);
    }
    if x.shape() != v.shape() {
        return Ok(None);
    }
    let n = v.size();
    // SAFETY: A3 — the C-contiguous mask holds n bytes from element 0.
    let count = unsafe { count_true(x.data_ptr(), n) };
    let out = Array::empty(v.dtype(), &[count], Order::C)?;
    // SAFETY: both are C-contiguous with n elements; `out` has `count`.
    unsafe { compact(v.data_ptr(), x.data_ptr(), n, out.data_ptr(), item) };
    Ok(Some(out))
}

/// `a[advanced index]`: a new C-ordered array.
pub(crate) fn gather(b: &Basic) -> Result<Array> {
    if let Some(out) = gather_fast(b)? {
        return Ok(out);
    }
    let r = resolve(b)?;
    let out = Array::empty(b.view.dtype(), &r.shape, Order::C)?;
    let item = out.itemsize();
    let src = b.view.data_ptr();
    let dst = out.data_ptr();
    if out.size() == 0 {
        return Ok(out);
    }
    let outer = walk(&r.outer);
    let inner = walk(&r.inner);
    let inner_contig = inner
        .iter()
        .enumerate()
        .all(|(k, &o)| o == (k * item) as isize);
    let nb = r.adv_off.len();
    let block = inner.len() * item;
    if r.inner.is_empty() {
        // SAFETY: every offset was bounds-checked against the view (A3 of
        // the view); `out` holds outer x B elements.
        unsafe { gather_rows(src, &outer, &r.adv_off, dst, item) };
        return Ok(out);
    }
    for (p, &o) in outer.iter().enumerate() {
        let row = dst.wrapping_add(p * nb * block);
        for (q, &a) in r.adv_off.iter().enumerate() {
            let base = src.wrapping_offset(o + a);
            let to = row.wrapping_add(q * block);
            if inner_contig {
                if p == 0 && q == 0 && outer.len() == 1 {
                    // SAFETY: each block is contiguous in the view at its
                    // offset; `out` is fresh and holds nb blocks.
                    unsafe { gather_blocks(src.wrapping_offset(o), &r.adv_off, to, block) };
                    break;
                }
                // SAFETY: the inner axes are contiguous in the view from
                // `base`; `out` is fresh and holds this block.
                unsafe { std::ptr::copy_nonoverlapping(base, to, block) };
            } else {
                // SAFETY: as above, element by element.
                unsafe { gather_offsets(base, &inner, to, item) };
            }
        }
    }
    Ok(out)
}

/// `value` converted to `dtype` and broadcast to `shape` as a view,
/// copied first when it overlaps `dst` (so `a[1:] = a[:-1]` works).
/// Leading length-1 axes of the value beyond the target's rank are dropped
/// first, as NumPy does; the error names the value's shape without them.
fn prepared_value(
    value: &Array,
    dtype: DType,
    shape: &[usize],
    dst: &Array,
    advanced: bool,
) -> Result<Array> {
    let mut lead = 0;
    while lead < value.ndim() && value.shape()[lead] == 1 && value.ndim() - lead > shape.len() {
        lead += 1;
    }
    let vshape = &value.shape()[lead..];
    let mut v = if value.dtype() == dtype {
        value.clone()
    } else {
        value.astype(dtype, CopyOrder::K, Casting::Unsafe)?
    };
    if v.dtype() == value.dtype() && shares_bytes(&v, dst) {
        v = v.copy(CopyOrder::K)?;
    }
    // The value's kept axes, in `v`'s (possibly converted) strides.
    let kept = &v.strides()[lead..];
    let strides = broadcast_strides(vshape, kept, shape).ok_or_else(|| {
        let (vs, ts) = (
            crate::iter::compact_shape(vshape),
            crate::iter::compact_shape(shape),
        );
        Error::invalid(if advanced {
            let full = crate::iter::compact_shape(value.shape());
            format!("shape mismatch: value array of shape {full} could not be broadcast to indexing result of shape {ts}")
        } else {
            format!("could not broadcast input array from shape {vs} into shape {ts}")
        })
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
    let v = prepared_value(value, view.dtype(), view.shape(), view, false)?;
    copy_into(&v, view)
}

/// `a[advanced index] = value`: the value is broadcast to the indexed shape
/// and written in result order, so repeated indices keep the last write.
/// Every index is checked before anything is written.
pub(crate) fn scatter(b: &Basic, value: &Array) -> Result<()> {
    if let Some(shape) = result_shape(b) {
        // NumPy reports a value that does not fit before bad indices.
        check_value_shape(b, value, &shape)?;
    }
    let r = resolve(b)?;
    let v = prepared_value(value, b.view.dtype(), &r.shape, &b.view, !all_scalar(b))?;
    let item = v.itemsize();
    let offs = offsets(&r);
    let (vals, vstep) = if v.strides().iter().all(|&s| s == 0) {
        (v, 0)
    } else if v.is_c_contiguous() {
        (v, item)
    } else {
        (v.copy(CopyOrder::C)?, item)
    };
    // SAFETY: offsets are bounds-checked positions of the writeable view
    // (checked by the caller); `vals` is contiguous in result order (or one
    // repeated element when vstep is 0).
    unsafe { scatter_offsets(vals.data_ptr(), vstep, &offs, b.view.data_ptr(), item) };
    Ok(())
}

/// True when every advanced item is a 0-d integer array (NumPy then
/// assigns through a view and words value errors as for basic indices).
fn all_scalar(b: &Basic) -> bool {
    b.advanced.iter().all(|(_, x)| x.ndim() == 0)
}

/// The shape `a[index]` would have, when it can be known without reading
/// the index arrays (no boolean masks; arrays that broadcast).
fn result_shape(b: &Basic) -> Option<Vec<usize>> {
    // A mask stands for one index array of its true count per axis.
    let mut owned: Vec<Vec<usize>> = Vec::new();
    for (_, x) in &b.advanced {
        if x.dtype() == DType::Bool {
            let n = mask_count(x);
            owned.extend(std::iter::repeat_n(vec![n], x.ndim()));
        } else {
            owned.push(x.shape().to_vec());
        }
    }
    let shapes: Vec<&[usize]> = owned.iter().map(|s| s.as_slice()).collect();
    let bshape = broadcast_shapes(&shapes).ok()?;
    let v = &b.view;
    let adv: Vec<usize> = b
        .advanced
        .iter()
        .flat_map(|(a, _)| a.iter().copied())
        .collect();
    let first = adv.iter().copied().min().unwrap_or(0);
    let rest: Vec<usize> = (0..v.ndim()).filter(|k| !adv.contains(k)).collect();
    let mut shape = Vec::new();
    if !b.separated {
        shape.extend(rest.iter().filter(|&&k| k < first).map(|&k| v.shape()[k]));
    }
    shape.extend(&bshape);
    if b.separated {
        shape.extend(rest.iter().map(|&k| v.shape()[k]));
    } else {
        shape.extend(rest.iter().filter(|&&k| k > first).map(|&k| v.shape()[k]));
    }
    Some(shape)
}

/// The broadcast check of [`prepared_value`] alone.
fn check_value_shape(b: &Basic, value: &Array, shape: &[usize]) -> Result<()> {
    let mut lead = 0;
    while lead < value.ndim() && value.shape()[lead] == 1 && value.ndim() - lead > shape.len() {
        lead += 1;
    }
    let vshape = &value.shape()[lead..];
    if crate::iter::broadcast_strides(vshape, &value.strides()[lead..], shape).is_some() {
        return Ok(());
    }
    let ts = crate::iter::compact_shape(shape);
    Err(Error::invalid(if all_scalar(b) {
        format!(
            "could not broadcast input array from shape {} into shape {ts}",
            crate::iter::compact_shape(vshape)
        )
    } else {
        format!(
            "shape mismatch: value array of shape {} could not be broadcast to indexing result of shape {ts}",
            crate::iter::compact_shape(value.shape())
        )
    }))
}

/// NumPy's assignment through a single boolean index covering every axis
/// (`a[mask] = v`): `v` must be 0-d or 1-D with 1 or `count` elements.
pub(crate) fn check_bool_value(mask: &Array, value: &Array) -> Result<()> {
    if value.ndim() > 1 {
        return Err(Error::dtype(format!(
            "NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has {} dimensions",
            value.ndim()
        )));
    }
    if value.ndim() == 1 && value.shape()[0] != 1 {
        let count = mask_count(mask);
        if value.shape()[0] != count {
            return Err(Error::invalid(format!(
                "NumPy boolean array indexing assignment cannot assign {} input values to the {count} output values where the mask is true",
                value.shape()[0]
            )));
        }
    }
    Ok(())
}

/// Number of true elements of a boolean mask.
fn mask_count(x: &Array) -> usize {
    if x.is_c_contiguous() {
        // SAFETY: A3 — a C-contiguous bool array holds `size` bytes from
        // element 0.
        return unsafe { count_true(x.data_ptr(), x.size()) };
    }
    x.to_vec::<crate::dtype::Bool>()
        .iter()
        .filter(|b| b.get())
        .count()
}
