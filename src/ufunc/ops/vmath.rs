//! Vectorizable elementwise math: exp, exp2, log, sin, cos and tanh for float64
//! and float32, written as straight-line arithmetic so that the compiler
//! turns a loop over a slice into SIMD code.
//!
//! # Rules every element function follows
//!
//! * Only `+ - * /`, fused multiply-add through [`fma`] / [`fma32`],
//!   comparisons, selects (`if` on values with two cheap arms) and bit
//!   manipulation through `to_bits` / `from_bits`. Every element function
//!   is generic over `const F: bool`: the AVX-512 and AVX2 builds (whose
//!   CPUs have FMA) use `F = true` and fuse, the baseline build uses
//!   `F = false`, where [`fma`] is a plain multiply and add (`mul_add`
//!   without the `fma` target feature would call a slow software routine).
//!   Each function's error analysis covers both forms, so the two may differ
//!   by one unit in the last place (two for tanh, see below); all results
//!   stay within the bounds below. The per-element `F_T_1` entry points are the baseline forms.
//! * No branches that depend on the data and no calls the optimizer cannot
//!   see through. Special inputs (NaN, infinities, zeros, out-of-domain,
//!   overflow, underflow) are folded in with selects after the main path.
//! * Float-to-integer conversion uses the "add 1.5 * 2^52" trick: after
//!   `t = y + 1.5 * 2^52` the low bits of `t` hold `round(y)` (ties to even)
//!   and `t - 1.5 * 2^52` is that integer as a float. This needs no
//!   conversion instructions (AVX2 has none for 64-bit integers) and only
//!   64-bit integer add/sub/shift/and, which every SIMD level has.
//! * The float32 exp, log and tanh work in float32 throughout (sixteen lanes
//!   per AVX-512 vector) with shorter polynomials, and so does the float32
//!   sine of the SIMD builds for `|x| <= 2^17`. The float32 cosine (and the
//!   baseline float32 sine) compute in float64 with shorter polynomials and
//!   round once at the end; the float64 intermediate is accurate to about
//!   2^-32 relative, so their result is within 0.51 ULP of the exact value.
//! * Slice functions whose main path does not cover every input (log: zeros,
//!   subnormals, negatives, inf, NaN; float64 exp: `|x| > 708`, inf, NaN;
//!   float64 tanh: `|x| > 18`, inf, NaN; sin and cos: huge arguments) run it
//!   alone over a block of `BLOCK` elements and redo the block's other
//!   inputs, if any, with the complete function.
//!
//! # Accuracy
//!
//! Every function but float32 tanh and the float32 sine of the SIMD builds
//! is designed to stay below 1 ULP from the exact result (0.5 ULP from the
//! last rounding plus at most a few tenths of an ULP from everything before
//! it), so it differs from a correctly rounded result by at most one unit
//! in the last place; those two stay below 2 ULP (float32 tanh below 1.5). The
//! per-function error analysis is next to each implementation.
//! `tests/vmath.rs` checks this against the C library (whose exp, log, sin
//! and cos are within 1 ULP; its float64 tanh is only within 2-3 ULP,
//! against which 2 is allowed; float32 tanh is checked against the rounded
//! float64 one).
//!
//! # Entry points
//!
//! For each function `F` and type `T` there is
//! * `F_T_1(x: T) -> T`, `#[inline(always)]`, for use inside generic element
//!   operations (exp, log and tanh are complete there; sin and cos are
//!   complete too but call the C library for huge arguments, which stops
//!   auto-vectorization, so loops should use the slice functions);
//! * `F_T(src: &[T], dst: &mut [T])`, a slice function compiled for AVX-512,
//!   AVX2+FMA and the baseline and dispatched by
//!   [`crate::ufunc::kernels::level`] (`src` and `dst` must have the same
//!   length; being distinct borrows they cannot overlap);
//! * `F_T_inplace(buf: &mut [T])`, the same in place.

#![allow(clippy::excessive_precision, clippy::unreadable_literal)]

mod exp;
mod exp2;
mod log;
mod tanh;
mod trig;

pub use exp::{exp_f32_1, exp_f64_1};
pub use exp2::{exp2_f32_1, exp2_f64_1};
pub use log::{log_f32_1, log_f64_1};
pub use tanh::{tanh_f32_1, tanh_f64_1};
pub use trig::{cos_f32_1, cos_f64_1, sin_f32_1, sin_f64_1};

use crate::ufunc::kernels::{level, Level};
use trig::{cos_f32_body, cos_f64_body, sin_f32_body, sin_f64_body};

/// 1.5 * 2^52: adding it to a float of magnitude below 2^51 rounds that
/// float to an integer, which then sits in the low mantissa bits.
pub(crate) const MAGIC: f64 = 6755399441055744.0;

/// `a * b + c`: fused (one rounding) if `F`, else two roundings. Only use
/// `F = true` in code compiled with the `fma` target feature.
#[inline(always)]
pub(crate) fn fma<const F: bool>(a: f64, b: f64, c: f64) -> f64 {
    if F {
        a.mul_add(b, c)
    } else {
        a * b + c
    }
}

/// [`fma`] in float32.
#[inline(always)]
pub(crate) fn fma32<const F: bool>(a: f32, b: f32, c: f32) -> f32 {
    if F {
        a.mul_add(b, c)
    } else {
        a * b + c
    }
}

/// Horner evaluation `c[0] + x * (c[1] + x * (...))`, fully unrolled.
#[inline(always)]
pub(crate) fn horner<const F: bool, const N: usize>(x: f64, c: &[f64; N]) -> f64 {
    let mut acc = c[N - 1];
    let mut i = N - 1;
    while i > 0 {
        i -= 1;
        acc = fma::<F>(acc, x, c[i]);
    }
    acc
}

/// [`horner`] in float32.
#[inline(always)]
pub(crate) fn horner32<const F: bool, const N: usize>(x: f32, c: &[f32; N]) -> f32 {
    let mut acc = c[N - 1];
    let mut i = N - 1;
    while i > 0 {
        i -= 1;
        acc = fma32::<F>(acc, x, c[i]);
    }
    acc
}

/// Splits `a` into `hi + lo` (exactly) with `hi` the top 26 significant
/// bits (low 27 mantissa bits cleared) and `lo` at most 27 significant bits,
/// so `hi * hi'` and `hi * lo'` are exact products.
#[inline(always)]
pub(crate) fn split(a: f64) -> (f64, f64) {
    let hi = f64::from_bits(a.to_bits() & 0xFFFF_FFFF_F800_0000);
    (hi, a - hi)
}

/// `hi + lo == a * b`: exactly with FMA, else Dekker's product, exact up to
/// the rounding of the `lo * lo` partial product (2^-104 relative), for
/// operands well inside the exponent range.
#[inline(always)]
pub(crate) fn two_prod<const F: bool>(a: f64, b: f64) -> (f64, f64) {
    let p = a * b;
    if F {
        return (p, a.mul_add(b, -p));
    }
    let (ah, al) = split(a);
    let (bh, bl) = split(b);
    let e = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
    (p, e)
}

/// Knuth's two-sum: `s + e == a + b` exactly, whatever the magnitudes.
#[inline(always)]
pub(crate) fn two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    let bb = s - a;
    let e = (a - (s - bb)) + (b - bb);
    (s, e)
}

/// Block length of the sin/cos slice functions: the vector path runs over a
/// block, then the (rare) arguments beyond its range are redone one by one.
pub(crate) const BLOCK: usize = 256;

/// Declares `$name(src, dst)` and `$inplace(buf)` for an element function
/// `$body: fn(&[T], &mut [T])` run on (src, dst) chunks, compiled three
/// times and dispatched by SIMD level.
macro_rules! slice_fns {
    ($(#[$doc:meta])* $name:ident, $inplace:ident, $t:ty, $body:ident) => {
        $(#[$doc])*
        ///
        /// # Panics
        /// If `src` and `dst` differ in length.
        pub fn $name(src: &[$t], dst: &mut [$t]) {
            assert_eq!(src.len(), dst.len(), "vmath: src and dst lengths differ");
            #[cfg(target_arch = "x86_64")]
            #[target_feature(enable = "avx512f,avx512bw,avx512dq,avx512vl,avx2,fma")]
            unsafe fn v4(src: &[$t], dst: &mut [$t]) {
                $body::<true, 64>(src, dst)
            }
            #[cfg(target_arch = "x86_64")]
            #[target_feature(enable = "avx2,fma")]
            unsafe fn v3(src: &[$t], dst: &mut [$t]) {
                $body::<true, 32>(src, dst)
            }
            match level() {
                #[cfg(target_arch = "x86_64")]
                // SAFETY: the CPU supports the features (checked by `level`).
                Level::Avx512 => unsafe { v4(src, dst) },
                #[cfg(target_arch = "x86_64")]
                // SAFETY: as above.
                Level::Avx2 => unsafe { v3(src, dst) },
                _ => $body::<false, 16>(src, dst),
            }
        }

        $(#[$doc])*
        /// In place.
        pub fn $inplace(buf: &mut [$t]) {
            // Copy through a stack block so the slice kernel (which needs
            // distinct source and destination) can be reused.
            let mut tmp = [<$t>::default(); BLOCK];
            for chunk in buf.chunks_mut(BLOCK) {
                let n = chunk.len();
                tmp[..n].copy_from_slice(chunk);
                $name(&tmp[..n], chunk);
            }
        }
    };
}

/// Plain map of an element function over a slice pair.
macro_rules! map_body {
    ($name:ident, $t:ty, $m:ident :: $f:ident) => {
        #[inline(always)]
        fn $name<const F: bool, const W: usize>(src: &[$t], dst: &mut [$t]) {
            for (d, s) in dst.iter_mut().zip(src) {
                *d = $m::$f::<F>(*s);
            }
        }
    };
}

/// Map of a main-path element function over a slice pair, block by block;
/// the inputs of a block that the main path does not handle (those whose
/// key, an integer function of the bits, is outside `[$lo, $hi]`) are
/// redone with the complete function. The AVX-512 build (`W = 64`) runs
/// the main path one vector's worth of lanes per step and tracks the keys'
/// per-lane minima and maxima, reduced once per block (a per-element flag
/// gets reduced across lanes at every step, and the loop vectorizer's
/// unrolling runs out of registers); the narrower builds vectorize a plain
/// loop better.
macro_rules! checked_body {
    ($name:ident, $t:ty, $it:ty, $m:ident :: {$fast:ident, $full:ident, $key:ident}, $lo:expr, $hi:expr) => {
        #[inline(always)]
        fn $name<const F: bool, const W: usize>(src: &[$t], dst: &mut [$t]) {
            // Lanes of one vector of `W` bytes (at most 16).
            let lanes = W / std::mem::size_of::<$t>();
            let ok = |k: $it| ($lo..=$hi).contains(&k);
            for (s, d) in src.chunks(BLOCK).zip(dst.chunks_mut(BLOCK)) {
                let bad = if W == 64 {
                    let mut lo = [<$it>::MAX; 16];
                    let mut hi = [<$it>::MIN; 16];
                    let mut oc = d.chunks_exact_mut(lanes);
                    let mut xc = s.chunks_exact(lanes);
                    for (o, x) in (&mut oc).zip(&mut xc) {
                        for i in 0..lanes {
                            o[i] = $m::$fast::<F>(x[i]);
                            let k = $m::$key(x[i]);
                            lo[i] = if k < lo[i] { k } else { lo[i] };
                            hi[i] = if k > hi[i] { k } else { hi[i] };
                        }
                    }
                    for (o, &x) in oc.into_remainder().iter_mut().zip(xc.remainder()) {
                        *o = $m::$fast::<F>(x);
                        let k = $m::$key(x);
                        lo[0] = lo[0].min(k);
                        hi[0] = hi[0].max(k);
                    }
                    let lo = lo[..lanes].iter().fold(<$it>::MAX, |a, &b| a.min(b));
                    let hi = hi[..lanes].iter().fold(<$it>::MIN, |a, &b| a.max(b));
                    !ok(lo) || !ok(hi)
                } else {
                    let mut bad = 0u32;
                    for (o, &x) in d.iter_mut().zip(s) {
                        *o = $m::$fast::<F>(x);
                        bad |= (!ok($m::$key(x))) as u32;
                    }
                    bad != 0
                };
                if bad {
                    for (o, &x) in d.iter_mut().zip(s) {
                        if !ok($m::$key(x)) {
                            *o = $m::$full::<F>(x);
                        }
                    }
                }
            }
        }
    };
}

checked_body!(
    exp_f64_body,
    f64,
    i64,
    exp::{exp_f64_fast, exp_f64_g, exp_f64_key},
    0,
    exp::EXP_FAST_MAX
);
map_body!(exp_f32_body, f32, exp::exp_f32_g);
map_body!(exp2_f64_body, f64, exp2::exp2_f64_g);
map_body!(exp2_f32_body, f32, exp2::exp2_f32_g);
checked_body!(
    log_f64_body,
    f64,
    i64,
    log::{log_f64_fast, log_f64_g, log_f64_key},
    f64::MIN_POSITIVE.to_bits() as i64,
    f64::INFINITY.to_bits() as i64 - 1
);
checked_body!(
    log_f32_body,
    f32,
    i32,
    log::{log_f32_fast, log_f32_g, log_f32_key},
    f32::MIN_POSITIVE.to_bits() as i32,
    f32::INFINITY.to_bits() as i32 - 1
);
checked_body!(
    tanh_f64_body,
    f64,
    i64,
    tanh::{tanh_f64_fast, tanh_f64_g, tanh_f64_key},
    0,
    tanh::TANH_FAST_MAX
);
map_body!(tanh_f32_body, f32, tanh::tanh_f32_g);

slice_fns!(
    /// `dst[i] = exp(src[i])` for float64.
    exp_f64, exp_f64_inplace, f64, exp_f64_body
);
slice_fns!(
    /// `dst[i] = exp(src[i])` for float32.
    exp_f32, exp_f32_inplace, f32, exp_f32_body
);
slice_fns!(
    /// `dst[i] = 2^src[i]` for float64.
    exp2_f64, exp2_f64_inplace, f64, exp2_f64_body
);
slice_fns!(
    /// `dst[i] = 2^src[i]` for float32.
    exp2_f32, exp2_f32_inplace, f32, exp2_f32_body
);
slice_fns!(
    /// `dst[i] = log(src[i])` for float64.
    log_f64, log_f64_inplace, f64, log_f64_body
);
slice_fns!(
    /// `dst[i] = log(src[i])` for float32.
    log_f32, log_f32_inplace, f32, log_f32_body
);
slice_fns!(
    /// `dst[i] = tanh(src[i])` for float64.
    tanh_f64, tanh_f64_inplace, f64, tanh_f64_body
);
slice_fns!(
    /// `dst[i] = tanh(src[i])` for float32.
    tanh_f32, tanh_f32_inplace, f32, tanh_f32_body
);
slice_fns!(
    /// `dst[i] = sin(src[i])` for float64.
    sin_f64, sin_f64_inplace, f64, sin_f64_body
);
slice_fns!(
    /// `dst[i] = sin(src[i])` for float32.
    sin_f32, sin_f32_inplace, f32, sin_f32_body
);
slice_fns!(
    /// `dst[i] = cos(src[i])` for float64.
    cos_f64, cos_f64_inplace, f64, cos_f64_body
);
slice_fns!(
    /// `dst[i] = cos(src[i])` for float32.
    cos_f32, cos_f32_inplace, f32, cos_f32_body
);
