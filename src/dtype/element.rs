//! The `Element` trait: what generic kernels know about an element type, and
//! the one place where a runtime [`DType`] is matched to a Rust type
//! ([`dispatch!`]).
//!
//! Conversions between element types go through five "wide" forms (bool,
//! i64, u64, f64, complex f64) chosen by the *source* kind, so every cast is a
//! single rounding as in C: an int64 converts to float32 with `as f32`
//! directly, never through float64.

use half::{bf16, f16};
use num_complex::{Complex32, Complex64};

use super::DType;

/// The kind of an element type, as NumPy's `dtype.kind`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// 'b'
    Bool,
    /// 'i'
    Int,
    /// 'u'
    UInt,
    /// 'f'
    Float,
    /// 'c'
    Complex,
}

/// A NumPy bool: one byte, any non-zero byte is true. A newtype over `u8`
/// so that reading memory written by C is never undefined behaviour.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[repr(transparent)]
pub struct Bool(pub u8);

impl Bool {
    /// The truth value.
    pub fn get(self) -> bool {
        self.0 != 0
    }
}

/// An element type of an array. Implemented for the 15 Rust types behind the
/// dtypes; kernels are generic over it.
pub trait Element: Copy + Send + Sync + 'static + Default + PartialEq {
    /// The runtime dtype of this type.
    const DTYPE: DType;
    /// The kind of this type.
    const KIND: Kind;
    /// The value as a bool (non-zero).
    fn to_bool(self) -> bool;
    /// The value as i64 (as NumPy's cast to int64: floats truncate, see
    /// `FloatToInt` for out-of-range values; complex takes the real part).
    fn to_i64(self) -> i64;
    /// The value as u64 (wraps for negative ints as C does).
    fn to_u64(self) -> u64;
    /// The value as f64 (exact for every type but 64-bit ints).
    fn to_f64(self) -> f64;
    /// The value as complex f64.
    fn to_c64(self) -> Complex64 {
        Complex64::new(self.to_f64(), 0.0)
    }
    /// From a bool.
    fn from_bool(v: bool) -> Self;
    /// From an i64 (wrapping to narrower ints, single rounding to floats).
    fn from_i64(v: i64) -> Self;
    /// From a u64.
    fn from_u64(v: u64) -> Self;
    /// From an f64 (one rounding).
    fn from_f64(v: f64) -> Self;
    /// From a complex (the real part for non-complex types).
    fn from_c64(v: Complex64) -> Self {
        Self::from_f64(v.re)
    }
    /// From a bfloat16 value (given as f64), with ml_dtypes' rule for
    /// integer targets: a value whose truncation is outside the target's
    /// range (or nan) becomes 0.
    #[inline]
    fn from_bfloat(v: f64) -> Self {
        Self::from_f64(v)
    }
    /// Converts any element to this type with NumPy's unsafe-cast semantics.
    #[inline]
    fn cast_from<S: Element>(s: S) -> Self {
        match S::KIND {
            Kind::Bool => Self::from_bool(s.to_bool()),
            Kind::Int => Self::from_i64(s.to_i64()),
            Kind::UInt => Self::from_u64(s.to_u64()),
            Kind::Float if S::DTYPE == DType::BFloat16 => Self::from_bfloat(s.to_f64()),
            Kind::Float => Self::from_f64(s.to_f64()),
            Kind::Complex => Self::from_c64(s.to_c64()),
        }
    }
}

/// 2**63 and 2**64 as f64.
const TWO_63: f64 = (1u64 << 63) as f64;
const TWO_64: f64 = 2.0 * TWO_63;

/// x86-64 `cvttsd2si` with a 32-bit destination: truncation toward zero,
/// and `i32::MIN` (the "integer indefinite" value) for nan and values
/// outside the range.
#[inline]
fn cvtt32(v: f64) -> i32 {
    if v > -2147483649.0 && v < 2147483648.0 {
        v as i32
    } else {
        i32::MIN
    }
}

/// x86-64 `cvttsd2si` with a 64-bit destination (`i64::MIN` when invalid).
#[inline]
fn cvtt64(v: f64) -> i64 {
    if (-TWO_63..TWO_63).contains(&v) {
        v as i64
    } else {
        i64::MIN
    }
}

/// How NumPy on x86-64 converts a float to each integer type. C leaves
/// out-of-range conversions undefined; NumPy's compiled scalar loops give
/// these results, which ndc reproduces:
/// - 8- and 16-bit targets: the 32-bit conversion, then the low bits;
/// - int32 / int64: the 32-bit / 64-bit conversion;
/// - uint32: the low 32 bits of the 64-bit conversion;
/// - uint64: values >= 2**63 are converted after subtracting 2**63 and the
///   top bit is flipped back.
///
/// NumPy's vectorised float -> uint32 loops (used for parts of long
/// contiguous arrays) give other results for out-of-range values; ndc
/// follows the scalar loops, which also serve `np.full` and item reads.
trait FloatToInt: Sized {
    fn from_float(v: f64) -> Self;
    /// ml_dtypes: 0 unless the truncated value is in range.
    fn from_float_checked(v: f64) -> Self;
}

macro_rules! float_to_small_int {
    ($($t:ty),*) => {$(
        impl FloatToInt for $t {
            #[inline]
            fn from_float(v: f64) -> Self {
                cvtt32(v) as $t
            }
            #[inline]
            fn from_float_checked(v: f64) -> Self {
                let t = v.trunc();
                if t >= <$t>::MIN as f64 && t <= <$t>::MAX as f64 {
                    t as $t
                } else {
                    0
                }
            }
        }
    )*};
}
float_to_small_int!(i8, i16, i32, u8, u16);

impl FloatToInt for u32 {
    #[inline]
    fn from_float(v: f64) -> Self {
        cvtt64(v) as u32
    }
    #[inline]
    fn from_float_checked(v: f64) -> Self {
        let t = v.trunc();
        if (0.0..=4294967295.0).contains(&t) {
            t as u32
        } else {
            0
        }
    }
}

impl FloatToInt for i64 {
    #[inline]
    fn from_float(v: f64) -> Self {
        cvtt64(v)
    }
    #[inline]
    fn from_float_checked(v: f64) -> Self {
        let t = v.trunc();
        if (-TWO_63..TWO_63).contains(&t) {
            t as i64
        } else {
            0
        }
    }
}

impl FloatToInt for u64 {
    #[inline]
    fn from_float(v: f64) -> Self {
        if v >= TWO_63 {
            (cvtt64(v - TWO_63) as u64) ^ (1 << 63)
        } else {
            cvtt64(v) as u64
        }
    }
    #[inline]
    fn from_float_checked(v: f64) -> Self {
        let t = v.trunc();
        if (0.0..TWO_64).contains(&t) {
            t as u64
        } else {
            0
        }
    }
}

impl Element for Bool {
    const DTYPE: DType = DType::Bool;
    const KIND: Kind = Kind::Bool;
    fn to_bool(self) -> bool {
        self.get()
    }
    fn to_i64(self) -> i64 {
        self.get() as i64
    }
    fn to_u64(self) -> u64 {
        self.get() as u64
    }
    fn to_f64(self) -> f64 {
        self.get() as u8 as f64
    }
    fn from_bool(v: bool) -> Self {
        Bool(v as u8)
    }
    fn from_i64(v: i64) -> Self {
        Bool((v != 0) as u8)
    }
    fn from_u64(v: u64) -> Self {
        Bool((v != 0) as u8)
    }
    fn from_f64(v: f64) -> Self {
        Bool((v != 0.0) as u8)
    }
    fn from_c64(v: Complex64) -> Self {
        Bool((v.re != 0.0 || v.im != 0.0) as u8)
    }
}

macro_rules! int_element {
    ($t:ty, $dt:ident, $kind:ident) => {
        impl Element for $t {
            const DTYPE: DType = DType::$dt;
            const KIND: Kind = Kind::$kind;
            #[inline]
            fn to_bool(self) -> bool {
                self != 0
            }
            #[inline]
            fn to_i64(self) -> i64 {
                self as i64
            }
            #[inline]
            fn to_u64(self) -> u64 {
                self as u64
            }
            #[inline]
            fn to_f64(self) -> f64 {
                self as f64
            }
            #[inline]
            fn from_bool(v: bool) -> Self {
                v as $t
            }
            #[inline]
            fn from_i64(v: i64) -> Self {
                v as $t
            }
            #[inline]
            fn from_u64(v: u64) -> Self {
                v as $t
            }
            #[inline]
            fn from_f64(v: f64) -> Self {
                <$t as FloatToInt>::from_float(v)
            }
            #[inline]
            fn from_bfloat(v: f64) -> Self {
                <$t as FloatToInt>::from_float_checked(v)
            }
        }
    };
}
int_element!(i8, Int8, Int);
int_element!(i16, Int16, Int);
int_element!(i32, Int32, Int);
int_element!(i64, Int64, Int);
int_element!(u8, UInt8, UInt);
int_element!(u16, UInt16, UInt);
int_element!(u32, UInt32, UInt);
int_element!(u64, UInt64, UInt);

macro_rules! float_element {
    ($t:ty, $dt:ident, $to:expr, $from:expr, $from_i:expr, $from_u:expr) => {
        impl Element for $t {
            const DTYPE: DType = DType::$dt;
            const KIND: Kind = Kind::Float;
            #[inline]
            fn to_bool(self) -> bool {
                self.to_f64() != 0.0
            }
            #[inline]
            fn to_i64(self) -> i64 {
                <i64 as Element>::cast_from(self)
            }
            #[inline]
            fn to_u64(self) -> u64 {
                <u64 as Element>::cast_from(self)
            }
            #[inline]
            fn to_f64(self) -> f64 {
                #[allow(clippy::redundant_closure_call)]
                ($to)(self)
            }
            #[inline]
            fn from_bool(v: bool) -> Self {
                Self::from_f64(v as u8 as f64)
            }
            #[inline]
            fn from_i64(v: i64) -> Self {
                #[allow(clippy::redundant_closure_call)]
                ($from_i)(v)
            }
            #[inline]
            fn from_u64(v: u64) -> Self {
                #[allow(clippy::redundant_closure_call)]
                ($from_u)(v)
            }
            #[inline]
            fn from_f64(v: f64) -> Self {
                #[allow(clippy::redundant_closure_call)]
                ($from)(v)
            }
        }
    };
}
float_element!(
    f64,
    Float64,
    |x: f64| x,
    |v: f64| v,
    |v: i64| v as f64,
    |v: u64| v as f64
);
float_element!(
    f32,
    Float32,
    |x: f32| x as f64,
    |v: f64| v as f32,
    |v: i64| v as f32,
    |v: u64| v as f32
);
// float16/bfloat16 from 64-bit ints: the integer rounds to f64 first; any int
// that needs rounding there is far above the half range (inf) or rounds the
// same way, so the result is the correctly rounded one.
float_element!(
    f16,
    Float16,
    |x: f16| x.to_f64(),
    f16::from_f64,
    |v: i64| f16::from_f64(v as f64),
    |v: u64| f16::from_f64(v as f64)
);
// bfloat16 is rounded once, to nearest even, from the exact value (as
// ml_dtypes): the value is first rounded to float32 "to odd" (truncate, and
// set the last bit when inexact), which keeps enough bits for the final
// rounding to be correct; a plain float32 step could round twice.
float_element!(
    bf16,
    BFloat16,
    |x: bf16| x.to_f64(),
    bf16_from_f64,
    |v: i64| bf16_from_int(v < 0, v.unsigned_abs()),
    |v: u64| bf16_from_int(false, v)
);

/// `v` rounded to nearest even bfloat16.
fn bf16_from_f64(v: f64) -> bf16 {
    let f = v as f32;
    if v.is_nan() || f as f64 == v {
        return bf16::from_f32(f);
    }
    // Round to odd: step back toward zero if `as f32` rounded away from it
    // (this also turns an overflow to inf into f32::MAX), then mark inexact.
    let mut bits = f.to_bits();
    if (f as f64).abs() > v.abs() {
        bits -= 1;
    }
    bf16::from_f32(f32::from_bits(bits | 1))
}

/// The integer `(-1)^negative * magnitude` rounded to nearest even bfloat16.
fn bf16_from_int(negative: bool, magnitude: u64) -> bf16 {
    let bits = 64 - magnitude.leading_zeros();
    let f = if bits <= 24 {
        magnitude as f32
    } else {
        // Round to odd at 24 bits, exactly representable in f32.
        let shift = bits - 24;
        let top = (magnitude >> shift) | ((magnitude & ((1 << shift) - 1) != 0) as u64);
        top as f32 * f32::from_bits((127 + shift) << 23)
    };
    bf16::from_f32(if negative { -f } else { f })
}

macro_rules! complex_element {
    ($t:ty, $dt:ident, $f:ty) => {
        impl Element for $t {
            const DTYPE: DType = DType::$dt;
            const KIND: Kind = Kind::Complex;
            #[inline]
            fn to_bool(self) -> bool {
                self.re != 0.0 || self.im != 0.0
            }
            #[inline]
            fn to_i64(self) -> i64 {
                <i64 as Element>::from_f64(self.re as f64)
            }
            #[inline]
            fn to_u64(self) -> u64 {
                <u64 as Element>::from_f64(self.re as f64)
            }
            #[inline]
            fn to_f64(self) -> f64 {
                self.re as f64
            }
            #[inline]
            fn to_c64(self) -> Complex64 {
                Complex64::new(self.re as f64, self.im as f64)
            }
            #[inline]
            fn from_bool(v: bool) -> Self {
                <$t>::new(v as u8 as $f, 0.0)
            }
            #[inline]
            fn from_i64(v: i64) -> Self {
                <$t>::new(v as $f, 0.0)
            }
            #[inline]
            fn from_u64(v: u64) -> Self {
                <$t>::new(v as $f, 0.0)
            }
            #[inline]
            fn from_f64(v: f64) -> Self {
                <$t>::new(v as $f, 0.0)
            }
            #[inline]
            fn from_c64(v: Complex64) -> Self {
                <$t>::new(v.re as $f, v.im as $f)
            }
        }
    };
}
complex_element!(Complex32, Complex64, f32);
complex_element!(Complex64, Complex128, f64);

/// Runs `$body` with the type alias `$T` bound to the Rust element type of
/// the runtime dtype `$dt`. This is the only match on dtypes in kernels.
#[macro_export]
macro_rules! dispatch {
    ($dt:expr, $T:ident => $body:expr) => {{
        use $crate::dtype::DType as __D;
        match $dt {
            __D::Bool => {
                type $T = $crate::dtype::Bool;
                $body
            }
            __D::Int8 => {
                type $T = i8;
                $body
            }
            __D::Int16 => {
                type $T = i16;
                $body
            }
            __D::Int32 => {
                type $T = i32;
                $body
            }
            __D::Int64 => {
                type $T = i64;
                $body
            }
            __D::UInt8 => {
                type $T = u8;
                $body
            }
            __D::UInt16 => {
                type $T = u16;
                $body
            }
            __D::UInt32 => {
                type $T = u32;
                $body
            }
            __D::UInt64 => {
                type $T = u64;
                $body
            }
            __D::Float16 => {
                type $T = half::f16;
                $body
            }
            __D::BFloat16 => {
                type $T = half::bf16;
                $body
            }
            __D::Float32 => {
                type $T = f32;
                $body
            }
            __D::Float64 => {
                type $T = f64;
                $body
            }
            __D::Complex64 => {
                type $T = num_complex::Complex32;
                $body
            }
            __D::Complex128 => {
                type $T = num_complex::Complex64;
                $body
            }
        }
    }};
}
