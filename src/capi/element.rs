//! Reading and writing one element by multi-index. Negative indices count
//! from the end; out-of-range indices fail with `NDC_ERR_INDEX` and NumPy's
//! text ("index 5 is out of bounds for axis 0 with size 3").

use std::ffi::c_void;

use num_complex::Complex64;

use super::error::ndc_status;
use super::{
    arr, dtype_arg, guard, int64_slice, ndc_array, ndc_complex, ndc_dtype, out_ptr, produce_value,
};
use crate::dispatch;
use crate::dtype::{Bool, Element};
use crate::error::{Error, ErrorKind, Result};

fn get<T: Element>(a: *const ndc_array, index: *const i64, nindex: i32) -> Result<T> {
    arr(a, "a")?.get::<T>(int64_slice(nindex, index, "index")?)
}

fn set<T: Element>(a: *const ndc_array, index: *const i64, nindex: i32, v: T) -> ndc_status {
    guard(|| arr(a, "a")?.set::<T>(int64_slice(nindex, index, "index")?, v))
}

fn get_into<T: Element>(
    a: *const ndc_array,
    index: *const i64,
    nindex: i32,
    out: *mut T,
) -> ndc_status {
    produce_value(out, || get::<T>(a, index, nindex))
}

/// Reads the element at `index` (`nindex` == ndim values) converted to
/// int64_t (NumPy's unsafe cast) into `*out`.
#[no_mangle]
pub unsafe extern "C" fn ndc_array_get_int64(
    a: *const ndc_array,
    index: *const i64,
    nindex: i32,
    out: *mut i64,
) -> ndc_status {
    get_into::<i64>(a, index, nindex, out)
}

/// Writes int64_t `value`, converted to the array's dtype (unsafe cast), at
/// `index`. Read-only arrays give `NDC_ERR_READONLY`.
#[no_mangle]
pub unsafe extern "C" fn ndc_array_set_int64(
    a: *const ndc_array,
    index: *const i64,
    nindex: i32,
    value: i64,
) -> ndc_status {
    set::<i64>(a, index, nindex, value)
}

/// Reads the element at `index` (`nindex` == ndim values) converted to
/// uint64_t (NumPy's unsafe cast) into `*out`.
#[no_mangle]
pub unsafe extern "C" fn ndc_array_get_uint64(
    a: *const ndc_array,
    index: *const i64,
    nindex: i32,
    out: *mut u64,
) -> ndc_status {
    get_into::<u64>(a, index, nindex, out)
}

/// Writes uint64_t `value`, converted to the array's dtype (unsafe cast), at
/// `index`. Read-only arrays give `NDC_ERR_READONLY`.
#[no_mangle]
pub unsafe extern "C" fn ndc_array_set_uint64(
    a: *const ndc_array,
    index: *const i64,
    nindex: i32,
    value: u64,
) -> ndc_status {
    set::<u64>(a, index, nindex, value)
}

/// Reads the element at `index` (`nindex` == ndim values) converted to
/// double (NumPy's unsafe cast) into `*out`.
#[no_mangle]
pub unsafe extern "C" fn ndc_array_get_double(
    a: *const ndc_array,
    index: *const i64,
    nindex: i32,
    out: *mut f64,
) -> ndc_status {
    get_into::<f64>(a, index, nindex, out)
}

/// Writes double `value`, converted to the array's dtype (unsafe cast), at
/// `index`. Read-only arrays give `NDC_ERR_READONLY`.
#[no_mangle]
pub unsafe extern "C" fn ndc_array_set_double(
    a: *const ndc_array,
    index: *const i64,
    nindex: i32,
    value: f64,
) -> ndc_status {
    set::<f64>(a, index, nindex, value)
}

/// Reads the element at `index` as a bool (non-zero) into `*out`.
#[no_mangle]
pub unsafe extern "C" fn ndc_array_get_bool(
    a: *const ndc_array,
    index: *const i64,
    nindex: i32,
    out: *mut bool,
) -> ndc_status {
    produce_value(out, || Ok(get::<Bool>(a, index, nindex)?.get()))
}

/// Writes a bool at `index` (converted to the array's dtype).
#[no_mangle]
pub unsafe extern "C" fn ndc_array_set_bool(
    a: *const ndc_array,
    index: *const i64,
    nindex: i32,
    value: bool,
) -> ndc_status {
    set::<Bool>(a, index, nindex, Bool(value as u8))
}

/// Reads the element at `index` as a complex double into `*out`.
#[no_mangle]
pub unsafe extern "C" fn ndc_array_get_complex(
    a: *const ndc_array,
    index: *const i64,
    nindex: i32,
    out: *mut ndc_complex,
) -> ndc_status {
    produce_value(out, || {
        let v = get::<Complex64>(a, index, nindex)?;
        Ok(ndc_complex { re: v.re, im: v.im })
    })
}

/// Writes a complex value at `index` (non-complex dtypes take the real part).
#[no_mangle]
pub unsafe extern "C" fn ndc_array_set_complex(
    a: *const ndc_array,
    index: *const i64,
    nindex: i32,
    value: ndc_complex,
) -> ndc_status {
    set::<Complex64>(a, index, nindex, Complex64::new(value.re, value.im))
}

/// Copies the raw bytes of the element at `index` (`itemsize` bytes, the
/// array's own dtype) to `out`.
#[no_mangle]
pub unsafe extern "C" fn ndc_array_get(
    a: *const ndc_array,
    index: *const i64,
    nindex: i32,
    out: *mut c_void,
) -> ndc_status {
    guard(|| {
        let a = arr(a, "a")?;
        let idx = int64_slice(nindex, index, "index")?;
        out_ptr(out, "out")?;
        // SAFETY: the caller gives itemsize writable bytes at `out`.
        let buf = unsafe { std::slice::from_raw_parts_mut(out.cast::<u8>(), a.itemsize()) };
        a.get_bytes(idx, buf)
    })
}

/// Writes one element given as `value_dtype` bytes at `value`, converted to
/// the array's dtype (unsafe cast), at `index`.
#[no_mangle]
pub unsafe extern "C" fn ndc_array_set(
    a: *const ndc_array,
    index: *const i64,
    nindex: i32,
    value: *const c_void,
    value_dtype: ndc_dtype,
) -> ndc_status {
    guard(|| {
        let a = arr(a, "a")?;
        let idx = int64_slice(nindex, index, "index")?;
        let vd = dtype_arg(value_dtype)?;
        if value.is_null() {
            return Err(Error::new(
                ErrorKind::NullPointer,
                "argument 'value' is NULL",
            ));
        }
        dispatch!(vd, S => {
            // SAFETY: the caller passes one element of `value_dtype`.
            let v = unsafe { value.cast::<S>().read_unaligned() };
            a.set::<S>(idx, v)
        })
    })
}
