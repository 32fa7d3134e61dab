//! What BLAS ndc runs on: vendor, version, threading layer and the kernel
//! OpenBLAS selected for this CPU (so a user can see a generic fallback).

use std::ffi::{c_char, c_int, CStr};
use std::sync::OnceLock;

/// cbindgen:ignore
mod sys {
    use std::ffi::{c_char, c_int};
    extern "C" {
        pub fn openblas_get_config() -> *const c_char;
        pub fn openblas_get_corename() -> *const c_char;
        pub fn openblas_get_parallel() -> c_int;
        pub fn openblas_get_num_threads() -> c_int;
    }
}

/// Facts about the BLAS library in use.
#[derive(Clone, Debug)]
pub struct BlasInfo {
    /// "OpenBLAS".
    pub vendor: String,
    /// Version, e.g. "0.3.21".
    pub version: String,
    /// "pthreads", "openmp" or "sequential".
    pub threading: String,
    /// The kernel family OpenBLAS picked ("Haswell", "SkylakeX", "Prescott").
    pub kernel: String,
    /// OpenBLAS's full configuration string.
    pub config: String,
    /// BLAS threads.
    pub num_threads: i32,
}

fn text(p: *const c_char) -> String {
    if p.is_null() {
        return String::new();
    }
    // SAFETY: OpenBLAS returns static NUL-terminated strings.
    unsafe { CStr::from_ptr(p) }
        .to_string_lossy()
        .trim()
        .to_string()
}

/// Reads the facts once.
pub fn info() -> &'static BlasInfo {
    static INFO: OnceLock<BlasInfo> = OnceLock::new();
    INFO.get_or_init(|| {
        // SAFETY: plain queries of the linked OpenBLAS.
        let (config, kernel, parallel, threads) = unsafe {
            (
                text(sys::openblas_get_config()),
                text(sys::openblas_get_corename()),
                sys::openblas_get_parallel(),
                sys::openblas_get_num_threads(),
            )
        };
        let version = config
            .split_whitespace()
            .find(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit()) && w.contains('.'))
            .unwrap_or("")
            .to_string();
        let threading = match parallel as c_int {
            0 => "sequential",
            1 => "pthreads",
            2 => "openmp",
            _ => "unknown",
        }
        .to_string();
        BlasInfo {
            vendor: "OpenBLAS".to_string(),
            version,
            threading,
            kernel,
            config,
            num_threads: threads,
        }
    })
}
