//! `sort`, `a.sort()`, `argsort`, `lexsort`, `partition`, `argpartition`
//! and `sort_complex`.

use std::sync::Arc;

use super::{axis_or_flat, lanes, map_lanes, radix, read_lane, write_lane, SortKind};
use crate::array::{convert::CopyOrder, Array, Order};
use crate::dispatch;
use crate::dtype::{Casting, DType};
use crate::error::{Error, ErrorKind, Result};
use crate::manip::normalize_axis;

/// `np.sort(a, axis, kind)`: a sorted copy (C order); `axis = None` sorts
/// the flattened array.
pub fn sort(a: &Arc<Array>, axis: Option<i64>, _kind: SortKind) -> Result<Array> {
    let (src, ax) = axis_or_flat(a, axis)?;
    let out = Array::alloc(src.dtype(), src.shape(), Order::C, false)?;
    dispatch!(src.dtype(), T => map_lanes::<T, T>(&src, &out, ax, |v, o| {
        radix::sort(v);
        o.copy_from_slice(v);
    }));
    Ok(out)
}

/// `a.sort(axis, kind)`: sorts `a` in place along `axis`.
pub fn sort_inplace(a: &Array, axis: i64, _kind: SortKind) -> Result<()> {
    let ax = normalize_axis(axis, a.ndim(), None)?;
    a.check_writeable()?;
    let l = lanes(a, ax);
    dispatch!(a.dtype(), T => {
        let mut buf: Vec<T> = Vec::with_capacity(l.len);
        for &s in &l.starts {
            // SAFETY: the lane comes from a's layout (A3); a is writeable
            // (checked, A5).
            unsafe {
                read_lane(a, s, l.len, l.stride, &mut buf);
                radix::sort(&mut buf);
                write_lane(a, s, l.stride, &buf);
            }
        }
    });
    Ok(())
}

/// `np.argsort(a, axis, kind)`: int64 indices that sort `a` along `axis`
/// (ties in index order, NumPy's stable order, whatever the kind).
pub fn argsort(a: &Arc<Array>, axis: Option<i64>, _kind: SortKind) -> Result<Array> {
    let (src, ax) = axis_or_flat(a, axis)?;
    let out = Array::alloc(DType::Int64, src.shape(), Order::C, false)?;
    dispatch!(src.dtype(), T => map_lanes::<T, i64>(&src, &out, ax, |v, o| {
        radix::argsort(v, o);
    }));
    Ok(out)
}

/// `np.lexsort(keys, axis)`: indices sorting by the last key, ties broken
/// by the one before, and so on (stable). Keys share one shape.
pub fn lexsort(keys: &[Arc<Array>], axis: i64) -> Result<Array> {
    let Some(first) = keys.first() else {
        return Err(Error::new(
            ErrorKind::DType,
            "need sequence of keys with len > 0 in lexsort",
        ));
    };
    if keys.iter().any(|k| k.shape() != first.shape()) {
        return Err(Error::invalid("all keys need to be the same shape"));
    }
    let ax = normalize_axis(axis, first.ndim(), None)?;
    let out = Array::alloc(DType::Int64, first.shape(), Order::C, false)?;
    let lo = lanes(&out, ax);
    let lk: Vec<_> = keys.iter().map(|k| lanes(k, ax)).collect();
    let n = lo.len;
    let mut perm: Vec<i64> = Vec::with_capacity(n);
    let mut order = vec![0i64; n];
    for (j, &os) in lo.starts.iter().enumerate() {
        perm.clear();
        perm.extend(0..n as i64);
        for (k, l) in keys.iter().zip(&lk) {
            dispatch!(k.dtype(), T => {
                let mut vals: Vec<T> = Vec::with_capacity(n);
                // SAFETY: lane of k's own layout (A3), dtype from dispatch.
                unsafe { read_lane(k, l.starts[j], n, l.stride, &mut vals) };
                let gathered: Vec<T> = perm.iter().map(|&p| vals[p as usize]).collect();
                radix::argsort(&gathered, &mut order);
                let next: Vec<i64> = order.iter().map(|&o| perm[o as usize]).collect();
                perm = next;
            });
        }
        // SAFETY: lane of the fresh output (A3, A5).
        unsafe { write_lane(&out, os, lo.stride, &perm) };
    }
    Ok(out)
}

/// Normalises `kth` for a lane of `n` elements: negative values count from
/// the end; NumPy's "kth(=5) out of bounds (5)". Sorted and deduplicated.
pub fn normalize_kth(kth: &[i64], n: usize) -> Result<Vec<usize>> {
    let mut out = Vec::with_capacity(kth.len());
    for &k in kth {
        let j = if k < 0 { k + n as i64 } else { k };
        if j < 0 || j >= n as i64 {
            return Err(Error::invalid(format!("kth(={j}) out of bounds ({n})")));
        }
        out.push(j as usize);
    }
    out.sort_unstable();
    out.dedup();
    Ok(out)
}

/// `np.partition(a, kth, axis)`: a copy where each `kth` element is the one
/// a full sort puts there, with no greater element before it and no smaller
/// one after it.
pub fn partition(a: &Arc<Array>, kth: &[i64], axis: Option<i64>) -> Result<Array> {
    let (src, ax) = axis_or_flat(a, axis)?;
    let ks = normalize_kth(kth, src.shape().get(ax).copied().unwrap_or(0))?;
    let out = Array::alloc(src.dtype(), src.shape(), Order::C, false)?;
    dispatch!(src.dtype(), T => map_lanes::<T, T>(&src, &out, ax, |v, o| {
        radix::select(v, &ks);
        o.copy_from_slice(v);
    }));
    Ok(out)
}

/// `np.argpartition(a, kth, axis)`: the indices of [`partition`]'s order.
pub fn argpartition(a: &Arc<Array>, kth: &[i64], axis: Option<i64>) -> Result<Array> {
    let (src, ax) = axis_or_flat(a, axis)?;
    let ks = normalize_kth(kth, src.shape().get(ax).copied().unwrap_or(0))?;
    let out = Array::alloc(DType::Int64, src.shape(), Order::C, false)?;
    dispatch!(src.dtype(), T => map_lanes::<T, i64>(&src, &out, ax, |v, o| {
        radix::argselect(v, o, &ks);
    }));
    Ok(out)
}

/// `np.sort_complex(a)`: sorted along the last axis, as complex: complex64
/// for int8/uint8/int16/uint16, complex128 for the other real types, the
/// input's type for complex input.
pub fn sort_complex(a: &Arc<Array>) -> Result<Array> {
    let s = Arc::new(sort(a, Some(-1), SortKind::Quick)?);
    let to = match a.dtype() {
        DType::Complex64 | DType::Complex128 => return Ok(Arc::unwrap_or_clone(s)),
        DType::Int8 | DType::UInt8 | DType::Int16 | DType::UInt16 => DType::Complex64,
        _ => DType::Complex128,
    };
    s.astype(to, CopyOrder::C, Casting::Unsafe)
}
