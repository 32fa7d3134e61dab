//! The copy loops of advanced indexing: gathering elements at byte offsets
//! (or at checked indices along one axis) into a contiguous result,
//! compacting under a boolean mask, and scattering values to offsets.
//!
//! Elements are moved as `[u8; N]` for the common item sizes so that each
//! move is one load and one store; `N == 0` means "`item` bytes". Large
//! gathers and compactions are split in chunks over ndc's thread pool.

use crate::error::{Error, Result};

/// Work below this many elements stays on the calling thread.
const PAR_MIN: usize = 1 << 17;

/// Moves one element of `N` bytes (`item` bytes when `N == 0`).
///
/// # Safety
/// `src` and `dst` are valid for `item` bytes and do not overlap.
#[inline(always)]
unsafe fn mov<const N: usize>(src: *const u8, dst: *mut u8, item: usize) {
    if N == 0 {
        std::ptr::copy_nonoverlapping(src, dst, item);
    } else {
        (dst as *mut [u8; N]).write_unaligned((src as *const [u8; N]).read_unaligned());
    }
}

/// Hints the cache about an element we will read soon.
#[inline(always)]
fn prefetch(p: *const u8) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: prefetch never faults, whatever the address.
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(p as *const i8)
    };
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

/// Runs `f::<N>` with `N` the item size when it is a common one, else 0.
macro_rules! by_item {
    ($item:expr, $f:ident ( $($arg:expr),* )) => {
        match $item {
            1 => $f::<1>($($arg),*),
            2 => $f::<2>($($arg),*),
            4 => $f::<4>($($arg),*),
            8 => $f::<8>($($arg),*),
            16 => $f::<16>($($arg),*),
            _ => $f::<0>($($arg),*),
        }
    };
}

/// `i` made non-negative against an axis of length `d` (Python's rule for
/// negative indices), or NumPy's IndexError naming `axis`.
#[inline(always)]
pub(crate) fn norm_index(i: i64, d: usize, axis: usize) -> Result<usize> {
    let j = if i < 0 { i.wrapping_add(d as i64) } else { i };
    if j < 0 || j >= d as i64 {
        return Err(Error::index_out_of_bounds(i, axis, d));
    }
    Ok(j as usize)
}

/// Splits `0..n` into pool-sized chunks and runs `f(start, end)` on each
/// (in parallel for large `n`), returning the first error in index order.
pub(crate) fn chunked(n: usize, f: impl Fn(usize, usize) -> Result<()> + Sync) -> Result<()> {
    chunked_weighted(n, 1, f)
}

/// [`chunked`] for units of `weight` elements each.
fn chunked_weighted(
    n: usize,
    weight: usize,
    f: impl Fn(usize, usize) -> Result<()> + Sync,
) -> Result<()> {
    let threads = crate::threads::num_threads();
    let work = n.saturating_mul(weight.max(1));
    if work < PAR_MIN || threads < 2 || n < 2 {
        return f(0, n);
    }
    let parts = (threads * 4).min(work / (PAR_MIN / 4)).min(n).max(2);
    let step = n.div_ceil(parts);
    let results = crate::threads::install(|| {
        use rayon::prelude::*;
        (0..parts)
            .into_par_iter()
            .map(|p| f((p * step).min(n), ((p + 1) * step).min(n)))
            .collect::<Vec<_>>()
    })?;
    results.into_iter().collect()
}

/// A raw pointer that may cross threads: the chunks write disjoint parts.
#[derive(Clone, Copy)]
pub(crate) struct SendPtr(pub *mut u8);
// SAFETY: used only to hand disjoint element ranges to pool workers.
unsafe impl Send for SendPtr {}
// SAFETY: as above.
unsafe impl Sync for SendPtr {}

impl SendPtr {
    /// The pointer (a method, so closures capture the whole wrapper).
    #[inline(always)]
    pub(crate) fn get(self) -> *mut u8 {
        self.0
    }
}

/// `dst[k] = src[norm(vals[k]) * st]` for every k: the one-index-array
/// gather `a[idx]` with bounds checks (axis `axis`, length `d`).
///
/// # Safety
/// `src` is element 0 of an axis of `d` elements `st` bytes apart; `dst`
/// has room for `vals.len()` elements of `item` bytes.
pub(crate) unsafe fn gather_indices(
    src: *const u8,
    st: isize,
    d: usize,
    axis: usize,
    vals: &[i64],
    dst: *mut u8,
    item: usize,
) -> Result<()> {
    unsafe fn run<const N: usize>(
        src: SendPtr,
        st: isize,
        d: usize,
        axis: usize,
        vals: &[i64],
        dst: SendPtr,
        item: usize,
    ) -> Result<()> {
        chunked(vals.len(), |lo, hi| {
            const AHEAD: usize = 16;
            let (src, dst) = (src.get() as *const u8, dst.get());
            for k in lo..hi {
                if k + AHEAD < hi {
                    let i = vals[k + AHEAD];
                    if i >= 0 && (i as u64) < d as u64 {
                        prefetch(src.wrapping_offset(i as isize * st));
                    }
                }
                let j = norm_index(vals[k], d, axis)?;
                // SAFETY: j < d (checked); slot k < vals.len() of dst.
                unsafe { mov::<N>(src.offset(j as isize * st), dst.add(k * item), item) };
            }
            Ok(())
        })
    }
    let (s, o) = (SendPtr(src as *mut u8), SendPtr(dst));
    by_item!(item, run(s, st, d, axis, vals, o, item))
}

/// `dst[k] = src[offs[k]]` for every k (offsets already checked).
///
/// # Safety
/// Every `src + offs[k]` is an element; `dst` has room for `offs.len()`.
pub(crate) unsafe fn gather_offsets(src: *const u8, offs: &[isize], dst: *mut u8, item: usize) {
    unsafe fn run<const N: usize>(src: SendPtr, offs: &[isize], dst: SendPtr, item: usize) {
        let _ = chunked(offs.len(), |lo, hi| {
            let (src, dst) = (src.get() as *const u8, dst.get());
            for (k, &o) in offs.iter().enumerate().take(hi).skip(lo) {
                // SAFETY: the caller's contract.
                unsafe { mov::<N>(src.offset(o), dst.add(k * item), item) };
            }
            Ok(())
        });
    }
    let (s, o) = (SendPtr(src as *mut u8), SendPtr(dst));
    by_item!(item, run(s, offs, o, item))
}

/// `dst[p][q] = src[outer[p] + offs[q]]`: rows of a gather sharing one
/// set of offsets (`a[:, idx]`), prefetching each row's elements of the
/// next row; rows are split over the pool when the work is large.
///
/// # Safety
/// Every `src + outer[p] + offs[q]` is an element; `dst` has room for
/// `outer.len() * offs.len()` elements.
pub(crate) unsafe fn gather_rows(
    src: *const u8,
    outer: &[isize],
    offs: &[isize],
    dst: *mut u8,
    item: usize,
) {
    unsafe fn run<const N: usize>(
        src: SendPtr,
        outer: &[isize],
        offs: &[isize],
        dst: SendPtr,
        item: usize,
    ) {
        let nb = offs.len();
        let _ = chunked_weighted(outer.len(), nb, |lo, hi| {
            let (src, dst) = (src.get() as *const u8, dst.get());
            for p in lo..hi {
                let base = src.wrapping_offset(outer[p]);
                let next = src.wrapping_offset(outer[(p + 1).min(hi - 1)]);
                let row = dst.wrapping_add(p * nb * item);
                for (q, &o) in offs.iter().enumerate() {
                    prefetch(next.wrapping_offset(o));
                    // SAFETY: the caller's contract.
                    unsafe { mov::<N>(base.offset(o), row.add(q * item), item) };
                }
            }
            Ok(())
        });
    }
    let (s, o) = (SendPtr(src as *mut u8), SendPtr(dst));
    by_item!(item, run(s, outer, offs, o, item))
}

/// `dst[q] = block at src + offs[q]` for contiguous blocks of `block`
/// bytes (`a[idx]` taking whole rows), prefetching the next block while
/// copying one; blocks are split over the pool when the work is large.
///
/// # Safety
/// Every `src + offs[q]` starts `block` readable bytes; `dst` has room
/// for `offs.len()` blocks.
pub(crate) unsafe fn gather_blocks(src: *const u8, offs: &[isize], dst: *mut u8, block: usize) {
    let (s, d) = (SendPtr(src as *mut u8), SendPtr(dst));
    let _ = chunked_weighted(offs.len(), block / 8, |lo, hi| {
        let (src, dst) = (s.get() as *const u8, d.get());
        for q in lo..hi {
            if q + 1 < hi {
                let next = src.wrapping_offset(offs[q + 1]);
                for line in (0..block).step_by(64) {
                    prefetch(next.wrapping_add(line));
                }
            }
            // SAFETY: the caller's contract.
            unsafe {
                std::ptr::copy_nonoverlapping(src.offset(offs[q]), dst.add(q * block), block)
            };
        }
        Ok(())
    });
}

/// `put` into contiguous memory: for k in order, element `map(idx[k])` of
/// `dst` receives `vals[k % nv]`. Stops at the first index `map` refuses,
/// leaving the earlier writes in place, as NumPy's put does.
///
/// # Safety
/// `map` returns positions below the element count of `dst`; `vals` holds
/// `nv > 0` contiguous elements.
pub(crate) unsafe fn put_contiguous(
    dst: *mut u8,
    idx: &[i64],
    vals: *const u8,
    nv: usize,
    item: usize,
    map: impl Fn(i64) -> Result<usize>,
) -> Result<()> {
    unsafe fn run<const N: usize>(
        dst: *mut u8,
        idx: &[i64],
        vals: *const u8,
        nv: usize,
        item: usize,
        map: &impl Fn(i64) -> Result<usize>,
    ) -> Result<()> {
        const AHEAD: usize = 16;
        let mut v = 0usize;
        for (k, &i) in idx.iter().enumerate() {
            if let Some(&f) = idx.get(k + AHEAD) {
                // A hint only: wrapped or bad indices prefetch nothing useful.
                prefetch(dst.wrapping_add((f as usize).wrapping_mul(item)));
            }
            let j = map(i)?;
            // SAFETY: the caller's contract.
            unsafe { mov::<N>(vals.add(v * item), dst.add(j * item), item) };
            v += 1;
            if v == nv {
                v = 0;
            }
        }
        Ok(())
    }
    by_item!(item, run(dst, idx, vals, nv, item, &map))
}

/// `dst[offs[k]] = src[k * vstep]` for k in order, so that the last write
/// to a repeated offset wins (`vstep` 0 repeats one value).
///
/// # Safety
/// Every `dst + offs[k]` is a writeable element; `src` holds the values.
pub(crate) unsafe fn scatter_offsets(
    src: *const u8,
    vstep: usize,
    offs: &[isize],
    dst: *mut u8,
    item: usize,
) {
    unsafe fn run<const N: usize>(
        src: *const u8,
        vstep: usize,
        offs: &[isize],
        dst: *mut u8,
        item: usize,
    ) {
        for (k, &o) in offs.iter().enumerate() {
            // SAFETY: the caller's contract.
            unsafe { mov::<N>(src.add(k * vstep), dst.offset(o), item) };
        }
    }
    by_item!(item, run(src, vstep, offs, dst, item))
}

/// Number of true bytes among `n` mask bytes.
///
/// # Safety
/// `m` is valid for `n` bytes.
pub(crate) unsafe fn count_true(m: *const u8, n: usize) -> usize {
    // SAFETY: the caller's contract.
    let s = unsafe { std::slice::from_raw_parts(m, n) };
    s.iter().map(|&b| (b != 0) as usize).sum()
}

/// Boolean compaction of contiguous data: `dst` receives, in order, the
/// elements `src[i]` whose mask byte `m[i]` is non-zero. Each chunk counts
/// its trues, the prefix sums give where it writes, then chunks compact in
/// parallel; the loop is branch-free up to the chunk's last true element.
///
/// # Safety
/// `src` holds `n` contiguous elements, `m` `n` bytes, and `dst` room for
/// as many elements as `m` has trues.
pub(crate) unsafe fn compact(src: *const u8, m: *const u8, n: usize, dst: *mut u8, item: usize) {
    unsafe fn part<const N: usize>(
        src: *const u8,
        m: *const u8,
        lo: usize,
        hi: usize,
        dst: *mut u8,
        item: usize,
    ) {
        // SAFETY: the caller's contract covers lo..hi.
        let ms = unsafe { std::slice::from_raw_parts(m.add(lo), hi - lo) };
        let Some(last) = ms.iter().rposition(|&b| b != 0) else {
            return;
        };
        let mut k = 0usize;
        for (i, &b) in ms[..=last].iter().enumerate() {
            // SAFETY: k counts the trues before i, < the chunk's count
            // because a true follows at or after i.
            unsafe { mov::<N>(src.add((lo + i) * item), dst.add(k * item), item) };
            k += (b != 0) as usize;
        }
    }
    unsafe fn run<const N: usize>(src: SendPtr, m: SendPtr, n: usize, dst: SendPtr, item: usize) {
        let threads = crate::threads::num_threads();
        if n < PAR_MIN || threads < 2 {
            // SAFETY: the caller's contract.
            unsafe { part::<N>(src.0, m.0, 0, n, dst.0, item) };
            return;
        }
        let parts = threads * 2;
        let step = n.div_ceil(parts);
        let bounds: Vec<(usize, usize)> = (0..parts)
            .map(|p| ((p * step).min(n), ((p + 1) * step).min(n)))
            .collect();
        let _ = crate::threads::install(|| {
            use rayon::prelude::*;
            let counts: Vec<usize> = bounds
                .par_iter()
                // SAFETY: each chunk is inside the mask.
                .map(|&(lo, hi)| unsafe { count_true(m.get().add(lo), hi - lo) })
                .collect();
            let mut starts = Vec::with_capacity(parts);
            let mut acc = 0usize;
            for c in &counts {
                starts.push(acc);
                acc += c;
            }
            bounds.par_iter().zip(starts).for_each(|(&(lo, hi), s)| {
                // SAFETY: chunk outputs are the disjoint ranges of the
                // prefix sums.
                unsafe { part::<N>(src.get(), m.get(), lo, hi, dst.get().add(s * item), item) }
            });
        });
    }
    let (s, mm, d) = (SendPtr(src as *mut u8), SendPtr(m as *mut u8), SendPtr(dst));
    by_item!(item, run(s, mm, n, d, item))
}
