//! Element operations of the ufuncs, grouped by family. Each operation is a
//! zero-sized type implementing the driver traits of `kernels.rs` for the
//! element types NumPy has a loop for.
//!
//! float16 and bfloat16 compute in float32 and round once, as NumPy does for
//! float16 (`via_f32!`).

pub mod arith;
pub mod bits;
pub mod compare;
pub mod libm;
pub mod math;
pub mod vloops;
pub mod vmath;

/// Implements a float32-defined unary or binary operation for the two
/// 16-bit float types by widening to float32 and rounding the result once.
macro_rules! via_f32 {
    (un $op:ty) => {
        impl $crate::ufunc::kernels::Un<half::f16, half::f16> for $op {
            #[inline(always)]
            fn f(a: half::f16) -> half::f16 {
                half::f16::from_f32(<$op as $crate::ufunc::kernels::Un<f32, f32>>::f(a.to_f32()))
            }
        }
        impl $crate::ufunc::kernels::Un<half::bf16, half::bf16> for $op {
            #[inline(always)]
            fn f(a: half::bf16) -> half::bf16 {
                half::bf16::from_f32(<$op as $crate::ufunc::kernels::Un<f32, f32>>::f(a.to_f32()))
            }
        }
    };
    (bin $op:ty) => {
        impl $crate::ufunc::kernels::Bin<half::f16, half::f16, half::f16> for $op {
            #[inline(always)]
            fn f(a: half::f16, b: half::f16) -> half::f16 {
                half::f16::from_f32(<$op as $crate::ufunc::kernels::Bin<f32, f32, f32>>::f(
                    a.to_f32(),
                    b.to_f32(),
                ))
            }
        }
        impl $crate::ufunc::kernels::Bin<half::bf16, half::bf16, half::bf16> for $op {
            #[inline(always)]
            fn f(a: half::bf16, b: half::bf16) -> half::bf16 {
                half::bf16::from_f32(<$op as $crate::ufunc::kernels::Bin<f32, f32, f32>>::f(
                    a.to_f32(),
                    b.to_f32(),
                ))
            }
        }
    };
    (pred $op:ty) => {
        impl $crate::ufunc::kernels::Un<half::f16, $crate::dtype::Bool> for $op {
            #[inline(always)]
            fn f(a: half::f16) -> $crate::dtype::Bool {
                <$op as $crate::ufunc::kernels::Un<f32, $crate::dtype::Bool>>::f(a.to_f32())
            }
        }
        impl $crate::ufunc::kernels::Un<half::bf16, $crate::dtype::Bool> for $op {
            #[inline(always)]
            fn f(a: half::bf16) -> $crate::dtype::Bool {
                <$op as $crate::ufunc::kernels::Un<f32, $crate::dtype::Bool>>::f(a.to_f32())
            }
        }
    };
    (cmp $op:ty) => {
        impl $crate::ufunc::kernels::Bin<half::f16, half::f16, $crate::dtype::Bool> for $op {
            #[inline(always)]
            fn f(a: half::f16, b: half::f16) -> $crate::dtype::Bool {
                <$op as $crate::ufunc::kernels::Bin<f32, f32, $crate::dtype::Bool>>::f(
                    a.to_f32(),
                    b.to_f32(),
                )
            }
        }
        impl $crate::ufunc::kernels::Bin<half::bf16, half::bf16, $crate::dtype::Bool> for $op {
            #[inline(always)]
            fn f(a: half::bf16, b: half::bf16) -> $crate::dtype::Bool {
                <$op as $crate::ufunc::kernels::Bin<f32, f32, $crate::dtype::Bool>>::f(
                    a.to_f32(),
                    b.to_f32(),
                )
            }
        }
    };
}
pub(crate) use via_f32;

/// Implements `Bin<T, T, T>` for `$op` over the listed types with one body.
macro_rules! bin_impl {
    ($op:ty; $($t:ty),* => |$a:ident, $b:ident| $body:expr) => {$(
        impl $crate::ufunc::kernels::Bin<$t, $t, $t> for $op {
            #[inline(always)]
            fn f($a: $t, $b: $t) -> $t { $body }
        }
    )*};
}
pub(crate) use bin_impl;

/// Implements `Un<T, T>` for `$op` over the listed types with one body.
macro_rules! un_impl {
    ($op:ty; $($t:ty),* => |$a:ident| $body:expr) => {$(
        impl $crate::ufunc::kernels::Un<$t, $t> for $op {
            #[inline(always)]
            fn f($a: $t) -> $t { $body }
        }
    )*};
}
pub(crate) use un_impl;
