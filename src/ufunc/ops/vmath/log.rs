//! Natural logarithm.
//!
//! # Method (float64)
//!
//! Reduction: subnormal inputs are first multiplied by 2^52 (exact). Then
//! `x = 2^e m` with `m` in `[sqrt(1/2), sqrt(2))`, read off the bits: with
//! `t = bits(x) - mant(sqrt(1/2))`, the exponent field of `t` is `e + 1022`
//! whether or not the subtraction borrowed, and `(t & mantissa mask) +
//! bits(sqrt(1/2))` is the bit pattern of `m` (the addition carries into the
//! exponent exactly when `m >= 1`). `e` becomes a float by the 2^52 trick
//! (`bits(2^52) | (e + 1022)` is `2^52 + e + 1022`). `f = m - 1` and
//! `g = m/2 - 1/2 = f/2` (halving `m` by decrementing its exponent) are
//! exact (Sterbenz); `f` lies in `[-0.293, 0.415)`. No multiplication is
//! spent on the reduction: multiplications and FMAs are the scarce
//! operations of the SIMD loop.
//!
//! Approximation: with `s = f / (2 + f)`, `log(1 + f) = 2 atanh(s)`, and
//! the identity `2s = f - s f = f - (hfsq - s hfsq)` where `hfsq = f^2/2`
//! gives
//! `log(1 + f) = f - hfsq + s (hfsq + R(z))`, `z = s^2 <= 0.0295`,
//! `R(z) = 2z/3 + 2z^2/5 + ... = z Q(z)`, with `Q` a degree-6 near-minimax
//! fit of `(2 atanh(s)/s - 2) / z` (error of `R` below 2^-58.9 relative to
//! `2s`). The rounding errors of `s` matter little: they reach the result
//! multiplied by `hfsq + R`, at most 0.05 relative. `hfsq = g f` is
//! rounded (at most 2^-57 absolute, an eighth of an ULP of a result of
//! magnitude at least 0.34, and relatively less where the result is
//! smaller), and so is `c = s (hfsq + R) - hfsq` (the same bound).
//!
//! Reconstruction: `log(x) = e LN2_HI + f + (e LN2_LO + c)`. `e LN2_HI` is
//! exact (LN2_HI has 42 bits, `e` at most 11), and its sum with `f`
//! (smaller in magnitude unless `e = 0`) is taken with its exact error
//! (Fast2Sum), which joins the small terms. With the final rounding the
//! total stays below 0.9 ULP (0.87 measured), FMA or not.
//!
//! The slice functions run the main path alone over a block and redo the
//! block's other inputs (zeros, subnormals, negatives, inf, NaN), if any,
//! with the complete function. Special values by select there:
//! `log(+0) = log(-0) = -inf`, `log(x < 0) =
//! NaN`, `log(+inf) = +inf`, NaN in gives NaN out; `log(1) = +0` falls out
//! of the arithmetic.
//!
//! # Method (float32)
//!
//! In float32 arithmetic (sixteen lanes per AVX-512 vector), without a
//! table or a division: subnormals scaled by 2^23, `x = 2^k m` with `m` in
//! `[2/3, 4/3)` by the same bit manipulation (offset `bits(2/3)`),
//! `f = m - 1` exact (Sterbenz), `log(1 + f) = f + f^2 P(f)`, `P` of degree
//! 8 fitted on `[-1/3, 1/3]` (error 2^-26.2 relative to the result with the
//! coefficients rounded to float32). `a = k LN2_HI_F` is exact (16 + 8
//! bits), `h = a + f` is taken with its exact error (Fast2Sum,
//! `|a| >= 0.69 > |f|` unless `k = 0`), and
//! `log x = h + (err + fma(f^2, P, k LN2_LO_F))`. The bracket is at most a
//! sixth of the result, so its roundings add below 0.2 ULP: with the fit
//! error and the final rounding the total stays below 1 ULP.

use super::exp::{LN2_HI, LN2_LO};
use super::{fma, fma32, horner, horner32};

/// `Q(z)`, `R(z) = z Q(z)`.
const Q64: [f64; 7] = [
    0.6666666666666734,
    0.3999999999941463,
    0.28571428742396404,
    0.22222198572397808,
    0.18183564362754992,
    0.15314049697045626,
    0.14795957609284005,
];
/// Mantissa bits of sqrt(2)/2.
const SQRT_HALF_MANT: u64 = 0x0006A09E667F3BCD;
/// Bits of sqrt(2)/2.
const SQRT_HALF_BITS: u64 = 0x3FE6A09E667F3BCD;
/// Mantissa field.
const MANT_MASK: u64 = (1 << 52) - 1;
/// 2^52 and its bits: `from_bits(TWO52_BITS | n) = 2^52 + n` for `n < 2^52`.
const TWO52: f64 = 4503599627370496.0;
const TWO52_BITS: u64 = 0x4330_0000_0000_0000;

/// `P(f)`, `log(1 + f) ~ f + f^2 P(f)` on `[-1/3, 1/3]`.
const P32: [f32; 9] = [
    -0.5,
    0.3333320617675781,
    -0.2499963790178299,
    0.20010896027088165,
    -0.16684593260288239,
    0.13999086618423462,
    -0.12141629308462143,
    0.1401381939649582,
    -0.13046103715896606,
];
/// ln2 rounded to 16 significant bits (`|k| <= 150` has 8).
const LN2_HI_F: f32 = 0.693145751953125;
/// ln2 - LN2_HI_F.
const LN2_LO_F: f32 = 1.428606765330187e-06;
/// Bits of 2/3 in float32.
const OFF_F: u32 = 0x3F2A_AAAB;

/// Natural logarithm for float64 (baseline form), within 1 ULP of the
/// exact result.
#[inline(always)]
pub fn log_f64_1(x: f64) -> f64 {
    log_f64_g::<false>(x)
}

/// The bits of `x` as a signed integer: `x` is a positive normal finite
/// number (an input the `fast` forms handle) if and only if this lies in
/// `[bits(MIN_POSITIVE), bits(INFINITY))`.
#[inline(always)]
pub(crate) fn log_f64_key(x: f64) -> i64 {
    x.to_bits() as i64
}

/// [`log_f64_key`] for float32.
#[inline(always)]
pub(crate) fn log_f32_key(x: f32) -> i32 {
    x.to_bits() as i32
}

/// `log(2^-adj x)` for a positive normal finite `x`.
#[inline(always)]
fn log64_core<const F: bool>(x: f64, adj: f64) -> f64 {
    let t = x.to_bits().wrapping_sub(SQRT_HALF_MANT);
    // Exponent field of `t` = e + 1022; its mantissa field plus that of
    // sqrt(1/2) is m's, carrying into m's exponent when m >= 1.
    let mb = (t & MANT_MASK).wrapping_add(SQRT_HALF_BITS);
    let m = f64::from_bits(mb);
    let ef = f64::from_bits((t >> 52) | TWO52_BITS) - (TWO52 + 1022.0 + adj);
    let f = m - 1.0;
    // g = f / 2 = m / 2 - 1/2, exactly (Sterbenz), without a multiplication.
    let g = f64::from_bits(mb - (1 << 52)) - 0.5;
    let s = f / (2.0 + f);
    let z = s * s;
    let hf = g * f;
    let a = fma::<F>(z, horner::<F, 7>(z, &Q64), hf);
    let c = fma::<F>(s, a, -hf);
    let el = ef * LN2_HI;
    let hi = el + f;
    let lo = fma::<F>(ef, LN2_LO, (el - hi) + f);
    hi + (lo + c)
}

/// Natural logarithm for float64, valid for positive normal finite `x`.
#[inline(always)]
pub(crate) fn log_f64_fast<const F: bool>(x: f64) -> f64 {
    log64_core::<F>(x, 0.0)
}

/// Natural logarithm for float64.
#[inline(always)]
pub(crate) fn log_f64_g<const F: bool>(x: f64) -> f64 {
    let sub = x < f64::MIN_POSITIVE;
    let xs = if sub { x * 4503599627370496.0 } else { x }; // 2^52
    let res = log64_core::<F>(xs, if sub { 52.0 } else { 0.0 });
    let res = if x == f64::INFINITY { x } else { res };
    let res = if x == 0.0 { f64::NEG_INFINITY } else { res };
    let res = if x < 0.0 { f64::NAN } else { res };
    if x.is_nan() {
        x + x
    } else {
        res
    }
}

/// Natural logarithm for float32 (baseline form), within 1 ULP of the
/// exact result.
#[inline(always)]
pub fn log_f32_1(x: f32) -> f32 {
    log_f32_g::<false>(x)
}

/// `log(2^-adj x)` for a positive normal finite `x`.
#[inline(always)]
fn log32_core<const F: bool>(x: f32, adj: f32) -> f32 {
    let ix = x.to_bits();
    let t = ix.wrapping_sub(OFF_F);
    let k = (t as i32) >> 23;
    let m = f32::from_bits(ix.wrapping_sub(t & 0xFF80_0000));
    let kf = k as f32 - adj;
    let f = m - 1.0;
    let a = kf * LN2_HI_F;
    let h = a + f;
    let err = (a - h) + f;
    let lo = fma32::<F>(f * f, horner32::<F, 9>(f, &P32), kf * LN2_LO_F);
    h + (err + lo)
}

/// Natural logarithm for float32, valid for positive normal finite `x`.
#[inline(always)]
pub(crate) fn log_f32_fast<const F: bool>(x: f32) -> f32 {
    log32_core::<F>(x, 0.0)
}

/// Natural logarithm for float32.
#[inline(always)]
pub(crate) fn log_f32_g<const F: bool>(x: f32) -> f32 {
    let sub = x < f32::MIN_POSITIVE;
    let xs = if sub { x * 8388608.0 } else { x }; // 2^23
    let res = log32_core::<F>(xs, if sub { 23.0 } else { 0.0 });
    let res = if x == f32::INFINITY { x } else { res };
    let res = if x == 0.0 { f32::NEG_INFINITY } else { res };
    let res = if x < 0.0 { f32::NAN } else { res };
    if x.is_nan() {
        x + x
    } else {
        res
    }
}
