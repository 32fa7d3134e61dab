//! Exponential.
//!
//! # Method (float64)
//!
//! Reduction: `x = k ln2 + r` with `k = round(x / ln2)`, `|r| <= ln2/2`
//! (plus a rounding hair). `ln2` is split Cody-Waite style into `LN2_HI`,
//! which has 42 significant bits, and `LN2_LO = ln2 - LN2_HI`. With
//! `|k| <= 1076` (11 bits), `k * LN2_HI` is exact and `x - k * LN2_HI` is
//! exact too (the operands are within a factor two of each other, Sterbenz).
//! The remaining `k * LN2_LO` is subtracted with its rounding error kept:
//! `r = rh - rl` rounded, `c = (rh - r) - rl` (exact, Fast2Sum), so `r + c`
//! equals `x - k ln2` to about 2^-100 absolute.
//!
//! Approximation: `exp(r) = 1 + r + r^2 P(r)`, `P` a degree-9 polynomial,
//! a near-minimax (Chebyshev-node) fit of `(exp(r) - 1 - r) / r^2` on
//! `[-ln2/2, ln2/2]`. The error of `r^2 P(r)` against `exp(r) - 1 - r` is
//! below 2^-56 absolute with the coefficients rounded to float64 (at most
//! 0.12 ULP of a result >= 0.7; degree 10 would bring it to 2^-61.5 for two
//! more operations).
//!
//! Reconstruction: `s = 1 + r` with its exact error `e = (1 - s) + r`
//! (Fast2Sum, `|r| < 1`), then `exp(r + c) = s + (e + (c + c r + r^2 P))`.
//! Everything except the final addition is below 0.42 in magnitude, so its
//! rounding errors add at most ~2^-56 absolute, i.e. under 0.1 ULP of a
//! result in `[0.7, 1.42]`; the final addition adds 0.5 ULP. Total below
//! 0.75 ULP before scaling.
//!
//! Scaling by `2^k` is done as two exact multiplications by `2^(k>>1)` and
//! `2^(k - (k>>1))`, both normal numbers for the clamped range, so overflow
//! gives inf and results in the subnormal range are rounded once from the
//! 0.75 ULP intermediate (error below 0.5 subnormal ULP plus a vanishing
//! part). Inputs are clamped to `[-746, 710]` first (beyond, the result is
//! 0 or inf anyway), which also turns infinities into 0 and inf. NaN passes
//! through the arithmetic unchanged.
//!
//! The slice functions run a main path alone over a block: for `|x| <= 708`
//! the result and `2^k` are normal, so without clamps `2^k` is applied by
//! adding `k` to the exponent field of `s + lo` (the same value as the two
//! multiplications). The block's other inputs (larger `|x|`, infinities,
//! NaN), if any, are redone with the complete function.
//!
//! # Method (float32)
//!
//! The same algorithm in float32 arithmetic: inputs clamped to `[-104, 89]`
//! (`|k| <= 151`), `LN2_HI_F` with 16 significant bits so `k LN2_HI_F` and
//! `x - k LN2_HI_F` are exact, the correction `c`, a degree-5 fit
//! (2^-32.5 before rounding the coefficients; the rounding of `1/6` adds
//! below 2^-28 absolute), and the same Fast2Sum reconstruction: the
//! rounding errors before the final addition stay below 0.1 float32 ULP, so
//! the result is within 0.6 ULP before scaling by `2^k` in two steps.

use super::{fma, fma32, horner, horner32, MAGIC};

/// 1 / ln2.
pub(crate) const INV_LN2: f64 = std::f64::consts::LOG2_E;
/// ln2 rounded to 42 significant bits.
pub(crate) const LN2_HI: f64 = 0.6931471805598903;
/// ln2 - LN2_HI.
pub(crate) const LN2_LO: f64 = 5.497923018708371e-14;

/// Coefficients of `P` (r^0 .. r^9), `exp(r) ~ 1 + r + r^2 P(r)`.
pub(crate) const P64: [f64; 10] = [
    0.5000000000000001,
    0.16666666666666669,
    0.041666666666624164,
    0.008333333333330065,
    0.0013888888917197187,
    0.00019841269863040905,
    2.480152132164195e-05,
    2.755726847975115e-06,
    2.7620076225732137e-07,
    2.5100376098445793e-08,
];

/// Degree-10 version of `P` (error 2^-61.5), for callers that need the
/// unrounded `hi + lo` of [`exp_core`] to better than 2^-60 (tanh).
pub(crate) const P64_HI: [f64; 11] = [
    0.5,
    0.1666666666666667,
    0.04166666666666667,
    0.008333333333326141,
    0.0013888888888883752,
    0.00019841269874801046,
    2.480158732553376e-05,
    2.7557255425043745e-06,
    2.755727366084684e-07,
    2.510520666647184e-08,
    2.091467958547083e-09,
];

/// Float32 version of `P` (degree 5, fit error 2^-32.5 before rounding
/// the coefficients to float32).
const P32: [f32; 6] = [
    0.5,
    0.1666666716337204,
    0.04166646674275398,
    0.00833331048488617,
    0.0013933641603216529,
    0.00019890980911441147,
];
/// 1.5 * 2^23, the float32 rounding constant.
pub(crate) const MAGIC_F: f32 = 12582912.0;
/// 1 / ln2 in float32.
pub(crate) const INV_LN2_F: f32 = std::f32::consts::LOG2_E;
/// ln2 rounded to 16 significant bits (`|k| <= 151` has 8).
pub(crate) const LN2_HI_F: f32 = 0.693145751953125;
/// ln2 - LN2_HI_F.
pub(crate) const LN2_LO_F: f32 = 1.428606765330187e-06;

/// `exp(x) = (hi + lo) * 2^k` for finite `x` in `[-746, 710]`, with
/// `hi + lo` accurate to the polynomial's error (`P64`: 2^-56, `P64_HI`:
/// 2^-61.5) plus about 2^-62 relative. `k` is returned biased by
/// 2048 (`k + 2048`, always positive) so it can be split with logical
/// shifts.
#[inline(always)]
pub(crate) fn exp_core<const F: bool, const N: usize>(x: f64, p: &[f64; N]) -> (f64, f64, u64) {
    let t = fma::<F>(x, INV_LN2, MAGIC);
    let kf = t - MAGIC;
    let kb = t.to_bits().wrapping_sub(MAGIC.to_bits()).wrapping_add(2048);
    let rh = fma::<F>(kf, -LN2_HI, x);
    let rl = kf * LN2_LO;
    let r = rh - rl;
    let c = (rh - r) - rl;
    let s = 1.0 + r;
    let e = (1.0 - s) + r;
    let lo = e + fma::<F>(r * r, horner::<F, N>(r, p), fma::<F>(c, r, c));
    (s, lo, kb)
}

/// `2^(kb - 2048)` as a product of two normal factors.
#[inline(always)]
fn scale2(kb: u64) -> (f64, f64) {
    let k1b = kb >> 1; // k1 + 1024 with k1 = floor(k / 2)
    let s1 = f64::from_bits(k1b.wrapping_sub(1) << 52);
    let s2 = f64::from_bits(kb.wrapping_sub(k1b).wrapping_sub(1) << 52);
    (s1, s2)
}

/// `e^x` for float64 (baseline form), within 1 ULP of the exact result.
#[inline(always)]
pub fn exp_f64_1(x: f64) -> f64 {
    exp_f64_g::<false>(x)
}

/// `e^x` for float64.
#[inline(always)]
pub(crate) fn exp_f64_g<const F: bool>(x: f64) -> f64 {
    let xc = if x > 710.0 { 710.0 } else { x };
    let xc = if xc < -746.0 { -746.0 } else { xc };
    let (s, lo, kb) = exp_core::<F, 10>(xc, &P64);
    let (s1, s2) = scale2(kb);
    (s + lo) * s1 * s2
}

/// Largest `bits(|x|)` for [`exp_f64_fast`]: `|x| <= 708`, where `e^x`
/// and its `2^k` factor are normal numbers.
pub(crate) const EXP_FAST_MAX: i64 = 0x4086_2000_0000_0000;

/// `bits(|x|)` as a signed integer (NaN above every finite number), to be
/// compared with [`EXP_FAST_MAX`].
#[inline(always)]
pub(crate) fn exp_f64_key(x: f64) -> i64 {
    (x.to_bits() & !(1 << 63)) as i64
}

/// `e^x` for float64, valid for `|x| <= 708`: the result and `2^k` are
/// normal, so `2^k` is applied by adding `k` to the exponent field.
#[inline(always)]
pub(crate) fn exp_f64_fast<const F: bool>(x: f64) -> f64 {
    let (s, lo, kb) = exp_core::<F, 10>(x, &P64);
    f64::from_bits((s + lo).to_bits().wrapping_add(kb.wrapping_sub(2048) << 52))
}

/// Float32 analogue of [`exp_core`]: `exp(x) = (hi + lo) * 2^k` for `x` in
/// `[-104, 89]`, `hi + lo` good to about 2^-28 relative, `k + 256` returned.
#[inline(always)]
pub(crate) fn exp_core32<const F: bool>(x: f32) -> (f32, f32, u32) {
    let t = fma32::<F>(x, INV_LN2_F, MAGIC_F);
    let kf = t - MAGIC_F;
    let kb = t
        .to_bits()
        .wrapping_sub(MAGIC_F.to_bits())
        .wrapping_add(256);
    let rh = fma32::<F>(kf, -LN2_HI_F, x);
    let rl = kf * LN2_LO_F;
    let r = rh - rl;
    let c = (rh - r) - rl;
    let s = 1.0 + r;
    let e = (1.0 - s) + r;
    let q = fma32::<F>(r * r, horner32::<F, 6>(r, &P32), fma32::<F>(c, r, c));
    (s, e + q, kb)
}

/// `e^x` for float32 (baseline form), within 1 ULP of the exact result.
#[inline(always)]
pub fn exp_f32_1(x: f32) -> f32 {
    exp_f32_g::<false>(x)
}

/// `e^x` for float32.
#[inline(always)]
pub(crate) fn exp_f32_g<const F: bool>(x: f32) -> f32 {
    let xc = if x > 89.0 { 89.0 } else { x };
    let xc = if xc < -104.0 { -104.0 } else { xc };
    let (s, lo, kb) = exp_core32::<F>(xc);
    let p = s + lo;
    let k1b = kb >> 1; // k1 + 128, k1 = floor(k / 2)
    let s1 = f32::from_bits(k1b.wrapping_sub(1) << 23);
    let s2 = f32::from_bits(kb.wrapping_sub(k1b).wrapping_sub(1) << 23);
    p * s1 * s2
}
