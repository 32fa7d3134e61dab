//! dtype queries: size, name, parsing, promotion and casting rules.

use std::ffi::{c_char, CStr};

use super::error::ndc_status;
use super::{dtype_arg, guard, guard_value, ndc_casting, ndc_dtype, out_ptr, produce_value};
use crate::dtype::{can_cast, promote, Casting, DType};
use crate::error::{Error, ErrorKind};

/// Bytes per element of `dtype`; -1 (with an error message) for an invalid
/// code.
#[no_mangle]
pub extern "C" fn ndc_dtype_itemsize(dtype: ndc_dtype) -> i64 {
    guard_value(-1, || Ok(dtype_arg(dtype)?.itemsize() as i64))
}

/// NumPy's name of `dtype` ("float32"), a static string (not freed); NULL
/// (with an error message) for an invalid code.
#[no_mangle]
pub extern "C" fn ndc_dtype_name(dtype: ndc_dtype) -> *const c_char {
    static NAMES: std::sync::OnceLock<Vec<std::ffi::CString>> = std::sync::OnceLock::new();
    guard_value(std::ptr::null(), || {
        let d = dtype_arg(dtype)?;
        let names = NAMES.get_or_init(|| {
            crate::dtype::ALL
                .iter()
                .map(|d| std::ffi::CString::new(d.name()).expect("names have no NUL"))
                .collect()
        });
        Ok(names[d.code() as usize - 1].as_ptr())
    })
}

/// Parses NumPy's spellings ("float32", "f4", "<f4", "double", "c16",
/// "bool", "?") into `*out`. Unknown text fails with `NDC_ERR_DTYPE` and
/// NumPy's "data type 'x' not understood".
#[no_mangle]
pub unsafe extern "C" fn ndc_dtype_from_string(
    text: *const c_char,
    out: *mut ndc_dtype,
) -> ndc_status {
    guard(|| {
        if text.is_null() {
            return Err(Error::new(
                ErrorKind::NullPointer,
                "argument 'text' is NULL",
            ));
        }
        let slot = out_ptr(out, "out")?;
        // SAFETY: the caller passes a NUL-terminated string.
        let s = unsafe { CStr::from_ptr(text) }
            .to_str()
            .map_err(|_| Error::dtype("data type name is not valid UTF-8"))?;
        *slot = DType::parse(s)?.code();
        Ok(())
    })
}

/// `np.result_type(a, b)` (NumPy 2 / NEP 50 promotion) into `*out`.
#[no_mangle]
pub unsafe extern "C" fn ndc_result_type(
    a: ndc_dtype,
    b: ndc_dtype,
    out: *mut ndc_dtype,
) -> ndc_status {
    produce_value(out, || Ok(promote(dtype_arg(a)?, dtype_arg(b)?).code()))
}

/// `np.can_cast(from, to, casting)` into `*out`; `NDC_CASTING_DEFAULT` is
/// safe, as NumPy.
#[no_mangle]
pub unsafe extern "C" fn ndc_can_cast(
    from: ndc_dtype,
    to: ndc_dtype,
    casting: ndc_casting,
    out: *mut bool,
) -> ndc_status {
    produce_value(out, || {
        let (f, t) = (dtype_arg(from)?, dtype_arg(to)?);
        Ok(can_cast(f, t, Casting::from_code(casting, Casting::Safe)?))
    })
}
