//! Copies that rearrange elements: roll, repeat, tile, resize; and the views
//! rot90 and trim_zeros.

use std::sync::Arc;

use super::join::flip;
use super::normalize_axis;
use super::shape::{ravel, reshape, transpose};
use super::split::slice_axis;
use crate::array::convert::copy_into;
use crate::array::{layout, Array, Order};
use crate::dispatch;
use crate::dtype::Element;
use crate::error::{Error, Result};

/// A view of `a` with `ranges[k]` (start, stop) along every axis `k`.
pub(crate) fn sub_view(a: &Arc<Array>, ranges: &[(usize, usize)]) -> Array {
    let shape: Vec<usize> = ranges.iter().map(|&(s, e)| e - s).collect();
    let off = if shape.contains(&0) {
        a.offset() as isize
    } else {
        a.offset() as isize
            + ranges
                .iter()
                .zip(a.strides())
                .map(|(&(s, _), &st)| s as isize * st)
                .sum::<isize>()
    };
    a.view_unchecked(shape, a.strides().to_vec(), off as usize, a.dtype())
}

/// A new C-contiguous array, shared so that views of it can be made.
pub(crate) fn fresh(dtype: crate::dtype::DType, shape: &[usize]) -> Result<Arc<Array>> {
    Ok(Arc::new(Array::empty(dtype, shape, Order::C)?))
}

/// The array behind an `Arc` that only this function holds.
pub(crate) fn unshare(a: Arc<Array>) -> Array {
    Arc::try_unwrap(a).unwrap_or_else(|a| (*a).clone())
}

/// `np.roll(a, shift, axis)`: elements shifted cyclically by `shifts[i]`
/// along `axes[i]` (the two lists broadcast against each other; shifts on a
/// repeated axis add up); `axes` None rolls the flattened array.
pub fn roll(a: &Arc<Array>, shifts: &[i64], axes: Option<&[i64]>) -> Result<Array> {
    let Some(axes) = axes else {
        let flat = Arc::new(ravel(a, Order::C)?);
        let r = Arc::new(roll(&flat, shifts, Some(&[0]))?);
        let dims: Vec<i64> = a.shape().iter().map(|&d| d as i64).collect();
        return reshape(&r, &dims, Order::C);
    };
    let nd = a.ndim();
    let axes: Vec<usize> = axes
        .iter()
        .map(|&x| normalize_axis(x, nd, None))
        .collect::<Result<_>>()?;
    let (ns, na) = (shifts.len(), axes.len());
    if ns != na && ns != 1 && na != 1 {
        return Err(Error::invalid(format!(
            "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape ({ns},) and arg 1 with shape ({na},)."
        )));
    }
    let mut total = vec![0i128; nd];
    for k in 0..ns.max(na) {
        total[axes[if na == 1 { 0 } else { k }]] += shifts[if ns == 1 { 0 } else { k }] as i128;
    }
    // Python's `offset %= shape[ax] or 1`.
    let offs: Vec<usize> = (0..nd)
        .map(|k| total[k].rem_euclid(a.shape()[k].max(1) as i128) as usize)
        .collect();
    let out = fresh(a.dtype(), a.shape())?;
    // Each axis contributes one or two (source range, destination start)
    // pieces; every combination is one block copy.
    let pieces: Vec<Vec<((usize, usize), usize)>> = (0..nd)
        .map(|k| {
            let (n, o) = (a.shape()[k], offs[k]);
            if o == 0 {
                vec![((0, n), 0)]
            } else {
                vec![((0, n - o), o), ((n - o, n), 0)]
            }
        })
        .collect();
    let mut pick = vec![0usize; nd];
    loop {
        let src: Vec<(usize, usize)> = (0..nd).map(|k| pieces[k][pick[k]].0).collect();
        let dst: Vec<(usize, usize)> = (0..nd)
            .map(|k| {
                let ((s, e), d) = pieces[k][pick[k]];
                (d, d + e - s)
            })
            .collect();
        copy_into(&sub_view(a, &src), &sub_view(&out, &dst))?;
        let mut k = nd;
        loop {
            if k == 0 {
                return Ok(unshare(out));
            }
            k -= 1;
            pick[k] += 1;
            if pick[k] < pieces[k].len() {
                break;
            }
            pick[k] = 0;
        }
    }
}

/// `np.rot90(m, k, axes)`: a view rotated by 90 degrees `k` times in the
/// plane of the two axes, from the first towards the second.
pub fn rot90(m: &Arc<Array>, k: i64, axes: &[i64]) -> Result<Array> {
    if axes.len() != 2 {
        return Err(Error::invalid("len(axes) must be 2."));
    }
    let nd = m.ndim() as i64;
    let (a0, a1) = (axes[0], axes[1]);
    if a0 == a1 || (a0 - a1).abs() == nd {
        return Err(Error::invalid("Axes must be different."));
    }
    if a0 >= nd || a0 < -nd || a1 >= nd || a1 < -nd {
        return Err(Error::invalid(format!(
            "Axes=({a0}, {a1}) out of range for array of ndim={nd}."
        )));
    }
    let (i, j) = (
        normalize_axis(a0, nd as usize, None)?,
        normalize_axis(a1, nd as usize, None)?,
    );
    let mut perm: Vec<i64> = (0..nd).collect();
    perm.swap(i, j);
    match k.rem_euclid(4) {
        0 => Ok(m.view()),
        2 => flip(&Arc::new(flip(m, Some(&[a0]))?), Some(&[a1])),
        1 => transpose(&Arc::new(flip(m, Some(&[a1]))?), Some(&perm)),
        _ => flip(&Arc::new(transpose(m, Some(&perm))?), Some(&[a1])),
    }
}

/// `np.repeat(a, repeats, axis)`: each element (slice along `axis`)
/// repeated `repeats[i]` times, or `repeats[0]` times for every element
/// when one count is given; `axis` None works on the flattened array.
pub fn repeat(a: &Arc<Array>, repeats: &[i64], axis: Option<i64>) -> Result<Array> {
    let (a, ax) = match axis {
        None => (Arc::new(ravel(a, Order::C)?), 0),
        Some(x) => (a.clone(), normalize_axis(x, a.ndim(), None)?),
    };
    let n = a.shape()[ax];
    if repeats.len() != 1 && repeats.len() != n {
        return Err(Error::invalid(format!(
            "operands could not be broadcast together with shape ({n},) ({},)",
            repeats.len()
        )));
    }
    if repeats.len() == 1 && repeats[0] < 0 {
        // One count is broadcast to a shape first, as NumPy.
        return Err(Error::invalid("negative dimensions are not allowed"));
    }
    if repeats.iter().any(|&r| r < 0) {
        return Err(Error::invalid("repeats may not contain negative values."));
    }
    let count = |i: usize| repeats[if repeats.len() == 1 { 0 } else { i }] as usize;
    let total = (0..n).try_fold(0usize, |acc, i| acc.checked_add(count(i)));
    let mut shape = a.shape().to_vec();
    shape[ax] = total.ok_or_else(|| Error::overflow("repeats too large"))?;
    let out = fresh(a.dtype(), &shape)?;
    if out.size() == 0 {
        return Ok(unshare(out));
    }
    if repeats.len() == 1 {
        // out viewed as (..., n, r, ...) receives a with a zero stride on r.
        let r = count(0);
        let mut vs = a.shape().to_vec();
        vs.insert(ax + 1, r);
        let mut src_st = a.strides().to_vec();
        src_st.insert(ax + 1, 0);
        let dst_st = layout::contiguous_strides(&vs, a.itemsize(), Order::C);
        let src = a.view_unchecked(vs.clone(), src_st, a.offset(), a.dtype());
        let dst = out.view_unchecked(vs, dst_st, out.offset(), a.dtype());
        copy_into(&src, &dst)?;
        return Ok(unshare(out));
    }
    let mut pos = 0;
    for i in 0..n {
        let r = count(i);
        if r > 0 {
            let s = slice_axis(&a, ax, i, i + 1);
            let mut st = s.strides().to_vec();
            st[ax] = 0;
            let mut sh = s.shape().to_vec();
            sh[ax] = r;
            let src = a.view_unchecked(sh, st, s.offset(), a.dtype());
            copy_into(&src, &slice_axis(&out, ax, pos, pos + r))?;
        }
        pos += r;
    }
    Ok(unshare(out))
}

/// `np.tile(a, reps)`: `a` (with leading axes of length 1 added up to
/// `len(reps)` dimensions) repeated `reps[k]` times along each axis `k`
/// (`reps` padded with leading ones up to `a.ndim`). Always a copy.
pub fn tile(a: &Arc<Array>, reps: &[i64]) -> Result<Array> {
    if reps.iter().any(|&r| r < 0) {
        return Err(Error::invalid("negative dimensions are not allowed"));
    }
    let d = reps.len().max(a.ndim());
    layout::check_ndim(d)?;
    let mut cs = vec![1usize; d - a.ndim()];
    cs.extend_from_slice(a.shape());
    let mut cst = vec![0isize; d - a.ndim()];
    cst.extend_from_slice(a.strides());
    let mut tup = vec![1usize; d - reps.len()];
    tup.extend(reps.iter().map(|&r| r as usize));
    let shape_out: Vec<usize> = cs.iter().zip(&tup).map(|(&s, &t)| s * t).collect();
    layout::checked_size(&shape_out, a.itemsize())?;
    let out = fresh(a.dtype(), &shape_out)?;
    if out.size() == 0 {
        return Ok(unshare(out));
    }
    // out viewed as (t0, s0, t1, s1, ...) receives a with zero strides on t.
    let (mut vs, mut sst) = (Vec::with_capacity(2 * d), Vec::with_capacity(2 * d));
    for k in 0..d {
        vs.extend([tup[k], cs[k]]);
        sst.extend([0, cst[k]]);
    }
    let dst_st = layout::contiguous_strides(&vs, a.itemsize(), Order::C);
    let src = a.view_unchecked(vs.clone(), sst, a.offset(), a.dtype());
    let dst = out.view_unchecked(vs, dst_st, out.offset(), a.dtype());
    copy_into(&src, &dst)?;
    Ok(unshare(out))
}

/// `np.resize(a, new_shape)`: the flattened `a` repeated to fill
/// `new_shape` (zeros when either is empty).
pub fn resize(a: &Arc<Array>, new_shape: &[i64]) -> Result<Array> {
    if new_shape.iter().any(|&d| d < 0) {
        return Err(Error::invalid(
            "all elements of `new_shape` must be non-negative",
        ));
    }
    let shape = layout::shape_from_i64(new_shape)?;
    let flat = Arc::new(ravel(a, Order::C)?);
    let new_size = layout::checked_size(&shape, a.itemsize())?;
    if flat.size() == 0 || new_size == 0 {
        return Array::zeros(a.dtype(), &shape, Order::C);
    }
    let out = fresh(a.dtype(), &shape)?;
    let line = Arc::new(out.view_unchecked(
        vec![new_size],
        vec![a.itemsize() as isize],
        out.offset(),
        a.dtype(),
    ));
    let n = flat.size();
    let mut pos = 0;
    while pos < new_size {
        let len = n.min(new_size - pos);
        copy_into(
            &slice_axis(&flat, 0, 0, len),
            &slice_axis(&line, 0, pos, pos + len),
        )?;
        pos += len;
    }
    Ok(unshare(out))
}

/// `np.trim_zeros(filt, trim, axis)`: a view without the leading ('f') and/or
/// trailing ('b') zeros along the given axes (every axis for None): the
/// bounding box of the non-zero elements. No axes to trim (a 0-d input)
/// returns `a` itself, as NumPy.
pub fn trim_zeros(a: &Arc<Array>, trim: &str, axes: Option<&[i64]>) -> Result<Arc<Array>> {
    let t = trim.to_lowercase();
    if !matches!(t.as_str(), "fb" | "bf" | "f" | "b") {
        return Err(Error::invalid(format!(
            "unexpected character(s) in `trim`: '{t}'"
        )));
    }
    let nd = a.ndim();
    let mut chosen = vec![axes.is_none(); nd];
    for &x in axes.unwrap_or(&[]) {
        let k = normalize_axis(x, nd, Some("axis"))?;
        if chosen[k] {
            return Err(Error::invalid("repeated axis in `axis` argument"));
        }
        chosen[k] = true;
    }
    if !chosen.contains(&true) {
        return Ok(a.clone());
    }
    // Bounding box of the non-zero elements.
    let mut lo = vec![usize::MAX; nd];
    let mut hi = vec![0usize; nd];
    let mut any = false;
    let base = a.data_ptr();
    let mut idx = vec![0usize; nd];
    dispatch!(a.dtype(), T => {
        a.for_each_offset(|o| {
            // SAFETY: A3 — the offset comes from the array's layout.
            let v = unsafe { (base.wrapping_offset(o) as *const T).read_unaligned() };
            if v.to_bool() {
                any = true;
                for k in 0..nd {
                    lo[k] = lo[k].min(idx[k]);
                    hi[k] = hi[k].max(idx[k] + 1);
                }
            }
            let mut k = nd;
            while k > 0 {
                k -= 1;
                idx[k] += 1;
                if idx[k] < a.shape()[k] {
                    break;
                }
                idx[k] = 0;
            }
        })
    });
    let (front, back) = (t.contains('f'), t.contains('b'));
    let ranges: Vec<(usize, usize)> = (0..nd)
        .map(|k| {
            if !chosen[k] {
                (0, a.shape()[k])
            } else if !any {
                (0, 0)
            } else {
                (
                    if front { lo[k] } else { 0 },
                    if back { hi[k] } else { a.shape()[k] },
                )
            }
        })
        .collect();
    Ok(Arc::new(sub_view(a, &ranges)))
}
