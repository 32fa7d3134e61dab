//! Copies and conversions: copy with order C/F/A/K, astype under a casting
//! rule, ascontiguousarray / asfortranarray.

use std::sync::Arc;

use super::{layout, Array, Order};
use crate::dispatch;
use crate::dtype::{can_cast, Casting, DType, Element};
use crate::error::{Error, Result};

/// NumPy's `order=` for copies: C, F, A (F if the source is F-contiguous and
/// not C-contiguous, else C), K (keep the source's axis order).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CopyOrder {
    /// Row-major.
    C,
    /// Column-major.
    F,
    /// F when the source is only F-contiguous, else C.
    A,
    /// As close to the source's memory order as possible.
    K,
}

/// Visits pairs of element offsets of two layouts of one shape, row-major.
fn for_each_pair(shape: &[usize], s1: &[isize], s2: &[isize], f: &mut impl FnMut(isize, isize)) {
    if shape.contains(&0) {
        return;
    }
    let nd = shape.len();
    if nd == 0 {
        f(0, 0);
        return;
    }
    let (n, i1, i2) = (shape[nd - 1], s1[nd - 1], s2[nd - 1]);
    let mut idx = vec![0usize; nd - 1];
    let (mut b1, mut b2) = (0isize, 0isize);
    loop {
        let (mut o1, mut o2) = (b1, b2);
        for _ in 0..n {
            f(o1, o2);
            o1 += i1;
            o2 += i2;
        }
        let mut k = nd - 1;
        loop {
            if k == 0 {
                return;
            }
            k -= 1;
            idx[k] += 1;
            b1 += s1[k];
            b2 += s2[k];
            if idx[k] < shape[k] {
                break;
            }
            b1 -= s1[k] * shape[k] as isize;
            b2 -= s2[k] * shape[k] as isize;
            idx[k] = 0;
        }
    }
}

/// Copies `src` into `dst` (same shape), converting elements with NumPy's
/// unsafe-cast semantics. `dst` must be writeable; the two must not overlap.
pub fn copy_into(src: &Array, dst: &Array) -> Result<()> {
    dst.check_writeable()?;
    if src.shape() != dst.shape() {
        return Err(Error::shape(format!(
            "could not broadcast input array from shape {} into shape {}",
            layout::shape_tuple(src.shape()),
            layout::shape_tuple(dst.shape())
        )));
    }
    let (sp, dp) = (src.data_ptr(), dst.data_ptr());
    if src.dtype() == dst.dtype() {
        if src.size() > 0 {
            // SAFETY: A3 for both arrays: the plan visits only offsets of
            // their layouts; the caller guarantees that they do not overlap.
            unsafe {
                copy_strided(
                    sp,
                    dp,
                    src.shape(),
                    src.strides(),
                    dst.strides(),
                    src.itemsize(),
                )
            };
        }
        return Ok(());
    }
    dispatch!(src.dtype(), S => dispatch!(dst.dtype(), D => {
        for_each_pair(src.shape(), src.strides(), dst.strides(), &mut |a, b| {
            // SAFETY: A3 for both arrays — offsets come from their layouts.
            unsafe {
                let v = (sp.wrapping_offset(a) as *const S).read_unaligned();
                (dp.wrapping_offset(b) as *mut D).write_unaligned(D::cast_from(v));
            }
        })
    }));
    Ok(())
}

/// Bytes of one source run of a tile of the blocked transposing copy; the
/// tile spans `STRIP_BYTES / isz` elements along the source's contiguous
/// axis and one destination cache line (`LINE / isz` elements) along the
/// other.
const STRIP_BYTES: usize = 1024;
/// A cache line.
const LINE: usize = 64;
/// Copies of at least this many bytes run on the pool.
const PARALLEL_BYTES: usize = 1 << 22;
/// Contiguous runs are cut into pieces of at most this many bytes, so that
/// one long run can still be shared by the pool.
const PIECE_BYTES: usize = 8 << 20;
/// Elements per piece of the strided kernel.
const PIECE_ELEMS: usize = 1 << 16;

/// How the innermost axes of a same-dtype copy are walked.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kernel {
    /// Source and destination both step by the item size: memcpy of runs.
    Contiguous,
    /// The destination steps by the item size along the inner axis and the
    /// source along axis `j`: square tiles of both axes, so that every cache
    /// line read from the source and written to the destination is used
    /// whole while it is in L1 (a transpose).
    Blocked(usize),
    /// Any other strides: one element at a time, over blocks of the two
    /// innermost axes.
    Strided,
}

/// Visits the outer offsets `(src, dst)` of the flat index range
/// `start..end` of an odometer over `shape` (row-major).
fn walk(
    shape: &[usize],
    ss: &[isize],
    ds: &[isize],
    start: usize,
    end: usize,
    mut f: impl FnMut(isize, isize),
) {
    let nd = shape.len();
    let mut idx = vec![0usize; nd];
    let mut rem = start;
    let (mut so, mut dof) = (0isize, 0isize);
    for k in (0..nd).rev() {
        idx[k] = rem % shape[k];
        rem /= shape[k];
        so += idx[k] as isize * ss[k];
        dof += idx[k] as isize * ds[k];
    }
    for _ in start..end {
        f(so, dof);
        let mut k = nd;
        while k > 0 {
            k -= 1;
            idx[k] += 1;
            so += ss[k];
            dof += ds[k];
            if idx[k] < shape[k] {
                break;
            }
            so -= ss[k] * shape[k] as isize;
            dof -= ds[k] * shape[k] as isize;
            idx[k] = 0;
        }
    }
}

/// The axes of a same-dtype copy after dropping axes of length 1, ordering
/// them by decreasing destination stride (stable, so equal strides keep the
/// logical order) and merging neighbours that both layouts step through as
/// one axis. Never empty: a single element is one axis of length 1.
fn copy_axes(
    shape: &[usize],
    ss: &[isize],
    ds: &[isize],
    isz: usize,
) -> Vec<(usize, isize, isize)> {
    let mut axes: Vec<(usize, isize, isize)> = (0..shape.len())
        .filter(|&k| shape[k] != 1)
        .map(|k| (shape[k], ss[k], ds[k]))
        .collect();
    axes.sort_by_key(|a| std::cmp::Reverse(a.2.unsigned_abs()));
    let mut merged: Vec<(usize, isize, isize)> = Vec::with_capacity(axes.len());
    for ax in axes {
        match merged.last_mut() {
            Some(o) if o.1 == ax.1 * ax.0 as isize && o.2 == ax.2 * ax.0 as isize => {
                *o = (o.0 * ax.0, ax.1, ax.2);
            }
            _ => merged.push(ax),
        }
    }
    if merged.is_empty() {
        merged.push((1, isz as isize, isz as isize));
    }
    merged
}

/// Copies the elements of a strided layout of `shape` from `sp` (strides
/// `ss`) to `dp` (strides `ds`), `isz` bytes each, with no conversion.
/// Picks a memcpy of contiguous runs, the cache-blocked transposing copy
/// when the destination is contiguous along its inner axis but the source
/// is not, or an element loop; large copies are shared by the pool.
///
/// # Safety
/// Every offset of both layouts must be valid for `isz` bytes, and the two
/// regions must not overlap.
pub(crate) unsafe fn copy_strided(
    sp: *const u8,
    dp: *mut u8,
    shape: &[usize],
    ss: &[isize],
    ds: &[isize],
    isz: usize,
) {
    if shape.contains(&0) {
        return;
    }
    let axes = copy_axes(shape, ss, ds, isz);
    let nd = axes.len();
    let (n1, s1, d1) = axes[nd - 1];
    let i = isz as isize;
    let kernel = if s1 == i && d1 == i {
        Kernel::Contiguous
    } else if d1 == i {
        match (0..nd - 1).find(|&j| axes[j].1 == i && axes[j].0 >= 4) {
            Some(j) if n1 >= 4 => Kernel::Blocked(j),
            _ => Kernel::Strided,
        }
    } else {
        Kernel::Strided
    };
    // Outer axes (walked by the odometer) and the unit of work per outer
    // index: pieces of a run, strips of tiles, or one strided row.
    let mut outer: Vec<(usize, isize, isize)> = axes[..nd - 1].to_vec();
    let pieces = match kernel {
        Kernel::Contiguous => (n1 * isz).div_ceil(PIECE_BYTES).max(1),
        Kernel::Blocked(j) => {
            let p = outer.remove(j).0.div_ceil(STRIP_BYTES / isz);
            p.max(1)
        }
        Kernel::Strided if nd >= 2 => {
            let n0 = outer.remove(nd - 2).0;
            n0.div_ceil((PIECE_ELEMS / n1).max(1))
        }
        Kernel::Strided => 1,
    };
    let oshape: Vec<usize> = outer.iter().map(|a| a.0).collect();
    let oss: Vec<isize> = outer.iter().map(|a| a.1).collect();
    let ods: Vec<isize> = outer.iter().map(|a| a.2).collect();
    let rows: usize = oshape.iter().product();
    let units = rows * pieces;
    let (spu, dpu) = (sp as usize, dp as usize);
    let run = |start: usize, end: usize| {
        // Units start..end: rows start/pieces ..= (end-1)/pieces.
        let (r0, r1) = (start / pieces, (end - 1) / pieces + 1);
        let mut r = r0;
        walk(&oshape, &oss, &ods, r0, r1, |so, dof| {
            let p0 = if r == r0 { start % pieces } else { 0 };
            let p1 = if r + 1 == r1 {
                (end - 1) % pieces + 1
            } else {
                pieces
            };
            r += 1;
            let (s, d) = (
                (spu as *const u8).wrapping_offset(so),
                (dpu as *mut u8).wrapping_offset(dof),
            );
            // SAFETY: the offsets come from the layouts (caller's contract).
            unsafe {
                match kernel {
                    Kernel::Contiguous => {
                        let lo = p0 * PIECE_BYTES;
                        let hi = (p1 * PIECE_BYTES).min(n1 * isz);
                        std::ptr::copy_nonoverlapping(s.add(lo), d.add(lo), hi - lo);
                    }
                    Kernel::Blocked(j) => {
                        let (nj, sj, dj) = axes[j];
                        let strip = STRIP_BYTES / isz;
                        let lo = p0 * strip;
                        let hi = (p1 * strip).min(nj);
                        let s = s.wrapping_offset(lo as isize * sj);
                        let d = d.wrapping_offset(lo as isize * dj);
                        tiles(s, d, hi - lo, dj, n1, s1, isz);
                    }
                    Kernel::Strided if nd >= 2 => {
                        let (n0, s0, d0) = axes[nd - 2];
                        let rows = (PIECE_ELEMS / n1).max(1);
                        let lo = p0 * rows;
                        let hi = (p1 * rows).min(n0);
                        let s = s.wrapping_offset(lo as isize * s0);
                        let d = d.wrapping_offset(lo as isize * d0);
                        strided_block(s, d, hi - lo, s0, d0, n1, s1, d1, isz);
                    }
                    Kernel::Strided => strided_block(s, d, 1, 0, 0, n1, s1, d1, isz),
                }
            }
        });
    };
    let threads = crate::threads::num_threads();
    let bytes = shape.iter().product::<usize>() * isz;
    if threads > 1 && bytes >= PARALLEL_BYTES && units > 1 {
        let chunks = (threads * 4).min(units);
        let par = || {
            use rayon::prelude::*;
            (0..chunks).into_par_iter().for_each(|c| {
                let (a, b) = (units * c / chunks, units * (c + 1) / chunks);
                if a < b {
                    run(a, b);
                }
            })
        };
        if crate::threads::install(par).is_ok() {
            return;
        }
    }
    run(0, units);
}

/// Calls `$body` with `$T` bound to an unsigned type of `$isz` bytes.
macro_rules! by_size {
    ($isz:expr, $T:ident => $body:expr) => {
        match $isz {
            1 => {
                type $T = u8;
                $body
            }
            2 => {
                type $T = u16;
                $body
            }
            4 => {
                type $T = u32;
                $body
            }
            8 => {
                type $T = u64;
                $body
            }
            _ => {
                type $T = u128;
                $body
            }
        }
    };
}

/// One row of `n` elements, source stride `s1`, destination stride `d1`.
///
/// # Safety
/// As [`copy_strided`].
unsafe fn strided_row(s: *const u8, d: *mut u8, n: usize, s1: isize, d1: isize, isz: usize) {
    // SAFETY: the caller's contract.
    unsafe { strided_block(s, d, 1, 0, 0, n, s1, d1, isz) }
}

/// `n0` rows (strides `s0`, `d0`) of `n1` elements (strides `s1`, `d1`).
/// A zero source stride into a contiguous row is a fill.
///
/// # Safety
/// As [`copy_strided`].
#[allow(clippy::too_many_arguments)]
unsafe fn strided_block(
    s: *const u8,
    d: *mut u8,
    n0: usize,
    s0: isize,
    d0: isize,
    n1: usize,
    s1: isize,
    d1: isize,
    isz: usize,
) {
    by_size!(isz, T => {
        for r in 0..n0 as isize {
            let (s, d) = (s.wrapping_offset(r * s0), d.wrapping_offset(r * d0));
            // SAFETY: the caller's contract.
            unsafe {
                if s1 == 0 && d1 == isz as isize && (d as usize).is_multiple_of(std::mem::align_of::<T>()) {
                    let v = (s as *const T).read_unaligned();
                    std::slice::from_raw_parts_mut(d as *mut T, n1).fill(v);
                    continue;
                }
                for k in 0..n1 as isize {
                    let v = (s.wrapping_offset(k * s1) as *const T).read_unaligned();
                    (d.wrapping_offset(k * d1) as *mut T).write_unaligned(v);
                }
            }
        }
    })
}

/// The blocked transposing copy of an `na x nb` block: element `(a, b)` is
/// read at `s + a*isz + b*sb` and written at `d + a*da + b*isz`. Tiles of
/// `STRIP_BYTES / isz` elements along `a` by one cache line (`LINE / isz`
/// elements) along `b`: each destination row of the tile receives one whole
/// cache line, and each of the tile's few source rows is read as one long
/// sequential run that the hardware prefetcher follows.
///
/// # Safety
/// As [`copy_strided`].
unsafe fn tiles(s: *const u8, d: *mut u8, na: usize, da: isize, nb: usize, sb: isize, isz: usize) {
    let i = isz as isize;
    if sb % i != 0 || da % i != 0 {
        for a in 0..na as isize {
            // SAFETY: the caller's contract.
            unsafe {
                strided_row(
                    s.wrapping_offset(a * i),
                    d.wrapping_offset(a * da),
                    nb,
                    sb,
                    i,
                    isz,
                )
            };
        }
        return;
    }
    #[cfg(target_arch = "x86_64")]
    if isz == 8 && std::arch::is_x86_feature_detected!("avx") {
        // SAFETY: AVX is present; the caller's contract for the memory.
        unsafe { tiles8_avx(s as *const f64, d as *mut f64, na, da / i, nb, sb / i) };
        return;
    }
    #[cfg(target_arch = "x86_64")]
    if isz == 4 {
        // SAFETY: SSE is part of x86_64; the caller's contract for the memory.
        unsafe { tiles4_sse(s as *const f32, d as *mut f32, na, da / i, nb, sb / i) };
        return;
    }
    let tb = (LINE / isz).max(1);
    by_size!(isz, T => {
        let (s, d) = (s as *const T, d as *mut T);
        let (sb, da) = (sb / i, da / i);
        let mut b0 = 0;
        while b0 < nb {
            let bn = (nb - b0).min(tb);
            for a in 0..na {
                let (sr, dr) = (s.wrapping_add(a), d.wrapping_offset(a as isize * da));
                for b in b0..b0 + bn {
                    // SAFETY: the caller's contract.
                    unsafe {
                        let v = sr.wrapping_offset(b as isize * sb).read_unaligned();
                        dr.add(b).write_unaligned(v);
                    }
                }
            }
            b0 += bn;
        }
    })
}

/// [`tiles`] for 8-byte elements with AVX: inside each strip of one
/// destination cache line (8 elements along `b`), 4x4 blocks are loaded as
/// four source rows, transposed in registers and stored as four
/// destination rows (strides in elements here). The edges take the scalar
/// path.
///
/// # Safety
/// AVX must be available; memory as [`copy_strided`].
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx")]
unsafe fn tiles8_avx(s: *const f64, d: *mut f64, na: usize, da: isize, nb: usize, sb: isize) {
    use std::arch::x86_64::*;
    let a4 = na / 4 * 4;
    let mut b0 = 0;
    while b0 < nb {
        let bn = (nb - b0).min(8);
        let b4 = bn / 4 * 4;
        let mut a = 0;
        while a < a4 {
            let mut bb = b0;
            while bb < b0 + b4 {
                let src = |j: usize| s.wrapping_offset(a as isize + (bb + j) as isize * sb);
                let dst = |i: usize| d.wrapping_offset((a + i) as isize * da + bb as isize);
                // SAFETY: the caller's contract; unaligned loads and stores.
                unsafe {
                    let r0 = _mm256_loadu_pd(src(0));
                    let r1 = _mm256_loadu_pd(src(1));
                    let r2 = _mm256_loadu_pd(src(2));
                    let r3 = _mm256_loadu_pd(src(3));
                    // t0 = (r0[0], r1[0], r0[2], r1[2]), t1 = (r0[1], r1[1], r0[3], r1[3]).
                    let t0 = _mm256_unpacklo_pd(r0, r1);
                    let t1 = _mm256_unpackhi_pd(r0, r1);
                    let t2 = _mm256_unpacklo_pd(r2, r3);
                    let t3 = _mm256_unpackhi_pd(r2, r3);
                    // Column i of the block: (r0[i], r1[i], r2[i], r3[i]).
                    _mm256_storeu_pd(dst(0), _mm256_permute2f128_pd(t0, t2, 0x20));
                    _mm256_storeu_pd(dst(1), _mm256_permute2f128_pd(t1, t3, 0x20));
                    _mm256_storeu_pd(dst(2), _mm256_permute2f128_pd(t0, t2, 0x31));
                    _mm256_storeu_pd(dst(3), _mm256_permute2f128_pd(t1, t3, 0x31));
                }
                bb += 4;
            }
            a += 4;
        }
        // Edges: the last na % 4 rows of a, and the last bn % 4 columns of b.
        for a in 0..na {
            let from = if a < a4 { b0 + b4 } else { b0 };
            for b in from..b0 + bn {
                // SAFETY: the caller's contract.
                unsafe {
                    let v = s
                        .wrapping_offset(a as isize + b as isize * sb)
                        .read_unaligned();
                    d.wrapping_offset(a as isize * da + b as isize)
                        .write_unaligned(v);
                }
            }
        }
        b0 += bn;
    }
}

/// [`tiles`] for 4-byte elements with SSE: as [`tiles8_avx`], with 4x4
/// blocks of 128-bit rows inside strips of 16 elements (one cache line).
///
/// # Safety
/// Memory as [`copy_strided`].
#[cfg(target_arch = "x86_64")]
unsafe fn tiles4_sse(s: *const f32, d: *mut f32, na: usize, da: isize, nb: usize, sb: isize) {
    use std::arch::x86_64::*;
    let a4 = na / 4 * 4;
    let mut b0 = 0;
    while b0 < nb {
        let bn = (nb - b0).min(16);
        let b4 = bn / 4 * 4;
        let mut a = 0;
        while a < a4 {
            let mut bb = b0;
            while bb < b0 + b4 {
                let src = |j: usize| s.wrapping_offset(a as isize + (bb + j) as isize * sb);
                let dst = |i: usize| d.wrapping_offset((a + i) as isize * da + bb as isize);
                // SAFETY: the caller's contract; unaligned loads and stores.
                unsafe {
                    let r0 = _mm_loadu_ps(src(0));
                    let r1 = _mm_loadu_ps(src(1));
                    let r2 = _mm_loadu_ps(src(2));
                    let r3 = _mm_loadu_ps(src(3));
                    // t0 = (r0[0], r1[0], r0[1], r1[1]), t2 = (r0[2], r1[2], r0[3], r1[3]).
                    let t0 = _mm_unpacklo_ps(r0, r1);
                    let t1 = _mm_unpacklo_ps(r2, r3);
                    let t2 = _mm_unpackhi_ps(r0, r1);
                    let t3 = _mm_unpackhi_ps(r2, r3);
                    // Column i of the block: (r0[i], r1[i], r2[i], r3[i]).
                    _mm_storeu_ps(dst(0), _mm_movelh_ps(t0, t1));
                    _mm_storeu_ps(dst(1), _mm_movehl_ps(t1, t0));
                    _mm_storeu_ps(dst(2), _mm_movelh_ps(t2, t3));
                    _mm_storeu_ps(dst(3), _mm_movehl_ps(t3, t2));
                }
                bb += 4;
            }
            a += 4;
        }
        for a in 0..na {
            let from = if a < a4 { b0 + b4 } else { b0 };
            for b in from..b0 + bn {
                // SAFETY: the caller's contract.
                unsafe {
                    let v = s
                        .wrapping_offset(a as isize + b as isize * sb)
                        .read_unaligned();
                    d.wrapping_offset(a as isize * da + b as isize)
                        .write_unaligned(v);
                }
            }
        }
        b0 += bn;
    }
}

/// The strides a K-order copy of `src` gets: the source's axis order by
/// decreasing absolute stride, made contiguous and positive.
fn k_order_strides(src: &Array) -> Vec<isize> {
    let nd = src.ndim();
    let mut perm: Vec<usize> = (0..nd).collect();
    // Stable sort: equal strides keep C order, as NumPy.
    perm.sort_by_key(|&i| std::cmp::Reverse(src.strides()[i].unsigned_abs()));
    let mut strides = vec![0isize; nd];
    let mut acc = src.itemsize() as isize;
    for &ax in perm.iter().rev() {
        strides[ax] = acc;
        acc *= src.shape()[ax].max(1) as isize;
    }
    strides
}

/// Resolves A and K to a concrete layout choice for `src`.
fn resolve(src: &Array, order: CopyOrder) -> CopyOrder {
    match order {
        CopyOrder::A if src.is_f_contiguous() && !src.is_c_contiguous() => CopyOrder::F,
        CopyOrder::A => CopyOrder::C,
        CopyOrder::K if src.is_c_contiguous() => CopyOrder::C,
        CopyOrder::K if src.is_f_contiguous() => CopyOrder::F,
        o => o,
    }
}

/// The fresh array `a` with other strides over the same memory. The caller
/// guarantees that the strides stay inside the buffer (A3 is checked again
/// by `from_parts`).
fn relayout(a: Array, strides: Vec<isize>) -> Result<Array> {
    let shape = a.shape().to_vec();
    Array::from_parts(a.buffer().clone(), a.dtype(), shape, strides, 0, true).map(Array::owning)
}

/// A new array of `src`'s shape and `dtype`, laid out for `order`.
pub fn empty_for(src: &Array, dtype: DType, order: CopyOrder) -> Result<Array> {
    match resolve(src, order) {
        CopyOrder::F => Array::alloc(dtype, src.shape(), Order::F, false),
        CopyOrder::K => {
            let c = Array::alloc(dtype, src.shape(), Order::C, false)?;
            if c.size() == 0 {
                return Ok(c);
            }
            let mut strides = k_order_strides(src);
            let scale = dtype.itemsize() as isize;
            let src_item = src.itemsize() as isize;
            for s in &mut strides {
                *s = *s / src_item * scale;
            }
            relayout(c, strides)
        }
        _ => Array::alloc(dtype, src.shape(), Order::C, false),
    }
}

impl Array {
    /// Marks a freshly allocated array (built with `from_parts`) as owning.
    pub(crate) fn owning(mut self) -> Array {
        self.owndata = true;
        self
    }

    /// `a.copy(order)`.
    pub fn copy(&self, order: CopyOrder) -> Result<Array> {
        self.astype(self.dtype(), order, Casting::Unsafe)
    }

    /// `a.astype(dtype, order, casting)`: always a new array.
    pub fn astype(&self, dtype: DType, order: CopyOrder, casting: Casting) -> Result<Array> {
        check_cast(self.dtype(), dtype, casting)?;
        let out = empty_for(self, dtype, order)?;
        copy_into(self, &out)?;
        Ok(out)
    }

    /// `np.ascontiguousarray(a)`: `a` itself when already C-contiguous.
    pub fn ascontiguous(self: &Arc<Self>) -> Result<Arc<Array>> {
        if self.is_c_contiguous() {
            return Ok(self.clone());
        }
        Ok(Arc::new(self.copy(CopyOrder::C)?))
    }

    /// `np.asfortranarray(a)`: `a` itself when already F-contiguous.
    pub fn asfortran(self: &Arc<Self>) -> Result<Arc<Array>> {
        if self.is_f_contiguous() {
            return Ok(self.clone());
        }
        Ok(Arc::new(self.copy(CopyOrder::F)?))
    }

    /// Fills every element with `value` converted to the dtype.
    pub fn fill<T: Element>(&self, value: T) -> Result<()> {
        self.check_writeable()?;
        let base = self.data_ptr();
        dispatch!(self.dtype(), D => {
            let v = D::cast_from(value);
            let aligned = (base as usize).is_multiple_of(std::mem::align_of::<D>());
            if aligned && (self.is_c_contiguous() || self.is_f_contiguous()) {
                // SAFETY: A3 — a contiguous layout covers `size` elements from
                // element 0; A5 — checked writeable; alignment checked.
                let s = unsafe { std::slice::from_raw_parts_mut(base as *mut D, self.size()) };
                s.fill(v);
                return Ok(());
            }
            // SAFETY: A3, A5.
            self.for_each_offset(|o| unsafe { (base.wrapping_offset(o) as *mut D).write_unaligned(v) });
        });
        Ok(())
    }
}

/// NumPy's error for a cast refused by `casting`.
pub fn check_cast(from: DType, to: DType, casting: Casting) -> Result<()> {
    if can_cast(from, to, casting) {
        return Ok(());
    }
    Err(Error::dtype(format!(
        "Cannot cast array data from {} to {} according to the rule '{}'",
        dtype_repr(from),
        dtype_repr(to),
        casting.name()
    )))
}

/// Python's `repr` of a dtype: `dtype('float32')`, and `dtype(bfloat16)` for
/// ml_dtypes' bfloat16, whose repr carries no quotes.
pub fn dtype_repr(d: DType) -> String {
    if d == DType::BFloat16 {
        "dtype(bfloat16)".to_string()
    } else {
        format!("dtype('{}')", d.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::array::Order;

    /// Every kernel of `copy_strided` (blocked with and without SIMD, the
    /// strided blocks, runs) against an element-by-element reference, for
    /// every item size, odd sizes and negative strides.
    #[test]
    fn strided_copies_match_reference() {
        for dtype in [
            DType::UInt8,
            DType::Int16,
            DType::Float32,
            DType::Float64,
            DType::Complex128,
        ] {
            for (rows, cols) in [(1, 1), (3, 5), (4, 4), (9, 13), (37, 70), (130, 7)] {
                let n = rows * cols;
                let src = Arc::new(Array::arange_int(0, n as i64, 1, DType::Int64).unwrap());
                let src = Arc::new(src.astype(dtype, CopyOrder::C, Casting::Unsafe).unwrap());
                let m = Arc::new(
                    crate::manip::shape::reshape(&src, &[rows as i64, cols as i64], Order::C)
                        .unwrap(),
                );
                let views = [
                    crate::manip::shape::transpose(&m, None).unwrap(),
                    crate::manip::join::flip(&m, None).unwrap(),
                    crate::manip::join::flip(
                        &Arc::new(crate::manip::shape::transpose(&m, None).unwrap()),
                        Some(&[0]),
                    )
                    .unwrap(),
                    crate::manip::split::slice_axis(&m, 1, 1, cols),
                ];
                for v in &views {
                    let c = v.copy(CopyOrder::C).unwrap();
                    let f = v.copy(CopyOrder::F).unwrap();
                    let (r, k) = (v.shape()[0], v.shape()[1]);
                    for i in 0..r as i64 {
                        for j in 0..k as i64 {
                            let want = v.get::<f64>(&[i, j]).unwrap();
                            assert_eq!(
                                c.get::<f64>(&[i, j]).unwrap(),
                                want,
                                "{dtype:?} {rows}x{cols} C"
                            );
                            assert_eq!(
                                f.get::<f64>(&[i, j]).unwrap(),
                                want,
                                "{dtype:?} {rows}x{cols} F"
                            );
                        }
                    }
                }
            }
        }
    }

    /// A copy large enough to be shared by the pool.
    #[test]
    fn large_transposed_copy() {
        let (r, c) = (700usize, 1000usize);
        let a = Arc::new(Array::arange_int(0, (r * c) as i64, 1, DType::Float64).unwrap());
        let m =
            Arc::new(crate::manip::shape::reshape(&a, &[r as i64, c as i64], Order::C).unwrap());
        let t = crate::manip::shape::transpose(&m, None).unwrap();
        let got = t.copy(CopyOrder::C).unwrap().to_vec::<f64>();
        for j in 0..c {
            for i in 0..r {
                assert_eq!(got[j * r + i], (i * c + j) as f64);
            }
        }
    }
}
