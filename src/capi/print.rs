//! Printing arrays as NumPy does, and freeing what ndc allocates for the
//! caller.

use std::ffi::{c_char, c_void, CString};

use super::error::ndc_status;
use super::{arr, guard, ndc_array, out_ptr};
use crate::error::Error;
use crate::print::{self, PrintOptions};

/// NumPy's print options (`np.set_printoptions`). Set `struct_size` to
/// `sizeof(ndc_printoptions)`; fields may be appended in later versions.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct ndc_printoptions {
    /// `sizeof(ndc_printoptions)` as compiled by the caller.
    pub struct_size: usize,
    /// Digits after the decimal point (NumPy default 8).
    pub precision: i64,
    /// Total elements above which arrays are summarised (default 1000).
    pub threshold: i64,
    /// Items printed at each end of a summarised axis (default 3).
    pub edgeitems: i64,
    /// Characters per line (default 75).
    pub linewidth: i64,
    /// Non-zero: never use scientific notation for small numbers.
    pub suppress: i32,
}

fn to_c_string(s: String, out: *mut *mut c_char) -> crate::error::Result<()> {
    let slot = out_ptr(out, "out")?;
    let c = CString::new(s).map_err(|_| Error::invalid("text contains a NUL byte"))?;
    // Allocate with malloc so that `ndc_free` (free) releases it.
    let bytes = c.as_bytes_with_nul();
    // SAFETY: malloc of the exact length; NULL is checked.
    let p = unsafe { libc::malloc(bytes.len()) } as *mut c_char;
    if p.is_null() {
        return Err(Error::nomem(bytes.len()));
    }
    // SAFETY: `p` has room for `bytes`.
    unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr() as *const c_char, p, bytes.len()) };
    *slot = p;
    Ok(())
}

/// NumPy's `repr(a)` ("array([1., 2.])") into `*out`, a NUL-terminated
/// string the caller frees with `ndc_free`.
#[no_mangle]
pub unsafe extern "C" fn ndc_array_repr(a: *const ndc_array, out: *mut *mut c_char) -> ndc_status {
    guard(|| {
        let a = arr(a, "a")?;
        out_ptr(out, "out")?;
        to_c_string(print::repr(a), out)
    })
}

/// NumPy's `str(a)` ("[1. 2.]") into `*out`, freed with `ndc_free`.
#[no_mangle]
pub unsafe extern "C" fn ndc_array_str(a: *const ndc_array, out: *mut *mut c_char) -> ndc_status {
    guard(|| {
        let a = arr(a, "a")?;
        out_ptr(out, "out")?;
        to_c_string(print::str(a), out)
    })
}

/// Frees memory ndc allocated for the caller (strings from `ndc_array_repr`
/// and friends). NULL-safe.
#[no_mangle]
pub unsafe extern "C" fn ndc_free(p: *mut c_void) {
    // SAFETY: `p` came from ndc's malloc, or is NULL.
    unsafe { libc::free(p) }
}

/// Sets the process-wide print options. Negative precision, threshold or
/// edgeitems and a non-positive linewidth fail with
/// `NDC_ERR_INVALID_ARGUMENT`.
#[no_mangle]
pub unsafe extern "C" fn ndc_set_printoptions(opts: *const ndc_printoptions) -> ndc_status {
    guard(|| {
        if opts.is_null() {
            return Err(Error::new(
                crate::error::ErrorKind::NullPointer,
                "argument 'opts' is NULL",
            ));
        }
        // SAFETY: the caller's struct has at least `struct_size` bytes; we
        // read the fields of version 1 only when it is that large.
        let size = unsafe { std::ptr::addr_of!((*opts).struct_size).read_unaligned() };
        if size < std::mem::size_of::<ndc_printoptions>() {
            return Err(Error::invalid(format!(
                "ndc_printoptions.struct_size is {size}, expected at least {}",
                std::mem::size_of::<ndc_printoptions>()
            )));
        }
        // SAFETY: checked size above.
        let o = unsafe { *opts };
        let nonneg = |v: i64, name: &str| {
            usize::try_from(v).map_err(|_| Error::invalid(format!("{name} must be non-negative")))
        };
        print::set_options(PrintOptions {
            precision: nonneg(o.precision, "precision")?,
            threshold: nonneg(o.threshold, "threshold")?,
            edgeitems: nonneg(o.edgeitems, "edgeitems")?,
            linewidth: nonneg(o.linewidth, "linewidth")?,
            suppress: o.suppress != 0,
        })
    })
}

/// Reads the print options in force into `*out`, whose `struct_size` the
/// caller sets (a smaller struct fails with `NDC_ERR_INVALID_ARGUMENT`).
#[no_mangle]
pub unsafe extern "C" fn ndc_get_printoptions(out: *mut ndc_printoptions) -> ndc_status {
    guard(|| {
        let slot = out_ptr(out, "out")?;
        if slot.struct_size < std::mem::size_of::<ndc_printoptions>() {
            return Err(Error::invalid(format!(
                "ndc_printoptions.struct_size is {}, expected at least {}",
                slot.struct_size,
                std::mem::size_of::<ndc_printoptions>()
            )));
        }
        let o = print::get_options();
        *slot = ndc_printoptions {
            struct_size: std::mem::size_of::<ndc_printoptions>(),
            precision: o.precision as i64,
            threshold: o.threshold as i64,
            edgeitems: o.edgeitems as i64,
            linewidth: o.linewidth as i64,
            suppress: o.suppress as i32,
        };
        Ok(())
    })
}
