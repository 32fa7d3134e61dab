//! Sorting, searching and set operations: `sort`, `argsort`, `lexsort`,
//! `partition`, `argpartition`, `searchsorted`, `unique` and the set
//! routines of `numpy.lib.arraysetops`.
//!
//! Every kernel works on 1-d lanes: a lane along `axis` is gathered into a
//! contiguous buffer, processed by a kernel of [`radix`] and written back.
//! The order is NumPy's (see [`key`]): nans last, complex lexicographic.

pub mod key;
pub mod ops;
pub mod radix;
pub mod search;
pub mod set;

use std::sync::Arc;

use crate::array::{Array, Order};
use crate::dtype::{Casting, DType, Element};
use crate::error::Result;
use crate::manip::normalize_axis;

pub use key::SortKey;

/// NumPy's `kind=` of `sort` / `argsort`. Every kind gives NumPy's stable
/// order here (a valid result for each of them: NumPy only promises
/// stability for `Stable`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SortKind {
    /// 'quicksort' (NumPy's default, introsort or a vectorised sort).
    #[default]
    Quick,
    /// 'stable' / 'mergesort'.
    Stable,
    /// 'heapsort'.
    Heap,
}

/// The lanes of a layout along one axis: their length and byte stride, and
/// the byte offset of the first element of each (row-major over the other
/// axes).
pub(crate) struct Lanes {
    pub len: usize,
    pub stride: isize,
    pub starts: Vec<isize>,
}

/// The lanes of `a` along `axis`.
pub(crate) fn lanes(a: &Array, axis: usize) -> Lanes {
    let mut shape = a.shape().to_vec();
    let mut strides = a.strides().to_vec();
    let len = shape.remove(axis);
    let stride = strides.remove(axis);
    let mut starts = Vec::new();
    if len > 0 {
        crate::array::for_each_offset(&shape, &strides, &mut |o| starts.push(o));
    }
    Lanes {
        len,
        stride,
        starts,
    }
}

/// Reads lane `start` of `a` (of `len` elements `stride` bytes apart) into
/// `buf`.
///
/// # Safety
/// The lane must lie inside `a` (A3 of the array it came from) and `T` be
/// its element type.
pub(crate) unsafe fn read_lane<T: Element>(
    a: &Array,
    start: isize,
    len: usize,
    stride: isize,
    buf: &mut Vec<T>,
) {
    buf.clear();
    let p = a.data_ptr().wrapping_offset(start);
    for k in 0..len {
        buf.push((p.wrapping_offset(k as isize * stride) as *const T).read_unaligned());
    }
}

/// Writes `vals` to lane `start` of `a`.
///
/// # Safety
/// As [`read_lane`], and `a` writeable (A5).
pub(crate) unsafe fn write_lane<T: Element>(a: &Array, start: isize, stride: isize, vals: &[T]) {
    let p = a.data_ptr().wrapping_offset(start);
    for (k, &v) in vals.iter().enumerate() {
        (p.wrapping_offset(k as isize * stride) as *mut T).write_unaligned(v);
    }
}

/// Runs `f` on every lane of `src` along `axis`, writing what it leaves in
/// its second argument (sized as `dst`'s lanes) to the matching lane of
/// `dst`. `src` and `dst` have the same shape but for `axis`; `T` and `U`
/// are their element types.
pub(crate) fn map_lanes<T: Element, U: Element>(
    src: &Array,
    dst: &Array,
    axis: usize,
    mut f: impl FnMut(&mut Vec<T>, &mut [U]),
) {
    assert!(src.dtype() == T::DTYPE && dst.dtype() == U::DTYPE);
    let (ls, ld) = (lanes(src, axis), lanes(dst, axis));
    let mut vin = Vec::with_capacity(ls.len);
    let mut vout = vec![U::default(); ld.len];
    if ls.len == 0 && ld.len > 0 {
        // Empty source lanes still produce output lanes.
        let mut shape = dst.shape().to_vec();
        let mut strides = dst.strides().to_vec();
        shape.remove(axis);
        strides.remove(axis);
        crate::array::for_each_offset(&shape, &strides, &mut |o| {
            f(&mut vin, &mut vout);
            // SAFETY: A3 of dst; the caller made dst writeable.
            unsafe { write_lane(dst, o, ld.stride, &vout) };
        });
        return;
    }
    for (k, &s) in ls.starts.iter().enumerate() {
        // SAFETY: lanes come from the arrays' own layouts (A3); the dtypes
        // were asserted above; dst is a fresh or checked-writeable array.
        unsafe {
            read_lane(src, s, ls.len, ls.stride, &mut vin);
            f(&mut vin, &mut vout);
            if let Some(&d) = ld.starts.get(k) {
                write_lane(dst, d, ld.stride, &vout);
            }
        }
    }
}

/// The array and axis an axis-or-None operation works on: for `None` the
/// C-order flattening of `a` and axis 0; otherwise `a` and the normalised
/// axis (NumPy's AxisError when out of range).
pub(crate) fn axis_or_flat(a: &Arc<Array>, axis: Option<i64>) -> Result<(Arc<Array>, usize)> {
    match axis {
        None => Ok((Arc::new(crate::manip::shape::ravel(a, Order::C)?), 0)),
        Some(ax) => Ok((a.clone(), normalize_axis(ax, a.ndim(), None)?)),
    }
}

/// The elements of `a` in C order as a vector of `T` (`a` must have that
/// dtype).
pub(crate) fn to_vec<T: Element>(a: &Array) -> Vec<T> {
    assert!(a.dtype() == T::DTYPE);
    let mut v = Vec::with_capacity(a.size());
    let p = a.data_ptr();
    // SAFETY: A3 — offsets come from the layout; dtype asserted.
    a.for_each_offset(|o| v.push(unsafe { (p.wrapping_offset(o) as *const T).read_unaligned() }));
    v
}

/// `a` converted to `dtype` (unsafe casting, as NumPy's internal casts),
/// flattened in C order, as a vector of `T`.
pub(crate) fn cast_vec<T: Element>(a: &Array) -> Result<Vec<T>> {
    if a.dtype() == T::DTYPE {
        return Ok(to_vec(a));
    }
    let c = a.astype(
        T::DTYPE,
        crate::array::convert::CopyOrder::C,
        Casting::Unsafe,
    )?;
    Ok(to_vec(&c))
}

/// A new C-contiguous array of `shape` holding `v`.
pub(crate) fn from_vec<T: Element>(v: &[T], shape: &[usize]) -> Result<Array> {
    let out = Array::alloc(T::DTYPE, shape, Order::C, false)?;
    assert_eq!(out.size(), v.len());
    // SAFETY: a fresh C-contiguous array of v.len() elements of T (A3).
    unsafe {
        std::ptr::copy_nonoverlapping(
            v.as_ptr() as *const u8,
            out.data_ptr(),
            std::mem::size_of_val(v),
        )
    };
    Ok(out)
}

/// An int64 1-d array of `v`.
pub(crate) fn index_array(v: &[i64]) -> Result<Array> {
    from_vec(v, &[v.len()])
}

/// The dtype two arrays are compared in (NumPy's `result_type`).
pub(crate) fn common_dtype(a: DType, b: DType) -> DType {
    crate::dtype::promote(a, b)
}
