//! The C ABI. Conventions (DESIGN.md "The C API"):
//!
//! - Every fallible function returns `ndc_status`; the message of the last
//!   failure on this thread is `ndc_last_error_message()`.
//! - Inputs are borrowed; every `ndc_array **out` receives a new reference
//!   the caller releases with `ndc_array_release`. On failure out-parameters
//!   are left untouched.
//! - Every body runs inside [`guard`]: a panic becomes `NDC_ERR_INTERNAL`.
//!
//! No numerics live here: each function validates, converts and calls the
//! core.
#![deny(missing_docs)]
#![allow(non_camel_case_types)]
#![allow(clippy::missing_safety_doc)]

pub mod array;
pub mod create;
pub mod diffcov;
pub mod dtype;
pub mod element;
pub mod elementwise;
pub mod error;
pub mod index;
pub mod indexing;
pub mod linalg;
pub mod linalg_products;
pub mod manip;
pub mod options;
pub mod print;
pub mod reduce;
pub mod shape;
pub mod sort;
pub mod stats;
pub mod ufunc;
pub mod ufuncs;
pub mod version;

use std::sync::Arc;

use crate::array::Array;
use crate::dtype::DType;
use crate::error::{Error, ErrorKind, Result};

pub use error::ndc_status;

/// An N-dimensional array handle: opaque, reference counted, thread-safe to
/// retain and release. Created by the `ndc_*` constructors; released with
/// `ndc_array_release`.
pub struct ndc_array {
    _opaque: [u8; 0],
}

/// An element type code (`NDC_BOOL` ... `NDC_COMPLEX128`); 0 is invalid.
pub type ndc_dtype = u32;

/// Invalid / "not given" dtype (only meaningful where documented, such as
/// the `*_like` constructors where it keeps the prototype's dtype).
pub const NDC_DTYPE_NONE: ndc_dtype = 0;
/// bool (1 byte).
pub const NDC_BOOL: ndc_dtype = 1;
/// int8_t.
pub const NDC_INT8: ndc_dtype = 2;
/// int16_t.
pub const NDC_INT16: ndc_dtype = 3;
/// int32_t.
pub const NDC_INT32: ndc_dtype = 4;
/// int64_t.
pub const NDC_INT64: ndc_dtype = 5;
/// uint8_t.
pub const NDC_UINT8: ndc_dtype = 6;
/// uint16_t.
pub const NDC_UINT16: ndc_dtype = 7;
/// uint32_t.
pub const NDC_UINT32: ndc_dtype = 8;
/// uint64_t.
pub const NDC_UINT64: ndc_dtype = 9;
/// IEEE half (stored as uint16_t bits).
pub const NDC_FLOAT16: ndc_dtype = 10;
/// bfloat16 (stored as uint16_t bits).
pub const NDC_BFLOAT16: ndc_dtype = 11;
/// float.
pub const NDC_FLOAT32: ndc_dtype = 12;
/// double.
pub const NDC_FLOAT64: ndc_dtype = 13;
/// Two floats (real, imaginary).
pub const NDC_COMPLEX64: ndc_dtype = 14;
/// Two doubles (real, imaginary).
pub const NDC_COMPLEX128: ndc_dtype = 15;

/// Memory order of a result: `NDC_ORDER_DEFAULT` (0) is the function's
/// NumPy default.
pub type ndc_order = i32;
/// The function's NumPy default order (C for constructors, K for copies of
/// a prototype, as NumPy).
pub const NDC_ORDER_DEFAULT: ndc_order = 0;
/// Row-major.
pub const NDC_ORDER_C: ndc_order = 1;
/// Column-major.
pub const NDC_ORDER_F: ndc_order = 2;
/// F if the source is F-contiguous and not C-contiguous, else C.
pub const NDC_ORDER_A: ndc_order = 3;
/// Keep the source's memory order as closely as possible.
pub const NDC_ORDER_K: ndc_order = 4;

/// A casting rule: `NDC_CASTING_DEFAULT` (0) is the function's NumPy default.
pub type ndc_casting = i32;
/// The function's NumPy default (unsafe for astype).
pub const NDC_CASTING_DEFAULT: ndc_casting = 0;
/// Only identical types.
pub const NDC_CASTING_NO: ndc_casting = 1;
/// Identical up to byte order.
pub const NDC_CASTING_EQUIV: ndc_casting = 2;
/// Value-preserving casts only.
pub const NDC_CASTING_SAFE: ndc_casting = 3;
/// Safe casts or casts within a kind (float64 -> float32).
pub const NDC_CASTING_SAME_KIND: ndc_casting = 4;
/// Any cast.
pub const NDC_CASTING_UNSAFE: ndc_casting = 5;

/// A complex double, as C99 `double _Complex` is laid out.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
pub struct ndc_complex {
    /// Real part.
    pub re: f64,
    /// Imaginary part.
    pub im: f64,
}

/// Runs an exported body: catches panics (-> `NDC_ERR_INTERNAL`) and turns
/// the `Result` into a status, recording the message of an error.
pub(crate) fn guard(body: impl FnOnce() -> Result<()>) -> ndc_status {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(body)) {
        Ok(Ok(())) => error::NDC_OK,
        Ok(Err(e)) => error::record(e),
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_string());
            error::record(Error::new(
                ErrorKind::Internal,
                format!("internal error in ndc (please report): {what}"),
            ))
        }
    }
}

/// Like [`guard`] for functions that return a value instead of a status:
/// `fallback` is returned on error or panic (with the message recorded).
pub(crate) fn guard_value<T>(fallback: T, body: impl FnOnce() -> Result<T>) -> T {
    let mut out = None;
    let status = guard(|| {
        out = Some(body()?);
        Ok(())
    });
    match out {
        Some(v) if status == error::NDC_OK => v,
        _ => fallback,
    }
}

fn null(name: &str) -> Error {
    Error::new(ErrorKind::NullPointer, format!("argument '{name}' is NULL"))
}

/// Borrows the array behind a handle.
///
/// The handle must be NULL or a live handle from this library.
pub(crate) fn arr<'a>(h: *const ndc_array, name: &str) -> Result<&'a Array> {
    if h.is_null() {
        return Err(null(name));
    }
    // SAFETY: a non-NULL handle is an `Arc<Array>` pointer made by
    // `into_handle` and kept alive by the caller's reference.
    Ok(unsafe { &*(h as *const Array) })
}

/// A new `Arc` (one more reference) to the array behind a live handle.
pub(crate) fn arc(h: *const ndc_array, name: &str) -> Result<Arc<Array>> {
    arr(h, name)?;
    // SAFETY: as in `arr`; the count is incremented before the new Arc is
    // made, so the caller's reference stays valid.
    unsafe {
        Arc::increment_strong_count(h as *const Array);
        Ok(Arc::from_raw(h as *const Array))
    }
}

/// Turns an array into a handle owning one reference.
pub(crate) fn into_handle(a: Arc<Array>) -> *mut ndc_array {
    Arc::into_raw(a) as *mut ndc_array
}

/// Checks an out-pointer for NULL.
pub(crate) fn out_ptr<'a, T>(p: *mut T, name: &str) -> Result<&'a mut T> {
    if p.is_null() {
        return Err(null(name));
    }
    // SAFETY: non-NULL out-pointers point to writable storage (caller's contract).
    Ok(unsafe { &mut *p })
}

/// Checks `out`, runs `make`, and stores the new handle in `*out` only on
/// success (out-parameters stay untouched on failure).
pub(crate) fn produce(
    out: *mut *mut ndc_array,
    make: impl FnOnce() -> Result<Array>,
) -> ndc_status {
    produce_arc(out, || make().map(Arc::new))
}

/// [`produce`] for constructors that may return an existing array.
pub(crate) fn produce_arc(
    out: *mut *mut ndc_array,
    make: impl FnOnce() -> Result<Arc<Array>>,
) -> ndc_status {
    guard(|| {
        let slot = out_ptr(out, "out")?;
        *slot = into_handle(make()?);
        Ok(())
    })
}

/// Checks `out`, runs `make`, and stores its value in `*out` only on
/// success: the value form of [`produce`].
pub(crate) fn produce_value<T>(out: *mut T, make: impl FnOnce() -> Result<T>) -> ndc_status {
    guard(|| {
        let slot = out_ptr(out, "out")?;
        *slot = make()?;
        Ok(())
    })
}

/// Reads a C dtype code.
pub(crate) fn dtype_arg(code: ndc_dtype) -> Result<DType> {
    DType::from_code(code)
}

/// Reads an axis argument: `NDC_AXIS_NONE` is NumPy's `axis=None`.
pub(crate) fn axis_arg(axis: i64) -> Option<i64> {
    (axis != shape::NDC_AXIS_NONE).then_some(axis)
}

/// Reads an optional (nullable) array argument, borrowed.
pub(crate) fn opt_arr<'a>(h: *const ndc_array, name: &str) -> Result<Option<&'a Array>> {
    if h.is_null() {
        Ok(None)
    } else {
        arr(h, name).map(Some)
    }
}

/// Reads an optional (nullable) array argument as a shared reference.
pub(crate) fn opt_arc(h: *const ndc_array, name: &str) -> Result<Option<Arc<Array>>> {
    if h.is_null() {
        Ok(None)
    } else {
        arc(h, name).map(Some)
    }
}

/// Reads a C dtype code where `NDC_DTYPE_NONE` (0) means "NumPy's default".
pub(crate) fn opt_dtype(code: ndc_dtype) -> Result<Option<DType>> {
    if code == 0 {
        Ok(None)
    } else {
        dtype_arg(code).map(Some)
    }
}

/// Reads a C `(ndim, shape)` pair; `shape` may be NULL when `ndim == 0`.
pub(crate) fn shape_arg(ndim: i32, shape: *const i64) -> Result<Vec<usize>> {
    let dims = int64_slice(ndim, shape, "shape")?;
    crate::array::layout::shape_from_i64(dims)
}

/// Reads `n` array handles (new references); NULL is allowed only for
/// `n == 0`.
pub(crate) fn handles_arg(
    n: i32,
    p: *const *const ndc_array,
    name: &str,
) -> Result<Vec<Arc<Array>>> {
    if n < 0 {
        return Err(Error::invalid(format!("{name}: negative length {n}")));
    }
    if n == 0 {
        return Ok(Vec::new());
    }
    if p.is_null() {
        return Err(null(name));
    }
    // SAFETY: the caller passes `n` handles at `p`.
    unsafe { std::slice::from_raw_parts(p, n as usize) }
        .iter()
        .map(|&h| arc(h, name))
        .collect()
}

/// Reads optional axes: NULL means NumPy's `axis=None`.
pub(crate) fn opt_axes<'a>(n: i32, p: *const i64) -> Result<Option<&'a [i64]>> {
    if p.is_null() {
        Ok(None)
    } else {
        int64_slice(n, p, "axes").map(Some)
    }
}

/// Reads `n` int64 values; NULL is allowed only for `n == 0`.
pub(crate) fn int64_slice<'a>(n: i32, p: *const i64, name: &str) -> Result<&'a [i64]> {
    if n < 0 {
        return Err(Error::invalid(format!("{name}: negative length {n}")));
    }
    if n as usize > crate::array::MAX_NDIM {
        crate::array::layout::check_ndim(n as usize)?;
    }
    if n == 0 {
        return Ok(&[]);
    }
    if p.is_null() {
        return Err(null(name));
    }
    // SAFETY: the caller passes `n` readable int64 values at `p`.
    Ok(unsafe { std::slice::from_raw_parts(p, n as usize) })
}

/// Reads a memory order for a new array (A and K are not meaningful there).
pub(crate) fn new_order(order: ndc_order) -> Result<crate::array::Order> {
    match order {
        NDC_ORDER_DEFAULT | NDC_ORDER_C => Ok(crate::array::Order::C),
        NDC_ORDER_F => Ok(crate::array::Order::F),
        NDC_ORDER_A | NDC_ORDER_K => Err(Error::invalid("only 'C' or 'F' order is permitted")),
        _ => Err(Error::invalid(format!("invalid order code {order}"))),
    }
}

/// Reads a copy order; `default` replaces `NDC_ORDER_DEFAULT`.
pub(crate) fn copy_order(
    order: ndc_order,
    default: crate::array::convert::CopyOrder,
) -> Result<crate::array::convert::CopyOrder> {
    use crate::array::convert::CopyOrder;
    Ok(match order {
        NDC_ORDER_DEFAULT => default,
        NDC_ORDER_C => CopyOrder::C,
        NDC_ORDER_F => CopyOrder::F,
        NDC_ORDER_A => CopyOrder::A,
        NDC_ORDER_K => CopyOrder::K,
        _ => return Err(Error::invalid(format!("invalid order code {order}"))),
    })
}
