//! `ufunc.reduce` for the binary ufuncs NumPy can reduce over several axes
//! (the reorderable ones), and the reductions built on it: sum, prod,
//! max/amax, min/amin, any, all.
//!
//! Loop dtypes as NumPy: add and multiply reduce bool and signed integers
//! narrower than 64 bits in int64 and unsigned ones in uint64 (their
//! `dtype=None` rule); logical operations reduce in bool; the others in the
//! input's dtype. `dtype=` overrides the loop dtype.

use std::sync::Arc;

use super::engine::{drop_axes, finish, fold, mask_for, Fold, Init, Seq};
use super::pairwise::{pairwise, pairwise_par};
use super::{reduce_axes, ReduceOptions};
use crate::array::convert::CopyOrder;
use crate::array::Array;
use crate::dtype::{Bool, Casting, DType, Element, Kind};
use crate::error::{Error, Result};
use crate::ufunc::ops::arith::{Add, Fmax, Fmin, Maximum, Minimum, Mul};
use crate::ufunc::ops::bits::{And, Or, Xor};
use half::{bf16, f16};
use num_complex::{Complex32, Complex64};

/// A binary ufunc that can be reduced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RedOp {
    /// add
    Add,
    /// multiply
    Multiply,
    /// maximum (nan propagates)
    Maximum,
    /// minimum (nan propagates)
    Minimum,
    /// fmax (nan ignored)
    Fmax,
    /// fmin (nan ignored)
    Fmin,
    /// logical_and
    LogicalAnd,
    /// logical_or
    LogicalOr,
    /// logical_xor
    LogicalXor,
    /// bitwise_and
    BitwiseAnd,
    /// bitwise_or
    BitwiseOr,
    /// bitwise_xor
    BitwiseXor,
}

impl RedOp {
    /// The ufunc of NumPy name `name`.
    pub fn from_name(name: &str) -> Result<RedOp> {
        Ok(match name {
            "add" => RedOp::Add,
            "multiply" => RedOp::Multiply,
            "maximum" => RedOp::Maximum,
            "minimum" => RedOp::Minimum,
            "fmax" => RedOp::Fmax,
            "fmin" => RedOp::Fmin,
            "logical_and" => RedOp::LogicalAnd,
            "logical_or" => RedOp::LogicalOr,
            "logical_xor" => RedOp::LogicalXor,
            "bitwise_and" => RedOp::BitwiseAnd,
            "bitwise_or" => RedOp::BitwiseOr,
            "bitwise_xor" => RedOp::BitwiseXor,
            _ => {
                return Err(Error::invalid(format!(
                    "ufunc '{name}' has no reduction in ndc (reducible: add, multiply, maximum, minimum, fmax, fmin, logical_and, logical_or, logical_xor, bitwise_and, bitwise_or, bitwise_xor)"
                )))
            }
        })
    }

    /// NumPy's name of the ufunc.
    pub fn name(self) -> &'static str {
        match self {
            RedOp::Add => "add",
            RedOp::Multiply => "multiply",
            RedOp::Maximum => "maximum",
            RedOp::Minimum => "minimum",
            RedOp::Fmax => "fmax",
            RedOp::Fmin => "fmin",
            RedOp::LogicalAnd => "logical_and",
            RedOp::LogicalOr => "logical_or",
            RedOp::LogicalXor => "logical_xor",
            RedOp::BitwiseAnd => "bitwise_and",
            RedOp::BitwiseOr => "bitwise_or",
            RedOp::BitwiseXor => "bitwise_xor",
        }
    }

    /// The loop dtype for input dtype `t` without `dtype=`.
    fn default_dtype(self, t: DType) -> Result<DType> {
        Ok(match self {
            RedOp::Add | RedOp::Multiply => match t.kind() {
                Kind::Bool | Kind::Int => DType::Int64,
                Kind::UInt => DType::UInt64,
                _ => t,
            },
            RedOp::LogicalAnd | RedOp::LogicalOr | RedOp::LogicalXor => DType::Bool,
            RedOp::BitwiseAnd | RedOp::BitwiseOr | RedOp::BitwiseXor => {
                if matches!(t.kind(), Kind::Float | Kind::Complex) {
                    return Err(self.unsupported());
                }
                t
            }
            _ => t,
        })
    }

    fn unsupported(self) -> Error {
        Error::dtype(format!(
            "ufunc '{}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''",
            self.name()
        ))
    }
}

/// Pairwise floating sums; other types fold sequentially with `add`.
pub(crate) struct PwAdd;

macro_rules! pw_native {
    ($($t:ty),*) => {$(
        impl Fold<$t> for PwAdd {
            #[inline(always)]
            fn f(a: $t, x: $t) -> $t {
                a + x
            }
            #[inline]
            unsafe fn run(acc: $t, p: *const u8, n: usize, s: isize) -> $t {
                // SAFETY (both closures): the caller's contract (n elements
                // at stride s); the first is the contiguous case, whose
                // constant step lets the leaf loop vectorise.
                if s == std::mem::size_of::<$t>() as isize {
                    let q = p as *const $t;
                    acc + pairwise(n, &|i| unsafe { q.add(i).read_unaligned() })
                } else {
                    acc + pairwise(n, &|i| unsafe {
                        (p.offset(i as isize * s) as *const $t).read_unaligned()
                    })
                }
            }
            unsafe fn run_par(acc: $t, p: *const u8, n: usize, s: isize) -> $t {
                let q = super::engine::SendPtr(p as *mut u8);
                // SAFETY (both closures): the caller's contract.
                if s == std::mem::size_of::<$t>() as isize {
                    acc + pairwise_par(n, &|i| unsafe { (q.get() as *const $t).add(i).read_unaligned() })
                } else {
                    acc + pairwise_par(n, &|i| unsafe {
                        (q.get().offset(i as isize * s) as *const $t).read_unaligned()
                    })
                }
            }
        }
    )*};
}
pw_native!(f32, f64, Complex32, Complex64);

// float16 runs are summed pairwise in float32 and rounded once per run, as
// NumPy's half loop; row-wise steps round every step. bfloat16 (ml_dtypes'
// loop) adds sequentially, rounding every step.
macro_rules! pw_half {
    ($($t:ty),*) => {$(
        impl Fold<$t> for PwAdd {
            #[inline(always)]
            fn f(a: $t, x: $t) -> $t {
                <$t>::from_f32(a.to_f32() + x.to_f32())
            }
            #[inline]
            unsafe fn run(acc: $t, p: *const u8, n: usize, s: isize) -> $t {
                // SAFETY: the caller's contract (n elements at stride s).
                let sum = pairwise(n, &|i| unsafe {
                    (p.offset(i as isize * s) as *const $t).read_unaligned().to_f32()
                });
                <$t>::from_f32(acc.to_f32() + sum)
            }
            unsafe fn run_par(acc: $t, p: *const u8, n: usize, s: isize) -> $t {
                // SAFETY: the caller's contract.
                unsafe { Self::run(acc, p, n, s) }
            }
        }
    )*};
}
pw_half!(f16);

macro_rules! seq_add {
    ($($t:ty),*) => {$(
        impl Fold<$t> for PwAdd {
            #[inline(always)]
            fn f(a: $t, x: $t) -> $t {
                <Add as crate::ufunc::kernels::Bin<$t, $t, $t>>::f(a, x)
            }
        }
    )*};
}
seq_add!(bf16, Bool, i8, i16, i32, i64, u8, u16, u32, u64);

/// The identity of `op` in type `T` (None for maximum/minimum/fmax/fmin).
fn identity<T: Element>(op: RedOp) -> Option<T> {
    Some(match op {
        RedOp::Add
        | RedOp::LogicalOr
        | RedOp::LogicalXor
        | RedOp::BitwiseOr
        | RedOp::BitwiseXor => T::from_i64(0),
        RedOp::Multiply | RedOp::LogicalAnd => T::from_i64(1),
        RedOp::BitwiseAnd => T::from_i64(-1),
        _ => return None,
    })
}

/// `op.reduce(a, axis=..., dtype=..., out=..., keepdims=..., initial=...,
/// where=...)`.
pub fn reduce(op: RedOp, a: &Arc<Array>, opts: &ReduceOptions) -> Result<Arc<Array>> {
    let dt = match opts.dtype {
        Some(d) => {
            if matches!(op, RedOp::BitwiseAnd | RedOp::BitwiseOr | RedOp::BitwiseXor)
                && matches!(d.kind(), Kind::Float | Kind::Complex)
            {
                return Err(op.unsupported());
            }
            if matches!(op, RedOp::LogicalAnd | RedOp::LogicalOr | RedOp::LogicalXor) {
                DType::Bool
            } else {
                d
            }
        }
        None => match &opts.out {
            // NumPy resolves the loop from (out, a) when out= is given.
            Some(o) => match op {
                RedOp::LogicalAnd | RedOp::LogicalOr | RedOp::LogicalXor => DType::Bool,
                _ => {
                    let p = crate::dtype::promote(o.dtype(), a.dtype());
                    // Refuses float loops of the bitwise ufuncs.
                    op.default_dtype(p)?;
                    p
                }
            },
            None => op.default_dtype(a.dtype())?,
        },
    };
    reduce_in(op, a, dt, opts)
}

/// [`reduce`] with the loop dtype already chosen.
pub(crate) fn reduce_in(
    op: RedOp,
    a: &Arc<Array>,
    dt: DType,
    opts: &ReduceOptions,
) -> Result<Arc<Array>> {
    let axes = reduce_axes(opts.axes.as_deref(), a.ndim())?;
    check_out(op.name(), a, &axes, opts)?;
    let res = reduce_keepdims(op, a, dt, opts)?;
    let res = if opts.keepdims {
        res
    } else {
        drop_axes(res, &axes)?
    };
    finish(res, opts.out.as_ref())
}

/// The reduction with the keepdims shape, in the loop dtype `dt`.
pub(crate) fn reduce_keepdims(
    op: RedOp,
    a: &Arc<Array>,
    dt: DType,
    opts: &ReduceOptions,
) -> Result<Array> {
    let axes = reduce_axes(opts.axes.as_deref(), a.ndim())?;
    let mask = match &opts.where_ {
        Some(w) => Some(mask_for(w, a.shape())?),
        None => None,
    };
    let x = if a.dtype() == dt {
        (**a).clone()
    } else {
        a.astype(dt, CopyOrder::K, Casting::Unsafe)?
    };
    let reduced: usize = axes.iter().map(|&k| a.shape()[k]).product();
    let empty_out = (0..a.ndim())
        .filter(|k| !axes.contains(k))
        .any(|k| a.shape()[k] == 0);
    crate::dispatch!(dt, T => {
        let init = match &opts.initial {
            Some(v) => Init::Value(scalar_of::<T>(v)?),
            None => match identity::<T>(op) {
                Some(v) => Init::Value(v),
                None => {
                    if reduced == 0 && !empty_out {
                        return Err(Error::invalid(format!(
                            "zero-size array to reduction operation {} which has no identity",
                            op.name()
                        )));
                    }
                    if mask.is_some() {
                        return Err(Error::invalid(format!(
                            "reduction operation '{}' does not have an identity, so to use a where mask one has to specify 'initial'",
                            op.name()
                        )));
                    }
                    Init::First
                }
            },
        };
        <T as FoldAll>::fold_op(op, &x, &axes, mask.as_deref(), init)
    })
}

/// Reads a 0-d `initial=` as `T` (unsafe cast, as NumPy's Python scalar).
pub(crate) fn scalar_of<T: Element>(v: &Array) -> Result<T> {
    if v.size() != 1 {
        return Err(Error::invalid("initial must be a scalar (a 0-d array)"));
    }
    let c = v.astype(T::DTYPE, CopyOrder::C, Casting::Unsafe)?;
    // SAFETY: a one-element contiguous array of dtype T (A3).
    Ok(unsafe { (c.data_ptr() as *const T).read_unaligned() })
}

trait FoldAll: Element + Sized {
    fn fold_op(
        op: RedOp,
        x: &Array,
        axes: &[usize],
        mask: Option<&Array>,
        init: Init<Self>,
    ) -> Result<Array>;
}

macro_rules! fold_all {
    (bits: $($t:ty),*) => {$(
        impl FoldAll for $t {
            fn fold_op(op: RedOp, x: &Array, axes: &[usize], mask: Option<&Array>, init: Init<Self>) -> Result<Array> {
                match op {
                    RedOp::Add => fold::<$t, PwAdd>(x, axes, mask, init),
                    RedOp::Multiply => fold::<$t, Seq<Mul>>(x, axes, mask, init),
                    RedOp::Maximum => fold::<$t, Seq<Maximum>>(x, axes, mask, init),
                    RedOp::Minimum => fold::<$t, Seq<Minimum>>(x, axes, mask, init),
                    RedOp::Fmax => fold::<$t, Seq<Fmax>>(x, axes, mask, init),
                    RedOp::Fmin => fold::<$t, Seq<Fmin>>(x, axes, mask, init),
                    RedOp::BitwiseAnd => fold::<$t, Seq<And>>(x, axes, mask, init),
                    RedOp::BitwiseOr => fold::<$t, Seq<Or>>(x, axes, mask, init),
                    RedOp::BitwiseXor => fold::<$t, Seq<Xor>>(x, axes, mask, init),
                    _ => Err(op.unsupported()),
                }
            }
        }
    )*};
    (float: $($t:ty),*) => {$(
        impl FoldAll for $t {
            fn fold_op(op: RedOp, x: &Array, axes: &[usize], mask: Option<&Array>, init: Init<Self>) -> Result<Array> {
                match op {
                    RedOp::Add => fold::<$t, PwAdd>(x, axes, mask, init),
                    RedOp::Multiply => fold::<$t, Seq<Mul>>(x, axes, mask, init),
                    RedOp::Maximum => fold::<$t, Seq<Maximum>>(x, axes, mask, init),
                    RedOp::Minimum => fold::<$t, Seq<Minimum>>(x, axes, mask, init),
                    RedOp::Fmax => fold::<$t, Seq<Fmax>>(x, axes, mask, init),
                    RedOp::Fmin => fold::<$t, Seq<Fmin>>(x, axes, mask, init),
                    _ => Err(op.unsupported()),
                }
            }
        }
    )*};
}
fold_all!(bits: i8, i16, i32, i64, u8, u16, u32, u64);
fold_all!(float: f16, bf16, f32, f64, Complex32, Complex64);

impl FoldAll for Bool {
    fn fold_op(
        op: RedOp,
        x: &Array,
        axes: &[usize],
        mask: Option<&Array>,
        init: Init<Self>,
    ) -> Result<Array> {
        match op {
            RedOp::Add => fold::<Bool, PwAdd>(x, axes, mask, init),
            RedOp::Multiply => fold::<Bool, Seq<Mul>>(x, axes, mask, init),
            RedOp::Maximum => fold::<Bool, Seq<Maximum>>(x, axes, mask, init),
            RedOp::Minimum => fold::<Bool, Seq<Minimum>>(x, axes, mask, init),
            RedOp::Fmax => fold::<Bool, Seq<Fmax>>(x, axes, mask, init),
            RedOp::Fmin => fold::<Bool, Seq<Fmin>>(x, axes, mask, init),
            RedOp::BitwiseAnd | RedOp::LogicalAnd => fold::<Bool, Seq<And>>(x, axes, mask, init),
            RedOp::BitwiseOr | RedOp::LogicalOr => fold::<Bool, Seq<Or>>(x, axes, mask, init),
            RedOp::BitwiseXor | RedOp::LogicalXor => fold::<Bool, Seq<Xor>>(x, axes, mask, init),
        }
    }
}

/// NumPy's checks of `out=` against the reduction's shape.
pub(crate) fn check_out(name: &str, a: &Array, axes: &[usize], opts: &ReduceOptions) -> Result<()> {
    let Some(o) = &opts.out else { return Ok(()) };
    let want = super::reduced_shape(a.shape(), axes, opts.keepdims);
    if o.ndim() != want.len() {
        return Err(Error::invalid(format!(
            "output parameter for reduction operation {name} has the wrong number of dimensions: Found {} but expected {}{}",
            o.ndim(),
            want.len(),
            if opts.keepdims { " (must match the operand's when keepdims=True)" } else { "" }
        )));
    }
    if o.shape() != want.as_slice() {
        let mut dims = Vec::new();
        let mut it = o.shape().iter();
        for k in 0..a.ndim() {
            if axes.contains(&k) && !opts.keepdims {
                dims.push("newaxis".to_string());
            } else if let Some(d) = it.next() {
                dims.push(d.to_string());
            }
        }
        return Err(Error::shape(format!(
            "operands could not be broadcast together with remapped shapes [original->remapped]: {}->({}) {} ",
            crate::iter::compact_shape(o.shape()),
            dims.join(","),
            crate::iter::compact_shape(a.shape())
        )));
    }
    o.check_writeable()
}
