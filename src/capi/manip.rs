//! Joining, splitting and rearranging from C: hstack, vstack, dstack,
//! column_stack, split, array_split, hsplit, vsplit, dsplit, unstack, roll,
//! rot90, repeat, tile, pad, resize, trim_zeros, meshgrid, indices,
//! may_share_memory, shares_memory.
//!
//! Functions that return several arrays write one new reference per result
//! to `outs[0..count]` (room for `capacity` handles) and the number to
//! `*count`, as `ndc_nonzero`: all or nothing, on failure neither `outs`
//! nor `*count` is written. The caller releases every handle.

use std::ffi::{c_char, CStr};
use std::sync::Arc;

use super::error::ndc_status;
use super::shape::NDC_AXIS_NONE;
use super::{
    arc, arr, dtype_arg, guard, handles_arg, int64_slice, into_handle, ndc_array, ndc_dtype,
    opt_axes, out_ptr, produce, produce_arc, produce_value,
};
use crate::array::Array;
use crate::error::{Error, ErrorKind, Result};
use crate::manip::split::Sections;
use crate::manip::{grid, overlap, pad, rearrange, split};

fn opt_axis(axis: i64) -> Option<i64> {
    (axis != NDC_AXIS_NONE).then_some(axis)
}

fn text<'a>(p: *const c_char, default: &'a str, name: &str) -> Result<&'a str> {
    if p.is_null() {
        return Ok(default);
    }
    // SAFETY: a non-NULL pointer is a NUL-terminated string (caller's contract).
    unsafe { CStr::from_ptr(p) }
        .to_str()
        .map_err(|_| Error::invalid(format!("{name}: not valid UTF-8")))
}

/// Stores several results in `outs[..]` and their number in `*count`, only
/// when all fit.
fn produce_many(
    outs: *mut *mut ndc_array,
    capacity: i32,
    count: *mut i32,
    make: impl FnOnce() -> Result<Vec<Array>>,
) -> ndc_status {
    guard(|| {
        let n_slot = out_ptr(count, "count")?;
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
            unsafe { *outs.add(i) = into_handle(Arc::new(p)) };
        }
        Ok(())
    })
}

fn sections<'a>(n: i64, nindices: i32, indices: *const i64) -> Result<Sections<'a>> {
    if indices.is_null() {
        return Ok(Sections::Count(n));
    }
    if nindices < 0 {
        return Err(Error::invalid(format!(
            "indices: negative length {nindices}"
        )));
    }
    // SAFETY: the caller passes `nindices` values at `indices`.
    Ok(Sections::Indices(unsafe {
        std::slice::from_raw_parts(indices, nindices as usize)
    }))
}

/// `np.hstack(arrays)`: `n` arrays (after `atleast_1d`) joined along axis 0
/// when the first is 1-d, else axis 1, into a new array.
#[no_mangle]
pub unsafe extern "C" fn ndc_hstack(
    n: i32,
    arrays: *const *const ndc_array,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || split::hstack(&handles_arg(n, arrays, "arrays")?))
}

/// `np.vstack(arrays)`: `n` arrays (after `atleast_2d`) joined along axis 0
/// into a new array.
#[no_mangle]
pub unsafe extern "C" fn ndc_vstack(
    n: i32,
    arrays: *const *const ndc_array,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || split::vstack(&handles_arg(n, arrays, "arrays")?))
}

/// `np.dstack(arrays)`: `n` arrays (after `atleast_3d`) joined along axis 2
/// into a new array.
#[no_mangle]
pub unsafe extern "C" fn ndc_dstack(
    n: i32,
    arrays: *const *const ndc_array,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || split::dstack(&handles_arg(n, arrays, "arrays")?))
}

/// `np.column_stack(arrays)`: 0-d and 1-d inputs become columns, then all
/// `n` are joined along axis 1 into a new array.
#[no_mangle]
pub unsafe extern "C" fn ndc_column_stack(
    n: i32,
    arrays: *const *const ndc_array,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        split::column_stack(&handles_arg(n, arrays, "arrays")?)
    })
}

/// `np.split(a, indices_or_sections, axis)`: with `indices` NULL, `sections`
/// equal pieces ("array split does not result in an equal division"
/// otherwise); else the pieces between the `nindices` split points. Views
/// of `a`, in `outs` (see the module notes).
#[no_mangle]
pub unsafe extern "C" fn ndc_split(
    a: *const ndc_array,
    sections: i64,
    nindices: i32,
    indices: *const i64,
    axis: i64,
    outs: *mut *mut ndc_array,
    capacity: i32,
    count: *mut i32,
) -> ndc_status {
    produce_many(outs, capacity, count, || {
        split::split(
            &arc(a, "a")?,
            self::sections(sections, nindices, indices)?,
            axis,
        )
    })
}

/// `np.array_split(a, indices_or_sections, axis)`: as `ndc_split`, but
/// `sections` need not divide the axis (the first pieces get one element
/// more).
#[no_mangle]
pub unsafe extern "C" fn ndc_array_split(
    a: *const ndc_array,
    sections: i64,
    nindices: i32,
    indices: *const i64,
    axis: i64,
    outs: *mut *mut ndc_array,
    capacity: i32,
    count: *mut i32,
) -> ndc_status {
    produce_many(outs, capacity, count, || {
        split::array_split(
            &arc(a, "a")?,
            self::sections(sections, nindices, indices)?,
            axis,
        )
    })
}

#[allow(clippy::too_many_arguments)]
unsafe fn split_named(
    a: *const ndc_array,
    sections: i64,
    nindices: i32,
    indices: *const i64,
    which: char,
    outs: *mut *mut ndc_array,
    capacity: i32,
    count: *mut i32,
) -> ndc_status {
    produce_many(outs, capacity, count, || {
        split::split_named(
            &arc(a, "a")?,
            self::sections(sections, nindices, indices)?,
            which,
        )
    })
}

/// `np.hsplit(a, indices_or_sections)`: `ndc_split` along axis 1 (axis 0
/// for 1-d input).
#[no_mangle]
pub unsafe extern "C" fn ndc_hsplit(
    a: *const ndc_array,
    sections: i64,
    nindices: i32,
    indices: *const i64,
    outs: *mut *mut ndc_array,
    capacity: i32,
    count: *mut i32,
) -> ndc_status {
    unsafe { split_named(a, sections, nindices, indices, 'h', outs, capacity, count) }
}

/// `np.vsplit(a, indices_or_sections)`: `ndc_split` along axis 0 (ndim >= 2).
#[no_mangle]
pub unsafe extern "C" fn ndc_vsplit(
    a: *const ndc_array,
    sections: i64,
    nindices: i32,
    indices: *const i64,
    outs: *mut *mut ndc_array,
    capacity: i32,
    count: *mut i32,
) -> ndc_status {
    unsafe { split_named(a, sections, nindices, indices, 'v', outs, capacity, count) }
}

/// `np.dsplit(a, indices_or_sections)`: `ndc_split` along axis 2 (ndim >= 3).
#[no_mangle]
pub unsafe extern "C" fn ndc_dsplit(
    a: *const ndc_array,
    sections: i64,
    nindices: i32,
    indices: *const i64,
    outs: *mut *mut ndc_array,
    capacity: i32,
    count: *mut i32,
) -> ndc_status {
    unsafe { split_named(a, sections, nindices, indices, 'd', outs, capacity, count) }
}

/// `np.unstack(a, axis)`: the views `a[.., i, ..]` along `axis`, in `outs`.
#[no_mangle]
pub unsafe extern "C" fn ndc_unstack(
    a: *const ndc_array,
    axis: i64,
    outs: *mut *mut ndc_array,
    capacity: i32,
    count: *mut i32,
) -> ndc_status {
    produce_many(outs, capacity, count, || {
        split::unstack(&arc(a, "a")?, axis)
    })
}

/// `np.roll(a, shift, axis)`: a new array with the elements shifted
/// cyclically; the `nshift` shifts broadcast against the `naxes` axes
/// (`axes` NULL: roll the flattened array).
#[no_mangle]
pub unsafe extern "C" fn ndc_roll(
    a: *const ndc_array,
    nshift: i32,
    shift: *const i64,
    naxes: i32,
    axes: *const i64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        let a = arc(a, "a")?;
        let s = int64_slice(nshift, shift, "shift")?;
        if s.is_empty() {
            return Err(Error::invalid("shift: at least one value is needed"));
        }
        rearrange::roll(&a, s, opt_axes(naxes, axes)?)
    })
}

/// `np.rot90(m, k, axes)`: a view rotated `k` times by 90 degrees from
/// `axes[0]` towards `axes[1]` (`axes` NULL: (0, 1)).
#[no_mangle]
pub unsafe extern "C" fn ndc_rot90(
    m: *const ndc_array,
    k: i64,
    naxes: i32,
    axes: *const i64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        let ax = opt_axes(naxes, axes)?.unwrap_or(&[0, 1]);
        rearrange::rot90(&arc(m, "m")?, k, ax)
    })
}

/// `np.repeat(a, repeats, axis)`: a new array with each element repeated;
/// one count for every element or one per element along `axis`
/// (`NDC_AXIS_NONE`: the flattened array).
#[no_mangle]
pub unsafe extern "C" fn ndc_repeat(
    a: *const ndc_array,
    nrepeats: i32,
    repeats: *const i64,
    axis: i64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        let a = arc(a, "a")?;
        let r = int64_slice_any(nrepeats, repeats, "repeats")?;
        rearrange::repeat(&a, r, opt_axis(axis))
    })
}

/// `n` int64 values with no limit on `n` (counts, not axes).
fn int64_slice_any<'a>(n: i32, p: *const i64, name: &str) -> Result<&'a [i64]> {
    if n < 0 {
        return Err(Error::invalid(format!("{name}: negative length {n}")));
    }
    if n == 0 {
        return Ok(&[]);
    }
    if p.is_null() {
        return Err(Error::new(
            ErrorKind::NullPointer,
            format!("argument '{name}' is NULL"),
        ));
    }
    // SAFETY: the caller passes `n` readable values.
    Ok(unsafe { std::slice::from_raw_parts(p, n as usize) })
}

/// `np.tile(a, reps)`: a new array of `a` repeated `reps[k]` times along
/// each axis.
#[no_mangle]
pub unsafe extern "C" fn ndc_tile(
    a: *const ndc_array,
    nreps: i32,
    reps: *const i64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        rearrange::tile(&arc(a, "a")?, int64_slice(nreps, reps, "reps")?)
    })
}

/// `np.resize(a, new_shape)`: a new array of `new_shape` filled by
/// repeating the flattened `a`.
#[no_mangle]
pub unsafe extern "C" fn ndc_resize(
    a: *const ndc_array,
    ndim: i32,
    new_shape: *const i64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        rearrange::resize(&arc(a, "a")?, int64_slice(ndim, new_shape, "new_shape")?)
    })
}

/// `np.trim_zeros(filt, trim, axis)`: a view without leading ('f') and/or
/// trailing ('b') zeros (`trim` NULL: "fb") along `axes` (NULL: every
/// axis). A 0-d input comes back as a new reference to itself.
#[no_mangle]
pub unsafe extern "C" fn ndc_trim_zeros(
    filt: *const ndc_array,
    trim: *const c_char,
    naxes: i32,
    axes: *const i64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce_arc(out, || {
        let a = arc(filt, "filt")?;
        rearrange::trim_zeros(&a, text(trim, "fb", "trim")?, opt_axes(naxes, axes)?)
    })
}

/// Keyword arguments of `ndc_pad`. NULL (or NULL fields) means NumPy's
/// defaults; a field given for a mode that does not take it fails as
/// NumPy ("unsupported keyword arguments for mode ...").
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ndc_pad_options {
    /// `sizeof(ndc_pad_options)` as compiled by the caller.
    pub struct_size: usize,
    /// `constant_values=` (borrowed; mode "constant"): broadcast to
    /// (ndim, 2) as NumPy's pad widths.
    pub constant_values: *const ndc_array,
    /// `end_values=` (borrowed; mode "linear_ramp").
    pub end_values: *const ndc_array,
    /// `stat_length=` (borrowed; "maximum", "mean", "median", "minimum").
    pub stat_length: *const ndc_array,
    /// `reflect_type=` ("reflect", "symmetric"): "even" or "odd".
    pub reflect_type: *const c_char,
}

/// `np.pad(array, pad_width, mode, **options)`: a new padded array.
/// `pad_width` is a signed integer array broadcast to (ndim, 2) as NumPy
/// (one value, a (before, after) pair, or one pair per axis); `mode` is
/// NumPy's name ("constant", "edge", "linear_ramp", "maximum", "mean",
/// "median", "minimum", "reflect", "symmetric", "wrap", "empty"; NULL:
/// "constant").
#[no_mangle]
pub unsafe extern "C" fn ndc_pad(
    array: *const ndc_array,
    pad_width: *const ndc_array,
    mode: *const c_char,
    options: *const ndc_pad_options,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        let a = arc(array, "array")?;
        let pw = arr(pad_width, "pad_width")?;
        let mode = text(mode, "constant", "mode")?;
        let o = if options.is_null() {
            None
        } else {
            // SAFETY: the caller passes a struct of at least `struct_size` bytes.
            let size = unsafe { std::ptr::addr_of!((*options).struct_size).read_unaligned() };
            if size < std::mem::size_of::<ndc_pad_options>() {
                return Err(Error::invalid(format!(
                    "ndc_pad_options.struct_size is {size}, expected at least {}",
                    std::mem::size_of::<ndc_pad_options>()
                )));
            }
            // SAFETY: size checked.
            Some(unsafe { *options })
        };
        let handle = |p: *const ndc_array, name: &str| -> Result<Option<Arc<Array>>> {
            if p.is_null() {
                Ok(None)
            } else {
                arc(p, name).map(Some)
            }
        };
        let (cv, ev, sl, rt) = match o {
            Some(o) => (
                handle(o.constant_values, "constant_values")?,
                handle(o.end_values, "end_values")?,
                handle(o.stat_length, "stat_length")?,
                if o.reflect_type.is_null() {
                    None
                } else {
                    Some(text(o.reflect_type, "even", "reflect_type")?)
                },
            ),
            None => (None, None, None, None),
        };
        let opts = pad::PadOptions {
            constant_values: cv.as_ref(),
            end_values: ev.as_ref(),
            stat_length: sl.as_ref(),
            reflect_type: rt,
        };
        pad::pad(&a, pw, mode, &opts)
    })
}

/// `np.meshgrid(*xi, copy, sparse, indexing)`: `n` coordinate arrays
/// (`indexing` "xy" or "ij"; NULL: "xy"). Non-zero `sparse` keeps the
/// broadcastable shapes; zero `copy` returns views. Results in `outs`.
#[no_mangle]
pub unsafe extern "C" fn ndc_meshgrid(
    n: i32,
    xi: *const *const ndc_array,
    indexing: *const c_char,
    sparse: i32,
    copy: i32,
    outs: *mut *mut ndc_array,
    capacity: i32,
    count: *mut i32,
) -> ndc_status {
    produce_many(outs, capacity, count, || {
        let xs = handles_arg(n, xi, "xi")?;
        grid::meshgrid(
            &xs,
            text(indexing, "xy", "indexing")?,
            sparse != 0,
            copy != 0,
        )
    })
}

/// `np.indices(dimensions, dtype)`: a new array of shape `(ndim, *dims)`
/// holding the index of each position along each axis.
#[no_mangle]
pub unsafe extern "C" fn ndc_indices(
    ndim: i32,
    dimensions: *const i64,
    dtype: ndc_dtype,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        let dims = int64_slice(ndim, dimensions, "dimensions")?;
        let mut r = grid::indices(dims, dtype_arg(dtype)?, false)?;
        Ok(r.remove(0))
    })
}

/// `np.indices(dimensions, dtype, sparse=True)`: `ndim` new arrays, the
/// `i`-th of shape `(1, .., dims[i], .., 1)`, in `outs`.
#[no_mangle]
pub unsafe extern "C" fn ndc_indices_sparse(
    ndim: i32,
    dimensions: *const i64,
    dtype: ndc_dtype,
    outs: *mut *mut ndc_array,
    capacity: i32,
    count: *mut i32,
) -> ndc_status {
    produce_many(outs, capacity, count, || {
        let dims = int64_slice(ndim, dimensions, "dimensions")?;
        grid::indices(dims, dtype_arg(dtype)?, true)
    })
}

/// `max_work` for an exact answer (`ndc_shares_memory`'s NumPy default).
pub const NDC_MAX_WORK_EXACT: i64 = -1;
/// `max_work` for the byte-extent check only (`ndc_may_share_memory`'s
/// NumPy default).
pub const NDC_MAX_WORK_BOUNDS: i64 = 0;

/// `np.may_share_memory(a, b, max_work)`: writes 1 to `*out` when the two
/// arrays may share memory (byte extents overlap for `max_work` 0; an
/// undecided search also answers 1), else 0.
#[no_mangle]
pub unsafe extern "C" fn ndc_may_share_memory(
    a: *const ndc_array,
    b: *const ndc_array,
    max_work: i64,
    out: *mut i32,
) -> ndc_status {
    produce_value(out, || {
        overlap::may_share_memory(arr(a, "a")?, arr(b, "b")?, max_work).map(i32::from)
    })
}

/// `np.shares_memory(a, b, max_work)`: writes 1 to `*out` when some byte is
/// used by both arrays, else 0; exact for `max_work` -1, failing with
/// "Exceeded max_work" when a positive limit is reached first.
#[no_mangle]
pub unsafe extern "C" fn ndc_shares_memory(
    a: *const ndc_array,
    b: *const ndc_array,
    max_work: i64,
    out: *mut i32,
) -> ndc_status {
    produce_value(out, || {
        overlap::shares_memory(arr(a, "a")?, arr(b, "b")?, max_work).map(i32::from)
    })
}
