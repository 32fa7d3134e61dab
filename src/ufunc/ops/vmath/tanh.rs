//! Hyperbolic tangent.
//!
//! # Method (float64)
//!
//! Both paths are computed and one is selected.
//!
//! `|x| < 0.25`: `tanh x = x + x z T(z)`, `z = x^2 <= 1/16`, `T` a degree-7
//! near-minimax fit of `(tanh x - x)/x^3` (error of `x z T` below 2^-59.5
//! relative to `x`). The added term is at most `|x|/48`, so only the final
//! addition rounds at the ULP level: error below 0.52 ULP. Subnormals pass
//! through unchanged; zeros are returned as they are (by select, as the
//! polynomial term would turn -0 into +0).
//!
//! `|x| >= 0.25`: `tanh a = 1 - 2/(E + 1)`, `E = e^(2a)`, `a = |x|` clamped to
//! 22 (beyond about 19.1 the result rounds to 1; the clamp also maps inf to
//! 1 and keeps NaN). `E` comes from the exponential's core as an unevaluated
//! sum `eh + el` accurate to about 2^-60 relative (degree-10 polynomial) (renormalized with Fast2Sum so
//! that `el` is below an ULP of `eh`); `D = E + 1` is formed as
//! `dh + dl` with Fast2Sum (`eh >= 1.6`). `q = 2/dh` is corrected with the
//! residual `rho = 2 - q dh` (Dekker product, no FMA, good to 2^-104):
//! `2/D = q + ql`, `ql = (rho - q dl) q/2` (the relative error of this
//! small correction is irrelevant). Finally `1 - q` is taken with its exact
//! error (Fast2Sum, `q <= 0.73`): `tanh a = (1 - q) + (err - ql)`. The error
//! before the last rounding is below 2^-59 relative to the result (which is
//! at least 0.24), so the total stays under 0.55 ULP. The sign of `x` is
//! copied onto the result.
//!
//! # Method (float32)
//!
//! In float32 arithmetic with two paths, both computed, one selected.
//! `|x| < 0.6`: `tanh x = x + x z T(z)`, `T` a degree-4 fit (error 2^-27.1
//! relative with the coefficients rounded to float32); the added term is
//! at most a ninth of the result, so the total is below 0.6 ULP.
//! `|x| >= 0.6`: `tanh a = 1 - 2/(E + 1)`, `E = e^(2a)`, `a = |x|` clamped
//! to 9 (beyond, the result rounds to 1): `2a = k ln2 + r` (`ln2` in two
//! parts, `k LN2_HI_F` exact), `e^r = 1 + w`, `w = r P(r)`, `P` a
//! degree-5 fit (2^-26.5), `E + 1 = 2^k w + (2^k + 1)` in one rounding
//! (`2^k + 1` is exact while it matters; `2^k w` is exact). The relative
//! error of `E + 1` (about 0.7 2^-24) reaches `q = 2/(E + 1)` unchanged and
//! the result multiplied by `q / tanh a <= 1` (`tanh 0.6 > 0.53`,
//! `q < 0.46`), and the rounding of `q` adds at most another 0.5 ULP of
//! `q`: with the final rounding the total stays below 1.5 ULP. The sign of `x` is copied
//! onto the result; zeros are returned as they are.

use super::exp::{exp_core, INV_LN2_F, LN2_HI_F, LN2_LO_F, MAGIC_F, P64_HI};
use super::{fma, fma32, horner, horner32, two_prod};

const T64: [f64; 8] = [
    -0.3333333333333333,
    0.1333333333333302,
    -0.05396825396719514,
    0.02186948840035906,
    -0.00886322696609042,
    0.0035918341331909747,
    -0.0014502234613112009,
    0.0005336802521318947,
];
/// `T(z)` for float32 on `|x| < 0.6`.
const T32: [f32; 5] = [
    -0.33333298563957214,
    0.13331915438175201,
    -0.053783293813467026,
    0.020794617012143135,
    -0.005893945228308439,
];
/// `P(r)`, `e^r ~ 1 + r P(r)` on `[-ln2/2, ln2/2]`.
const E32: [f32; 6] = [
    1.0,
    0.5,
    0.1666649878025055,
    0.041666340082883835,
    0.008369872346520424,
    0.0013942162040621042,
];

const SIGN: u64 = 1 << 63;
const SIGN32: u32 = 1 << 31;

/// `tanh(x)` for float64 (baseline form), within 1 ULP of the exact result.
#[inline(always)]
pub fn tanh_f64_1(x: f64) -> f64 {
    tanh_f64_g::<false>(x)
}

/// `tanh(x)` for float64.
#[inline(always)]
pub(crate) fn tanh_f64_g<const F: bool>(x: f64) -> f64 {
    let a = x.abs();
    let z = x * x;
    let small = fma::<F>(x * z, horner::<F, 8>(z, &T64), x);
    let ac = if a > 22.0 { 22.0 } else { a };
    let (s, lo, kb) = exp_core::<F, 11>(2.0 * ac, &P64_HI);
    // k = kb - 2048 lies in [0, 64]: 2^k is a plain normal number.
    let sc = f64::from_bits(kb.wrapping_sub(2048 - 1023) << 52);
    let m = s + lo;
    let eh = m * sc;
    let el = ((s - m) + lo) * sc;
    let dh = eh + 1.0;
    let dl = ((eh - dh) + 1.0) + el;
    let q = 2.0 / dh;
    let (ph, pl) = two_prod::<F>(q, dh);
    let rho = (2.0 - ph) - pl;
    let ql = (rho - q * dl) * (0.5 * q);
    let h = 1.0 - q;
    let l = (1.0 - h) - q;
    let big = h + (l - ql);
    let big = f64::from_bits(big.to_bits() | (x.to_bits() & SIGN));
    let res = if a < 0.25 { small } else { big };
    if x == 0.0 {
        x
    } else {
        res
    }
}

/// `tanh(x)` for float32 (baseline form), within 2 ULP of the exact result.
#[inline(always)]
pub fn tanh_f32_1(x: f32) -> f32 {
    tanh_f32_g::<false>(x)
}

/// `tanh(x)` for float32.
#[inline(always)]
pub(crate) fn tanh_f32_g<const F: bool>(x: f32) -> f32 {
    let a = x.abs();
    let z = x * x;
    let small = fma32::<F>(x * z, horner32::<F, 5>(z, &T32), x);
    let y = 2.0 * if a > 9.0 { 9.0 } else { a };
    let t = fma32::<F>(y, INV_LN2_F, MAGIC_F);
    let kf = t - MAGIC_F;
    let r = fma32::<F>(kf, -LN2_HI_F, y);
    let r = fma32::<F>(kf, -LN2_LO_F, r);
    let w = r * horner32::<F, 6>(r, &E32);
    // k = round(y / ln2) lies in [0, 26]: 2^k is a plain normal number.
    let sc = f32::from_bits(
        t.to_bits()
            .wrapping_sub(MAGIC_F.to_bits())
            .wrapping_add(127)
            << 23,
    );
    let big = 1.0 - 2.0 / fma32::<F>(w, sc, sc + 1.0);
    let big = f32::from_bits(big.to_bits() | (x.to_bits() & SIGN32));
    let res = if a < 0.6 { small } else { big };
    if x == 0.0 {
        x
    } else {
        res
    }
}
