//! Status codes and the thread-local error record.

use std::cell::RefCell;
use std::ffi::{c_char, CString};

use crate::error::{Error, ErrorKind};

/// The result of every fallible call: `NDC_OK` (0) or one of the `NDC_ERR_*`
/// categories (append-only values). The message is in
/// `ndc_last_error_message()`.
pub type ndc_status = i32;

/// Success.
pub const NDC_OK: ndc_status = 0;
/// An argument has a value the function does not accept (NumPy's ValueError).
pub const NDC_ERR_INVALID_ARGUMENT: ndc_status = 1;
/// A required pointer argument was NULL.
pub const NDC_ERR_NULL_POINTER: ndc_status = 2;
/// Invalid dtype code, or a dtype the operation does not support (TypeError).
pub const NDC_ERR_DTYPE: ndc_status = 3;
/// Invalid or incompatible shapes.
pub const NDC_ERR_SHAPE: ndc_status = 4;
/// Index out of range (NumPy's IndexError).
pub const NDC_ERR_INDEX: ndc_status = 5;
/// Write into a read-only array.
pub const NDC_ERR_READONLY: ndc_status = 6;
/// Memory could not be allocated (NumPy's MemoryError).
pub const NDC_ERR_NOMEM: ndc_status = 7;
/// File or stream error.
pub const NDC_ERR_IO: ndc_status = 8;
/// Linear-algebra failure (LinAlgError).
pub const NDC_ERR_LINALG: ndc_status = 9;
/// Not implemented for these arguments.
pub const NDC_ERR_NOT_IMPLEMENTED: ndc_status = 10;
/// Not supported on this build or platform.
pub const NDC_ERR_UNSUPPORTED: ndc_status = 11;
/// Library version mismatch.
pub const NDC_ERR_VERSION: ndc_status = 12;
/// A size computation overflowed.
pub const NDC_ERR_OVERFLOW: ndc_status = 13;
/// A bug inside ndc (a caught panic); the host keeps running.
pub const NDC_ERR_INTERNAL: ndc_status = 14;

thread_local! {
    static LAST: RefCell<CString> = RefCell::new(CString::default());
}

/// Records `e` as this thread's last error and returns its status.
pub(crate) fn record(e: Error) -> ndc_status {
    let text = CString::new(e.message.replace('\0', " ")).unwrap_or_default();
    LAST.with(|l| *l.borrow_mut() = text);
    status_of(e.kind)
}

fn status_of(kind: ErrorKind) -> ndc_status {
    kind as i32
}

/// The message of the last failed call on this thread ("" if none). The
/// string is borrowed: it stays valid until the next failing ndc call on this
/// thread. Never NULL. A successful call does not clear it.
#[no_mangle]
pub extern "C" fn ndc_last_error_message() -> *const c_char {
    LAST.with(|l| l.borrow().as_ptr())
}

/// Copies the last error message of this thread into `buf` (`cap` bytes,
/// always NUL-terminated when `cap > 0`, truncated if needed). Returns the
/// full message length in bytes, excluding the NUL. For bindings whose
/// threads migrate between calls, read it right after the failing call on
/// the same OS thread.
#[no_mangle]
pub unsafe extern "C" fn ndc_last_error_copy(buf: *mut c_char, cap: usize) -> usize {
    LAST.with(|l| {
        let l = l.borrow();
        let bytes = l.as_bytes();
        if !buf.is_null() && cap > 0 {
            let n = bytes.len().min(cap - 1);
            // SAFETY: the caller gives `cap` writable bytes at `buf`.
            unsafe {
                std::ptr::copy_nonoverlapping(bytes.as_ptr() as *const c_char, buf, n);
                *buf.add(n) = 0;
            }
        }
        bytes.len()
    })
}

/// A static description of a status code ("invalid argument", ...); never
/// NULL, "unknown status" for codes outside the list. Not freed.
#[no_mangle]
pub extern "C" fn ndc_status_string(status: ndc_status) -> *const c_char {
    let s: &'static [u8] = match status {
        NDC_OK => b"ok\0",
        NDC_ERR_INVALID_ARGUMENT => b"invalid argument\0",
        NDC_ERR_NULL_POINTER => b"null pointer\0",
        NDC_ERR_DTYPE => b"dtype error\0",
        NDC_ERR_SHAPE => b"shape error\0",
        NDC_ERR_INDEX => b"index error\0",
        NDC_ERR_READONLY => b"read-only array\0",
        NDC_ERR_NOMEM => b"out of memory\0",
        NDC_ERR_IO => b"i/o error\0",
        NDC_ERR_LINALG => b"linear algebra error\0",
        NDC_ERR_NOT_IMPLEMENTED => b"not implemented\0",
        NDC_ERR_UNSUPPORTED => b"unsupported\0",
        NDC_ERR_VERSION => b"version mismatch\0",
        NDC_ERR_OVERFLOW => b"overflow\0",
        NDC_ERR_INTERNAL => b"internal error\0",
        _ => b"unknown status\0",
    };
    s.as_ptr() as *const c_char
}

/// Always fails with `NDC_ERR_INTERNAL` by panicking inside ndc: lets a
/// program or binding check that an internal fault reaches it as a status
/// and never aborts the host.
#[no_mangle]
pub extern "C" fn ndc_debug_panic() -> ndc_status {
    super::guard(|| panic!("ndc_debug_panic was called"))
}
