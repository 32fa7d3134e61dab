//! Indexing from C: `a[index]` and `a[index] = value`, with the index given
//! as a NumPy index string or as an array of `ndc_index` items. Basic
//! indices (integers, slices, None, ...) give views that share memory;
//! integer or boolean index arrays give copies, as NumPy.

use std::ffi::{c_char, CStr};
use std::sync::Arc;

use super::error::ndc_status;
use super::{arc, arr, guard, ndc_array, produce};
use crate::error::{Error, ErrorKind, Result};
use crate::index::{self, parse, Index};

/// `ndc_index.kind`: an integer (`value`).
pub const NDC_INDEX_INT: i32 = 1;
/// `ndc_index.kind`: a slice (`start`, `stop`, `step`, see `flags`).
pub const NDC_INDEX_SLICE: i32 = 2;
/// `ndc_index.kind`: `None` / `np.newaxis`.
pub const NDC_INDEX_NEWAXIS: i32 = 3;
/// `ndc_index.kind`: `...`.
pub const NDC_INDEX_ELLIPSIS: i32 = 4;
/// `ndc_index.kind`: an integer or boolean index array (`array`).
pub const NDC_INDEX_ARRAY: i32 = 5;
/// `ndc_index.flags`: the slice has a start.
pub const NDC_SLICE_HAS_START: u32 = 1;
/// `ndc_index.flags`: the slice has a stop.
pub const NDC_SLICE_HAS_STOP: u32 = 2;
/// `ndc_index.flags`: the slice has a step.
pub const NDC_SLICE_HAS_STEP: u32 = 4;

/// One item of an index, a flat struct (no unions) so that every binding
/// can build it. Unused fields are ignored; zero-initialise it.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct ndc_index {
    /// `NDC_INDEX_INT`, `NDC_INDEX_SLICE`, `NDC_INDEX_NEWAXIS`,
    /// `NDC_INDEX_ELLIPSIS` or `NDC_INDEX_ARRAY`.
    pub kind: i32,
    /// For slices: `NDC_SLICE_HAS_START | NDC_SLICE_HAS_STOP |
    /// NDC_SLICE_HAS_STEP` for the parts given (absent parts are Python's
    /// None).
    pub flags: u32,
    /// The integer of `NDC_INDEX_INT`.
    pub value: i64,
    /// Slice start.
    pub start: i64,
    /// Slice stop.
    pub stop: i64,
    /// Slice step (not 0).
    pub step: i64,
    /// The index array of `NDC_INDEX_ARRAY` (borrowed).
    pub array: *const ndc_array,
}

fn items(p: *const ndc_index, n: i32) -> Result<Vec<Index>> {
    if n < 0 {
        return Err(Error::invalid("n must be non-negative"));
    }
    if n == 0 {
        return Ok(Vec::new());
    }
    if p.is_null() {
        return Err(Error::new(
            ErrorKind::NullPointer,
            "argument 'index' is NULL",
        ));
    }
    // SAFETY: the caller passes `n` items.
    let raw = unsafe { std::slice::from_raw_parts(p, n as usize) };
    raw.iter()
        .map(|it| {
            let has = |f: u32, v: i64| if it.flags & f != 0 { Some(v) } else { None };
            Ok(match it.kind {
                NDC_INDEX_INT => Index::Int(it.value),
                NDC_INDEX_SLICE => Index::Slice(
                    has(NDC_SLICE_HAS_START, it.start),
                    has(NDC_SLICE_HAS_STOP, it.stop),
                    has(NDC_SLICE_HAS_STEP, it.step),
                ),
                NDC_INDEX_NEWAXIS => Index::NewAxis,
                NDC_INDEX_ELLIPSIS => Index::Ellipsis,
                NDC_INDEX_ARRAY => Index::Array(arc(it.array, "index array")?),
                k => return Err(Error::invalid(format!("invalid ndc_index kind {k}"))),
            })
        })
        .collect()
}

fn parsed(text: *const c_char, nargs: i32, args: *const *const ndc_array) -> Result<Vec<Index>> {
    if text.is_null() {
        return Err(Error::new(
            ErrorKind::NullPointer,
            "argument 'index' is NULL",
        ));
    }
    // SAFETY: NUL-terminated string from the caller.
    let s = unsafe { CStr::from_ptr(text) }
        .to_str()
        .map_err(|_| Error::invalid("index string is not valid UTF-8"))?;
    if nargs < 0 {
        return Err(Error::invalid("nargs must be non-negative"));
    }
    let arrays = super::handles_arg(nargs, args, "args")?;
    parse::parse(s, &arrays)
}

/// `a[index]` with a NumPy index string (`"1:, ::-1, None"`, `"..., 0"`,
/// `"[0, 2], :"`, `"?, 2:"`); each `?` binds the next of the `nargs` index
/// arrays in `args`. A view for basic indices, a copy otherwise; a new
/// reference in `*out`. Errors use NumPy's texts ("index 5 is out of bounds
/// for axis 0 with size 3"); parse errors name the column.
#[no_mangle]
pub unsafe extern "C" fn ndc_getitem(
    a: *const ndc_array,
    index: *const c_char,
    nargs: i32,
    args: *const *const ndc_array,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        let a = arc(a, "a")?;
        index::getitem(&a, &parsed(index, nargs, args)?)
    })
}

/// `a[index]` with `n` `ndc_index` items.
#[no_mangle]
pub unsafe extern "C" fn ndc_getitem_index(
    a: *const ndc_array,
    index: *const ndc_index,
    n: i32,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        let a = arc(a, "a")?;
        index::getitem(&a, &items(index, n)?)
    })
}

/// `a[index] = value` with an index string (see `ndc_getitem`): `value`
/// (any array or scalar handle) is broadcast to the indexed shape and cast
/// to `a`'s dtype; with repeated advanced indices the last write wins.
/// Read-only arrays fail with `NDC_ERR_READONLY`.
#[no_mangle]
pub unsafe extern "C" fn ndc_setitem(
    a: *const ndc_array,
    index: *const c_char,
    nargs: i32,
    args: *const *const ndc_array,
    value: *const ndc_array,
) -> ndc_status {
    guard(|| {
        let target = arc(a, "a")?;
        let v = arr(value, "value")?;
        index::setitem(&target, &parsed(index, nargs, args)?, v)
    })
}

/// `a[index] = value` with `n` `ndc_index` items.
#[no_mangle]
pub unsafe extern "C" fn ndc_setitem_index(
    a: *const ndc_array,
    index: *const ndc_index,
    n: i32,
    value: *const ndc_array,
) -> ndc_status {
    guard(|| {
        let target = arc(a, "a")?;
        let v = arr(value, "value")?;
        index::setitem(&target, &items(index, n)?, v)
    })
}

/// `np.nonzero(a)`: one new int64 array per axis of `a` written to
/// `outs[0..ndim]` (room for `capacity` handles), the count in `*count`.
/// All or nothing: on failure no slot is written. 0-d input fails as NumPy 2.
#[no_mangle]
pub unsafe extern "C" fn ndc_nonzero(
    a: *const ndc_array,
    outs: *mut *mut ndc_array,
    capacity: i32,
    count: *mut i32,
) -> ndc_status {
    produce_many(outs, capacity, count, || index::nonzero(arr(a, "a")?))
}

/// Runs `make` and hands its arrays to C as `ndc_nonzero` does: new
/// references in `outs[0..n]` (room for `capacity`), `n` in `*count`; all
/// or nothing, so on failure no slot is written.
pub(crate) fn produce_many(
    outs: *mut *mut ndc_array,
    capacity: i32,
    count: *mut i32,
    make: impl FnOnce() -> Result<Vec<crate::array::Array>>,
) -> ndc_status {
    guard(|| {
        let n_slot = super::out_ptr(count, "count")?;
        if outs.is_null() {
            return Err(Error::new(
                ErrorKind::NullPointer,
                "argument 'outs' is NULL",
            ));
        }
        let parts = make()?;
        if parts.len() > capacity.max(0) as usize {
            return Err(Error::invalid(format!(
                "outs has room for {capacity} arrays, {} needed",
                parts.len()
            )));
        }
        *n_slot = parts.len() as i32;
        for (i, p) in parts.into_iter().enumerate() {
            // SAFETY: capacity checked; the caller gives writable slots.
            unsafe { *outs.add(i) = super::into_handle(Arc::new(p)) };
        }
        Ok(())
    })
}

/// `np.flatnonzero(a)`: a new int64 array of the indices of the non-zero
/// elements of the flattened array.
#[no_mangle]
pub unsafe extern "C" fn ndc_flatnonzero(
    a: *const ndc_array,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || index::flatnonzero(&arc(a, "a")?))
}
