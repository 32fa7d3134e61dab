//! Arithmetic: add, subtract, multiply, divide, floor_divide, remainder,
//! fmod, divmod, power, maximum/minimum (nan-propagating), fmax/fmin
//! (nan-ignoring), negative, positive, sign, reciprocal, square, conjugate,
//! absolute.
//!
//! Integers wrap (two's complement) as NumPy's C loops do; integer division
//! and remainder by zero give 0; floor division and remainder follow
//! Python's signs. Floats follow IEEE 754 with no traps.

use half::{bf16, f16};
use num_complex::{Complex32, Complex64};

use super::{bin_impl, un_impl, via_f32};
use crate::dtype::Bool;
use crate::ufunc::kernels::{Bin, Bin2, TryBin, Un};

macro_rules! ops {
    ($($name:ident),*) => {$(
        #[doc = concat!("The `", stringify!($name), "` element operation.")]
        pub struct $name;
    )*};
}
ops!(
    Add, Sub, Mul, Div, FloorDiv, Rem, Fmod, DivMod, Power, Maximum, Minimum, Fmax, Fmin, Neg, Pos,
    Sign, Recip, Square, Conj, Abs
);

// ---- add / subtract / multiply ----
bin_impl!(Add; i8, i16, i32, i64, u8, u16, u32, u64 => |a, b| a.wrapping_add(b));
bin_impl!(Add; f32, f64, Complex32, Complex64 => |a, b| a + b);
bin_impl!(Add; Bool => |a, b| Bool((a.get() || b.get()) as u8));
via_f32!(bin Add);
bin_impl!(Sub; i8, i16, i32, i64, u8, u16, u32, u64 => |a, b| a.wrapping_sub(b));
bin_impl!(Sub; f32, f64, Complex32, Complex64 => |a, b| a - b);
via_f32!(bin Sub);
bin_impl!(Mul; i8, i16, i32, i64, u8, u16, u32, u64 => |a, b| a.wrapping_mul(b));
bin_impl!(Mul; f32, f64 => |a, b| a * b);
bin_impl!(Mul; Bool => |a, b| Bool((a.get() && b.get()) as u8));
via_f32!(bin Mul);
// Complex product as NumPy's vectorised loops compute it on x86-64 with
// FMA and on AArch64: each part is one fused multiply-add of the first
// product onto the rounded second, re = fma(ar, br, -(ai bi)),
// im = fma(ar, bi, ai br).
bin_impl!(Mul; Complex32, Complex64 => |a, b| {
    let re = a.re.mul_add(b.re, -(a.im * b.im));
    let im = a.re.mul_add(b.im, a.im * b.re);
    num_complex::Complex::new(re, im)
});

/// The complex product without fused operations, (ac - bd) + (ad + bc)i, as
/// NumPy's scalar code computes it (complex power by repeated products).
#[inline(always)]
fn cmul_plain<
    F: Copy + std::ops::Mul<Output = F> + std::ops::Add<Output = F> + std::ops::Sub<Output = F>,
>(
    a: num_complex::Complex<F>,
    b: num_complex::Complex<F>,
) -> num_complex::Complex<F> {
    num_complex::Complex::new(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
}

// ---- true division ----
bin_impl!(Div; f32, f64 => |a, b| a / b);
via_f32!(bin Div);
/// Complex division by Smith's method: scale by the larger component of
/// the divisor to avoid overflow; division by 0 gives inf/nan components.
macro_rules! complex_div {
    ($($t:ty),*) => {$(
        impl Bin<$t, $t, $t> for Div {
            #[inline(always)]
            fn f(a: $t, b: $t) -> $t {
                let (br, bi) = (b.re, b.im);
                let (abr, abi) = (br.abs(), bi.abs());
                if abr >= abi {
                    if abr == 0.0 && abi == 0.0 {
                        return <$t>::new(a.re / abr, a.im / abr);
                    }
                    let rat = bi / br;
                    let scl = 1.0 / (br + bi * rat);
                    <$t>::new((a.re + a.im * rat) * scl, (a.im - a.re * rat) * scl)
                } else {
                    let rat = br / bi;
                    let scl = 1.0 / (bi + br * rat);
                    <$t>::new((a.re * rat + a.im) * scl, (a.im * rat - a.re) * scl)
                }
            }
        }
    )*};
}
complex_div!(Complex32, Complex64);

// ---- floor_divide / remainder / fmod / divmod ----
macro_rules! int_divmod {
    (signed $($t:ty),*) => {$(
        impl Bin<$t, $t, $t> for FloorDiv {
            #[inline(always)]
            fn f(a: $t, b: $t) -> $t {
                if b == 0 { return 0; }
                // MIN / -1 wraps to MIN, as NumPy's loop returns it.
                let q = a.wrapping_div(b);
                if (a.wrapping_rem(b) != 0) && ((a < 0) != (b < 0)) { q - 1 } else { q }
            }
        }
        impl Bin<$t, $t, $t> for Rem {
            #[inline(always)]
            fn f(a: $t, b: $t) -> $t {
                if b == 0 { return 0; }
                let r = a.wrapping_rem(b);
                if r != 0 && ((r < 0) != (b < 0)) { r + b } else { r }
            }
        }
        impl Bin<$t, $t, $t> for Fmod {
            #[inline(always)]
            fn f(a: $t, b: $t) -> $t {
                if b == 0 { 0 } else { a.wrapping_rem(b) }
            }
        }
    )*};
    (unsigned $($t:ty),*) => {$(
        impl Bin<$t, $t, $t> for FloorDiv {
            #[inline(always)]
            fn f(a: $t, b: $t) -> $t { if b == 0 { 0 } else { a / b } }
        }
        impl Bin<$t, $t, $t> for Rem {
            #[inline(always)]
            fn f(a: $t, b: $t) -> $t { if b == 0 { 0 } else { a % b } }
        }
        impl Bin<$t, $t, $t> for Fmod {
            #[inline(always)]
            fn f(a: $t, b: $t) -> $t { if b == 0 { 0 } else { a % b } }
        }
    )*};
}
int_divmod!(signed i8, i16, i32, i64);
int_divmod!(unsigned u8, u16, u32, u64);

/// Python's float divmod: `mod = fmod(a, b)` moved to the divisor's sign;
/// the quotient `(a - mod) / b` rounded to the nearest integer (it is
/// already within rounding of one); a zero divisor gives `a / b` and nan.
macro_rules! float_divmod {
    ($($t:ty),*) => {$(
        impl Bin2<$t, $t, $t, $t> for DivMod {
            #[inline(always)]
            fn f(a: $t, b: $t) -> ($t, $t) {
                let m0 = a % b;
                if b == 0.0 {
                    return (a / b, m0);
                }
                let mut m = m0;
                let mut div = (a - m) / b;
                if m != 0.0 {
                    if (b < 0.0) != (m < 0.0) {
                        m += b;
                        div -= 1.0;
                    }
                } else {
                    m = (0.0 as $t).copysign(b);
                }
                let fd = if div != 0.0 {
                    let mut fd = div.floor();
                    if div - fd > 0.5 {
                        fd += 1.0;
                    }
                    fd
                } else {
                    (0.0 as $t).copysign(a / b)
                };
                (fd, m)
            }
        }
        impl Bin<$t, $t, $t> for FloorDiv {
            #[inline(always)]
            fn f(a: $t, b: $t) -> $t { <DivMod as Bin2<$t, $t, $t, $t>>::f(a, b).0 }
        }
        impl Bin<$t, $t, $t> for Rem {
            #[inline(always)]
            fn f(a: $t, b: $t) -> $t { <DivMod as Bin2<$t, $t, $t, $t>>::f(a, b).1 }
        }
        impl Bin<$t, $t, $t> for Fmod {
            #[inline(always)]
            fn f(a: $t, b: $t) -> $t { a % b }
        }
    )*};
}
float_divmod!(f32, f64);
via_f32!(bin FloorDiv);
via_f32!(bin Rem);
via_f32!(bin Fmod);

macro_rules! divmod_from_parts {
    ($($t:ty),*) => {$(
        impl Bin2<$t, $t, $t, $t> for DivMod {
            #[inline(always)]
            fn f(a: $t, b: $t) -> ($t, $t) {
                (<FloorDiv as Bin<$t, $t, $t>>::f(a, b), <Rem as Bin<$t, $t, $t>>::f(a, b))
            }
        }
    )*};
}
divmod_from_parts!(i8, i16, i32, i64, u8, u16, u32, u64, f16, bf16);

// ---- power ----
macro_rules! int_power {
    (signed $($t:ty),*) => {$(
        impl TryBin<$t, $t, $t> for Power {
            #[inline(always)]
            fn f(a: $t, b: $t) -> Result<$t, &'static str> {
                if b < 0 {
                    return Err("Integers to negative integer powers are not allowed.");
                }
                let e = b as u64;
                let low = a.wrapping_pow(e as u32);
                Ok(if e >> 32 != 0 { low.wrapping_mul(pow_big(a, e)) } else { low })
            }
        }
    )*};
    (unsigned $($t:ty),*) => {$(
        impl TryBin<$t, $t, $t> for Power {
            #[inline(always)]
            fn f(a: $t, b: $t) -> Result<$t, &'static str> {
                let e = b as u64;
                let low = a.wrapping_pow(e as u32);
                Ok(if e >> 32 != 0 { low.wrapping_mul(pow_big(a, e)) } else { low })
            }
        }
    )*};
}
int_power!(signed i8, i16, i32, i64);
int_power!(unsigned u8, u16, u32, u64);

/// Wrapping power for exponents of 2^32 and above (square-and-multiply).
/// For signed types the caller multiplies by `a^(e mod 2^32)`; this returns
/// `a^(e - e mod 2^32)`.
fn pow_big<T: WrapPow>(a: T, e: u64) -> T {
    let mut base = a;
    let mut result = T::ONE;
    let mut e = e >> 32;
    // base^(2^32)
    for _ in 0..32 {
        base = base.wmul(base);
    }
    while e > 0 {
        if e & 1 == 1 {
            result = result.wmul(base);
        }
        base = base.wmul(base);
        e >>= 1;
    }
    result
}

trait WrapPow: Copy {
    const ONE: Self;
    fn wmul(self, o: Self) -> Self;
}
macro_rules! wrap_pow {
    ($($t:ty),*) => {$(
        impl WrapPow for $t {
            const ONE: Self = 1;
            fn wmul(self, o: Self) -> Self { self.wrapping_mul(o) }
        }
    )*};
}
wrap_pow!(i8, i16, i32, i64, u8, u16, u32, u64);

bin_impl!(Power; f64 => |a, b| unsafe { super::libm::pow(a, b) });
bin_impl!(Power; f32 => |a, b| unsafe { super::libm::powf(a, b) });
via_f32!(bin Power);

/// Complex power as NumPy: `z**0 = 1`; `0**w` is 0 for real positive `w`
/// and nan otherwise; small integer exponents (|n| < 100) use repeated
/// squaring (and a reciprocal for negative n); everything else is `cpow`.
macro_rules! complex_power {
    ($t:ty, $f:ty, $cpow:ident, $c:ident) => {
        impl Bin<$t, $t, $t> for Power {
            fn f(a: $t, b: $t) -> $t {
                if b.re == 0.0 && b.im == 0.0 {
                    return <$t>::new(1.0, 0.0);
                }
                if a.re == 0.0 && a.im == 0.0 {
                    // 0 ** b is 0 when b has a positive real part.
                    if b.re > 0.0 {
                        return <$t>::new(0.0, 0.0);
                    }
                    return <$t>::new(<$f>::NAN, <$f>::NAN);
                }
                if b.im == 0.0 && b.re == (b.re as i64) as $f && b.re.abs() < 100.0 {
                    let n = b.re as i64;
                    if n == 1 {
                        return a;
                    }
                    if n == 2 {
                        return cmul_plain(a, a);
                    }
                    if n == 3 {
                        return cmul_plain(cmul_plain(a, a), a);
                    }
                    let mut mask = 1i64;
                    let mut p = a;
                    let mut r = <$t>::new(1.0, 0.0);
                    let an = n.abs();
                    loop {
                        if an & mask != 0 {
                            r = cmul_plain(r, p);
                        }
                        mask <<= 1;
                        if an < mask || mask <= 0 {
                            break;
                        }
                        p = cmul_plain(p, p);
                    }
                    if n < 0 {
                        return <Div as Bin<$t, $t, $t>>::f(<$t>::new(1.0, 0.0), r);
                    }
                    return r;
                }
                // SAFETY: plain C math call on values.
                let r = unsafe {
                    super::libm::$cpow(
                        super::libm::$c { re: a.re, im: a.im },
                        super::libm::$c { re: b.re, im: b.im },
                    )
                };
                <$t>::new(r.re, r.im)
            }
        }
    };
}
complex_power!(Complex64, f64, cpow, CDouble);
complex_power!(Complex32, f32, cpowf, CFloat);

// ---- maximum / minimum / fmax / fmin ----
bin_impl!(Maximum; i8, i16, i32, i64, u8, u16, u32, u64 => |a, b| if a >= b { a } else { b });
bin_impl!(Minimum; i8, i16, i32, i64, u8, u16, u32, u64 => |a, b| if a <= b { a } else { b });
bin_impl!(Fmax; i8, i16, i32, i64, u8, u16, u32, u64 => |a, b| if a >= b { a } else { b });
bin_impl!(Fmin; i8, i16, i32, i64, u8, u16, u32, u64 => |a, b| if a <= b { a } else { b });
bin_impl!(Maximum; Bool => |a, b| Bool((a.get() || b.get()) as u8));
bin_impl!(Fmax; Bool => |a, b| Bool((a.get() || b.get()) as u8));
bin_impl!(Minimum; Bool => |a, b| Bool((a.get() && b.get()) as u8));
bin_impl!(Fmin; Bool => |a, b| Bool((a.get() && b.get()) as u8));
// nan in either input propagates; on ties the first input wins.
bin_impl!(Maximum; f32, f64 => |a, b| if a >= b || a.is_nan() { a } else { b });
bin_impl!(Minimum; f32, f64 => |a, b| if a <= b || a.is_nan() { a } else { b });
// nan is ignored unless both are nan.
bin_impl!(Fmax; f32, f64 => |a, b| if a >= b || b.is_nan() { a } else { b });
bin_impl!(Fmin; f32, f64 => |a, b| if a <= b || b.is_nan() { a } else { b });
via_f32!(bin Maximum);
via_f32!(bin Minimum);
via_f32!(bin Fmax);
via_f32!(bin Fmin);

/// Lexicographic order on complex numbers with nan handling (NumPy's CGE /
/// CLE: a comparison involving nan is false).
#[inline(always)]
pub(crate) fn cge<F: num_traits_lite::Flt>(ar: F, ai: F, br: F, bi: F) -> bool {
    (ar > br && !ai.isnan() && !bi.isnan()) || (ar == br && ai >= bi)
}
#[inline(always)]
pub(crate) fn cle<F: num_traits_lite::Flt>(ar: F, ai: F, br: F, bi: F) -> bool {
    (ar < br && !ai.isnan() && !bi.isnan()) || (ar == br && ai <= bi)
}

/// The tiny float abstraction the complex comparisons need.
pub(crate) mod num_traits_lite {
    /// f32 or f64.
    pub trait Flt: Copy + PartialOrd {
        /// Is nan.
        fn isnan(self) -> bool;
    }
    impl Flt for f32 {
        fn isnan(self) -> bool {
            self.is_nan()
        }
    }
    impl Flt for f64 {
        fn isnan(self) -> bool {
            self.is_nan()
        }
    }
}

macro_rules! complex_minmax {
    ($($t:ty),*) => {$(
        impl Bin<$t, $t, $t> for Maximum {
            #[inline(always)]
            fn f(a: $t, b: $t) -> $t {
                if a.re.is_nan() || a.im.is_nan() || cge(a.re, a.im, b.re, b.im) { a } else { b }
            }
        }
        impl Bin<$t, $t, $t> for Minimum {
            #[inline(always)]
            fn f(a: $t, b: $t) -> $t {
                if a.re.is_nan() || a.im.is_nan() || cle(a.re, a.im, b.re, b.im) { a } else { b }
            }
        }
        impl Bin<$t, $t, $t> for Fmax {
            #[inline(always)]
            fn f(a: $t, b: $t) -> $t {
                if b.re.is_nan() || b.im.is_nan() || cge(a.re, a.im, b.re, b.im) { a } else { b }
            }
        }
        impl Bin<$t, $t, $t> for Fmin {
            #[inline(always)]
            fn f(a: $t, b: $t) -> $t {
                if b.re.is_nan() || b.im.is_nan() || cle(a.re, a.im, b.re, b.im) { a } else { b }
            }
        }
    )*};
}
complex_minmax!(Complex32, Complex64);

// ---- unary arithmetic ----
un_impl!(Neg; i8, i16, i32, i64, u8, u16, u32, u64 => |a| a.wrapping_neg());
un_impl!(Neg; f32, f64, Complex32, Complex64 => |a| -a);
un_impl!(Neg; f16, bf16 => |a| -a);
un_impl!(Pos; i8, i16, i32, i64, u8, u16, u32, u64, f32, f64, f16, bf16, Complex32, Complex64 => |a| a);
un_impl!(Square; i8, i16, i32, i64, u8, u16, u32, u64 => |a| a.wrapping_mul(a));
un_impl!(Square; f32, f64 => |a| a * a);
un_impl!(Square; Complex32, Complex64 => |a| <Mul as Bin<_, _, _>>::f(a, a));
via_f32!(un Square);
un_impl!(Conj; i8, i16, i32, i64, u8, u16, u32, u64, f32, f64, f16, bf16 => |a| a);
un_impl!(Conj; Complex32, Complex64 => |a| a.conj());
un_impl!(Sign; i8, i16, i32, i64 => |a| a.signum());
un_impl!(Sign; u8, u16, u32, u64 => |a| (a > 0) as _);
un_impl!(Sign; f32, f64 => |a| if a > 0.0 { 1.0 } else if a < 0.0 { -1.0 } else if a == 0.0 { 0.0 } else { a });
via_f32!(un Sign);
/// Complex sign (NumPy 2): `z / |z|`, 0 for 0; an infinite part gives the
/// unit in its direction, two infinite parts or a nan (beside finite parts)
/// give nan.
macro_rules! complex_sign {
    ($($t:ty, $f:ty);*) => {$(
        impl Un<$t, $t> for Sign {
            fn f(a: $t) -> $t {
                let nan = <$t>::new(<$f>::NAN, <$f>::NAN);
                // An infinite part decides the direction, even beside a nan.
                if a.re.is_infinite() {
                    if a.im.is_infinite() {
                        return nan;
                    }
                    return <$t>::new(a.re.signum(), 0.0);
                }
                if a.im.is_infinite() {
                    return <$t>::new(0.0, a.im.signum());
                }
                if a.re.is_nan() || a.im.is_nan() {
                    return nan;
                }
                if a.re == 0.0 && a.im == 0.0 {
                    return <$t>::new(0.0, 0.0);
                }
                // The C library's hypot (correctly rounded): NumPy's result
                // for complex64 bit for bit, within 1 ULP for complex128.
                let m = <$f as CHypot>::chypot(a.re, a.im);
                <$t>::new(a.re / m, a.im / m)
            }
        }
    )*};
}
complex_sign!(Complex32, f32; Complex64, f64);

/// The C library's hypot for each float type.
trait CHypot {
    fn chypot(a: Self, b: Self) -> Self;
}
impl CHypot for f64 {
    fn chypot(a: f64, b: f64) -> f64 {
        // SAFETY: a pure C math function.
        unsafe { super::libm::hypot(a, b) }
    }
}
impl CHypot for f32 {
    fn chypot(a: f32, b: f32) -> f32 {
        // SAFETY: a pure C math function.
        unsafe { super::libm::hypotf(a, b) }
    }
}
// Integer reciprocal is NumPy's 1.0 / a converted back: 1 and -1 map to
// themselves, everything else to 0, except 0, whose infinite reciprocal
// converts to the x86-64 "integer indefinite" MIN for int32 and int64 (and
// to 0 through int32 for the narrower types).
un_impl!(Recip; i8, i16 => |a| if a == 1 || a == -1 { a } else { 0 });
un_impl!(Recip; i32 => |a| if a == 1 || a == -1 { a } else if a == 0 { i32::MIN } else { 0 });
un_impl!(Recip; i64 => |a| if a == 1 || a == -1 { a } else if a == 0 { i64::MIN } else { 0 });
un_impl!(Recip; u8, u16, u32, u64 => |a| if a == 1 { 1 } else { 0 });
un_impl!(Recip; f32, f64 => |a| 1.0 / a);
via_f32!(un Recip);
/// Complex reciprocal as NumPy: Smith's scaling by the larger part, with no
/// special case for 0 (which gives nan).
macro_rules! complex_recip {
    ($($t:ty),*) => {$(
        impl Un<$t, $t> for Recip {
            #[inline(always)]
            fn f(a: $t) -> $t {
                if a.im.abs() <= a.re.abs() {
                    let r = a.im / a.re;
                    let d = a.re + a.im * r;
                    <$t>::new(1.0 / d, -r / d)
                } else {
                    let r = a.re / a.im;
                    let d = a.re * r + a.im;
                    <$t>::new(r / d, -1.0 / d)
                }
            }
        }
    )*};
}
complex_recip!(Complex32, Complex64);

un_impl!(Abs; i8, i16, i32, i64 => |a| a.wrapping_abs());
un_impl!(Abs; u8, u16, u32, u64, Bool => |a| a);
un_impl!(Abs; f32, f64 => |a| a.abs());
un_impl!(Abs; f16, bf16 => |a| if a.is_sign_negative() { -a } else { a });
/// |z| as NumPy's vectorised loop computes it: the larger component times
/// `sqrt(1 + r*r)` with `r` the ratio of the smaller to the larger and the
/// `1 + r*r` fused (one rounding). An infinite component gives inf even
/// with a nan; otherwise nan propagates.
macro_rules! complex_abs {
    ($($c:ty, $f:ty);*) => {$(
        impl Un<$c, $f> for Abs {
            #[inline(always)]
            fn f(z: $c) -> $f {
                let (a, b) = (z.re.abs(), z.im.abs());
                if a.is_infinite() || b.is_infinite() {
                    return <$f>::INFINITY;
                }
                if a.is_nan() || b.is_nan() {
                    return <$f>::NAN;
                }
                let (l, s) = if a >= b { (a, b) } else { (b, a) };
                if l == 0.0 {
                    return 0.0;
                }
                let r = s / l;
                l * r.mul_add(r, 1.0).sqrt()
            }
        }
    )*};
}
complex_abs!(Complex64, f64; Complex32, f32);
