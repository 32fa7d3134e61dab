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
//! The same two paths in float32 arithmetic: degree-3 fit of `T` below 0.25
//! (2^-33.9 before rounding the coefficients), and above it the float32
//! exponential's core (`E` to about 2^-28 relative), `|x|` clamped to 10,
//! and the same corrected quotient with a float32 Dekker product. The error
//! of `E` reaches the result multiplied by at most `q / tanh <= 3.1`, i.e.
//! below 0.2 ULP, so the total stays under 0.75 ULP.

use super::exp::{exp_core, exp_core32, P64_HI};
use super::log::two_prod32;
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
/// Float32 version of `T` (degree 3, fit error 2^-33.9 before rounding
/// the coefficients to float32).
const T32: [f32; 4] = [
    -0.3333333432674408,
    0.13333281874656677,
    -0.05392688512802124,
    0.020799046382308006,
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

/// `tanh(x)` for float32 (baseline form), within 1 ULP of the exact result.
#[inline(always)]
pub fn tanh_f32_1(x: f32) -> f32 {
    tanh_f32_g::<false>(x)
}

/// `tanh(x)` for float32.
#[inline(always)]
pub(crate) fn tanh_f32_g<const F: bool>(x: f32) -> f32 {
    let a = x.abs();
    let z = x * x;
    let small = fma32::<F>(x * z, horner32::<F, 4>(z, &T32), x);
    let ac = if a > 10.0 { 10.0 } else { a };
    let (s, lo, kb) = exp_core32::<F>(2.0 * ac);
    // k = kb - 256 lies in [0, 29].
    let sc = f32::from_bits(kb.wrapping_sub(256 - 127) << 23);
    let m = s + lo;
    let eh = m * sc;
    let el = ((s - m) + lo) * sc;
    let dh = eh + 1.0;
    let dl = ((eh - dh) + 1.0) + el;
    let q = 2.0 / dh;
    let (ph, pl) = two_prod32::<F>(q, dh);
    let rho = (2.0 - ph) - pl;
    let ql = (rho - q * dl) * (0.5 * q);
    let h = 1.0 - q;
    let l = (1.0 - h) - q;
    let big = h + (l - ql);
    let big = f32::from_bits(big.to_bits() | (x.to_bits() & SIGN32));
    let res = if a < 0.25 { small } else { big };
    if x == 0.0 {
        x
    } else {
        res
    }
}
