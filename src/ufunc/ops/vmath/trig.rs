//! Sine and cosine.
//!
//! # Method (float64)
//!
//! Reduction: `x = k pi/2 + r`, `k = round(x * 2/pi)`, `|r| <= pi/4` (plus a
//! rounding hair), for `|x| <= XMAX = 2^19`; larger or non-finite arguments
//! go to the C library (see the slice functions). pi/2 is split into four
//! parts: `C1`, `C2`, `C3` with 34 significant bits each and `C4` with 53,
//! together pi/2 to about 2^-159. As `|k| < 2^19`, `k C1`, `k C2` and `k C3`
//! are exact; `x - k C1` is exact (both operands are multiples of the
//! smaller operand's ulp and the difference is smaller than either), and the
//! next two subtractions are done with Knuth's two-sum, so
//! `x - k (C1 + C2 + C3)` is held exactly as `t3 + e2 + e3`. The tail
//! `e2 + e3 - k C4` is tiny and its rounding error is below 2^-130. The
//! result is the pair `rh + rl` (Fast2Sum) equal to `x - k pi/2` within
//! about 2^-120 absolute. A double argument below 2^19 is never closer than
//! about 2^-62 to a multiple of pi/2 (its distance to the nearest multiple
//! behaves like one draw per multiple from `[0, ulp/2]`, and there are fewer
//! than 2^19 multiples), so `r` keeps more than 55 correct bits even at the
//! worst cancellations.
//!
//! Approximations on `|r| <= pi/4`, `z = r^2 <= 0.617`:
//! * `sin r = r + r z S(z)`, `S` degree 6 (near-minimax fit of
//!   `(sin r - r)/r^3`; `r z S` accurate to 2^-57.3 relative to `r`, the
//!   limit being the float64 rounding of -1/6);
//! * `cos r = 1 - z/2 + z^2 C(z)`, `C` degree 5 (error of `z^2 C` below
//!   2^-59.9).
//!
//! Evaluation: `sin(rh + rl) = rh + (rh z S(z) + rl (1 - z/2))`; the added
//! term is at most 0.11 `|r|`, so its rounding errors stay below 0.05 ULP and
//! the final addition gives 0.5 ULP. For cosine `rh^2 = ph + pl` is formed
//! to 2^-104 relative (Dekker), `w = 1 - ph/2` with its exact error `(1 - w) - ph/2`
//! (Fast2Sum), and `cos(rh + rl) = w + (err - pl/2 + z^2 C(z) - rh rl)`:
//! again only the last addition rounds at the ULP level (result >= 0.707).
//! Quadrant: `k mod 4` (the low bits of the magic-number sum) selects
//! `+-sin r` or `+-cos r`; the sign is applied by flipping the sign bit.
//! `sin(+-0) = +-0` by select.
//!
//! # Method (float32)
//!
//! With FMA (the SIMD builds), sine of `|x| <= 2^17` is computed in float32
//! (sixteen lanes per AVX-512 vector): `x = n pi + r`, `n = round(x/pi)`,
//! `|r| <= pi/2`, with pi in three float32 parts (`n PI1_F` and
//! `x - n PI1_F` are exact inside the first FMA; the next two FMAs round
//! once each, to about 2^-24 relative to `r`, and the tail of pi beyond the
//! three parts adds below `n 2^-73`, negligible since a float32 of this
//! range stays farther than 2^-35 from a multiple of pi);
//! `sin r = r + r z S(z)`, `S` a degree-3 fit (2^-25.6 relative), and
//! `sin x = (-1)^n sin r`. Error below 2 ULP. Other arguments, and all of
//! them on the baseline, take the float64 route below:
//!
//! In float64: `r = ((x - k C1) - k C2) - k C3`, accurate to about 2^-85
//! absolute for `|x| <= 2^19`, which is ample since a float32 is never
//! closer than about 2^-30 to a multiple of pi/2 in that range; degree-3
//! fits for `S` (2^-35.7) and `C` (2^-40), one rounding to float32.

use super::{fma32, horner, horner32, two_prod, two_sum, BLOCK, MAGIC};
use crate::ufunc::ops::libm;

/// Float32 sine arguments with `|x| <= XMAX_F` take the float32 path.
const XMAX_F: f32 = 131072.0; // 2^17
const INV_PI_F: f32 = 0.31830987334251404;
/// pi in three float32 parts.
const PI1_F: f32 = 3.1415927410125732;
const PI2_F: f32 = -8.742277657347586e-08;
const PI3_F: f32 = -3.4302490200117637e-15;
/// 1.5 * 2^23.
const MAGIC_F: f32 = 12582912.0;
/// `S(z)` for the float32 path, `sin r = r + r z S(z)` on `|r| <= pi/2`.
const S32F: [f32; 4] = [
    -0.16666659712791443,
    0.008333061821758747,
    -0.00019809338846243918,
    2.6052643988805357e-06,
];

/// Arguments with `|x| <= XMAX` take the vector path.
const XMAX: f64 = 524288.0; // 2^19
const TWO_OVER_PI: f64 = std::f64::consts::FRAC_2_PI;
const C1: f64 = 1.570796326850541;
const C2: f64 = -5.564431676050702e-11;
const C3: f64 = -1.3658655402074273e-21;
const C4: f64 = -1.382333654893748e-32;

/// `S(z)`, `sin r = r + r z S(z)`.
const S64: [f64; 7] = [
    -0.16666666666666666,
    0.008333333333333331,
    -0.00019841269841265065,
    2.755731921933915e-06,
    -2.505210623244143e-08,
    1.605853161801165e-10,
    -7.586697060262238e-13,
];
/// `C(z)`, `cos r = 1 - z/2 + z^2 C(z)`.
const C64: [f64; 6] = [
    0.041666666666666664,
    -0.0013888888888887398,
    2.4801587298765676e-05,
    -2.755731727172422e-07,
    2.0876146267241254e-09,
    -1.1382632341807706e-11,
];
const S32: [f64; 4] = [
    -0.16666666663855279,
    0.008333331874706047,
    -0.00019840086733136276,
    2.724992551149805e-06,
];
const C32: [f64; 4] = [
    0.04166666666432119,
    -0.0013888887672013316,
    2.4800600375280056e-05,
    -2.730095896055525e-07,
];

/// `x - k pi/2 = rh + rl` and `k` (in the low bits of the returned word).
#[inline(always)]
fn reduce64(x: f64) -> (f64, f64, u64) {
    let t = x * TWO_OVER_PI + MAGIC;
    let kf = t - MAGIC;
    let t1 = x - kf * C1;
    let (t2, e2) = two_sum(t1, -(kf * C2));
    let (t3, e3) = two_sum(t2, -(kf * C3));
    let lo = (e2 + e3) - kf * C4;
    let rh = t3 + lo;
    let rl = lo - (rh - t3);
    (rh, rl, t.to_bits())
}

/// `sin(x)` if `quad` is 0, `cos(x)` if it is 1, for `|x| <= XMAX`.
#[inline(always)]
fn sincos64<const F: bool>(x: f64, quad: u64) -> f64 {
    let (rh, rl, k) = reduce64(x);
    let z = rh * rh;
    let sin_r = rh + (rh * z * horner::<F, 7>(z, &S64) + rl * (1.0 - 0.5 * z));
    let (ph, pl) = two_prod::<F>(rh, rh);
    let hz = 0.5 * ph;
    let w = 1.0 - hz;
    let we = (1.0 - w) - hz;
    let cos_r = w + (we - 0.5 * pl + (ph * ph * horner::<F, 6>(ph, &C64) - rh * rl));
    let q = k.wrapping_add(quad);
    let v = if q & 1 == 0 { sin_r } else { cos_r };
    f64::from_bits(v.to_bits() ^ ((q & 2) << 62))
}

/// As `sincos64` for float32 arguments (computed in float64).
#[inline(always)]
fn sincos32<const F: bool>(x: f32, quad: u64) -> f32 {
    let x = x as f64;
    let t = x * TWO_OVER_PI + MAGIC;
    let kf = t - MAGIC;
    let r = ((x - kf * C1) - kf * C2) - kf * C3;
    let z = r * r;
    let sin_r = r + r * z * horner::<F, 4>(z, &S32);
    let cos_r = 1.0 - 0.5 * z + z * z * horner::<F, 4>(z, &C32);
    let q = t.to_bits().wrapping_add(quad);
    let v = if q & 1 == 0 { sin_r } else { cos_r };
    f64::from_bits(v.to_bits() ^ ((q & 2) << 62)) as f32
}

#[inline(always)]
fn in_range(x: f64) -> bool {
    x.abs() <= XMAX
}

/// Vector path of float64 sine (valid for `|x| <= 2^19`).
#[inline(always)]
fn sin64_fast<const F: bool>(x: f64) -> f64 {
    let v = sincos64::<F>(x, 0);
    if x == 0.0 {
        x
    } else {
        v
    }
}

/// Vector path of float32 sine (valid for `|x| <= 2^19`).
#[inline(always)]
fn sin32_fast<const F: bool>(x: f32) -> f32 {
    let v = sincos32::<F>(x, 0);
    if x == 0.0 {
        x
    } else {
        v
    }
}

/// `sin(x)` for float64, within 1 ULP of the exact result. Arguments beyond
/// 2^19 in magnitude (and inf, NaN) are passed to the C library, so a loop
/// over this function is not vectorized; use [`super::sin_f64`] for slices.
#[inline(always)]
pub fn sin_f64_1(x: f64) -> f64 {
    if in_range(x) {
        sin64_fast::<false>(x)
    } else {
        // SAFETY: pure C library function.
        unsafe { libm::sin(x) }
    }
}

/// `cos(x)` for float64; see [`sin_f64_1`].
#[inline(always)]
pub fn cos_f64_1(x: f64) -> f64 {
    if in_range(x) {
        sincos64::<false>(x, 1)
    } else {
        // SAFETY: pure C library function.
        unsafe { libm::cos(x) }
    }
}

/// `sin(x)` for float32; see [`sin_f64_1`].
#[inline(always)]
pub fn sin_f32_1(x: f32) -> f32 {
    if in_range(x as f64) {
        sin32_fast::<false>(x)
    } else {
        // SAFETY: pure C library function.
        unsafe { libm::sinf(x) }
    }
}

/// `cos(x)` for float32; see [`sin_f64_1`].
#[inline(always)]
pub fn cos_f32_1(x: f32) -> f32 {
    if in_range(x as f64) {
        sincos32::<false>(x, 1)
    } else {
        // SAFETY: pure C library function.
        unsafe { libm::cosf(x) }
    }
}

/// Float32 sine in float32 with FMA, valid for `|x| <= XMAX_F`.
#[inline(always)]
fn sin32_f<const F: bool>(x: f32) -> f32 {
    let t = fma32::<F>(x, INV_PI_F, MAGIC_F);
    let n = t - MAGIC_F;
    let r = fma32::<F>(n, -PI1_F, x);
    let r = fma32::<F>(n, -PI2_F, r);
    let r = fma32::<F>(n, -PI3_F, r);
    let z = r * r;
    let y = fma32::<F>(r * z, horner32::<F, 4>(z, &S32F), r);
    let y = f32::from_bits(y.to_bits() ^ (t.to_bits() << 31));
    if x == 0.0 {
        x
    } else {
        y
    }
}

/// Whether `x` takes the float32 path (false for NaN).
#[inline(always)]
fn in_range_f(x: f32) -> bool {
    x.abs() <= XMAX_F
}

/// Float32 sine slice body: with FMA the float32 path over a block, then
/// the block's arguments beyond `XMAX_F` (if any) again through
/// [`sin_f32_1`]; without FMA the float64 route.
#[inline(always)]
pub(crate) fn sin_f32_body<const F: bool, const W: usize>(src: &[f32], dst: &mut [f32]) {
    if !F {
        return sin_f32_body64::<F, W>(src, dst);
    }
    for (s, d) in src.chunks(BLOCK).zip(dst.chunks_mut(BLOCK)) {
        let mut bad = 0u32;
        for (o, &x) in d.iter_mut().zip(s) {
            *o = sin32_f::<F>(x);
            bad |= (!in_range_f(x)) as u32;
        }
        if bad != 0 {
            for (o, &x) in d.iter_mut().zip(s) {
                if !in_range_f(x) {
                    *o = sin_f32_1(x);
                }
            }
        }
    }
}

/// Block loop: vector path over a block, then the out-of-range elements of
/// that block (if any) again through the C library.
macro_rules! trig_body {
    ($name:ident, $t:ty, $fast:ident, $slow:path) => {
        #[inline(always)]
        pub(crate) fn $name<const F: bool, const W: usize>(src: &[$t], dst: &mut [$t]) {
            for (s, d) in src.chunks(BLOCK).zip(dst.chunks_mut(BLOCK)) {
                let mut bad = 0u32;
                for (o, &x) in d.iter_mut().zip(s) {
                    *o = $fast::<F>(x);
                    bad |= (!in_range(x as f64)) as u32;
                }
                if bad != 0 {
                    for (o, &x) in d.iter_mut().zip(s) {
                        if !in_range(x as f64) {
                            // SAFETY: pure C library function.
                            *o = unsafe { $slow(x) };
                        }
                    }
                }
            }
        }
    };
}

trig_body!(sin_f64_body, f64, sin64_fast, libm::sin);
trig_body!(cos_f64_body, f64, cos64_fast, libm::cos);
trig_body!(sin_f32_body64, f32, sin32_fast, libm::sinf);
trig_body!(cos_f32_body, f32, cos32_fast, libm::cosf);

#[inline(always)]
fn cos64_fast<const F: bool>(x: f64) -> f64 {
    sincos64::<F>(x, 1)
}

#[inline(always)]
fn cos32_fast<const F: bool>(x: f32) -> f32 {
    sincos32::<F>(x, 1)
}
