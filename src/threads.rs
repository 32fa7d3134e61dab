//! ndc's private thread pool. It is never the host's global pool: a C++ or
//! Rust host using rayon keeps its own. Size: `ndc_set_num_threads`, else
//! the environment variable `NDC_NUM_THREADS`, else the number of cores.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock, RwLock};

use crate::error::{Error, Result};

struct Pool {
    threads: usize,
    pool: Arc<rayon::ThreadPool>,
}

fn slot() -> &'static RwLock<Option<Pool>> {
    static POOL: OnceLock<RwLock<Option<Pool>>> = OnceLock::new();
    POOL.get_or_init(|| RwLock::new(None))
}

/// The default size, read once: `NDC_NUM_THREADS`, else the core count.
fn default_threads() -> usize {
    static DEFAULT: OnceLock<usize> = OnceLock::new();
    *DEFAULT.get_or_init(|| {
        std::env::var("NDC_NUM_THREADS")
            .ok()
            .and_then(|v| v.trim().parse::<usize>().ok())
            .filter(|&n| n > 0)
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
    })
}

fn build(threads: usize) -> Result<Pool> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("ndc-worker-{i}"))
        .build()
        .map_err(|e| {
            Error::new(
                crate::error::ErrorKind::Internal,
                format!("cannot start threads: {e}"),
            )
        })?;
    Ok(Pool {
        threads,
        pool: Arc::new(pool),
    })
}

/// Sets the pool size; `0` restores the default (env or cores).
pub fn set_num_threads(n: usize) -> Result<()> {
    let n = if n == 0 { default_threads() } else { n };
    if n > 4096 {
        return Err(Error::invalid(format!(
            "number of threads must be at most 4096, got {n}"
        )));
    }
    let mut g = slot().write().unwrap_or_else(|e| e.into_inner());
    if g.as_ref().is_some_and(|p| p.threads == n) {
        return Ok(());
    }
    *g = Some(build(n)?);
    THREADS.store(n, Ordering::Release);
    Ok(())
}

/// The size set by `set_num_threads`, 0 before any call.
static THREADS: AtomicUsize = AtomicUsize::new(0);

/// The pool size in force.
pub fn num_threads() -> usize {
    match THREADS.load(Ordering::Acquire) {
        0 => default_threads(),
        n => n,
    }
}

/// Runs `f` inside ndc's pool (starting it on first use).
pub fn install<R: Send>(f: impl FnOnce() -> R + Send) -> Result<R> {
    let pool = {
        let read = slot().read().unwrap_or_else(|e| e.into_inner());
        read.as_ref().map(|p| p.pool.clone())
    };
    let pool = match pool {
        Some(p) => p,
        None => {
            let mut g = slot().write().unwrap_or_else(|e| e.into_inner());
            if g.is_none() {
                *g = Some(build(default_threads())?);
            }
            g.as_ref()
                .map(|p| p.pool.clone())
                .expect("pool was just built")
        }
    };
    Ok(pool.install(f))
}
