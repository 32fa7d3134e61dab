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
//! In float64 (float32 subnormals are normal there): same reduction, degree-3
//! fit of `Q` (relative error 2^-34.8), no extra-precision steps, one
//! rounding to float32. Only the quotient `s` is computed in float32 (`f` is
//! exact there); see the comment at the division.

use super::exp::{LN2_HI, LN2_LO};
use super::{horner, two_prod, MAGIC};

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

/// Float32 version of `Q` (degree 3).
const Q32: [f64; 4] = [
    0.6666666655449666,
    0.4000012184016053,
    0.28550820775753505,
    0.233304683103737,
];

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
    let xd = x as f64;
    let (f, eb) = reduce(xd);
    let ef = eb - 1022.0;
    // The quotient in float32 (twice the lanes): its relative error 2^-23
    // enters only through `s (hfsq + r)`, below `f^3/4`, i.e. at most 0.1
    // float32 ULP of the result.
    let fs = f as f32;
    let s = (fs / (2.0 + fs)) as f64;
    let z = s * s;
    let r = z * horner(z, &Q32);
    let hfsq = 0.5 * f * f;
    let res = (ef * super::exp::LN2 + (f - (hfsq - s * (hfsq + r)))) as f32;
    let res = if x == f32::INFINITY { x } else { res };
    let res = if x == 0.0 { f32::NEG_INFINITY } else { res };
    let res = if x < 0.0 { f32::NAN } else { res };
    if x.is_nan() {
        x + x
    } else {
        res
    }
}
