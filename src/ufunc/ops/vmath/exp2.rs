//! Base-2 exponential.
//!
//! # Method (float64)
//!
//! Inputs are clamped to `[-1080, 1025]` (beyond, the result is 0 or inf
//! anyway; infinities become those, NaN passes through). `x = k + r` with
//! `k = round(x)` and `r = x - k` exact, `|r| <= 1/2`. `r ln2` is formed
//! as `h + l` to about 2^-104 relative: `h + e = r LN2` exactly (FMA or
//! Dekker's product; `LN2` is ln2 rounded to float64) and
//! `l = e + r (ln2 - LN2)`. `|h| <= 0.347`, the range of the exponential's
//! core, whose reconstruction is reused: `s = 1 + h` with its exact error,
//! `e^(h + l) = s + (err + (l + l h + h^2 P(h)))`, error below 0.75 ULP
//! before the exact scaling by `2^k` in two steps (as in `exp.rs`).
//!
//! # Method (float32)
//!
//! Clamped to `[-152, 129]`, `x = k + r` as above, `2^r = 1 + r Q(r)`,
//! `Q` a degree-5 fit on `[-1/2, 1/2]` (error 2^-26.8 relative with the
//! coefficients rounded to float32), one FMA for the last step: below
//! 0.7 ULP, then the same two-step scaling.

use super::exp::{MAGIC_F, P64};
use super::{fma, fma32, horner, horner32, two_prod, MAGIC};

/// ln2 rounded to float64.
const LN2: f64 = std::f64::consts::LN_2;
/// ln2 - LN2.
const LN2_TAIL: f64 = 2.3190468138462996e-17;
/// `Q(r)`, `2^r ~ 1 + r Q(r)` on `[-1/2, 1/2]`.
const Q32: [f32; 6] = [
    0.6931471824645996,
    0.24022650718688965,
    0.055503569543361664,
    0.009618056938052177,
    0.0013390866806730628,
    0.00015461447765119374,
];

/// `2^x` for float64 (baseline form), within 1 ULP of the exact result.
#[inline(always)]
pub fn exp2_f64_1(x: f64) -> f64 {
    exp2_f64_g::<false>(x)
}

/// `2^x` for float64.
#[inline(always)]
pub(crate) fn exp2_f64_g<const F: bool>(x: f64) -> f64 {
    let xc = if x > 1025.0 { 1025.0 } else { x };
    let xc = if xc < -1080.0 { -1080.0 } else { xc };
    let t = xc + MAGIC;
    let kf = t - MAGIC;
    let kb = t.to_bits().wrapping_sub(MAGIC.to_bits()).wrapping_add(2048);
    let r = xc - kf;
    let (h, e) = two_prod::<F>(r, LN2);
    let l = fma::<F>(r, LN2_TAIL, e);
    let s = 1.0 + h;
    let se = (1.0 - s) + h;
    let lo = se + fma::<F>(h * h, horner::<F, 10>(h, &P64), fma::<F>(l, h, l));
    let k1b = kb >> 1; // k1 + 1024 with k1 = floor(k / 2)
    let s1 = f64::from_bits(k1b.wrapping_sub(1) << 52);
    let s2 = f64::from_bits(kb.wrapping_sub(k1b).wrapping_sub(1) << 52);
    (s + lo) * s1 * s2
}

/// `2^x` for float32 (baseline form), within 1 ULP of the exact result.
#[inline(always)]
pub fn exp2_f32_1(x: f32) -> f32 {
    exp2_f32_g::<false>(x)
}

/// `2^x` for float32.
#[inline(always)]
pub(crate) fn exp2_f32_g<const F: bool>(x: f32) -> f32 {
    let xc = if x > 129.0 { 129.0 } else { x };
    let xc = if xc < -152.0 { -152.0 } else { xc };
    let t = xc + MAGIC_F;
    let kf = t - MAGIC_F;
    let kb = t
        .to_bits()
        .wrapping_sub(MAGIC_F.to_bits())
        .wrapping_add(256);
    let r = xc - kf;
    let p = fma32::<F>(r, horner32::<F, 6>(r, &Q32), 1.0);
    let k1b = kb >> 1; // k1 + 128, k1 = floor(k / 2)
    let s1 = f32::from_bits(k1b.wrapping_sub(1) << 23);
    let s2 = f32::from_bits(kb.wrapping_sub(k1b).wrapping_sub(1) << 23);
    p * s1 * s2
}
