//! Inner-loop drivers. Every loop has one contract:
//! `loop(ptrs, n, steps)` processes `n` elements; `ptrs[k]` points at the
//! first element of operand k (inputs first, then outputs) and `steps[k]` is
//! its byte stride. Drivers are generic over an element operation (a type
//! implementing [`Un`], [`Bin`], ...) and specialise three ways: every operand
//! contiguous (compiled for AVX-512, AVX2 and the baseline, chosen once per
//! process), a constant second operand (step 0), and the general strided
//! walk. Operations are pure functions of their inputs, so every path gives
//! the same bits.

use std::mem::size_of;
use std::sync::OnceLock;

use crate::error::{Error, Result};

/// An inner loop.
pub type LoopFn = unsafe fn(ptrs: &[*mut u8], n: usize, steps: &[isize]) -> Result<()>;

/// A one-input, one-output element operation.
pub trait Un<A, O> {
    /// The operation.
    fn f(a: A) -> O;
}

/// A two-input, one-output element operation.
pub trait Bin<A, B, O> {
    /// The operation.
    fn f(a: A, b: B) -> O;
}

/// A one-input, two-output element operation.
pub trait Un2<A, O1, O2> {
    /// The operation.
    fn f(a: A) -> (O1, O2);
}

/// A two-input, two-output element operation.
pub trait Bin2<A, B, O1, O2> {
    /// The operation.
    fn f(a: A, b: B) -> (O1, O2);
}

/// A three-input, one-output element operation.
pub trait Tern<A, B, C, O> {
    /// The operation.
    fn f(a: A, b: B, c: C) -> O;
}

/// A two-input operation that can fail on some values (integer power with a
/// negative exponent).
pub trait TryBin<A, B, O> {
    /// The operation.
    fn f(a: A, b: B) -> std::result::Result<O, &'static str>;
}

/// SIMD level chosen once per process.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Level {
    /// AVX-512 F/BW/DQ/VL.
    Avx512,
    /// AVX2 + FMA.
    Avx2,
    /// The target's baseline (SSE2 on x86-64).
    Base,
}

/// The best level this CPU supports (cached).
pub fn level() -> Level {
    static L: OnceLock<Level> = OnceLock::new();
    *L.get_or_init(|| {
        #[cfg(target_arch = "x86_64")]
        {
            if std::env::var_os("NDC_DISABLE_SIMD").is_some() {
                return Level::Base;
            }
            if is_x86_feature_detected!("avx512f")
                && is_x86_feature_detected!("avx512bw")
                && is_x86_feature_detected!("avx512dq")
                && is_x86_feature_detected!("avx512vl")
            {
                return Level::Avx512;
            }
            if is_x86_feature_detected!("avx2") && is_x86_feature_detected!("fma") {
                return Level::Avx2;
            }
        }
        Level::Base
    })
}

/// Runs at least this long are taken to stream from memory.
const LONG_RUN: usize = 1 << 15;

/// The level for a run of `n` elements: [`level`], except that long runs
/// use AVX2 on AMD processors. Their AVX-512 units (Zen 4) execute 512-bit
/// operations as two 256-bit halves, so wider vectors gain nothing, and
/// 512-bit stores streaming to memory measured slower: `a + b` on 1e7
/// float64 on one core took 9.3 ms with AVX-512 against 7.4 ms with SSE2 or
/// AVX2 (the speed of a plain C loop on the same memory).
#[inline(always)]
pub fn level_for(n: usize) -> Level {
    static LONG: OnceLock<Level> = OnceLock::new();
    if n < LONG_RUN {
        return level();
    }
    *LONG.get_or_init(|| match level() {
        #[cfg(target_arch = "x86_64")]
        Level::Avx512 if amd() => Level::Avx2,
        l => l,
    })
}

/// True on AMD processors (CPUID vendor "AuthenticAMD").
#[cfg(target_arch = "x86_64")]
fn amd() -> bool {
    // CPUID leaf 0 exists on every x86-64 processor.
    let r = std::arch::x86_64::__cpuid(0);
    (r.ebx, r.edx, r.ecx) == (0x6874_7541, 0x6974_6e65, 0x444d_4163)
}

#[inline(always)]
unsafe fn rd<T>(p: *const u8) -> T {
    // SAFETY: the caller passes a pointer to a valid element (loop contract).
    unsafe { (p as *const T).read_unaligned() }
}

#[inline(always)]
unsafe fn wr<T>(p: *mut u8, v: T) {
    // SAFETY: as `rd`, for a writable element.
    unsafe { (p as *mut T).write_unaligned(v) }
}

/// Declares a contiguous kernel compiled three times (AVX-512, AVX2,
/// baseline) and a dispatcher that picks one by [`level_for`] the run
/// length named after `len`.
macro_rules! multiversioned {
    (
        fn $name:ident<$($g:ident),*>($($arg:ident : $ty:ty),*) len $len:ident where [$($bounds:tt)*] $body:block
    ) => {
        #[inline(always)]
        unsafe fn $name<$($g),*>($($arg: $ty),*) where $($bounds)* {
            #[inline(always)]
            unsafe fn generic<$($g),*>($($arg: $ty),*) where $($bounds)* $body
            #[cfg(target_arch = "x86_64")]
            #[target_feature(enable = "avx512f,avx512bw,avx512dq,avx512vl,avx2,fma")]
            unsafe fn v4<$($g),*>($($arg: $ty),*) where $($bounds)* {
                // SAFETY: same contract as the caller; only codegen differs.
                unsafe { generic::<$($g),*>($($arg),*) }
            }
            #[cfg(target_arch = "x86_64")]
            #[target_feature(enable = "avx2,fma")]
            unsafe fn v3<$($g),*>($($arg: $ty),*) where $($bounds)* {
                // SAFETY: as above.
                unsafe { generic::<$($g),*>($($arg),*) }
            }
            match level_for($len) {
                #[cfg(target_arch = "x86_64")]
                // SAFETY: the CPU supports the features (checked by `level`).
                Level::Avx512 => unsafe { v4::<$($g),*>($($arg),*) },
                #[cfg(target_arch = "x86_64")]
                // SAFETY: as above.
                Level::Avx2 => unsafe { v3::<$($g),*>($($arg),*) },
                // SAFETY: baseline code.
                _ => unsafe { generic::<$($g),*>($($arg),*) },
            }
        }
    };
}

multiversioned! {
    fn un_contig<A, O, F>(a: *const A, o: *mut O, n: usize) len n where [A: Copy, O: Copy, F: Un<A, O>] {
        for i in 0..n {
            // SAFETY: both runs hold n elements (contiguous path contract);
            // in-place operation reads element i before writing it.
            unsafe { o.add(i).write_unaligned(F::f(a.add(i).read_unaligned())) };
        }
    }
}

multiversioned! {
    fn bin_contig<A, B, O, F>(a: *const A, b: *const B, o: *mut O, n: usize) len n where [A: Copy, B: Copy, O: Copy, F: Bin<A, B, O>] {
        for i in 0..n {
            // SAFETY: as `un_contig`.
            unsafe { o.add(i).write_unaligned(F::f(a.add(i).read_unaligned(), b.add(i).read_unaligned())) };
        }
    }
}

multiversioned! {
    fn bin_scalar_b<A, B, O, F>(a: *const A, b: B, o: *mut O, n: usize) len n where [A: Copy, B: Copy, O: Copy, F: Bin<A, B, O>] {
        for i in 0..n {
            // SAFETY: as `un_contig`.
            unsafe { o.add(i).write_unaligned(F::f(a.add(i).read_unaligned(), b)) };
        }
    }
}

multiversioned! {
    fn bin_scalar_a<A, B, O, F>(a: A, b: *const B, o: *mut O, n: usize) len n where [A: Copy, B: Copy, O: Copy, F: Bin<A, B, O>] {
        for i in 0..n {
            // SAFETY: as `un_contig`.
            unsafe { o.add(i).write_unaligned(F::f(a, b.add(i).read_unaligned())) };
        }
    }
}

/// Outputs at least this large (more than a last-level cache holds) are
/// written with non-temporal stores: the result goes straight to memory
/// instead of first reading every output cache line, a quarter less memory
/// traffic for `a + b`. Measured for `a + b` on 1e7 float64 on the
/// reference AMD EPYC, NumPy taking 7.0-8.4 ms on one thread: 6.8-7.4 ms
/// streamed against 8.5-8.7 ms plain on one thread, 5.1-5.2 ms on two.
/// (With 128-bit stores out of 4 KiB blocks, streaming had been slower than
/// plain stores on one thread.) Smaller outputs stay cached for the next
/// operation.
pub(crate) const STREAM_MIN_BYTES: usize = 16 << 20;
/// Elements are computed in blocks of this many bytes in a buffer that stays
/// in L1 cache, then streamed out. 1 KiB blocks measured faster than 4 KiB
/// ones: the loads of the next block overlap less with the stores in flight.
const STREAM_BLOCK: usize = 1024;
/// The alignment (and width) of the streaming stores.
pub(crate) const STREAM_ALIGN: usize = 32;

#[repr(C, align(64))]
struct Block([u8; STREAM_BLOCK]);

/// True when this CPU has the streaming stores of [`stream_copy`].
#[inline(always)]
pub(crate) fn can_stream() -> bool {
    cfg!(target_arch = "x86_64") && level() != Level::Base
}

/// Orders earlier streaming stores before later loads and stores.
#[inline(always)]
pub(crate) fn stream_fence() {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: SSE is part of the x86-64 baseline.
    unsafe {
        std::arch::x86_64::_mm_sfence()
    };
}

/// Copies `len` bytes (a multiple of [`STREAM_ALIGN`]) from `src` to `dst`
/// ([`STREAM_ALIGN`]-aligned) with 256-bit non-temporal stores.
///
/// # Safety
/// Both ranges valid, `dst` aligned as stated, not overlapping; the CPU has
/// AVX ([`can_stream`]).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx")]
pub(crate) unsafe fn stream_copy(src: *const u8, dst: *mut u8, len: usize) {
    use std::arch::x86_64::{__m256i, _mm256_loadu_si256, _mm256_stream_si256};
    let mut i = 0;
    while i < len {
        // SAFETY: in bounds, and `dst + i` 32-byte aligned (caller).
        unsafe {
            let v = _mm256_loadu_si256(src.add(i) as *const __m256i);
            _mm256_stream_si256(dst.add(i) as *mut __m256i, v);
        }
        i += STREAM_ALIGN;
    }
}

/// Runs `compute(start, len, dst)` over `n` output elements at `o`: directly
/// for small outputs, otherwise block by block into an L1 buffer whose bytes
/// are then streamed to `o` with non-temporal stores. `compute` must write
/// exactly `len` elements at `dst` for elements `start..start + len`.
///
/// # Safety
/// `o` is valid for `n` elements; `compute` upholds its contract.
#[inline(always)]
unsafe fn streamed<O: Copy>(o: *mut O, n: usize, mut compute: impl FnMut(usize, usize, *mut O)) {
    let size = size_of::<O>();
    #[cfg(target_arch = "x86_64")]
    {
        if n * size >= STREAM_MIN_BYTES
            && (o as usize).is_multiple_of(size)
            && STREAM_BLOCK.is_multiple_of(size)
            && can_stream()
        {
            let head =
                (((STREAM_ALIGN - (o as usize) % STREAM_ALIGN) % STREAM_ALIGN) / size).min(n);
            if ((o as usize) + head * size).is_multiple_of(STREAM_ALIGN) {
                compute(0, head, o);
                let per = STREAM_BLOCK / size;
                let mut buf = Block([0; STREAM_BLOCK]);
                let bp = buf.0.as_mut_ptr() as *mut O;
                let mut start = head;
                while start < n {
                    let len = per.min(n - start);
                    if !(len * size).is_multiple_of(STREAM_ALIGN) {
                        // SAFETY: the tail is written directly.
                        compute(start, len, unsafe { o.add(start) });
                        break;
                    }
                    compute(start, len, bp);
                    // SAFETY: `bp` holds `len` elements; the destination
                    // range is inside the output and aligned; the CPU has
                    // the stores (`can_stream` above).
                    unsafe { stream_copy(bp as *const u8, o.add(start) as *mut u8, len * size) };
                    start += len;
                }
                stream_fence();
                return;
            }
        }
    }
    compute(0, n, o);
}

/// Unary driver.
///
/// # Safety
/// Loop contract (module docs) with `ptrs.len() == steps.len() == 2`.
pub unsafe fn unary<A: Copy, O: Copy, F: Un<A, O>>(
    p: &[*mut u8],
    n: usize,
    s: &[isize],
) -> Result<()> {
    if s[0] == size_of::<A>() as isize && s[1] == size_of::<O>() as isize {
        let a = p[0] as *const A;
        // SAFETY: contiguous runs of n elements; each block reads its own
        // inputs before its outputs are stored.
        unsafe {
            streamed(p[1] as *mut O, n, |i, len, dst| {
                un_contig::<A, O, F>(a.add(i), dst, len)
            })
        };
        return Ok(());
    }
    let (mut a, mut o) = (p[0] as *const u8, p[1]);
    for _ in 0..n {
        // SAFETY: loop contract; pointers advance by the operand steps.
        unsafe {
            wr::<O>(o, F::f(rd::<A>(a)));
        }
        a = a.wrapping_offset(s[0]);
        o = o.wrapping_offset(s[1]);
    }
    Ok(())
}

/// Binary driver.
///
/// # Safety
/// Loop contract with three operands.
pub unsafe fn binary<A: Copy, B: Copy, O: Copy, F: Bin<A, B, O>>(
    p: &[*mut u8],
    n: usize,
    s: &[isize],
) -> Result<()> {
    let (sa, sb, so) = (
        size_of::<A>() as isize,
        size_of::<B>() as isize,
        size_of::<O>() as isize,
    );
    if s[2] == so {
        // SAFETY (all three): contiguous output of n elements and inputs
        // either contiguous or constant (step 0), per the loop contract.
        let (a, b, o) = (p[0] as *const A, p[1] as *const B, p[2] as *mut O);
        if s[0] == sa && s[1] == sb {
            unsafe {
                streamed(o, n, |i, len, dst| {
                    bin_contig::<A, B, O, F>(a.add(i), b.add(i), dst, len)
                })
            };
            return Ok(());
        }
        if s[0] == sa && s[1] == 0 {
            let bv = unsafe { rd::<B>(p[1]) };
            unsafe {
                streamed(o, n, |i, len, dst| {
                    bin_scalar_b::<A, B, O, F>(a.add(i), bv, dst, len)
                })
            };
            return Ok(());
        }
        if s[0] == 0 && s[1] == sb {
            let av = unsafe { rd::<A>(p[0]) };
            unsafe {
                streamed(o, n, |i, len, dst| {
                    bin_scalar_a::<A, B, O, F>(av, b.add(i), dst, len)
                })
            };
            return Ok(());
        }
    }
    let (mut a, mut b, mut o) = (p[0] as *const u8, p[1] as *const u8, p[2]);
    for _ in 0..n {
        // SAFETY: loop contract.
        unsafe { wr::<O>(o, F::f(rd::<A>(a), rd::<B>(b))) };
        a = a.wrapping_offset(s[0]);
        b = b.wrapping_offset(s[1]);
        o = o.wrapping_offset(s[2]);
    }
    Ok(())
}

/// Binary driver for operations that may fail.
///
/// # Safety
/// Loop contract with three operands.
pub unsafe fn try_binary<A: Copy, B: Copy, O: Copy, F: TryBin<A, B, O>>(
    p: &[*mut u8],
    n: usize,
    s: &[isize],
) -> Result<()> {
    let (mut a, mut b, mut o) = (p[0] as *const u8, p[1] as *const u8, p[2]);
    for _ in 0..n {
        // SAFETY: loop contract.
        unsafe {
            let v = F::f(rd::<A>(a), rd::<B>(b)).map_err(Error::invalid)?;
            wr::<O>(o, v);
        }
        a = a.wrapping_offset(s[0]);
        b = b.wrapping_offset(s[1]);
        o = o.wrapping_offset(s[2]);
    }
    Ok(())
}

/// One input, two outputs.
///
/// # Safety
/// Loop contract with three operands.
pub unsafe fn unary2<A: Copy, O1: Copy, O2: Copy, F: Un2<A, O1, O2>>(
    p: &[*mut u8],
    n: usize,
    s: &[isize],
) -> Result<()> {
    let (mut a, mut o1, mut o2) = (p[0] as *const u8, p[1], p[2]);
    for _ in 0..n {
        // SAFETY: loop contract.
        unsafe {
            let (x, y) = F::f(rd::<A>(a));
            wr::<O1>(o1, x);
            wr::<O2>(o2, y);
        }
        a = a.wrapping_offset(s[0]);
        o1 = o1.wrapping_offset(s[1]);
        o2 = o2.wrapping_offset(s[2]);
    }
    Ok(())
}

/// Two inputs, two outputs.
///
/// # Safety
/// Loop contract with four operands.
pub unsafe fn binary2<A: Copy, B: Copy, O1: Copy, O2: Copy, F: Bin2<A, B, O1, O2>>(
    p: &[*mut u8],
    n: usize,
    s: &[isize],
) -> Result<()> {
    let (mut a, mut b, mut o1, mut o2) = (p[0] as *const u8, p[1] as *const u8, p[2], p[3]);
    for _ in 0..n {
        // SAFETY: loop contract.
        unsafe {
            let (x, y) = F::f(rd::<A>(a), rd::<B>(b));
            wr::<O1>(o1, x);
            wr::<O2>(o2, y);
        }
        a = a.wrapping_offset(s[0]);
        b = b.wrapping_offset(s[1]);
        o1 = o1.wrapping_offset(s[2]);
        o2 = o2.wrapping_offset(s[3]);
    }
    Ok(())
}

/// Three inputs, one output.
///
/// # Safety
/// Loop contract with four operands.
pub unsafe fn ternary<A: Copy, B: Copy, C: Copy, O: Copy, F: Tern<A, B, C, O>>(
    p: &[*mut u8],
    n: usize,
    s: &[isize],
) -> Result<()> {
    let (mut a, mut b, mut c, mut o) = (
        p[0] as *const u8,
        p[1] as *const u8,
        p[2] as *const u8,
        p[3],
    );
    for _ in 0..n {
        // SAFETY: loop contract.
        unsafe { wr::<O>(o, F::f(rd::<A>(a), rd::<B>(b), rd::<C>(c))) };
        a = a.wrapping_offset(s[0]);
        b = b.wrapping_offset(s[1]);
        c = c.wrapping_offset(s[2]);
        o = o.wrapping_offset(s[3]);
    }
    Ok(())
}
