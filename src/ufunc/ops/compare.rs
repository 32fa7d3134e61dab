//! Comparisons, giving bool. Complex numbers compare lexicographically
//! (real part first) with NumPy's nan rules; int64 against uint64 compares
//! exactly (NumPy 2's mixed loops) instead of through float64.

use half::{bf16, f16};
use num_complex::{Complex32, Complex64};

use super::via_f32;
use crate::dtype::Bool;
use crate::ufunc::kernels::Bin;

macro_rules! ops {
    ($($name:ident),*) => {$(
        #[doc = concat!("The `", stringify!($name), "` comparison.")]
        pub struct $name;
    )*};
}
ops!(Eq, Ne, Lt, Le, Gt, Ge);

macro_rules! cmp_plain {
    ($($t:ty),*) => {$(
        impl Bin<$t, $t, Bool> for Eq { #[inline(always)] fn f(a: $t, b: $t) -> Bool { Bool((a == b) as u8) } }
        impl Bin<$t, $t, Bool> for Ne { #[inline(always)] fn f(a: $t, b: $t) -> Bool { Bool((a != b) as u8) } }
        impl Bin<$t, $t, Bool> for Lt { #[inline(always)] fn f(a: $t, b: $t) -> Bool { Bool((a < b) as u8) } }
        impl Bin<$t, $t, Bool> for Le { #[inline(always)] fn f(a: $t, b: $t) -> Bool { Bool((a <= b) as u8) } }
        impl Bin<$t, $t, Bool> for Gt { #[inline(always)] fn f(a: $t, b: $t) -> Bool { Bool((a > b) as u8) } }
        impl Bin<$t, $t, Bool> for Ge { #[inline(always)] fn f(a: $t, b: $t) -> Bool { Bool((a >= b) as u8) } }
    )*};
}
cmp_plain!(i8, i16, i32, i64, u8, u16, u32, u64, f32, f64);
via_f32!(cmp Eq);
via_f32!(cmp Ne);
via_f32!(cmp Lt);
via_f32!(cmp Le);
via_f32!(cmp Gt);
via_f32!(cmp Ge);

macro_rules! cmp_bool {
    ($($op:ident => $e:tt),*) => {$(
        impl Bin<Bool, Bool, Bool> for $op {
            #[inline(always)]
            fn f(a: Bool, b: Bool) -> Bool { Bool((a.get() $e b.get()) as u8) }
        }
    )*};
}
cmp_bool!(Eq => ==, Ne => !=, Lt => <, Le => <=, Gt => >, Ge => >=);

macro_rules! cmp_mixed {
    ($a:ty, $b:ty) => {
        impl Bin<$a, $b, Bool> for Eq {
            #[inline(always)]
            fn f(a: $a, b: $b) -> Bool {
                Bool(((a as i128) == (b as i128)) as u8)
            }
        }
        impl Bin<$a, $b, Bool> for Ne {
            #[inline(always)]
            fn f(a: $a, b: $b) -> Bool {
                Bool(((a as i128) != (b as i128)) as u8)
            }
        }
        impl Bin<$a, $b, Bool> for Lt {
            #[inline(always)]
            fn f(a: $a, b: $b) -> Bool {
                Bool(((a as i128) < (b as i128)) as u8)
            }
        }
        impl Bin<$a, $b, Bool> for Le {
            #[inline(always)]
            fn f(a: $a, b: $b) -> Bool {
                Bool(((a as i128) <= (b as i128)) as u8)
            }
        }
        impl Bin<$a, $b, Bool> for Gt {
            #[inline(always)]
            fn f(a: $a, b: $b) -> Bool {
                Bool(((a as i128) > (b as i128)) as u8)
            }
        }
        impl Bin<$a, $b, Bool> for Ge {
            #[inline(always)]
            fn f(a: $a, b: $b) -> Bool {
                Bool(((a as i128) >= (b as i128)) as u8)
            }
        }
    };
}
cmp_mixed!(i64, u64);
cmp_mixed!(u64, i64);

macro_rules! cmp_complex {
    ($($t:ty),*) => {$(
        impl Bin<$t, $t, Bool> for Eq {
            #[inline(always)]
            fn f(a: $t, b: $t) -> Bool { Bool((a.re == b.re && a.im == b.im) as u8) }
        }
        impl Bin<$t, $t, Bool> for Ne {
            #[inline(always)]
            fn f(a: $t, b: $t) -> Bool { Bool((a.re != b.re || a.im != b.im) as u8) }
        }
        impl Bin<$t, $t, Bool> for Lt {
            #[inline(always)]
            fn f(a: $t, b: $t) -> Bool {
                Bool(((a.re < b.re && !a.im.is_nan() && !b.im.is_nan()) || (a.re == b.re && a.im < b.im)) as u8)
            }
        }
        impl Bin<$t, $t, Bool> for Le {
            #[inline(always)]
            fn f(a: $t, b: $t) -> Bool {
                Bool(((a.re < b.re && !a.im.is_nan() && !b.im.is_nan()) || (a.re == b.re && a.im <= b.im)) as u8)
            }
        }
        impl Bin<$t, $t, Bool> for Gt {
            #[inline(always)]
            fn f(a: $t, b: $t) -> Bool {
                Bool(((a.re > b.re && !a.im.is_nan() && !b.im.is_nan()) || (a.re == b.re && a.im > b.im)) as u8)
            }
        }
        impl Bin<$t, $t, Bool> for Ge {
            #[inline(always)]
            fn f(a: $t, b: $t) -> Bool {
                Bool(((a.re > b.re && !a.im.is_nan() && !b.im.is_nan()) || (a.re == b.re && a.im >= b.im)) as u8)
            }
        }
    )*};
}
cmp_complex!(Complex32, Complex64);

#[allow(dead_code)]
fn _uses(_: f16, _: bf16) {}
