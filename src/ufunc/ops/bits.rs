//! Bitwise and logical operations, shifts, gcd and lcm.
//!
//! Shifts by a count outside `0..bits` give 0 (left) or the sign fill
//! (right), as NumPy defines them instead of C's undefined behaviour.

use half::{bf16, f16};
use num_complex::{Complex32, Complex64};

use super::{bin_impl, un_impl};
use crate::dtype::{Bool, Element};
use crate::ufunc::kernels::{Bin, Un};

macro_rules! ops {
    ($($name:ident),*) => {$(
        #[doc = concat!("The `", stringify!($name), "` element operation.")]
        pub struct $name;
    )*};
}
ops!(And, Or, Xor, Invert, Shl, Shr, Gcd, Lcm, LogicalAnd, LogicalOr, LogicalXor, LogicalNot);

bin_impl!(And; i8, i16, i32, i64, u8, u16, u32, u64 => |a, b| a & b);
bin_impl!(Or; i8, i16, i32, i64, u8, u16, u32, u64 => |a, b| a | b);
bin_impl!(Xor; i8, i16, i32, i64, u8, u16, u32, u64 => |a, b| a ^ b);
bin_impl!(And; Bool => |a, b| Bool((a.get() & b.get()) as u8));
bin_impl!(Or; Bool => |a, b| Bool((a.get() | b.get()) as u8));
bin_impl!(Xor; Bool => |a, b| Bool((a.get() ^ b.get()) as u8));
un_impl!(Invert; i8, i16, i32, i64, u8, u16, u32, u64 => |a| !a);
un_impl!(Invert; Bool => |a| Bool(!a.get() as u8));

macro_rules! shifts {
    ($($t:ty),*) => {$(
        impl Bin<$t, $t, $t> for Shl {
            #[inline(always)]
            fn f(a: $t, b: $t) -> $t {
                if (b as u64) < <$t>::BITS as u64 { a << (b as u32) } else { 0 }
            }
        }
        impl Bin<$t, $t, $t> for Shr {
            #[inline(always)]
            fn f(a: $t, b: $t) -> $t {
                if (b as u64) < <$t>::BITS as u64 {
                    a >> (b as u32)
                } else if a < (0 as $t) {
                    !(0 as $t)
                } else {
                    0
                }
            }
        }
    )*};
}
shifts!(i8, i16, i32, i64, u8, u16, u32, u64);

macro_rules! gcd_lcm {
    (signed $($t:ty),*) => {$(
        impl Bin<$t, $t, $t> for Gcd {
            #[inline(always)]
            fn f(a: $t, b: $t) -> $t {
                let (mut x, mut y) = (a.wrapping_abs(), b.wrapping_abs());
                while y != 0 {
                    let t = x.wrapping_rem(y);
                    x = y;
                    y = t;
                }
                x.wrapping_abs()
            }
        }
        impl Bin<$t, $t, $t> for Lcm {
            #[inline(always)]
            fn f(a: $t, b: $t) -> $t {
                let g = <Gcd as Bin<$t, $t, $t>>::f(a, b);
                // |a| / gcd * |b|, wrapping as NumPy's C loop.
                if g == 0 { 0 } else { (a.wrapping_abs().wrapping_div(g)).wrapping_mul(b.wrapping_abs()) }
            }
        }
    )*};
    (unsigned $($t:ty),*) => {$(
        impl Bin<$t, $t, $t> for Gcd {
            #[inline(always)]
            fn f(a: $t, b: $t) -> $t {
                let (mut x, mut y) = (a, b);
                while y != 0 {
                    let t = x % y;
                    x = y;
                    y = t;
                }
                x
            }
        }
        impl Bin<$t, $t, $t> for Lcm {
            #[inline(always)]
            fn f(a: $t, b: $t) -> $t {
                let g = <Gcd as Bin<$t, $t, $t>>::f(a, b);
                if g == 0 { 0 } else { (a / g).wrapping_mul(b) }
            }
        }
    )*};
}
gcd_lcm!(signed i8, i16, i32, i64);
gcd_lcm!(unsigned u8, u16, u32, u64);

/// Logical operations take any element type (non-zero is true) and give bool.
macro_rules! logical {
    ($($t:ty),*) => {$(
        impl Bin<$t, $t, Bool> for LogicalAnd {
            #[inline(always)]
            fn f(a: $t, b: $t) -> Bool { Bool((a.to_bool() && b.to_bool()) as u8) }
        }
        impl Bin<$t, $t, Bool> for LogicalOr {
            #[inline(always)]
            fn f(a: $t, b: $t) -> Bool { Bool((a.to_bool() || b.to_bool()) as u8) }
        }
        impl Bin<$t, $t, Bool> for LogicalXor {
            #[inline(always)]
            fn f(a: $t, b: $t) -> Bool { Bool((a.to_bool() != b.to_bool()) as u8) }
        }
        impl Un<$t, Bool> for LogicalNot {
            #[inline(always)]
            fn f(a: $t) -> Bool { Bool(!a.to_bool() as u8) }
        }
    )*};
}
logical!(Bool, i8, i16, i32, i64, u8, u16, u32, u64, f16, bf16, f32, f64, Complex32, Complex64);
