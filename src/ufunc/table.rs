//! The ufunc table: for each ufunc, its loops in NumPy's order (the first
//! loop whose input types every input casts to safely is used). The type
//! lists are NumPy's `ufunc.types` with bfloat16 placed after float16.

use super::kernels::{binary, binary2, try_binary, unary, unary2, LoopFn};
use super::ops::{arith::*, bits::*, compare::*, math::*};
use super::{Flags, Loop, Ufunc};
use crate::dtype::DType;

/// Maps a short type code to the Rust element type.
macro_rules! ty {
    (bo) => {
        crate::dtype::Bool
    };
    (i1) => {
        i8
    };
    (i2) => {
        i16
    };
    (i4) => {
        i32
    };
    (i8) => {
        i64
    };
    (u1) => {
        u8
    };
    (u2) => {
        u16
    };
    (u4) => {
        u32
    };
    (u8) => {
        u64
    };
    (f2) => {
        half::f16
    };
    (bf) => {
        half::bf16
    };
    (f4) => {
        f32
    };
    (f8) => {
        f64
    };
    (c8) => {
        num_complex::Complex32
    };
    (c16) => {
        num_complex::Complex64
    };
}

/// Maps a short type code to the dtype.
macro_rules! dt {
    (bo) => {
        DType::Bool
    };
    (i1) => {
        DType::Int8
    };
    (i2) => {
        DType::Int16
    };
    (i4) => {
        DType::Int32
    };
    (i8) => {
        DType::Int64
    };
    (u1) => {
        DType::UInt8
    };
    (u2) => {
        DType::UInt16
    };
    (u4) => {
        DType::UInt32
    };
    (u8) => {
        DType::UInt64
    };
    (f2) => {
        DType::Float16
    };
    (bf) => {
        DType::BFloat16
    };
    (f4) => {
        DType::Float32
    };
    (f8) => {
        DType::Float64
    };
    (c8) => {
        DType::Complex64
    };
    (c16) => {
        DType::Complex128
    };
}

/// `T -> T` loops.
macro_rules! un_same {
    ($op:ty; $($t:tt)*) => {
        &[$(Loop { types: &[dt!($t), dt!($t)], func: unary::<ty!($t), ty!($t), $op> as LoopFn }),*]
    };
}
/// Float loops of a function with vectorised float32/float64 loops in
/// `vloops.rs` (the 16-bit floats go through float32, complex through the
/// C library).
macro_rules! un_vmath {
    ($op:ty, $f4:ident, $f8:ident) => {
        &[
            Loop {
                types: &[DType::Float16, DType::Float16],
                func: unary::<ty!(f2), ty!(f2), $op> as LoopFn,
            },
            Loop {
                types: &[DType::BFloat16, DType::BFloat16],
                func: unary::<ty!(bf), ty!(bf), $op> as LoopFn,
            },
            Loop {
                types: &[DType::Float32, DType::Float32],
                func: super::ops::vloops::$f4 as LoopFn,
            },
            Loop {
                types: &[DType::Float64, DType::Float64],
                func: super::ops::vloops::$f8 as LoopFn,
            },
            Loop {
                types: &[DType::Complex64, DType::Complex64],
                func: unary::<ty!(c8), ty!(c8), $op> as LoopFn,
            },
            Loop {
                types: &[DType::Complex128, DType::Complex128],
                func: unary::<ty!(c16), ty!(c16), $op> as LoopFn,
            },
        ]
    };
}
/// `T -> bool` loops.
macro_rules! un_bool {
    ($op:ty; $($t:tt)*) => {
        &[$(Loop { types: &[dt!($t), DType::Bool], func: unary::<ty!($t), crate::dtype::Bool, $op> as LoopFn }),*]
    };
}
/// `T, T -> T` loops.
macro_rules! bin_same {
    ($op:ty; $($t:tt)*) => {
        &[$(Loop { types: &[dt!($t), dt!($t), dt!($t)], func: binary::<ty!($t), ty!($t), ty!($t), $op> as LoopFn }),*]
    };
}
/// `T, T -> bool` loops.
macro_rules! bin_bool {
    ($op:ty; $($t:tt)*) => {
        &[$(Loop { types: &[dt!($t), dt!($t), DType::Bool], func: binary::<ty!($t), ty!($t), crate::dtype::Bool, $op> as LoopFn }),*]
    };
}
/// Comparison loops: `T, T -> bool` plus the exact int64/uint64 pairs.
macro_rules! cmp_loops {
    ($op:ty) => {
        &[
            Loop {
                types: &[DType::Bool, DType::Bool, DType::Bool],
                func: binary::<ty!(bo), ty!(bo), ty!(bo), $op> as LoopFn,
            },
            Loop {
                types: &[DType::Int8, DType::Int8, DType::Bool],
                func: binary::<i8, i8, ty!(bo), $op> as LoopFn,
            },
            Loop {
                types: &[DType::UInt8, DType::UInt8, DType::Bool],
                func: binary::<u8, u8, ty!(bo), $op> as LoopFn,
            },
            Loop {
                types: &[DType::Int16, DType::Int16, DType::Bool],
                func: binary::<i16, i16, ty!(bo), $op> as LoopFn,
            },
            Loop {
                types: &[DType::UInt16, DType::UInt16, DType::Bool],
                func: binary::<u16, u16, ty!(bo), $op> as LoopFn,
            },
            Loop {
                types: &[DType::Int32, DType::Int32, DType::Bool],
                func: binary::<i32, i32, ty!(bo), $op> as LoopFn,
            },
            Loop {
                types: &[DType::UInt32, DType::UInt32, DType::Bool],
                func: binary::<u32, u32, ty!(bo), $op> as LoopFn,
            },
            Loop {
                types: &[DType::Int64, DType::Int64, DType::Bool],
                func: binary::<i64, i64, ty!(bo), $op> as LoopFn,
            },
            Loop {
                types: &[DType::UInt64, DType::UInt64, DType::Bool],
                func: binary::<u64, u64, ty!(bo), $op> as LoopFn,
            },
            Loop {
                types: &[DType::Int64, DType::UInt64, DType::Bool],
                func: binary::<i64, u64, ty!(bo), $op> as LoopFn,
            },
            Loop {
                types: &[DType::UInt64, DType::Int64, DType::Bool],
                func: binary::<u64, i64, ty!(bo), $op> as LoopFn,
            },
            Loop {
                types: &[DType::Float16, DType::Float16, DType::Bool],
                func: binary::<ty!(f2), ty!(f2), ty!(bo), $op> as LoopFn,
            },
            Loop {
                types: &[DType::BFloat16, DType::BFloat16, DType::Bool],
                func: binary::<ty!(bf), ty!(bf), ty!(bo), $op> as LoopFn,
            },
            Loop {
                types: &[DType::Float32, DType::Float32, DType::Bool],
                func: binary::<f32, f32, ty!(bo), $op> as LoopFn,
            },
            Loop {
                types: &[DType::Float64, DType::Float64, DType::Bool],
                func: binary::<f64, f64, ty!(bo), $op> as LoopFn,
            },
            Loop {
                types: &[DType::Complex64, DType::Complex64, DType::Bool],
                func: binary::<ty!(c8), ty!(c8), ty!(bo), $op> as LoopFn,
            },
            Loop {
                types: &[DType::Complex128, DType::Complex128, DType::Bool],
                func: binary::<ty!(c16), ty!(c16), ty!(bo), $op> as LoopFn,
            },
        ]
    };
}

const INTS: Flags = Flags::NONE;

macro_rules! uf {
    ($name:literal, $nin:literal, $nout:literal, $flags:expr, $loops:expr) => {
        Ufunc {
            name: $name,
            nin: $nin,
            nout: $nout,
            flags: $flags,
            loops: $loops,
        }
    };
}

/// Every ufunc ndc has.
pub static UFUNCS: &[Ufunc] = &[
    uf!(
        "add",
        2,
        1,
        INTS,
        bin_same!(Add; bo i1 u1 i2 u2 i4 u4 i8 u8 f2 bf f4 f8 c8 c16)
    ),
    uf!(
        "subtract",
        2,
        1,
        Flags::BOOL_SUBTRACT,
        bin_same!(Sub; i1 u1 i2 u2 i4 u4 i8 u8 f2 bf f4 f8 c8 c16)
    ),
    uf!(
        "multiply",
        2,
        1,
        INTS,
        bin_same!(Mul; bo i1 u1 i2 u2 i4 u4 i8 u8 f2 bf f4 f8 c8 c16)
    ),
    uf!(
        "divide",
        2,
        1,
        Flags::EXPENSIVE,
        bin_same!(Div; f2 bf f4 f8 c8 c16)
    ),
    uf!(
        "floor_divide",
        2,
        1,
        Flags::EXPENSIVE,
        bin_same!(FloorDiv; i1 u1 i2 u2 i4 u4 i8 u8 f2 bf f4 f8)
    ),
    uf!(
        "remainder",
        2,
        1,
        Flags::EXPENSIVE,
        bin_same!(Rem; i1 u1 i2 u2 i4 u4 i8 u8 f2 bf f4 f8)
    ),
    uf!(
        "fmod",
        2,
        1,
        Flags::EXPENSIVE,
        bin_same!(Fmod; i1 u1 i2 u2 i4 u4 i8 u8 f2 bf f4 f8)
    ),
    uf!(
        "maximum",
        2,
        1,
        INTS,
        bin_same!(Maximum; bo i1 u1 i2 u2 i4 u4 i8 u8 f2 bf f4 f8 c8 c16)
    ),
    uf!(
        "minimum",
        2,
        1,
        INTS,
        bin_same!(Minimum; bo i1 u1 i2 u2 i4 u4 i8 u8 f2 bf f4 f8 c8 c16)
    ),
    uf!(
        "fmax",
        2,
        1,
        INTS,
        bin_same!(Fmax; bo i1 u1 i2 u2 i4 u4 i8 u8 f2 bf f4 f8 c8 c16)
    ),
    uf!(
        "fmin",
        2,
        1,
        INTS,
        bin_same!(Fmin; bo i1 u1 i2 u2 i4 u4 i8 u8 f2 bf f4 f8 c8 c16)
    ),
    uf!(
        "negative",
        1,
        1,
        Flags::BOOL_NEGATIVE,
        un_same!(Neg; i1 u1 i2 u2 i4 u4 i8 u8 f2 bf f4 f8 c8 c16)
    ),
    uf!(
        "positive",
        1,
        1,
        Flags::NO_BOOL_CAST,
        un_same!(Pos; i1 u1 i2 u2 i4 u4 i8 u8 f2 bf f4 f8 c8 c16)
    ),
    uf!(
        "sign",
        1,
        1,
        Flags::NO_BOOL_CAST,
        un_same!(Sign; i1 u1 i2 u2 i4 u4 i8 u8 f2 bf f4 f8 c8 c16)
    ),
    uf!(
        "reciprocal",
        1,
        1,
        INTS,
        un_same!(Recip; i1 u1 i2 u2 i4 u4 i8 u8 f2 bf f4 f8 c8 c16)
    ),
    uf!(
        "square",
        1,
        1,
        INTS,
        un_same!(Square; i1 u1 i2 u2 i4 u4 i8 u8 f2 bf f4 f8 c8 c16)
    ),
    uf!(
        "conjugate",
        1,
        1,
        INTS,
        un_same!(Conj; i1 u1 i2 u2 i4 u4 i8 u8 f2 bf f4 f8 c8 c16)
    ),
    uf!(
        "absolute",
        1,
        1,
        INTS,
        &[
            Loop {
                types: &[DType::Bool, DType::Bool],
                func: unary::<ty!(bo), ty!(bo), Abs> as LoopFn
            },
            Loop {
                types: &[DType::Int8, DType::Int8],
                func: unary::<i8, i8, Abs> as LoopFn
            },
            Loop {
                types: &[DType::UInt8, DType::UInt8],
                func: unary::<u8, u8, Abs> as LoopFn
            },
            Loop {
                types: &[DType::Int16, DType::Int16],
                func: unary::<i16, i16, Abs> as LoopFn
            },
            Loop {
                types: &[DType::UInt16, DType::UInt16],
                func: unary::<u16, u16, Abs> as LoopFn
            },
            Loop {
                types: &[DType::Int32, DType::Int32],
                func: unary::<i32, i32, Abs> as LoopFn
            },
            Loop {
                types: &[DType::UInt32, DType::UInt32],
                func: unary::<u32, u32, Abs> as LoopFn
            },
            Loop {
                types: &[DType::Int64, DType::Int64],
                func: unary::<i64, i64, Abs> as LoopFn
            },
            Loop {
                types: &[DType::UInt64, DType::UInt64],
                func: unary::<u64, u64, Abs> as LoopFn
            },
            Loop {
                types: &[DType::Float16, DType::Float16],
                func: unary::<ty!(f2), ty!(f2), Abs> as LoopFn
            },
            Loop {
                types: &[DType::BFloat16, DType::BFloat16],
                func: unary::<ty!(bf), ty!(bf), Abs> as LoopFn
            },
            Loop {
                types: &[DType::Float32, DType::Float32],
                func: unary::<f32, f32, Abs> as LoopFn
            },
            Loop {
                types: &[DType::Float64, DType::Float64],
                func: unary::<f64, f64, Abs> as LoopFn
            },
            Loop {
                types: &[DType::Complex64, DType::Float32],
                func: unary::<ty!(c8), f32, Abs> as LoopFn
            },
            Loop {
                types: &[DType::Complex128, DType::Float64],
                func: unary::<ty!(c16), f64, Abs> as LoopFn
            },
        ]
    ),
    uf!("fabs", 1, 1, INTS, un_same!(Fabs; f2 bf f4 f8)),
    uf!("deg2rad", 1, 1, INTS, un_same!(Deg2Rad; f2 bf f4 f8)),
    uf!("rad2deg", 1, 1, INTS, un_same!(Rad2Deg; f2 bf f4 f8)),
    uf!("spacing", 1, 1, INTS, un_same!(Spacing; f2 bf f4 f8)),
    uf!(
        "sqrt",
        1,
        1,
        Flags::EXPENSIVE,
        un_same!(Sqrt; f2 bf f4 f8 c8 c16)
    ),
    uf!("cbrt", 1, 1, Flags::EXPENSIVE, un_same!(Cbrt; f2 bf f4 f8)),
    uf!(
        "exp",
        1,
        1,
        Flags::EXPENSIVE,
        un_vmath!(Exp, exp_f32_loop, exp_f64_loop)
    ),
    uf!(
        "exp2",
        1,
        1,
        Flags::EXPENSIVE,
        un_vmath!(Exp2, exp2_f32_loop, exp2_f64_loop)
    ),
    uf!(
        "expm1",
        1,
        1,
        Flags::EXPENSIVE,
        un_same!(Expm1; f2 bf f4 f8 c8 c16)
    ),
    uf!(
        "log",
        1,
        1,
        Flags::EXPENSIVE,
        un_vmath!(Log, log_f32_loop, log_f64_loop)
    ),
    uf!(
        "log2",
        1,
        1,
        Flags::EXPENSIVE,
        un_same!(Log2; f2 bf f4 f8 c8 c16)
    ),
    uf!(
        "log10",
        1,
        1,
        Flags::EXPENSIVE,
        un_same!(Log10; f2 bf f4 f8 c8 c16)
    ),
    uf!(
        "log1p",
        1,
        1,
        Flags::EXPENSIVE,
        un_same!(Log1p; f2 bf f4 f8 c8 c16)
    ),
    uf!(
        "sin",
        1,
        1,
        Flags::EXPENSIVE,
        &[
            Loop {
                types: &[DType::Float16, DType::Float16],
                func: unary::<ty!(f2), ty!(f2), Sin> as LoopFn
            },
            Loop {
                types: &[DType::BFloat16, DType::BFloat16],
                func: unary::<ty!(bf), ty!(bf), Sin> as LoopFn
            },
            Loop {
                types: &[DType::Float32, DType::Float32],
                func: super::ops::vloops::sin_f32_loop as LoopFn
            },
            Loop {
                types: &[DType::Float64, DType::Float64],
                func: super::ops::vloops::sin_f64_loop as LoopFn
            },
            Loop {
                types: &[DType::Complex64, DType::Complex64],
                func: unary::<ty!(c8), ty!(c8), Sin> as LoopFn
            },
            Loop {
                types: &[DType::Complex128, DType::Complex128],
                func: unary::<ty!(c16), ty!(c16), Sin> as LoopFn
            },
        ]
    ),
    uf!(
        "cos",
        1,
        1,
        Flags::EXPENSIVE,
        &[
            Loop {
                types: &[DType::Float16, DType::Float16],
                func: unary::<ty!(f2), ty!(f2), Cos> as LoopFn
            },
            Loop {
                types: &[DType::BFloat16, DType::BFloat16],
                func: unary::<ty!(bf), ty!(bf), Cos> as LoopFn
            },
            Loop {
                types: &[DType::Float32, DType::Float32],
                func: super::ops::vloops::cos_f32_loop as LoopFn
            },
            Loop {
                types: &[DType::Float64, DType::Float64],
                func: super::ops::vloops::cos_f64_loop as LoopFn
            },
            Loop {
                types: &[DType::Complex64, DType::Complex64],
                func: unary::<ty!(c8), ty!(c8), Cos> as LoopFn
            },
            Loop {
                types: &[DType::Complex128, DType::Complex128],
                func: unary::<ty!(c16), ty!(c16), Cos> as LoopFn
            },
        ]
    ),
    uf!(
        "tan",
        1,
        1,
        Flags::EXPENSIVE,
        un_same!(Tan; f2 bf f4 f8 c8 c16)
    ),
    uf!(
        "arcsin",
        1,
        1,
        Flags::EXPENSIVE,
        un_same!(Asin; f2 bf f4 f8 c8 c16)
    ),
    uf!(
        "arccos",
        1,
        1,
        Flags::EXPENSIVE,
        un_same!(Acos; f2 bf f4 f8 c8 c16)
    ),
    uf!(
        "arctan",
        1,
        1,
        Flags::EXPENSIVE,
        un_same!(Atan; f2 bf f4 f8 c8 c16)
    ),
    uf!(
        "sinh",
        1,
        1,
        Flags::EXPENSIVE,
        un_same!(Sinh; f2 bf f4 f8 c8 c16)
    ),
    uf!(
        "cosh",
        1,
        1,
        Flags::EXPENSIVE,
        un_same!(Cosh; f2 bf f4 f8 c8 c16)
    ),
    uf!(
        "tanh",
        1,
        1,
        Flags::EXPENSIVE,
        un_vmath!(Tanh, tanh_f32_loop, tanh_f64_loop)
    ),
    uf!(
        "arcsinh",
        1,
        1,
        Flags::EXPENSIVE,
        un_same!(Asinh; f2 bf f4 f8 c8 c16)
    ),
    uf!(
        "arccosh",
        1,
        1,
        Flags::EXPENSIVE,
        un_same!(Acosh; f2 bf f4 f8 c8 c16)
    ),
    uf!(
        "arctanh",
        1,
        1,
        Flags::EXPENSIVE,
        un_same!(Atanh; f2 bf f4 f8 c8 c16)
    ),
    uf!(
        "floor",
        1,
        1,
        INTS,
        un_same!(Floor; bo i1 u1 i2 u2 i4 u4 i8 u8 f2 bf f4 f8)
    ),
    uf!(
        "ceil",
        1,
        1,
        INTS,
        un_same!(Ceil; bo i1 u1 i2 u2 i4 u4 i8 u8 f2 bf f4 f8)
    ),
    uf!(
        "trunc",
        1,
        1,
        INTS,
        un_same!(Trunc; bo i1 u1 i2 u2 i4 u4 i8 u8 f2 bf f4 f8)
    ),
    uf!("rint", 1, 1, INTS, un_same!(Rint; f2 bf f4 f8 c8 c16)),
    uf!(
        "arctan2",
        2,
        1,
        Flags::EXPENSIVE,
        bin_same!(Atan2; f2 bf f4 f8)
    ),
    uf!(
        "hypot",
        2,
        1,
        Flags::EXPENSIVE,
        bin_same!(Hypot; f2 bf f4 f8)
    ),
    uf!("copysign", 2, 1, INTS, bin_same!(Copysign; f2 bf f4 f8)),
    uf!("nextafter", 2, 1, INTS, bin_same!(Nextafter; f2 bf f4 f8)),
    uf!("heaviside", 2, 1, INTS, bin_same!(Heaviside; f2 bf f4 f8)),
    uf!(
        "logaddexp",
        2,
        1,
        Flags::EXPENSIVE,
        bin_same!(LogAddExp; f2 bf f4 f8)
    ),
    uf!(
        "logaddexp2",
        2,
        1,
        Flags::EXPENSIVE,
        bin_same!(LogAddExp2; f2 bf f4 f8)
    ),
    uf!(
        "power",
        2,
        1,
        Flags::EXPENSIVE,
        &[
            Loop {
                types: &[DType::Int8, DType::Int8, DType::Int8],
                func: try_binary::<i8, i8, i8, Power> as LoopFn
            },
            Loop {
                types: &[DType::UInt8, DType::UInt8, DType::UInt8],
                func: try_binary::<u8, u8, u8, Power> as LoopFn
            },
            Loop {
                types: &[DType::Int16, DType::Int16, DType::Int16],
                func: try_binary::<i16, i16, i16, Power> as LoopFn
            },
            Loop {
                types: &[DType::UInt16, DType::UInt16, DType::UInt16],
                func: try_binary::<u16, u16, u16, Power> as LoopFn
            },
            Loop {
                types: &[DType::Int32, DType::Int32, DType::Int32],
                func: try_binary::<i32, i32, i32, Power> as LoopFn
            },
            Loop {
                types: &[DType::UInt32, DType::UInt32, DType::UInt32],
                func: try_binary::<u32, u32, u32, Power> as LoopFn
            },
            Loop {
                types: &[DType::Int64, DType::Int64, DType::Int64],
                func: try_binary::<i64, i64, i64, Power> as LoopFn
            },
            Loop {
                types: &[DType::UInt64, DType::UInt64, DType::UInt64],
                func: try_binary::<u64, u64, u64, Power> as LoopFn
            },
            Loop {
                types: &[DType::Float16, DType::Float16, DType::Float16],
                func: binary::<ty!(f2), ty!(f2), ty!(f2), Power> as LoopFn
            },
            Loop {
                types: &[DType::BFloat16, DType::BFloat16, DType::BFloat16],
                func: binary::<ty!(bf), ty!(bf), ty!(bf), Power> as LoopFn
            },
            Loop {
                types: &[DType::Float32, DType::Float32, DType::Float32],
                func: binary::<f32, f32, f32, Power> as LoopFn
            },
            Loop {
                types: &[DType::Float64, DType::Float64, DType::Float64],
                func: binary::<f64, f64, f64, Power> as LoopFn
            },
            Loop {
                types: &[DType::Complex64, DType::Complex64, DType::Complex64],
                func: binary::<ty!(c8), ty!(c8), ty!(c8), Power> as LoopFn
            },
            Loop {
                types: &[DType::Complex128, DType::Complex128, DType::Complex128],
                func: binary::<ty!(c16), ty!(c16), ty!(c16), Power> as LoopFn
            },
        ]
    ),
    uf!(
        "float_power",
        2,
        1,
        Flags::EXPENSIVE,
        bin_same!(Power; f8 c16 bf)
    ),
    uf!("equal", 2, 1, INTS, cmp_loops!(Eq)),
    uf!("not_equal", 2, 1, INTS, cmp_loops!(Ne)),
    uf!("less", 2, 1, INTS, cmp_loops!(Lt)),
    uf!("less_equal", 2, 1, INTS, cmp_loops!(Le)),
    uf!("greater", 2, 1, INTS, cmp_loops!(Gt)),
    uf!("greater_equal", 2, 1, INTS, cmp_loops!(Ge)),
    uf!(
        "logical_and",
        2,
        1,
        INTS,
        bin_bool!(LogicalAnd; bo i1 u1 i2 u2 i4 u4 i8 u8 f2 bf f4 f8 c8 c16)
    ),
    uf!(
        "logical_or",
        2,
        1,
        INTS,
        bin_bool!(LogicalOr; bo i1 u1 i2 u2 i4 u4 i8 u8 f2 bf f4 f8 c8 c16)
    ),
    uf!(
        "logical_xor",
        2,
        1,
        INTS,
        bin_bool!(LogicalXor; bo i1 u1 i2 u2 i4 u4 i8 u8 f2 bf f4 f8 c8 c16)
    ),
    uf!(
        "logical_not",
        1,
        1,
        INTS,
        un_bool!(LogicalNot; bo i1 u1 i2 u2 i4 u4 i8 u8 f2 bf f4 f8 c8 c16)
    ),
    uf!(
        "isfinite",
        1,
        1,
        INTS,
        un_bool!(IsFinite; bo i1 u1 i2 u2 i4 u4 i8 u8 f2 bf f4 f8 c8 c16)
    ),
    uf!(
        "isinf",
        1,
        1,
        INTS,
        un_bool!(IsInf; bo i1 u1 i2 u2 i4 u4 i8 u8 f2 bf f4 f8 c8 c16)
    ),
    uf!(
        "isnan",
        1,
        1,
        INTS,
        un_bool!(IsNan; bo i1 u1 i2 u2 i4 u4 i8 u8 f2 bf f4 f8 c8 c16)
    ),
    uf!("signbit", 1, 1, INTS, un_bool!(Signbit; f2 bf f4 f8)),
    uf!(
        "bitwise_and",
        2,
        1,
        INTS,
        bin_same!(And; bo i1 u1 i2 u2 i4 u4 i8 u8)
    ),
    uf!(
        "bitwise_or",
        2,
        1,
        INTS,
        bin_same!(Or; bo i1 u1 i2 u2 i4 u4 i8 u8)
    ),
    uf!(
        "bitwise_xor",
        2,
        1,
        INTS,
        bin_same!(Xor; bo i1 u1 i2 u2 i4 u4 i8 u8)
    ),
    uf!(
        "invert",
        1,
        1,
        INTS,
        un_same!(Invert; bo i1 u1 i2 u2 i4 u4 i8 u8)
    ),
    uf!(
        "left_shift",
        2,
        1,
        INTS,
        bin_same!(Shl; i1 u1 i2 u2 i4 u4 i8 u8)
    ),
    uf!(
        "right_shift",
        2,
        1,
        INTS,
        bin_same!(Shr; i1 u1 i2 u2 i4 u4 i8 u8)
    ),
    uf!("gcd", 2, 1, INTS, bin_same!(Gcd; i1 u1 i2 u2 i4 u4 i8 u8)),
    uf!("lcm", 2, 1, INTS, bin_same!(Lcm; i1 u1 i2 u2 i4 u4 i8 u8)),
    uf!(
        "divmod",
        2,
        2,
        Flags::EXPENSIVE,
        &[
            Loop {
                types: &[DType::Int8, DType::Int8, DType::Int8, DType::Int8],
                func: binary2::<i8, i8, i8, i8, DivMod> as LoopFn
            },
            Loop {
                types: &[DType::UInt8, DType::UInt8, DType::UInt8, DType::UInt8],
                func: binary2::<u8, u8, u8, u8, DivMod> as LoopFn
            },
            Loop {
                types: &[DType::Int16, DType::Int16, DType::Int16, DType::Int16],
                func: binary2::<i16, i16, i16, i16, DivMod> as LoopFn
            },
            Loop {
                types: &[DType::UInt16, DType::UInt16, DType::UInt16, DType::UInt16],
                func: binary2::<u16, u16, u16, u16, DivMod> as LoopFn
            },
            Loop {
                types: &[DType::Int32, DType::Int32, DType::Int32, DType::Int32],
                func: binary2::<i32, i32, i32, i32, DivMod> as LoopFn
            },
            Loop {
                types: &[DType::UInt32, DType::UInt32, DType::UInt32, DType::UInt32],
                func: binary2::<u32, u32, u32, u32, DivMod> as LoopFn
            },
            Loop {
                types: &[DType::Int64, DType::Int64, DType::Int64, DType::Int64],
                func: binary2::<i64, i64, i64, i64, DivMod> as LoopFn
            },
            Loop {
                types: &[DType::UInt64, DType::UInt64, DType::UInt64, DType::UInt64],
                func: binary2::<u64, u64, u64, u64, DivMod> as LoopFn
            },
            Loop {
                types: &[
                    DType::Float16,
                    DType::Float16,
                    DType::Float16,
                    DType::Float16
                ],
                func: binary2::<ty!(f2), ty!(f2), ty!(f2), ty!(f2), DivMod> as LoopFn
            },
            Loop {
                types: &[
                    DType::BFloat16,
                    DType::BFloat16,
                    DType::BFloat16,
                    DType::BFloat16
                ],
                func: binary2::<ty!(bf), ty!(bf), ty!(bf), ty!(bf), DivMod> as LoopFn
            },
            Loop {
                types: &[
                    DType::Float32,
                    DType::Float32,
                    DType::Float32,
                    DType::Float32
                ],
                func: binary2::<f32, f32, f32, f32, DivMod> as LoopFn
            },
            Loop {
                types: &[
                    DType::Float64,
                    DType::Float64,
                    DType::Float64,
                    DType::Float64
                ],
                func: binary2::<f64, f64, f64, f64, DivMod> as LoopFn
            },
        ]
    ),
    uf!(
        "frexp",
        1,
        2,
        INTS,
        &[
            Loop {
                types: &[DType::Float16, DType::Float16, DType::Int32],
                func: unary2::<ty!(f2), ty!(f2), i32, Frexp> as LoopFn
            },
            Loop {
                types: &[DType::BFloat16, DType::BFloat16, DType::Int32],
                func: unary2::<ty!(bf), ty!(bf), i32, Frexp> as LoopFn
            },
            Loop {
                types: &[DType::Float32, DType::Float32, DType::Int32],
                func: unary2::<f32, f32, i32, Frexp> as LoopFn
            },
            Loop {
                types: &[DType::Float64, DType::Float64, DType::Int32],
                func: unary2::<f64, f64, i32, Frexp> as LoopFn
            },
        ]
    ),
    uf!(
        "modf",
        1,
        2,
        INTS,
        &[
            Loop {
                types: &[DType::Float16, DType::Float16, DType::Float16],
                func: unary2::<ty!(f2), ty!(f2), ty!(f2), Modf> as LoopFn
            },
            Loop {
                types: &[DType::BFloat16, DType::BFloat16, DType::BFloat16],
                func: unary2::<ty!(bf), ty!(bf), ty!(bf), Modf> as LoopFn
            },
            Loop {
                types: &[DType::Float32, DType::Float32, DType::Float32],
                func: unary2::<f32, f32, f32, Modf> as LoopFn
            },
            Loop {
                types: &[DType::Float64, DType::Float64, DType::Float64],
                func: unary2::<f64, f64, f64, Modf> as LoopFn
            },
        ]
    ),
    uf!(
        "ldexp",
        2,
        1,
        INTS,
        &[
            Loop {
                types: &[DType::Float16, DType::Int32, DType::Float16],
                func: binary::<ty!(f2), i32, ty!(f2), Ldexp> as LoopFn
            },
            Loop {
                types: &[DType::BFloat16, DType::Int32, DType::BFloat16],
                func: binary::<ty!(bf), i32, ty!(bf), Ldexp> as LoopFn
            },
            Loop {
                types: &[DType::Float32, DType::Int32, DType::Float32],
                func: binary::<f32, i32, f32, Ldexp> as LoopFn
            },
            Loop {
                types: &[DType::Float16, DType::Int64, DType::Float16],
                func: binary::<ty!(f2), i64, ty!(f2), Ldexp> as LoopFn
            },
            Loop {
                types: &[DType::BFloat16, DType::Int64, DType::BFloat16],
                func: binary::<ty!(bf), i64, ty!(bf), Ldexp> as LoopFn
            },
            Loop {
                types: &[DType::Float32, DType::Int64, DType::Float32],
                func: binary::<f32, i64, f32, Ldexp> as LoopFn
            },
            Loop {
                types: &[DType::Float64, DType::Int32, DType::Float64],
                func: binary::<f64, i32, f64, Ldexp> as LoopFn
            },
            Loop {
                types: &[DType::Float64, DType::Int64, DType::Float64],
                func: binary::<f64, i64, f64, Ldexp> as LoopFn
            },
        ]
    ),
];
