//! Versions, threads and the BLAS in use.

use std::ffi::{c_char, CString};
use std::sync::OnceLock;

use super::error::ndc_status;
use super::{guard, out_ptr};
use crate::error::{Error, ErrorKind};

/// Major version of the header (the ABI of 0.x changes with the minor).
pub const NDC_VERSION_MAJOR: u32 = 0;
/// Minor version of the header.
pub const NDC_VERSION_MINOR: u32 = 1;
/// Patch version of the header.
pub const NDC_VERSION_PATCH: u32 = 0;

fn parse(part: &str) -> u32 {
    part.parse().unwrap_or(0)
}

/// The loaded library's version as `major * 10000 + minor * 100 + patch`.
#[no_mangle]
pub extern "C" fn ndc_version() -> u32 {
    parse(env!("CARGO_PKG_VERSION_MAJOR")) * 10000
        + parse(env!("CARGO_PKG_VERSION_MINOR")) * 100
        + parse(env!("CARGO_PKG_VERSION_PATCH"))
}

/// The loaded library's version as text ("0.1.0"); static, not freed.
#[no_mangle]
pub extern "C" fn ndc_version_string() -> *const c_char {
    concat!(env!("CARGO_PKG_VERSION"), "\0").as_ptr() as *const c_char
}

/// Checks that the loaded library can serve a program built against header
/// version `major.minor` (pass `NDC_VERSION_MAJOR, NDC_VERSION_MINOR`).
/// While ndc is 0.x the minor must match exactly; from 1.0 the library's
/// minor must be at least the header's. Fails with `NDC_ERR_VERSION` and a
/// message naming both versions.
#[no_mangle]
pub extern "C" fn ndc_check_version(major: u32, minor: u32) -> ndc_status {
    guard(|| {
        let lib_major = parse(env!("CARGO_PKG_VERSION_MAJOR"));
        let lib_minor = parse(env!("CARGO_PKG_VERSION_MINOR"));
        let ok = major == lib_major
            && if major == 0 {
                minor == lib_minor
            } else {
                lib_minor >= minor
            };
        if ok {
            return Ok(());
        }
        Err(Error::new(
            ErrorKind::Version,
            format!(
                "ndc version mismatch: the program was built against ndc {major}.{minor} but the loaded library is {}",
                env!("CARGO_PKG_VERSION")
            ),
        ))
    })
}

/// Sets the size of ndc's own thread pool (never the host's); 0 restores
/// the default (`NDC_NUM_THREADS` from the environment, else the number of
/// cores). Negative values fail with `NDC_ERR_INVALID_ARGUMENT`.
#[no_mangle]
pub extern "C" fn ndc_set_num_threads(n: i32) -> ndc_status {
    guard(|| {
        let n = usize::try_from(n).map_err(|_| {
            Error::invalid(format!("number of threads must be non-negative, got {n}"))
        })?;
        crate::threads::set_num_threads(n)
    })
}

/// The size of ndc's thread pool.
#[no_mangle]
pub extern "C" fn ndc_get_num_threads() -> i32 {
    crate::threads::num_threads() as i32
}

/// Facts about the BLAS library ndc runs on. Strings are static (owned by
/// the library, never freed by the caller).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct ndc_blas_details {
    /// `sizeof(ndc_blas_details)` as compiled by the caller.
    pub struct_size: usize,
    /// "OpenBLAS".
    pub vendor: *const c_char,
    /// Version, e.g. "0.3.21".
    pub version: *const c_char,
    /// "pthreads", "openmp" or "sequential".
    pub threading: *const c_char,
    /// Kernel family chosen for this CPU ("SkylakeX", "Haswell", or a
    /// generic fallback such as "Prescott").
    pub kernel: *const c_char,
    /// The library's full configuration string.
    pub config: *const c_char,
    /// Number of BLAS threads.
    pub num_threads: i32,
    /// Who chose `kernel`: "OpenBLAS" (its CPU detection), "ndc" (ndc
    /// replaced a generic fallback with the best family for this CPU when
    /// the library loaded) or "OPENBLAS_CORETYPE" (the user's variable,
    /// always kept).
    pub kernel_origin: *const c_char,
}

struct Strings([CString; 6]);

/// Fills `*out` (whose `struct_size` the caller sets) with the BLAS facts.
#[no_mangle]
pub unsafe extern "C" fn ndc_blas_info(out: *mut ndc_blas_details) -> ndc_status {
    static STRINGS: OnceLock<Strings> = OnceLock::new();
    guard(|| {
        let slot = out_ptr(out, "out")?;
        if slot.struct_size < std::mem::size_of::<ndc_blas_details>() {
            return Err(Error::invalid(format!(
                "ndc_blas_details.struct_size is {}, expected at least {}",
                slot.struct_size,
                std::mem::size_of::<ndc_blas_details>()
            )));
        }
        let i = crate::blas::info();
        let s = STRINGS.get_or_init(|| {
            let c = |t: &str| CString::new(t.replace('\0', " ")).unwrap_or_default();
            Strings([
                c(&i.vendor),
                c(&i.version),
                c(&i.threading),
                c(&i.kernel),
                c(&i.config),
                c(&i.kernel_origin),
            ])
        });
        *slot = ndc_blas_details {
            struct_size: std::mem::size_of::<ndc_blas_details>(),
            vendor: s.0[0].as_ptr(),
            version: s.0[1].as_ptr(),
            threading: s.0[2].as_ptr(),
            kernel: s.0[3].as_ptr(),
            config: s.0[4].as_ptr(),
            num_threads: crate::blas::num_threads() as i32,
            kernel_origin: s.0[5].as_ptr(),
        };
        Ok(())
    })
}
