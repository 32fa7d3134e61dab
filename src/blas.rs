//! What BLAS ndc runs on (vendor, version, threading layer, kernel), its
//! thread count, and the choice of OpenBLAS kernel for this CPU.
//!
//! # Kernel selection
//! OpenBLAS built with DYNAMIC_ARCH (Debian's) picks a kernel family from
//! CPUID when it loads. A release older than the CPU falls back to a
//! generic family (an AVX-512 Intel CPU newer than 0.3.21 gets
//! "Prescott", several times slower). ndc corrects that once, from an ELF
//! constructor of its own library (`.init_array`): libopenblas is a
//! dependency, so its constructor has already run and chosen; when the
//! user has not set `OPENBLAS_CORETYPE` and the chosen family is of a
//! lower instruction-set tier than this CPU supports (AVX-512 ->
//! SkylakeX, or Cooperlake with AVX512-BF16; AVX2+FMA -> Haswell), ndc
//! sets the variable, re-runs OpenBLAS's own selection
//! (`gotoblas_dynamic_quit` + `gotoblas_dynamic_init`, which read it and
//! initialise the new family's parameters) and removes the variable again
//! so that child processes see the user's environment. A user's
//! `OPENBLAS_CORETYPE` is always kept. [`BlasInfo::kernel_origin`] tells
//! which happened. This runs before any ndc function can call BLAS; a host
//! thread calling OpenBLAS directly while it loads ndc with `dlopen` would
//! race with the switch.
//!
//! On the AMD EPYC (Zen 4, AVX-512 with BF16) this was measured on,
//! OpenBLAS 0.3.21 already picks Cooperlake, the best of its families
//! here, so no switch happens there. dgemm GFLOP/s on one thread (CPU
//! time, best of several runs): n = 1024: Cooperlake 50.8, SkylakeX 49.1,
//! Zen 47.5, Haswell 47.3 (NumPy's bundled OpenBLAS 0.3.31, SkylakeX:
//! 49.6); n = 4096: Cooperlake 50.4, SkylakeX 50.4, Zen 47.4, Haswell 47.4
//! (NumPy 52.4).

use std::ffi::{c_char, c_int, CStr};
use std::sync::{Mutex, OnceLock};

/// cbindgen:ignore
mod sys {
    use std::ffi::{c_char, c_int};
    extern "C" {
        pub fn openblas_get_config() -> *const c_char;
        pub fn openblas_get_corename() -> *const c_char;
        pub fn openblas_get_parallel() -> c_int;
        pub fn openblas_get_num_threads() -> c_int;
        pub fn openblas_set_num_threads(n: c_int);
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
    /// The kernel family in use ("Haswell", "SkylakeX", "Prescott").
    pub kernel: String,
    /// Who chose it: "OpenBLAS" (its own CPU detection), "ndc" (replaced
    /// a lower-tier fallback, see the module docs) or "OPENBLAS_CORETYPE"
    /// (the user's variable).
    pub kernel_origin: String,
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
            kernel_origin: kernel_origin().to_string(),
            config,
            num_threads: threads,
        }
    })
}

/// BLAS threads: the count the user asked for (restored after
/// single-threaded sections) and how many such sections are open.
struct Threads {
    wanted: Option<c_int>,
    depth: usize,
}

fn threads() -> &'static Mutex<Threads> {
    static T: Mutex<Threads> = Mutex::new(Threads {
        wanted: None,
        depth: 0,
    });
    &T
}

/// The default BLAS thread count: what OpenBLAS chose when it loaded
/// (`OPENBLAS_NUM_THREADS`, else the cores).
fn default_threads() -> c_int {
    static D: OnceLock<c_int> = OnceLock::new();
    // SAFETY: plain query.
    *D.get_or_init(|| unsafe { sys::openblas_get_num_threads() }.max(1))
}

/// Sets the number of BLAS threads (process-wide: OpenBLAS 0.3.21 has no
/// per-thread setting); 0 restores the default. Inside a
/// [`SingleThreaded`] section the new count applies when it ends.
pub fn set_num_threads(n: usize) -> crate::Result<()> {
    let n = if n == 0 {
        default_threads()
    } else {
        c_int::try_from(n)
            .ok()
            .filter(|&n| n <= 4096)
            .ok_or_else(|| {
                crate::Error::invalid(format!("number of threads must be at most 4096, got {n}"))
            })?
    };
    default_threads();
    let mut t = threads().lock().unwrap_or_else(|e| e.into_inner());
    t.wanted = Some(n);
    if t.depth == 0 {
        // SAFETY: plain setter.
        unsafe { sys::openblas_set_num_threads(n) };
    }
    Ok(())
}

/// The number of BLAS threads (the user's setting, also while a
/// single-threaded section runs).
pub fn num_threads() -> usize {
    let t = threads().lock().unwrap_or_else(|e| e.into_inner());
    match t.wanted {
        Some(n) => n as usize,
        // SAFETY: plain query.
        None => unsafe { sys::openblas_get_num_threads() }.max(1) as usize,
    }
}

/// A section during which BLAS runs on one thread: ndc's pool is then
/// running several BLAS calls at once, and multithreaded BLAS is never
/// called from inside the pool. Sections nest and may overlap across
/// threads; the user's count is restored when the last one ends.
pub struct SingleThreaded(());

impl SingleThreaded {
    /// Opens a section.
    pub fn enter() -> SingleThreaded {
        default_threads();
        let mut t = threads().lock().unwrap_or_else(|e| e.into_inner());
        if t.depth == 0 {
            if t.wanted.is_none() {
                // SAFETY: plain query.
                t.wanted = Some(unsafe { sys::openblas_get_num_threads() });
            }
            // SAFETY: plain setter.
            unsafe { sys::openblas_set_num_threads(1) };
        }
        t.depth += 1;
        SingleThreaded(())
    }
}

impl Drop for SingleThreaded {
    fn drop(&mut self) {
        let mut t = threads().lock().unwrap_or_else(|e| e.into_inner());
        t.depth -= 1;
        if t.depth == 0 {
            if let Some(n) = t.wanted {
                // SAFETY: plain setter.
                unsafe { sys::openblas_set_num_threads(n) };
            }
        }
    }
}

/// Instruction-set tier of an OpenBLAS x86 kernel family: 3 AVX-512,
/// 2 AVX2, 1 AVX, 0 older or unknown.
fn tier(name: &str) -> u8 {
    match name.to_ascii_lowercase().as_str() {
        "skylakex" | "cooperlake" | "sapphirerapids" => 3,
        "haswell" | "zen" | "excavator" => 2,
        "sandybridge" | "bulldozer" | "piledriver" | "steamroller" => 1,
        _ => 0,
    }
}

/// The best family for this CPU among those OpenBLAS 0.3.21 has.
fn best_for_cpu() -> Option<&'static str> {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::is_x86_feature_detected as has;
        if has!("avx512f") && has!("avx512bw") && has!("avx512vl") && has!("avx512dq") {
            return Some(if has!("avx512bf16") {
                "Cooperlake"
            } else {
                "SkylakeX"
            });
        }
        if has!("avx2") && has!("fma") {
            return Some("Haswell");
        }
    }
    None
}

static ORIGIN: Mutex<&str> = Mutex::new("OpenBLAS");

fn kernel_origin() -> &'static str {
    *ORIGIN.lock().unwrap_or_else(|e| e.into_inner())
}

/// The kernel family in use now.
pub fn corename() -> String {
    // SAFETY: plain query returning a static string.
    text(unsafe { sys::openblas_get_corename() })
}

/// Switches OpenBLAS to kernel family `name` (an `OPENBLAS_CORETYPE`
/// value) by re-running its selection; returns the family in use after.
/// Only for a moment when no BLAS call is running (ndc does it from its
/// load-time constructor). A library without DYNAMIC_ARCH keeps its kernel.
pub fn switch_kernel(name: &str) -> String {
    type Hook = unsafe extern "C" fn();
    let find = |sym: &CStr| {
        // SAFETY: dlsym on the global namespace with a NUL-terminated name.
        let p = unsafe { libc::dlsym(libc::RTLD_DEFAULT, sym.as_ptr()) };
        // SAFETY: these symbols are `void f(void)` in OpenBLAS.
        (!p.is_null()).then(|| unsafe { std::mem::transmute::<*mut libc::c_void, Hook>(p) })
    };
    let (Some(quit), Some(init)) = (
        find(c"gotoblas_dynamic_quit"),
        find(c"gotoblas_dynamic_init"),
    ) else {
        return corename();
    };
    let var = c"OPENBLAS_CORETYPE";
    let Ok(value) = std::ffi::CString::new(name) else {
        return corename();
    };
    // SAFETY: runs where no other thread reads the environment or calls
    // BLAS (see the module docs); the variable is removed again after.
    unsafe {
        let had = !libc::getenv(var.as_ptr()).is_null();
        libc::setenv(var.as_ptr(), value.as_ptr(), 1);
        quit();
        init();
        if !had {
            libc::unsetenv(var.as_ptr());
        }
    }
    corename()
}

/// The load-time choice (see the module docs).
fn select_kernel() {
    let user = std::env::var_os("OPENBLAS_CORETYPE").is_some_and(|v| !v.is_empty());
    let mut origin = ORIGIN.lock().unwrap_or_else(|e| e.into_inner());
    if user {
        *origin = "OPENBLAS_CORETYPE";
        return;
    }
    if let Some(best) = best_for_cpu() {
        if tier(&corename()) < tier(best) && tier(&switch_kernel(best)) == tier(best) {
            *origin = "ndc";
        }
    }
}

extern "C" fn load_time_init() {
    // A panic must not unwind out of a constructor.
    let _ = std::panic::catch_unwind(select_kernel);
}

/// Runs [`select_kernel`] when the library is loaded, after libopenblas's
/// own constructor (a dependency's constructors run first).
#[used]
#[link_section = ".init_array"]
static LOAD_TIME_INIT: extern "C" fn() = load_time_init;
