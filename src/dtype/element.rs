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
    /// The value as i64 (floats truncate, saturating; complex takes the real part).
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
    /// Converts any element to this type with NumPy's unsafe-cast semantics.
    #[inline]
    fn cast_from<S: Element>(s: S) -> Self {
        match S::KIND {
            Kind::Bool => Self::from_bool(s.to_bool()),
            Kind::Int => Self::from_i64(s.to_i64()),
            Kind::UInt => Self::from_u64(s.to_u64()),
            Kind::Float => Self::from_f64(s.to_f64()),
            Kind::Complex => Self::from_c64(s.to_c64()),
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
                // Out-of-range and nan are undefined in C; like NumPy on x86
                // for 64-bit targets, go through i64 so large values wrap.
                if v.is_nan() {
                    return (i64::MIN) as $t;
                }
                if (v as i128) > i64::MAX as i128 && Kind::$kind == Kind::UInt {
                    return (v as u64) as $t;
                }
                (v as i64) as $t
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
                <i64 as Element>::from_f64(self.to_f64())
            }
            #[inline]
            fn to_u64(self) -> u64 {
                <u64 as Element>::from_f64(self.to_f64())
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
float_element!(
    bf16,
    BFloat16,
    |x: bf16| x.to_f64(),
    bf16::from_f64,
    |v: i64| bf16::from_f64(v as f64),
    |v: u64| bf16::from_f64(v as f64)
);

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
