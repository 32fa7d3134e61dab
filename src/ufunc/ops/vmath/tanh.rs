//! Hyperbolic tangent.
//!
//! # Method (float64)
//!
//! One path for all inputs, with a single division: `tanh a = E / (E + 2)`,
//! `E = e^y - 1`, `y = 2a`, `a = |x|` clamped to 22 (beyond about 19.1 the
//! result rounds to 1; the clamp also maps inf to 1 and keeps NaN). The
//! sign of `x` is put back at the end, so zeros keep theirs.
//!
//! `E`: `y = k ln2 + r + c` as in the exponential (`c` the exact rounding
//! error of `r`), `e^(r + c) - 1 = r + w`, `w = r^2 P(r) + c (1 + r)` with
//! the degree-10 `P` (`r^2 P` within 2^-61.5, which keeps `e^r - 1` within
//! 2^-60 relative even for small `r`), taken as `uh + ul` by Fast2Sum. With
//! `sc = 2^k` (`k` in `[0, 64]`), `E = (sc - 1) + sc uh + sc ul` and
//! `D = E + 2 = (sc + 1) + sc uh + sc ul`: `sc uh` is exact and below
//! `0.42 sc`, so `eh + el` and `dh + dl` come from Fast2Sum with `sc - 1` and
//! `sc + 1`, exact while `k <= 52` (`sc - 1 = 0` for `k = 0`); both pairs
//! are then accurate to about 2^-60 relative, and `el`, `dl` are within an
//! ULP or so of `eh`, `dh`.
//!
//! Division: `q = eh / dh`, residual `rho = eh - q dh` (exact: one FMA, or
//! Dekker's product without FMA), `E/D = q + (rho + el - q dl) / D`. The
//! correction is about an ULP of `q`, so `1/D` may be rough: it is read off
//! the bits (`bits(RCP_MAGIC) - bits(dh)`, within 6%), adding below 0.1 ULP.
//! With the final rounding the error stays below 0.8 ULP (0.79 measured).
//!
//! From `a > 18` (where `k` reaches 53 and `sc + 1`, `sc - 1` become
//! inexact) the result is `1 - 2/D` with `2/D` below 4.3 ULPs of 1, taken
//! from the same rough `1/D` (within 0.25 ULP). The slice functions run
//! the path without the clamp and this select over a block and redo the
//! block's inputs beyond `|x| = 18` (and NaN), if any, with the complete
//! function.
//!
//! # Method (float32)
//!
//! In float32 arithmetic with two paths, both computed, one selected.
//! `|x| < 0.6`: `tanh x = x + x z T(z)`, `T` a degree-4 fit (error 2^-27.1
//! relative with the coefficients rounded to float32); the added term is
//! at most a ninth of the result, so the total is below 0.6 ULP.
//! `|x| >= 0.6`: `tanh a = 1 - 2/(E + 1)`, `E = e^(2a)`, `a = |x|` clamped
//! to 9 (beyond, the result rounds to 1): `a = k ln2/2 + h` with `ln2` in
//! one float32 part (its error, 2^-29 relative, shifts `2h` by at most
//! `k 2^-29`, which reaches the result multiplied by `2/(E + 1) < 0.8/k`:
//! below 0.05 ULP), `e^(2h) = 1 + w`, `w = h (2 P(2h))`, `P` a degree-5
//! fit of `(e^r - 1)/r` (2^-26.5). Then `E + 1 = 2^k (1 + 2^-k + w)`, the
//! bracket in one FMA rounding (`1 + 2^-k` is exact for `k <= 23`; beyond,
//! `2/(E + 1) < 2^-23` and the 2^-24 error is harmless), and
//! `2/(E + 1) = 2^-k (2 / bracket)` with the scaling exact on the exponent
//! field. The relative error of the bracket (about 0.7 2^-24) reaches
//! `q = 2/(E + 1)` unchanged and the result multiplied by `q / tanh a <= 1`
//! (`tanh 0.6 > 0.53`, `q < 0.46`), and the rounding of `q` adds at most
//! another 0.5 ULP of `q`: with the final rounding the total stays below
//! 1.5 ULP (1.23 measured). Both paths work on `|x|` and the sign of `x` is
//! put back at the end (so zeros keep theirs).

use super::exp::{INV_LN2, INV_LN2_F, LN2_HI, LN2_LO, MAGIC_F, P64_HI};
use super::{fma, fma32, horner, horner32, two_prod, MAGIC};

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
/// `2 P(2h)` as a polynomial in `h` (coefficients scaled by powers of two,
/// exactly): `e^(2h) - 1 ~ h (2 P(2h))`.
const E32H: [f32; 6] = [
    E32[0] * 2.0,
    E32[1] * 4.0,
    E32[2] * 8.0,
    E32[3] * 16.0,
    E32[4] * 32.0,
    E32[5] * 64.0,
];

const SIGN: u64 = 1 << 63;
/// `from_bits(RCP_MAGIC - bits(d))` is `1/d` within 6% for positive normal `d`.
const RCP_MAGIC: u64 = 0x7FDE_8000_0000_0000;
const SIGN32: u32 = 1 << 31;
/// ln2 in float32 (one part suffices here, see the method).
const LN2_F: f32 = std::f32::consts::LN_2;

/// `tanh(x)` for float64 (baseline form), within 1 ULP of the exact result.
#[inline(always)]
pub fn tanh_f64_1(x: f64) -> f64 {
    tanh_f64_g::<false>(x)
}

/// `tanh(x)` for float64.
#[inline(always)]
pub(crate) fn tanh_f64_g<const F: bool>(x: f64) -> f64 {
    let a = x.abs();
    let (res, inv) = tanh64_core::<F>(if a > 22.0 { 44.0 } else { a + a });
    // From k = 53 on, sc + 1 and sc - 1 are inexact; there the result is
    // 1 - 2/D with 2/D below 4.3 ULPs of 1, for which the rough 1 / D is
    // good to 0.25 ULP.
    let res = if a > 18.0 {
        fma::<F>(-2.0, inv, 1.0)
    } else {
        res
    };
    f64::from_bits(res.to_bits() | (x.to_bits() & SIGN))
}

/// Largest `bits(|x|)` for [`tanh_f64_fast`] (`|x| <= 18`).
pub(crate) const TANH_FAST_MAX: i64 = 0x4032_0000_0000_0000;

/// `bits(|x|)` as a signed integer (NaN above every finite number), to be
/// compared with [`TANH_FAST_MAX`].
#[inline(always)]
pub(crate) fn tanh_f64_key(x: f64) -> i64 {
    (x.to_bits() & !SIGN) as i64
}

/// `tanh(x)` for float64, valid for `|x| <= 18` (no clamp, no large-`k`
/// select).
#[inline(always)]
pub(crate) fn tanh_f64_fast<const F: bool>(x: f64) -> f64 {
    let a = x.abs();
    let (res, _) = tanh64_core::<F>(a + a);
    f64::from_bits(res.to_bits() | (x.to_bits() & SIGN))
}

/// `(tanh(y/2), rough 1/(e^y + 1))` for `y` in `[0, 44]` (or NaN), the
/// first accurate for `y <= 36`.
#[inline(always)]
fn tanh64_core<const F: bool>(y: f64) -> (f64, f64) {
    // y = k ln2 + r + c (as in the exponential), e^(r + c) - 1 = uh + ul.
    let t = fma::<F>(y, INV_LN2, MAGIC);
    let kf = t - MAGIC;
    let rh = fma::<F>(kf, -LN2_HI, y);
    let rl = kf * LN2_LO;
    let r = rh - rl;
    let c = (rh - r) - rl;
    let w = fma::<F>(r * r, horner::<F, 11>(r, &P64_HI), fma::<F>(c, r, c));
    let uh = r + w;
    let ul = (r - uh) + w;
    // k lies in [0, 64]: 2^k is a plain normal number.
    let sc = f64::from_bits(t.to_bits().wrapping_sub(MAGIC.to_bits()).wrapping_add(1023) << 52);
    // E = e^y - 1 = (sc - 1) + sc uh + sc ul and D = E + 2 = (sc + 1) +
    // sc uh + sc ul, each as a pair by Fast2Sum: sc uh is exact, and
    // |sc uh| < 0.42 sc is below sc - 1 (or sc - 1 = 0) and sc + 1.
    let b = sc * uh;
    let bl = sc * ul;
    let am = sc - 1.0;
    let eh = am + b;
    let el = ((am - eh) + b) + bl;
    let ap = sc + 1.0;
    let dh = ap + b;
    let dl = ((ap - dh) + b) + bl;
    // tanh a = E / D = q + (eh - q dh + el - q dl) / D, where the
    // correction is about an ULP of q and 1 / D may be rough (6%).
    let q = eh / dh;
    let rho = if F {
        fma::<F>(-q, dh, eh)
    } else {
        let (ph, pl) = two_prod::<F>(q, dh);
        (eh - ph) - pl
    };
    let n = fma::<F>(-q, dl, rho + el);
    let inv = f64::from_bits(RCP_MAGIC.wrapping_sub(dh.to_bits()));
    (fma::<F>(n, inv, q), inv)
}

/// `tanh(x)` for float32 (baseline form), within 2 ULP of the exact result.
#[inline(always)]
pub fn tanh_f32_1(x: f32) -> f32 {
    tanh_f32_g::<false>(x)
}

/// `tanh(x)` for float32.
#[inline(always)]
pub(crate) fn tanh_f32_g<const F: bool>(x: f32) -> f32 {
    // Both paths on |x|; the sign is put back at the end (so zeros keep it).
    let a = x.abs();
    let z = a * a;
    let small = fma32::<F>(a * z, horner32::<F, 5>(z, &T32), a);
    // ac = min(a, 9) (NaN stays NaN); 2 ac = k ln2 + 2 h.
    let ac = if 9.0 < a { 9.0 } else { a };
    let t = fma32::<F>(ac, 2.0 * INV_LN2_F, MAGIC_F);
    let kf = t - MAGIC_F;
    let h = fma32::<F>(kf, -0.5 * LN2_F, ac);
    // k = round(2 ac / ln2) lies in [0, 26]. E + 1 = 2^k (e^(2h) + 2^-k) with
    // 1 + 2^-k exact while it matters (k <= 23; beyond, 2/(E + 1) is below
    // 2^-23 and an error of 2^-24 relative in it is harmless), so
    // 2/(E + 1) = 2^-k (2 / (1 + 2^-k + w)), one rounding for the sum
    // and one for the quotient, the scaling by 2^-k exact (on the exponent
    // field: the quotient is in [0.7, 2.6], far from underflow).
    let k = t.to_bits().wrapping_sub(MAGIC_F.to_bits());
    let c1 = 1.0 + f32::from_bits(127u32.wrapping_sub(k) << 23);
    let q = 2.0 / fma32::<F>(h, horner32::<F, 6>(h, &E32H), c1);
    let big = 1.0 - f32::from_bits(q.to_bits().wrapping_sub(k << 23));
    // NaN takes the small path, which keeps it (a NaN's payload could make
    // the exponent arithmetic above produce a number).
    let res = if a >= 0.6 { big } else { small };
    f32::from_bits(res.to_bits() | (x.to_bits() & SIGN32))
}
