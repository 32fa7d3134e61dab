//! Natural logarithm.
//!
//! # Method (float64)
//!
//! Reduction: subnormal inputs are first multiplied by 2^54 (exact). Then
//! `x = 2^e m` with `m` in `[sqrt(1/2), sqrt(2))`, read off the bits: after
//! subtracting the mantissa bits of sqrt(2)/2 from the bit pattern, the
//! exponent field is `e + 1022` whether or not the subtraction borrowed, and
//! `m` is the input with `e` removed from its exponent field. `f = m - 1` is
//! exact (Sterbenz) and lies in `[-0.293, 0.415)`.
//!
//! Approximation: with `s = f / (2 + f)`, `log(1 + f) = 2 atanh(s)`, and
//! the identity `2s = f - s f = f - (hfsq - s hfsq)` where `hfsq = f^2/2`
//! gives
//! `log(1 + f) = f - hfsq + s (hfsq + R(z))`, `z = s^2 <= 0.0295`,
//! `R(z) = 2z/3 + 2z^2/5 + ... = z Q(z)`, with `Q` a degree-7 near-minimax
//! fit of `(2 atanh(s)/s - 2) / z` (error of `R` below 2^-59.7 relative).
//! The only large terms are `f` and `hfsq`; `f^2` is formed as `hi + lo` to
//! 2^-104 relative with a Dekker product, `f - hfsq_hi` with its exact error (Fast2Sum), so the
//! rounding errors left are those of `s (hfsq + R)` (itself below
//! `|f|^3/4`, i.e. at most 1/23 of the result) and of the small correction
//! sums: together under 0.05 ULP.
//!
//! Reconstruction: `log(x) = e LN2_HI + (f - hfsq) + (corrections + e
//! LN2_LO)`. `e LN2_HI` is exact (LN2_HI has 42 bits, `e` at most 11),
//! and its sum with the leading part `f - hfsq` (smaller in magnitude) is
//! done as Fast2Sum, so the final addition is the only sizable rounding:
//! total error below 0.56 ULP.
//!
//! Special values by select: `log(+0) = log(-0) = -inf`, `log(x < 0) =
//! NaN`, `log(+inf) = +inf`, NaN in gives NaN out; `log(1) = +0` falls out
//! of the arithmetic.
//!
//! # Method (float32)
//!
//! The same algorithm in float32 arithmetic (sixteen lanes per AVX-512
//! vector): subnormals scaled by 2^24, the bit-level reduction with the
//! float32 mantissa of sqrt(2)/2, a degree-3 fit of `Q` (2^-34.8 before
//! rounding the coefficients), `f^2` by a float32 Dekker product,
//! `LN2_HI_F` with 16 bits. The term `s (hfsq + R)` is at most 1/23 of the
//! result and carries a relative error of a few 2^-24 (quotient, rounded
//! coefficients), i.e. under 0.2 ULP; with the final rounding the error
//! stays below 0.75 ULP.

use super::exp::{LN2_HI, LN2_LO};
use super::{horner, horner32, two_prod, MAGIC};

/// `Q(z)`, `R(z) = z Q(z)`.
const Q64: [f64; 8] = [
    0.6666666666666666,
    0.4000000000000088,
    0.2857142857080361,
    0.22222222391714744,
    0.18181795640044723,
    0.15386239707611124,
    0.13268773010203216,
    0.13086627491197242,
];

/// Float32 version of `Q` (degree 3, fit error 2^-34.8 before rounding
/// the coefficients to float32).
const Q32: [f32; 4] = [
    0.6666666865348816,
    0.4000012278556824,
    0.2855082154273987,
    0.2333046793937683,
];
/// Mantissa bits of sqrt(2)/2 in float32.
const SQRT_HALF_MANT_F: u32 = 0x003504F3;
/// 1.5 * 2^23.
const MAGIC_F: f32 = 12582912.0;
/// ln2 rounded to 16 significant bits (`|e| <= 150` has 8).
const LN2_HI_F: f32 = 0.693145751953125;
/// ln2 - LN2_HI_F.
const LN2_LO_F: f32 = 1.428606765330187e-06;

/// Mantissa bits of sqrt(2)/2.
const SQRT_HALF_MANT: u64 = 0x0006A09E667F3BCD;

/// Splits a positive normal `x` into `(f, e + 1022)`, `x = 2^e (1 + f)`,
/// `1 + f` in `[sqrt(1/2), sqrt(2))`, the biased exponent as a float.
#[inline(always)]
fn reduce(x: f64) -> (f64, f64) {
    let bits = x.to_bits();
    let eb = bits.wrapping_sub(SQRT_HALF_MANT) >> 52; // e + 1022
    let m = f64::from_bits(bits.wrapping_sub(eb << 52).wrapping_add(1022 << 52));
    let ef = f64::from_bits(MAGIC.to_bits().wrapping_add(eb)) - MAGIC;
    (m - 1.0, ef)
}

/// Natural logarithm for float64, within 1 ULP of the exact result.
#[inline(always)]
pub fn log_f64_1(x: f64) -> f64 {
    let sub = x < f64::MIN_POSITIVE;
    let xs = if sub { x * 18014398509481984.0 } else { x }; // 2^54
    let (f, eb) = reduce(xs);
    let ef = eb - if sub { 1022.0 + 54.0 } else { 1022.0 };
    let s = f / (2.0 + f);
    let z = s * s;
    let r = z * horner(z, &Q64);
    let (p, pl) = two_prod(f, f);
    let hh = 0.5 * p;
    let hl = 0.5 * pl;
    let d = f - hh;
    let dl = (f - d) - hh;
    let el = ef * LN2_HI;
    let hi = el + d;
    let lo = ((el - hi) + d) + ((dl - hl) + (s * (hh + hl + r) + ef * LN2_LO));
    let res = hi + lo;
    let res = if x == f64::INFINITY { x } else { res };
    let res = if x == 0.0 { f64::NEG_INFINITY } else { res };
    let res = if x < 0.0 { f64::NAN } else { res };
    if x.is_nan() {
        x + x
    } else {
        res
    }
}

/// Natural logarithm for float32, within 1 ULP of the exact result.
#[inline(always)]
pub fn log_f32_1(x: f32) -> f32 {
    let sub = x < f32::MIN_POSITIVE;
    let xs = if sub { x * 16777216.0 } else { x }; // 2^24
    let bits = xs.to_bits();
    let eb = bits.wrapping_sub(SQRT_HALF_MANT_F) >> 23; // e + 126
    let m = f32::from_bits(bits.wrapping_sub(eb << 23).wrapping_add(126 << 23));
    let ef = f32::from_bits(MAGIC_F.to_bits().wrapping_add(eb)) - MAGIC_F;
    let ef = ef - if sub { 126.0 + 24.0 } else { 126.0 };
    let f = m - 1.0;
    let s = f / (2.0 + f);
    let z = s * s;
    let r = z * horner32(z, &Q32);
    let (p, pl) = two_prod32(f, f);
    let hh = 0.5 * p;
    let hl = 0.5 * pl;
    let d = f - hh;
    let dl = (f - d) - hh;
    let el = ef * LN2_HI_F;
    let hi = el + d;
    let lo = ((el - hi) + d) + ((dl - hl) + (s * (hh + hl + r) + ef * LN2_LO_F));
    let res = hi + lo;
    let res = if x == f32::INFINITY { x } else { res };
    let res = if x == 0.0 { f32::NEG_INFINITY } else { res };
    let res = if x < 0.0 { f32::NAN } else { res };
    if x.is_nan() {
        x + x
    } else {
        res
    }
}

/// Dekker's product in float32 (12-bit halves by masking), good to 2^-46
/// relative.
#[inline(always)]
pub(crate) fn two_prod32(a: f32, b: f32) -> (f32, f32) {
    let p = a * b;
    let ah = f32::from_bits(a.to_bits() & 0xFFFF_F000);
    let bh = f32::from_bits(b.to_bits() & 0xFFFF_F000);
    let (al, bl) = (a - ah, b - bh);
    let e = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
    (p, e)
}
