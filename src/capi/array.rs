//! Handle lifetime, metadata, raw data access, wrapping and copying.

use std::ffi::c_void;
use std::sync::Arc;

use super::error::ndc_status;
use super::{
    arc, arr, copy_order, dtype_arg, guard, guard_value, int64_slice, into_handle, ndc_array,
    ndc_casting, ndc_dtype, ndc_order, out_ptr, produce, produce_arc, shape_arg,
};
use crate::array::convert::CopyOrder;
use crate::array::{layout, Array, Buffer, Order};
use crate::dtype::Casting;
use crate::error::{Error, ErrorKind};

/// Flag bits of `ndc_array_flags` (NumPy's `a.flags`).
pub const NDC_C_CONTIGUOUS: u32 = 1;
/// Column-major contiguous.
pub const NDC_F_CONTIGUOUS: u32 = 2;
/// The array owns its memory (not a view, not wrapped caller memory).
pub const NDC_OWNDATA: u32 = 4;
/// Elements may be written.
pub const NDC_WRITEABLE: u32 = 8;
/// Data pointer and strides are multiples of the dtype's alignment.
pub const NDC_ALIGNED: u32 = 16;

/// `ndc_array_from_buffer` flag: the memory must not be written through ndc.
pub const NDC_BUFFER_READONLY: u32 = 1;

/// Frees caller memory wrapped by `ndc_array_from_buffer`; called exactly
/// once, from whichever thread releases the last array using the memory,
/// with the `data` and `context` given at wrap time.
pub type ndc_deleter = Option<unsafe extern "C" fn(data: *mut c_void, context: *mut c_void)>;

/// Adds a reference to `a`. NULL-safe, atomic, callable from any thread.
/// Returns `a`.
#[no_mangle]
pub unsafe extern "C" fn ndc_array_retain(a: *mut ndc_array) -> *mut ndc_array {
    if !a.is_null() {
        // SAFETY: a live handle is an Arc<Array> pointer (see capi::arr).
        unsafe { Arc::increment_strong_count(a as *const Array) };
    }
    a
}

/// Drops a reference to `a`; the array (and, with its last view, its memory)
/// is freed when none remain. NULL-safe, atomic, callable from any thread
/// (including finalizers).
#[no_mangle]
pub unsafe extern "C" fn ndc_array_release(a: *mut ndc_array) {
    if !a.is_null() {
        // SAFETY: the caller gives up one reference it owns.
        let _ =
            std::panic::catch_unwind(|| unsafe { Arc::decrement_strong_count(a as *const Array) });
    }
}

/// Number of dimensions (0 for a 0-d array); -1 if `a` is NULL.
#[no_mangle]
pub unsafe extern "C" fn ndc_array_ndim(a: *const ndc_array) -> i32 {
    guard_value(-1, || Ok(arr(a, "a")?.ndim() as i32))
}

/// Pointer to `ndim` dimensions, borrowed from `a` (valid while the caller
/// holds `a`). NULL if `a` is NULL; not NULL for 0-d arrays.
#[no_mangle]
pub unsafe extern "C" fn ndc_array_shape(a: *const ndc_array) -> *const i64 {
    guard_value(std::ptr::null(), || {
        Ok(arr(a, "a")?.shape().as_ptr().cast::<i64>())
    })
}

/// Pointer to `ndim` byte strides (signed), borrowed from `a`. NULL if `a`
/// is NULL.
#[no_mangle]
pub unsafe extern "C" fn ndc_array_strides(a: *const ndc_array) -> *const i64 {
    guard_value(std::ptr::null(), || {
        Ok(arr(a, "a")?.strides().as_ptr().cast::<i64>())
    })
}

/// Element type; `NDC_DTYPE_NONE` (0) if `a` is NULL.
#[no_mangle]
pub unsafe extern "C" fn ndc_array_dtype(a: *const ndc_array) -> ndc_dtype {
    guard_value(0, || Ok(arr(a, "a")?.dtype().code()))
}

/// Number of elements; -1 if `a` is NULL.
#[no_mangle]
pub unsafe extern "C" fn ndc_array_size(a: *const ndc_array) -> i64 {
    guard_value(-1, || Ok(arr(a, "a")?.size() as i64))
}

/// Bytes per element; -1 if `a` is NULL.
#[no_mangle]
pub unsafe extern "C" fn ndc_array_itemsize(a: *const ndc_array) -> i64 {
    guard_value(-1, || Ok(arr(a, "a")?.itemsize() as i64))
}

/// `size * itemsize`; -1 if `a` is NULL.
#[no_mangle]
pub unsafe extern "C" fn ndc_array_nbytes(a: *const ndc_array) -> i64 {
    guard_value(-1, || Ok(arr(a, "a")?.nbytes() as i64))
}

/// NumPy's flags as `NDC_C_CONTIGUOUS | NDC_F_CONTIGUOUS | NDC_OWNDATA |
/// NDC_WRITEABLE | NDC_ALIGNED` bits; 0 if `a` is NULL.
#[no_mangle]
pub unsafe extern "C" fn ndc_array_flags(a: *const ndc_array) -> u32 {
    guard_value(0, || Ok(arr(a, "a")?.flags()))
}

/// The array that owns the memory `a` views (NumPy's `a.base`), as a new
/// reference in `*out`, or NULL in `*out` when `a` is not a view.
#[no_mangle]
pub unsafe extern "C" fn ndc_array_base(
    a: *const ndc_array,
    out: *mut *mut ndc_array,
) -> ndc_status {
    guard(|| {
        let a = arr(a, "a")?;
        let slot = out_ptr(out, "out")?;
        *slot = match a.base() {
            Some(b) => into_handle(b.clone()),
            None => std::ptr::null_mut(),
        };
        Ok(())
    })
}

/// Address of element 0 for writing; refuses read-only arrays with
/// `NDC_ERR_READONLY`. The memory is borrowed from `a`.
#[no_mangle]
pub unsafe extern "C" fn ndc_array_data(a: *const ndc_array, out: *mut *mut c_void) -> ndc_status {
    guard(|| {
        let a = arr(a, "a")?;
        let slot = out_ptr(out, "out")?;
        a.check_writeable()?;
        *slot = a.data_ptr().cast();
        Ok(())
    })
}

/// Address of element 0 for reading (any array). Borrowed from `a`.
#[no_mangle]
pub unsafe extern "C" fn ndc_array_data_const(
    a: *const ndc_array,
    out: *mut *const c_void,
) -> ndc_status {
    guard(|| {
        let a = arr(a, "a")?;
        let slot = out_ptr(out, "out")?;
        *slot = a.data_ptr().cast_const().cast();
        Ok(())
    })
}

/// Sets or clears NumPy's WRITEABLE flag of `a` in place (`readonly` true
/// makes it read-only). Making an array writeable again fails with
/// `NDC_ERR_READONLY` when its memory or base is read-only, as NumPy.
#[no_mangle]
pub unsafe extern "C" fn ndc_array_set_readonly(a: *const ndc_array, readonly: bool) -> ndc_status {
    guard(|| arr(a, "a")?.set_writeable(!readonly))
}

/// Copies `ndim`/`shape` elements of `dtype` from `data` into a new
/// C-contiguous array in `*out`. `strides` (bytes, may be negative, NULL for
/// C-contiguous) describe where element `(i, j, ...)` is, relative to `data`.
/// The caller keeps ownership of `data`.
#[no_mangle]
pub unsafe extern "C" fn ndc_array_from_data(
    data: *const c_void,
    dtype: ndc_dtype,
    ndim: i32,
    shape: *const i64,
    strides: *const i64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        let dtype = dtype_arg(dtype)?;
        let shape = shape_arg(ndim, shape)?;
        let item = dtype.itemsize();
        let size = layout::checked_size(&shape, item)?;
        let strides: Vec<isize> = if strides.is_null() {
            layout::contiguous_strides(&shape, item, Order::C)
        } else {
            int64_slice(ndim, strides, "strides")?
                .iter()
                .map(|&s| s as isize)
                .collect()
        };
        let dst = Array::empty(dtype, &shape, Order::C)?;
        if size == 0 {
            return Ok(dst);
        }
        if data.is_null() {
            return Err(Error::new(
                ErrorKind::NullPointer,
                "argument 'data' is NULL",
            ));
        }
        let (lo, hi) = layout::byte_extent(&shape, &strides, item)
            .ok_or_else(|| Error::overflow("strides overflow"))?;
        // Wrap the caller's memory (no deleter) covering exactly the extent.
        let start = (data as *const u8).wrapping_offset(lo as isize);
        // SAFETY: the caller promises the described elements are readable;
        // the buffer lives only for this call.
        let buf = unsafe {
            Buffer::foreign(
                start as *mut u8,
                (hi - lo) as usize,
                false,
                None,
                std::ptr::null_mut(),
            )
        };
        let src = Array::from_parts(Arc::new(buf), dtype, shape, strides, (-lo) as usize, false)?;
        crate::array::convert::copy_into(&src, &dst)?;
        Ok(dst)
    })
}

/// Wraps caller memory without copying. Element 0 is at `data + offset`;
/// `strides` (bytes, NULL for C-contiguous) must keep every element inside
/// `[data, data + nbytes)` and be multiples of the dtype's alignment, as must
/// the address of element 0. `flags` may hold `NDC_BUFFER_READONLY`.
/// `deleter(data, context)` runs once when the last array using the memory
/// is released; it may be NULL when the caller frees the memory itself after
/// releasing every array. On failure nothing is wrapped and the deleter is
/// not called: the memory stays the caller's.
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub unsafe extern "C" fn ndc_array_from_buffer(
    data: *mut c_void,
    nbytes: i64,
    dtype: ndc_dtype,
    ndim: i32,
    shape: *const i64,
    strides: *const i64,
    offset: i64,
    flags: u32,
    deleter: ndc_deleter,
    context: *mut c_void,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        let dtype = dtype_arg(dtype)?;
        let shape = shape_arg(ndim, shape)?;
        if data.is_null() {
            return Err(Error::new(
                ErrorKind::NullPointer,
                "argument 'data' is NULL",
            ));
        }
        if nbytes < 0 || offset < 0 {
            return Err(Error::invalid("nbytes and offset must be non-negative"));
        }
        if flags & !NDC_BUFFER_READONLY != 0 {
            return Err(Error::invalid(format!("unknown flags 0x{flags:x}")));
        }
        let item = dtype.itemsize();
        let strides: Vec<isize> = if strides.is_null() {
            layout::contiguous_strides(&shape, item, Order::C)
        } else {
            int64_slice(ndim, strides, "strides")?
                .iter()
                .map(|&s| s as isize)
                .collect()
        };
        let addr = (data as usize).wrapping_add(offset as usize);
        if !layout::is_aligned(addr, &shape, &strides, dtype.alignment()) && !shape.contains(&0) {
            return Err(Error::invalid(format!(
                "buffer is not aligned for {} (address and strides must be multiples of {} bytes)",
                dtype.name(),
                dtype.alignment()
            )));
        }
        let writable = flags & NDC_BUFFER_READONLY == 0;
        // Validate before taking ownership so that a failure never calls the deleter.
        let size_ok = layout::checked_size(&shape, item).is_ok();
        let extent_ok = match layout::byte_extent(&shape, &strides, item) {
            None => offset <= nbytes,
            Some((lo, hi)) => offset as i128 + lo >= 0 && offset as i128 + hi <= nbytes as i128,
        };
        if !size_ok || !extent_ok {
            layout::checked_size(&shape, item)?;
            return Err(Error::invalid(
                "strides are incompatible with shape of requested array and size of buffer",
            ));
        }
        // SAFETY: the caller promises `nbytes` valid bytes at `data` until the
        // deleter runs.
        let buf =
            unsafe { Buffer::foreign(data.cast(), nbytes as usize, writable, deleter, context) };
        Array::from_parts(
            Arc::new(buf),
            dtype,
            shape,
            strides,
            offset as usize,
            writable,
        )
    })
}

/// `a.copy(order)` (NumPy's `np.copy` default order K for
/// `NDC_ORDER_DEFAULT`): a new array in `*out`.
#[no_mangle]
pub unsafe extern "C" fn ndc_array_copy(
    a: *const ndc_array,
    order: ndc_order,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || arr(a, "a")?.copy(copy_order(order, CopyOrder::K)?))
}

/// `a.astype(dtype, order, casting)`: always a new array in `*out`.
/// `NDC_ORDER_DEFAULT` is K and `NDC_CASTING_DEFAULT` is unsafe, as NumPy.
/// A cast the rule refuses fails with `NDC_ERR_DTYPE` and NumPy's text.
#[no_mangle]
pub unsafe extern "C" fn ndc_array_astype(
    a: *const ndc_array,
    dtype: ndc_dtype,
    casting: ndc_casting,
    order: ndc_order,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        let a = arr(a, "a")?;
        let dtype = dtype_arg(dtype)?;
        let casting = Casting::from_code(casting, Casting::Unsafe)?;
        a.astype(dtype, copy_order(order, CopyOrder::K)?, casting)
    })
}

/// `np.ascontiguousarray(a)`: a new reference in `*out` to `a` itself when it
/// is already C-contiguous, else to a C-ordered copy. A 0-d input gives a
/// 1-element 1-d array, as NumPy.
#[no_mangle]
pub unsafe extern "C" fn ndc_ascontiguousarray(
    a: *const ndc_array,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce_arc(out, || at_least_1d(arc(a, "a")?)?.ascontiguous())
}

/// `np.asfortranarray(a)`: `a` itself when already F-contiguous, else an
/// F-ordered copy, as a new reference in `*out`. 0-d gives 1-d.
#[no_mangle]
pub unsafe extern "C" fn ndc_asfortranarray(
    a: *const ndc_array,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce_arc(out, || at_least_1d(arc(a, "a")?)?.asfortran())
}

fn at_least_1d(a: Arc<Array>) -> crate::error::Result<Arc<Array>> {
    if a.ndim() > 0 {
        return Ok(a);
    }
    let item = a.itemsize() as isize;
    Ok(Arc::new(a.view_unchecked(
        vec![1],
        vec![item],
        a.offset(),
        a.dtype(),
    )))
}
