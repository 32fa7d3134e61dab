//! The C library's math functions, called directly so that results are the
//! same bits NumPy gets from the same library (its complex functions and the
//! real functions it does not vectorise itself).
//!
//! The complex types are passed as two-field `#[repr(C)]` structs, which the
//! x86-64 and AArch64 C ABIs pass and return exactly as `double _Complex` /
//! `float _Complex`.

#![allow(missing_docs)]

use std::ffi::c_int;

/// `double _Complex`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct CDouble {
    pub re: f64,
    pub im: f64,
}

/// `float _Complex`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct CFloat {
    pub re: f32,
    pub im: f32,
}

extern "C" {
    pub fn exp(x: f64) -> f64;
    pub fn expf(x: f32) -> f32;
    pub fn exp2(x: f64) -> f64;
    pub fn exp2f(x: f32) -> f32;
    pub fn expm1(x: f64) -> f64;
    pub fn expm1f(x: f32) -> f32;
    pub fn log(x: f64) -> f64;
    pub fn logf(x: f32) -> f32;
    pub fn log2(x: f64) -> f64;
    pub fn log2f(x: f32) -> f32;
    pub fn log10(x: f64) -> f64;
    pub fn log10f(x: f32) -> f32;
    pub fn log1p(x: f64) -> f64;
    pub fn log1pf(x: f32) -> f32;
    pub fn sqrt(x: f64) -> f64;
    pub fn sqrtf(x: f32) -> f32;
    pub fn cbrt(x: f64) -> f64;
    pub fn cbrtf(x: f32) -> f32;
    pub fn sin(x: f64) -> f64;
    pub fn sinf(x: f32) -> f32;
    pub fn cos(x: f64) -> f64;
    pub fn cosf(x: f32) -> f32;
    pub fn tan(x: f64) -> f64;
    pub fn tanf(x: f32) -> f32;
    pub fn asin(x: f64) -> f64;
    pub fn asinf(x: f32) -> f32;
    pub fn acos(x: f64) -> f64;
    pub fn acosf(x: f32) -> f32;
    pub fn atan(x: f64) -> f64;
    pub fn atanf(x: f32) -> f32;
    pub fn sinh(x: f64) -> f64;
    pub fn sinhf(x: f32) -> f32;
    pub fn cosh(x: f64) -> f64;
    pub fn coshf(x: f32) -> f32;
    pub fn tanh(x: f64) -> f64;
    pub fn tanhf(x: f32) -> f32;
    pub fn asinh(x: f64) -> f64;
    pub fn asinhf(x: f32) -> f32;
    pub fn acosh(x: f64) -> f64;
    pub fn acoshf(x: f32) -> f32;
    pub fn atanh(x: f64) -> f64;
    pub fn atanhf(x: f32) -> f32;
    pub fn atan2(y: f64, x: f64) -> f64;
    pub fn atan2f(y: f32, x: f32) -> f32;
    pub fn hypot(x: f64, y: f64) -> f64;
    pub fn hypotf(x: f32, y: f32) -> f32;
    pub fn pow(x: f64, y: f64) -> f64;
    pub fn powf(x: f32, y: f32) -> f32;
    pub fn fmod(x: f64, y: f64) -> f64;
    pub fn fmodf(x: f32, y: f32) -> f32;
    pub fn nextafter(x: f64, y: f64) -> f64;
    pub fn nextafterf(x: f32, y: f32) -> f32;
    pub fn frexp(x: f64, e: *mut c_int) -> f64;
    pub fn frexpf(x: f32, e: *mut c_int) -> f32;
    pub fn ldexp(x: f64, e: c_int) -> f64;
    pub fn ldexpf(x: f32, e: c_int) -> f32;
    pub fn modf(x: f64, i: *mut f64) -> f64;
    pub fn modff(x: f32, i: *mut f32) -> f32;
    pub fn rint(x: f64) -> f64;
    pub fn rintf(x: f32) -> f32;

    pub fn cexp(z: CDouble) -> CDouble;
    pub fn cexpf(z: CFloat) -> CFloat;
    pub fn clog(z: CDouble) -> CDouble;
    pub fn clogf(z: CFloat) -> CFloat;
    pub fn csqrt(z: CDouble) -> CDouble;
    pub fn csqrtf(z: CFloat) -> CFloat;
    pub fn cpow(z: CDouble, w: CDouble) -> CDouble;
    pub fn cpowf(z: CFloat, w: CFloat) -> CFloat;
    pub fn csin(z: CDouble) -> CDouble;
    pub fn csinf(z: CFloat) -> CFloat;
    pub fn ccos(z: CDouble) -> CDouble;
    pub fn ccosf(z: CFloat) -> CFloat;
    pub fn ctan(z: CDouble) -> CDouble;
    pub fn ctanf(z: CFloat) -> CFloat;
    pub fn csinh(z: CDouble) -> CDouble;
    pub fn csinhf(z: CFloat) -> CFloat;
    pub fn ccosh(z: CDouble) -> CDouble;
    pub fn ccoshf(z: CFloat) -> CFloat;
    pub fn ctanh(z: CDouble) -> CDouble;
    pub fn ctanhf(z: CFloat) -> CFloat;
    pub fn casin(z: CDouble) -> CDouble;
    pub fn casinf(z: CFloat) -> CFloat;
    pub fn cacos(z: CDouble) -> CDouble;
    pub fn cacosf(z: CFloat) -> CFloat;
    pub fn catan(z: CDouble) -> CDouble;
    pub fn catanf(z: CFloat) -> CFloat;
    pub fn casinh(z: CDouble) -> CDouble;
    pub fn casinhf(z: CFloat) -> CFloat;
    pub fn cacosh(z: CDouble) -> CDouble;
    pub fn cacoshf(z: CFloat) -> CFloat;
    pub fn catanh(z: CDouble) -> CDouble;
    pub fn catanhf(z: CFloat) -> CFloat;
}
