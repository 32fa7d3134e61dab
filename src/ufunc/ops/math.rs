//! Floating-point functions: the C library's exp/log/trig/hyperbolic
//! families (complex ones through its C99 complex functions, as NumPy),
//! rounding, sign and classification, and the two-argument float functions.

use half::{bf16, f16};
use num_complex::{Complex32, Complex64};

use super::libm as m;
use super::libm::{CDouble, CFloat};
use super::{bin_impl, un_impl, via_f32};
use crate::dtype::Bool;
use crate::ufunc::kernels::{Bin, Un, Un2};

macro_rules! ops {
    ($($name:ident),*) => {$(
        #[doc = concat!("The `", stringify!($name), "` element operation.")]
        pub struct $name;
    )*};
}
ops!(
    Sqrt, Cbrt, Exp, Exp2, Expm1, Log, Log2, Log10, Log1p, Sin, Cos, Tan, Asin, Acos, Atan, Sinh,
    Cosh, Tanh, Asinh, Acosh, Atanh, Floor, Ceil, Trunc, Rint, Fabs, Deg2Rad, Rad2Deg, Spacing,
    Atan2, Hypot, Copysign, Nextafter, Heaviside, LogAddExp, LogAddExp2, Signbit, IsFinite, IsInf,
    IsNan, Frexp, Modf, Ldexp
);

/// A real function from the C library for float64 and float32, and through
/// float32 for the 16-bit floats.
macro_rules! libm_un {
    ($($op:ident: $d:ident, $f:ident);* $(;)?) => {$(
        impl Un<f64, f64> for $op {
            #[inline(always)]
            fn f(a: f64) -> f64 {
                // SAFETY: a pure C math function.
                unsafe { m::$d(a) }
            }
        }
        impl Un<f32, f32> for $op {
            #[inline(always)]
            fn f(a: f32) -> f32 {
                // SAFETY: a pure C math function.
                unsafe { m::$f(a) }
            }
        }
        via_f32!(un $op);
    )*};
}
libm_un!(
    Sqrt: sqrt, sqrtf; Cbrt: cbrt, cbrtf; Expm1: expm1, expm1f;
    Log2: log2, log2f; Log10: log10, log10f; Log1p: log1p, log1pf;
    Tan: tan, tanf; Asin: asin, asinf; Acos: acos, acosf;
    Atan: atan, atanf; Sinh: sinh, sinhf; Cosh: cosh, coshf;
    Asinh: asinh, asinhf; Acosh: acosh, acoshf; Atanh: atanh, atanhf; Rint: rint, rintf;
);
/// The vectorisable implementations of `vmath` (special values as the C
/// library): float32 and float64 run through the loops of `vloops.rs`;
/// these per-element (baseline) forms serve the 16-bit floats through
/// float32.
macro_rules! vmath_un {
    ($($op:ident: $d:ident, $f:ident);* $(;)?) => {$(
        impl Un<f64, f64> for $op {
            #[inline(always)]
            fn f(a: f64) -> f64 {
                super::vmath::$d(a)
            }
        }
        impl Un<f32, f32> for $op {
            #[inline(always)]
            fn f(a: f32) -> f32 {
                super::vmath::$f(a)
            }
        }
        via_f32!(un $op);
    )*};
}
vmath_un!(
    Exp: exp_f64_1, exp_f32_1; Exp2: exp2_f64_1, exp2_f32_1; Log: log_f64_1, log_f32_1; Tanh: tanh_f64_1, tanh_f32_1;
    Sin: sin_f64_1, sin_f32_1; Cos: cos_f64_1, cos_f32_1;
);

// Complex rint rounds each part.
un_impl!(Rint; Complex32, Complex64 => |a| num_complex::Complex::new(
    <Rint as Un<_, _>>::f(a.re),
    <Rint as Un<_, _>>::f(a.im)
));

/// A complex function from the C library (C99 `<complex.h>`).
macro_rules! libm_cplx {
    ($($op:ident: $d:ident, $f:ident);* $(;)?) => {$(
        impl Un<Complex64, Complex64> for $op {
            #[inline(always)]
            fn f(a: Complex64) -> Complex64 {
                // SAFETY: a pure C math function.
                let r = unsafe { m::$d(CDouble { re: a.re, im: a.im }) };
                Complex64::new(r.re, r.im)
            }
        }
        impl Un<Complex32, Complex32> for $op {
            #[inline(always)]
            fn f(a: Complex32) -> Complex32 {
                // SAFETY: a pure C math function.
                let r = unsafe { m::$f(CFloat { re: a.re, im: a.im }) };
                Complex32::new(r.re, r.im)
            }
        }
    )*};
}
libm_cplx!(
    Sqrt: csqrt, csqrtf; Exp: cexp, cexpf; Log: clog, clogf; Sin: csin, csinf; Cos: ccos, ccosf;
    Tan: ctan, ctanf; Sinh: csinh, csinhf; Cosh: ccosh, ccoshf; Tanh: ctanh, ctanhf;
    Asin: casin, casinf; Acos: cacos, cacosf; Atan: catan, catanf; Asinh: casinh, casinhf;
    Acosh: cacosh, cacoshf; Atanh: catanh, catanhf;
);

/// Complex functions NumPy builds from others: exp2(z) = exp(z ln 2),
/// log2/log10 scale clog, expm1 and log1p keep precision near 0.
macro_rules! derived_cplx {
    ($($t:ty, $f:ident);*) => {$(
        impl Un<$t, $t> for Exp2 {
            fn f(a: $t) -> $t {
                let ln2 = std::$f::consts::LN_2;
                <Exp as Un<$t, $t>>::f(<$t>::new(a.re * ln2, a.im * ln2))
            }
        }
        impl Un<$t, $t> for Log2 {
            fn f(a: $t) -> $t {
                let l = <Log as Un<$t, $t>>::f(a);
                let k = std::$f::consts::LOG2_E;
                <$t>::new(l.re * k, l.im * k)
            }
        }
        impl Un<$t, $t> for Log10 {
            fn f(a: $t) -> $t {
                let l = <Log as Un<$t, $t>>::f(a);
                let k = std::$f::consts::LOG10_E;
                <$t>::new(l.re * k, l.im * k)
            }
        }
        impl Un<$t, $t> for Expm1 {
            fn f(a: $t) -> $t {
                let h = <Sin as Un<$f, $f>>::f(a.im / 2.0);
                let re = <Expm1 as Un<$f, $f>>::f(a.re) * <Cos as Un<$f, $f>>::f(a.im) - 2.0 * h * h;
                let im = <Exp as Un<$f, $f>>::f(a.re) * <Sin as Un<$f, $f>>::f(a.im);
                <$t>::new(re, im)
            }
        }
        impl Un<$t, $t> for Log1p {
            fn f(a: $t) -> $t {
                let l = <Hypot as Bin<$f, $f, $f>>::f(a.re + 1.0, a.im);
                <$t>::new(<Log as Un<$f, $f>>::f(l), <Atan2 as Bin<$f, $f, $f>>::f(a.im, a.re + 1.0))
            }
        }
    )*};
}
derived_cplx!(Complex32, f32; Complex64, f64);

// ---- rounding ----
un_impl!(Floor; f32, f64 => |a| a.floor());
un_impl!(Ceil; f32, f64 => |a| a.ceil());
un_impl!(Trunc; f32, f64 => |a| a.trunc());
via_f32!(un Floor);
via_f32!(un Ceil);
via_f32!(un Trunc);
un_impl!(Floor; Bool, i8, i16, i32, i64, u8, u16, u32, u64 => |a| a);
un_impl!(Ceil; Bool, i8, i16, i32, i64, u8, u16, u32, u64 => |a| a);
un_impl!(Trunc; Bool, i8, i16, i32, i64, u8, u16, u32, u64 => |a| a);

// ---- simple float functions ----
un_impl!(Fabs; f32, f64 => |a| a.abs());
via_f32!(un Fabs);
un_impl!(Deg2Rad; f64 => |a| a * (std::f64::consts::PI / 180.0));
un_impl!(Deg2Rad; f32 => |a| a * (std::f32::consts::PI / 180.0));
un_impl!(Rad2Deg; f64 => |a| a * (180.0 / std::f64::consts::PI));
un_impl!(Rad2Deg; f32 => |a| a * (180.0 / std::f32::consts::PI));
via_f32!(un Deg2Rad);
via_f32!(un Rad2Deg);
// Distance to the next float away from zero, signed as the input (-0.0
// counts as positive); nan for inf and nan.
macro_rules! float_spacing {
    ($($t:ty),*) => {$(
        impl Un<$t, $t> for Spacing {
            fn f(a: $t) -> $t {
                if a.is_infinite() || a.is_nan() {
                    return <$t>::NAN;
                }
                // One step of the magnitude's bits away from zero.
                let mag = <$t>::from_bits(a.abs().to_bits() + 1);
                if a < 0.0 {
                    -mag - a
                } else {
                    mag - a.abs()
                }
            }
        }
    )*};
}
float_spacing!(f32, f64);
/// float16 spacing as NumPy's half routine: always positive; for a positive
/// input the gap above it, for a negative input (and -0.0) the gap between
/// its magnitude and the next smaller magnitude; the largest half gives inf.
impl Un<f16, f16> for Spacing {
    fn f(a: f16) -> f16 {
        if a.is_infinite() || a.is_nan() {
            return f16::NAN;
        }
        let bits = a.to_bits();
        let mag = bits & 0x7fff;
        if bits & 0x8000 == 0 {
            let next = f16::from_bits(mag + 1);
            f16::from_f32(next.to_f32() - a.to_f32())
        } else if mag == 0 {
            f16::from_bits(1)
        } else {
            let below = f16::from_bits(mag - 1);
            f16::from_f32(f16::from_bits(mag).to_f32() - below.to_f32())
        }
    }
}
/// bfloat16 spacing as ml_dtypes: the step to the next value away from
/// zero, signed as the input.
impl Un<bf16, bf16> for Spacing {
    fn f(a: bf16) -> bf16 {
        if a.is_infinite() || a.is_nan() {
            return bf16::NAN;
        }
        // Step the magnitude up by one ulp, keeping the sign.
        let next = bf16::from_bits(a.to_bits().wrapping_add(1));
        bf16::from_f32(next.to_f32() - a.to_f32())
    }
}

// ---- two-argument float functions ----
bin_impl!(Atan2; f64 => |a, b| unsafe { m::atan2(a, b) });
bin_impl!(Atan2; f32 => |a, b| unsafe { m::atan2f(a, b) });
bin_impl!(Hypot; f64 => |a, b| unsafe { m::hypot(a, b) });
bin_impl!(Hypot; f32 => |a, b| unsafe { m::hypotf(a, b) });
bin_impl!(Copysign; f32, f64 => |a, b| a.copysign(b));
bin_impl!(Nextafter; f64 => |a, b| unsafe { m::nextafter(a, b) });
bin_impl!(Nextafter; f32 => |a, b| unsafe { m::nextafterf(a, b) });
via_f32!(bin Atan2);
via_f32!(bin Hypot);
via_f32!(bin Copysign);
/// 16-bit nextafter steps one 16-bit ulp.
macro_rules! half_nextafter {
    ($($t:ty),*) => {$(
        impl Bin<$t, $t, $t> for Nextafter {
            fn f(a: $t, b: $t) -> $t {
                if a.is_nan() || b.is_nan() {
                    return <$t>::NAN;
                }
                if a == b {
                    return b;
                }
                if a == <$t>::from_f32(0.0) {
                    // Smallest subnormal with the sign of b.
                    let tiny = <$t>::from_bits(1);
                    return if b.is_sign_negative() { -tiny } else { tiny };
                }
                let bits = a.to_bits();
                let away = (b > a) == a.is_sign_positive();
                <$t>::from_bits(if away { bits + 1 } else { bits - 1 })
            }
        }
    )*};
}
half_nextafter!(f16, bf16);
bin_impl!(Heaviside; f32, f64 => |x, h| if x.is_nan() { x } else if x == 0.0 { h } else if x < 0.0 { 0.0 } else { 1.0 });
via_f32!(bin Heaviside);

/// log(exp(a) + exp(b)) without overflow: the larger term is factored out.
macro_rules! logaddexp {
    ($($t:ty),*) => {$(
        impl Bin<$t, $t, $t> for LogAddExp {
            fn f(a: $t, b: $t) -> $t {
                if a == b {
                    // Equal infinities must not produce inf - inf.
                    return a + std::f64::consts::LN_2 as $t;
                }
                let d = a - b;
                if d > 0.0 {
                    a + <Log1p as Un<$t, $t>>::f(<Exp as Un<$t, $t>>::f(-d))
                } else if d <= 0.0 {
                    b + <Log1p as Un<$t, $t>>::f(<Exp as Un<$t, $t>>::f(d))
                } else {
                    d
                }
            }
        }
        impl Bin<$t, $t, $t> for LogAddExp2 {
            fn f(a: $t, b: $t) -> $t {
                if a == b {
                    return a + 1.0;
                }
                let d = a - b;
                let log2_1p = |x: $t| std::f64::consts::LOG2_E as $t * <Log1p as Un<$t, $t>>::f(x);
                if d > 0.0 {
                    a + log2_1p(<Exp2 as Un<$t, $t>>::f(-d))
                } else if d <= 0.0 {
                    b + log2_1p(<Exp2 as Un<$t, $t>>::f(d))
                } else {
                    d
                }
            }
        }
    )*};
}
logaddexp!(f32, f64);
via_f32!(bin LogAddExp);
via_f32!(bin LogAddExp2);

// ---- classification ----
macro_rules! classify {
    ($($t:ty),*) => {$(
        impl Un<$t, Bool> for Signbit { #[inline(always)] fn f(a: $t) -> Bool { Bool(a.is_sign_negative() as u8) } }
        impl Un<$t, Bool> for IsFinite { #[inline(always)] fn f(a: $t) -> Bool { Bool(a.is_finite() as u8) } }
        impl Un<$t, Bool> for IsInf { #[inline(always)] fn f(a: $t) -> Bool { Bool(a.is_infinite() as u8) } }
        impl Un<$t, Bool> for IsNan { #[inline(always)] fn f(a: $t) -> Bool { Bool(a.is_nan() as u8) } }
    )*};
}
classify!(f32, f64, f16, bf16);
macro_rules! classify_int {
    ($($t:ty),*) => {$(
        impl Un<$t, Bool> for IsFinite { #[inline(always)] fn f(_: $t) -> Bool { Bool(1) } }
        impl Un<$t, Bool> for IsInf { #[inline(always)] fn f(_: $t) -> Bool { Bool(0) } }
        impl Un<$t, Bool> for IsNan { #[inline(always)] fn f(_: $t) -> Bool { Bool(0) } }
    )*};
}
classify_int!(Bool, i8, i16, i32, i64, u8, u16, u32, u64);
macro_rules! classify_complex {
    ($($t:ty),*) => {$(
        impl Un<$t, Bool> for IsFinite { #[inline(always)] fn f(a: $t) -> Bool { Bool((a.re.is_finite() && a.im.is_finite()) as u8) } }
        impl Un<$t, Bool> for IsInf { #[inline(always)] fn f(a: $t) -> Bool { Bool((a.re.is_infinite() || a.im.is_infinite()) as u8) } }
        impl Un<$t, Bool> for IsNan { #[inline(always)] fn f(a: $t) -> Bool { Bool((a.re.is_nan() || a.im.is_nan()) as u8) } }
    )*};
}
classify_complex!(Complex32, Complex64);

// ---- frexp / modf / ldexp ----
impl Un2<f64, f64, i32> for Frexp {
    fn f(a: f64) -> (f64, i32) {
        let mut e = 0;
        // SAFETY: C frexp writes the exponent to a valid int.
        let m = unsafe { m::frexp(a, &mut e) };
        (m, e)
    }
}
impl Un2<f32, f32, i32> for Frexp {
    fn f(a: f32) -> (f32, i32) {
        let mut e = 0;
        // SAFETY: as above.
        let m = unsafe { m::frexpf(a, &mut e) };
        (m, e)
    }
}
impl Un2<f16, f16, i32> for Frexp {
    fn f(a: f16) -> (f16, i32) {
        let (m, e) = <Frexp as Un2<f32, f32, i32>>::f(a.to_f32());
        (f16::from_f32(m), e)
    }
}
impl Un2<bf16, bf16, i32> for Frexp {
    fn f(a: bf16) -> (bf16, i32) {
        let (m, e) = <Frexp as Un2<f32, f32, i32>>::f(a.to_f32());
        (bf16::from_f32(m), e)
    }
}
impl Un2<f64, f64, f64> for Modf {
    fn f(a: f64) -> (f64, f64) {
        let mut i = 0.0;
        // SAFETY: C modf writes the integral part to a valid double.
        let fr = unsafe { m::modf(a, &mut i) };
        (fr, i)
    }
}
impl Un2<f32, f32, f32> for Modf {
    fn f(a: f32) -> (f32, f32) {
        let mut i = 0.0;
        // SAFETY: as above.
        let fr = unsafe { m::modff(a, &mut i) };
        (fr, i)
    }
}
macro_rules! half_modf {
    ($($t:ty),*) => {$(
        impl Un2<$t, $t, $t> for Modf {
            fn f(a: $t) -> ($t, $t) {
                let (x, y) = <Modf as Un2<f32, f32, f32>>::f(a.to_f32());
                (<$t>::from_f32(x), <$t>::from_f32(y))
            }
        }
    )*};
}
half_modf!(f16, bf16);

/// ldexp with an int32 or int64 exponent (int64 exponents are clamped to
/// the int range, which saturates the result the same way).
macro_rules! ldexp {
    ($($t:ty, $e:ty);*) => {$(
        impl Bin<$t, $e, $t> for Ldexp {
            #[inline(always)]
            fn f(a: $t, e: $e) -> $t {
                let e = (e as i64).clamp(i32::MIN as i64, i32::MAX as i64) as i32;
                ldexp_any(a, e)
            }
        }
    )*};
}
trait LdexpAny: Copy {
    fn ld(self, e: i32) -> Self;
}
impl LdexpAny for f64 {
    fn ld(self, e: i32) -> f64 {
        // SAFETY: a pure C math function.
        unsafe { m::ldexp(self, e) }
    }
}
impl LdexpAny for f32 {
    fn ld(self, e: i32) -> f32 {
        // SAFETY: a pure C math function.
        unsafe { m::ldexpf(self, e) }
    }
}
impl LdexpAny for f16 {
    fn ld(self, e: i32) -> f16 {
        f16::from_f32(self.to_f32().ld(e))
    }
}
impl LdexpAny for bf16 {
    fn ld(self, e: i32) -> bf16 {
        bf16::from_f32(self.to_f32().ld(e))
    }
}
fn ldexp_any<T: LdexpAny>(a: T, e: i32) -> T {
    a.ld(e)
}
ldexp!(f64, i32; f64, i64; f32, i32; f32, i64; f16, i32; f16, i64; bf16, i32; bf16, i64);
