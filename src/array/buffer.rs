//! The memory behind arrays: owned (64-byte aligned, optionally zeroed by the
//! allocator so that untouched pages stay unmapped) or foreign (caller memory
//! with an optional deleter).

use std::ffi::c_void;

use crate::error::{Error, Result};

/// Alignment of owned buffers, in bytes (a cache line; enough for AVX-512).
pub const ALIGN: usize = 64;

/// Blocks at least this large ask the kernel for transparent huge pages
/// (as NumPy does): fewer TLB misses and prefetching across 4 KiB
/// boundaries make streaming loops over large arrays markedly faster.
const HUGE_PAGE_MIN: usize = 4 << 20;

/// `madvise(MADV_HUGEPAGE)` over the whole pages inside `[addr, addr+len)`;
/// a refusal (no THP support) is harmless and ignored.
fn advise_huge_pages(addr: usize, len: usize) {
    #[cfg(target_os = "linux")]
    {
        const PAGE: usize = 4096;
        let start = (addr + PAGE - 1) & !(PAGE - 1);
        let end = (addr + len) & !(PAGE - 1);
        if end > start {
            // SAFETY: the range lies inside memory this buffer just
            // allocated; madvise only changes paging policy.
            unsafe {
                libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_HUGEPAGE);
            }
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = (addr, len);
}

/// A deleter for foreign memory: called once with `(data, context)` when the
/// last array using the memory is released.
pub type Deleter = unsafe extern "C" fn(data: *mut c_void, context: *mut c_void);

enum Origin {
    /// From `libc::calloc`/`malloc`; `raw` is what to free.
    Owned { raw: *mut c_void },
    /// Caller memory.
    Foreign {
        deleter: Option<Deleter>,
        context: *mut c_void,
    },
}

/// A block of bytes shared by arrays through `Arc<Buffer>`.
///
/// Invariant B1: `ptr` is valid for reads of `len` bytes for the lifetime of
/// the buffer (and for writes unless the buffer is foreign read-only memory,
/// which arrays track with their WRITEABLE flag).
/// Invariant B2: owned buffers are aligned to [`ALIGN`].
pub struct Buffer {
    ptr: *mut u8,
    len: usize,
    writable: bool,
    origin: Origin,
}

// SAFETY: the buffer is plain memory; synchronisation of writes is the
// caller's (NumPy's policy, DESIGN.md "Threads"). The deleter contract says it
// may be called from any thread.
unsafe impl Send for Buffer {}
// SAFETY: as above.
unsafe impl Sync for Buffer {}

impl Buffer {
    /// Allocates `len` bytes, zeroed when `zeroed` (through calloc, so large
    /// blocks come from fresh zero pages that are not touched here).
    pub fn alloc(len: usize, zeroed: bool) -> Result<Buffer> {
        let total = len
            .checked_add(ALIGN)
            .ok_or_else(|| Error::overflow("array is too big"))?;
        // SAFETY: calloc/malloc accept any size and return NULL on failure.
        let raw = unsafe {
            if zeroed {
                libc::calloc(total, 1)
            } else {
                libc::malloc(total)
            }
        };
        if raw.is_null() {
            return Err(Error::nomem(len));
        }
        let addr = raw as usize;
        let aligned = (addr + ALIGN - 1) & !(ALIGN - 1);
        if len >= HUGE_PAGE_MIN {
            advise_huge_pages(aligned, len);
        }
        let ptr = aligned as *mut u8;
        Ok(Buffer {
            ptr,
            len,
            writable: true,
            origin: Origin::Owned { raw },
        })
    }

    /// Wraps caller memory. The caller guarantees B1 until `deleter` runs (or
    /// forever when it is `None`).
    ///
    /// # Safety
    /// `ptr` must be valid for `len` bytes for the buffer's lifetime.
    pub unsafe fn foreign(
        ptr: *mut u8,
        len: usize,
        writable: bool,
        deleter: Option<Deleter>,
        context: *mut c_void,
    ) -> Buffer {
        Buffer {
            ptr,
            len,
            writable,
            origin: Origin::Foreign { deleter, context },
        }
    }

    /// Start of the memory.
    pub fn ptr(&self) -> *mut u8 {
        self.ptr
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True for a zero-byte buffer.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// True when the memory may be written.
    pub fn is_writable(&self) -> bool {
        self.writable
    }

    /// True when ndc allocated the memory.
    pub fn is_owned(&self) -> bool {
        matches!(self.origin, Origin::Owned { .. })
    }
}

impl Drop for Buffer {
    fn drop(&mut self) {
        match self.origin {
            // SAFETY: `raw` came from calloc/malloc and is freed once.
            Origin::Owned { raw } => unsafe { libc::free(raw) },
            Origin::Foreign {
                deleter: Some(d),
                context,
            } => {
                // A panic cannot cross a C deleter; run it as the contract says.
                // SAFETY: the caller gave this deleter for this memory.
                unsafe { d(self.ptr as *mut c_void, context) }
            }
            Origin::Foreign { deleter: None, .. } => {}
        }
    }
}
