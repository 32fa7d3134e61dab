//! Constructors: empty, zeros, ones, full, arange, linspace, logspace,
//! geomspace, eye, identity, tri and the `*_like` forms. Each writes a new
//! reference to `*out`, which the caller releases.

use std::ffi::c_void;

use super::error::ndc_status;
use super::{
    arr, copy_order, dtype_arg, ndc_array, ndc_dtype, ndc_order, new_order, produce, shape_arg,
};
use crate::array::convert::CopyOrder;
use crate::array::Array;
use crate::dtype::{Bool, DType};
use crate::error::{Error, ErrorKind, Result};

/// `np.empty(shape, dtype, order)`: uninitialised memory.
#[no_mangle]
pub unsafe extern "C" fn ndc_empty(
    ndim: i32,
    shape: *const i64,
    dtype: ndc_dtype,
    order: ndc_order,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        Array::empty(
            dtype_arg(dtype)?,
            &shape_arg(ndim, shape)?,
            new_order(order)?,
        )
    })
}

/// `np.zeros(shape, dtype, order)`. The memory comes zeroed from the
/// allocator: large arrays touch no page until written, as NumPy.
#[no_mangle]
pub unsafe extern "C" fn ndc_zeros(
    ndim: i32,
    shape: *const i64,
    dtype: ndc_dtype,
    order: ndc_order,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        Array::zeros(
            dtype_arg(dtype)?,
            &shape_arg(ndim, shape)?,
            new_order(order)?,
        )
    })
}

/// `np.ones(shape, dtype, order)`.
#[no_mangle]
pub unsafe extern "C" fn ndc_ones(
    ndim: i32,
    shape: *const i64,
    dtype: ndc_dtype,
    order: ndc_order,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        Array::ones(
            dtype_arg(dtype)?,
            &shape_arg(ndim, shape)?,
            new_order(order)?,
        )
    })
}

fn value_bytes<'a>(value: *const c_void, value_dtype: DType) -> Result<&'a [u8]> {
    if value.is_null() {
        return Err(Error::new(
            ErrorKind::NullPointer,
            "argument 'value' is NULL",
        ));
    }
    // SAFETY: the caller passes one element of `value_dtype` at `value`.
    Ok(unsafe { std::slice::from_raw_parts(value.cast::<u8>(), value_dtype.itemsize()) })
}

/// `np.full(shape, value, dtype, order)`. `value` points to one element of
/// `value_dtype` (for example a `double` with `NDC_FLOAT64`); it is converted
/// to `dtype` with an unsafe cast, as `np.full(shape, np.float64(v), dtype)`.
#[no_mangle]
pub unsafe extern "C" fn ndc_full(
    ndim: i32,
    shape: *const i64,
    value: *const c_void,
    value_dtype: ndc_dtype,
    dtype: ndc_dtype,
    order: ndc_order,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        let vd = dtype_arg(value_dtype)?;
        let bytes = value_bytes(value, vd)?;
        Array::full(
            dtype_arg(dtype)?,
            &shape_arg(ndim, shape)?,
            new_order(order)?,
            bytes,
            vd,
        )
    })
}

fn like_dtype(proto: &Array, dtype: ndc_dtype) -> Result<Option<DType>> {
    let _ = proto;
    if dtype == super::NDC_DTYPE_NONE {
        Ok(None)
    } else {
        dtype_arg(dtype).map(Some)
    }
}

/// `np.empty_like(proto, dtype, order)`: `dtype` `NDC_DTYPE_NONE` keeps the
/// prototype's; `NDC_ORDER_DEFAULT` is K (the prototype's memory order).
#[no_mangle]
pub unsafe extern "C" fn ndc_empty_like(
    proto: *const ndc_array,
    dtype: ndc_dtype,
    order: ndc_order,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        let p = arr(proto, "proto")?;
        Array::empty_like(p, like_dtype(p, dtype)?, copy_order(order, CopyOrder::K)?)
    })
}

/// `np.zeros_like(proto, dtype, order)` (see `ndc_empty_like`).
#[no_mangle]
pub unsafe extern "C" fn ndc_zeros_like(
    proto: *const ndc_array,
    dtype: ndc_dtype,
    order: ndc_order,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        let p = arr(proto, "proto")?;
        Array::zeros_like(p, like_dtype(p, dtype)?, copy_order(order, CopyOrder::K)?)
    })
}

/// `np.ones_like(proto, dtype, order)` (see `ndc_empty_like`).
#[no_mangle]
pub unsafe extern "C" fn ndc_ones_like(
    proto: *const ndc_array,
    dtype: ndc_dtype,
    order: ndc_order,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        let p = arr(proto, "proto")?;
        let a = Array::empty_like(p, like_dtype(p, dtype)?, copy_order(order, CopyOrder::K)?)?;
        a.fill(Bool(1))?;
        Ok(a)
    })
}

/// `np.full_like(proto, value, dtype, order)`; `value` is one element of
/// `value_dtype` (see `ndc_full`).
#[no_mangle]
pub unsafe extern "C" fn ndc_full_like(
    proto: *const ndc_array,
    value: *const c_void,
    value_dtype: ndc_dtype,
    dtype: ndc_dtype,
    order: ndc_order,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        let p = arr(proto, "proto")?;
        let vd = dtype_arg(value_dtype)?;
        let bytes = value_bytes(value, vd)?;
        let a = Array::empty_like(p, like_dtype(p, dtype)?, copy_order(order, CopyOrder::K)?)?;
        a.fill_bytes(bytes, vd)?;
        Ok(a)
    })
}

/// `np.arange(start, stop, step, dtype)` with float arguments (NumPy's
/// length `ceil((stop - start) / step)` and fill rule). Pass `NDC_FLOAT64`
/// for NumPy's default with float arguments.
#[no_mangle]
pub unsafe extern "C" fn ndc_arange(
    start: f64,
    stop: f64,
    step: f64,
    dtype: ndc_dtype,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || Array::arange(start, stop, step, dtype_arg(dtype)?))
}

/// `np.arange(start, stop, step, dtype)` with integer arguments, exact. Pass
/// `NDC_INT64` for NumPy's default with integer arguments.
#[no_mangle]
pub unsafe extern "C" fn ndc_arange_int(
    start: i64,
    stop: i64,
    step: i64,
    dtype: ndc_dtype,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        Array::arange_int(start, stop, step, dtype_arg(dtype)?)
    })
}

/// `np.linspace(start, stop, num, endpoint, retstep=True, dtype)`: the step
/// goes to `*step` when `step` is not NULL (nan when it is undefined).
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub unsafe extern "C" fn ndc_linspace(
    start: f64,
    stop: f64,
    num: i64,
    endpoint: bool,
    dtype: ndc_dtype,
    step: *mut f64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    let mut got = f64::NAN;
    let status = produce(out, || {
        let (a, s) = Array::linspace(start, stop, num, endpoint, dtype_arg(dtype)?)?;
        got = s;
        Ok(a)
    });
    if status == super::error::NDC_OK && !step.is_null() {
        // SAFETY: non-NULL `step` is writable (caller's contract).
        unsafe { *step = got };
    }
    status
}

/// `np.logspace(start, stop, num, endpoint, base, dtype)`.
#[no_mangle]
pub unsafe extern "C" fn ndc_logspace(
    start: f64,
    stop: f64,
    num: i64,
    endpoint: bool,
    base: f64,
    dtype: ndc_dtype,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        Array::logspace(start, stop, num, endpoint, base, dtype_arg(dtype)?)
    })
}

/// `np.geomspace(start, stop, num, endpoint, dtype)` for real endpoints
/// (negative ones too; zero is an error as NumPy).
#[no_mangle]
pub unsafe extern "C" fn ndc_geomspace(
    start: f64,
    stop: f64,
    num: i64,
    endpoint: bool,
    dtype: ndc_dtype,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        Array::geomspace(start, stop, num, endpoint, dtype_arg(dtype)?)
    })
}

fn dim(n: i64, name: &str) -> Result<usize> {
    usize::try_from(n)
        .map_err(|_| Error::invalid(format!("{name}: negative dimensions are not allowed")))
}

/// `np.eye(n, m, k, dtype, order)`; `m < 0` means `m = n`.
#[no_mangle]
pub unsafe extern "C" fn ndc_eye(
    n: i64,
    m: i64,
    k: i64,
    dtype: ndc_dtype,
    order: ndc_order,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        let m = if m < 0 { None } else { Some(m as usize) };
        Array::eye(dim(n, "n")?, m, k, dtype_arg(dtype)?, new_order(order)?)
    })
}

/// `np.identity(n, dtype)`.
#[no_mangle]
pub unsafe extern "C" fn ndc_identity(
    n: i64,
    dtype: ndc_dtype,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        Array::eye(
            dim(n, "n")?,
            None,
            0,
            dtype_arg(dtype)?,
            crate::array::Order::C,
        )
    })
}

/// `np.tri(n, m, k, dtype)`: ones at and below diagonal `k`; `m < 0` means
/// `m = n`.
#[no_mangle]
pub unsafe extern "C" fn ndc_tri(
    n: i64,
    m: i64,
    k: i64,
    dtype: ndc_dtype,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        let m = if m < 0 { None } else { Some(m as usize) };
        Array::tri(dim(n, "n")?, m, k, dtype_arg(dtype)?)
    })
}
