//! cumsum and cumprod (NumPy's `add.accumulate` / `multiply.accumulate`):
//! `out[0] = x[0]`, `out[i] = out[i-1] op x[i]` along the axis, in order
//! (no pairwise summation: every prefix is a result). Accumulator dtypes as
//! sum/prod: bool and narrow signed integers in int64, unsigned in uint64,
//! unless `dtype=` is given; float16 rounds every step as NumPy's loop.

use std::sync::Arc;

use super::engine::{Fold, Seq};
use super::ufunc_reduce::{PwAdd, RedOp};
use crate::array::convert::CopyOrder;
use crate::array::{Array, Order};
use crate::dtype::{Casting, DType, Element, Kind};
use crate::error::Result;
use crate::manip::normalize_axis;
use crate::ufunc::ops::arith::Mul;

/// Scans every run along `ax` of `x` (dtype T) into `out` (C-contiguous,
/// same shape and dtype).
fn scan<T: Element, F: Fold<T>>(x: &Array, out: &Array, ax: usize) {
    let mut shape = x.shape().to_vec();
    let n = shape[ax];
    shape[ax] = 1;
    let mut xo = Vec::new();
    crate::array::for_each_offset(&shape, x.strides(), &mut |o| xo.push(o));
    let mut oo = Vec::new();
    crate::array::for_each_offset(&shape, out.strides(), &mut |o| oo.push(o));
    let (sx, so) = (x.strides()[ax], out.strides()[ax]);
    let (xp, op) = (x.data_ptr(), out.data_ptr());
    for (&a, &b) in xo.iter().zip(&oo) {
        // SAFETY: offsets and strides come from the layouts of x and of the
        // new output (A3); both have dtype T and `n` elements along ax.
        unsafe {
            let mut acc = (xp.wrapping_offset(a) as *const T).read_unaligned();
            (op.wrapping_offset(b) as *mut T).write_unaligned(acc);
            for i in 1..n as isize {
                let v = (xp.wrapping_offset(a + i * sx) as *const T).read_unaligned();
                acc = F::f(acc, v);
                (op.wrapping_offset(b + i * so) as *mut T).write_unaligned(acc);
            }
        }
    }
}

/// `np.cumsum(a, axis, dtype)` (`op` Add) or `np.cumprod` (`op`
/// Multiply); `axis=None` scans the C-order flattened array.
pub fn accumulate(
    op: RedOp,
    a: &Arc<Array>,
    axis: Option<i64>,
    dtype: Option<DType>,
) -> Result<Array> {
    let (src, ax) = match axis {
        None => (Arc::new(crate::manip::shape::ravel(a, Order::C)?), 0usize),
        Some(k) => (a.clone(), normalize_axis(k, a.ndim().max(1), None)?),
    };
    let src = if src.ndim() == 0 {
        Arc::new(crate::manip::shape::ravel(&src, Order::C)?)
    } else {
        src
    };
    let dt = dtype.unwrap_or(match src.dtype().kind() {
        Kind::Bool | Kind::Int => DType::Int64,
        Kind::UInt => DType::UInt64,
        _ => src.dtype(),
    });
    let x = if src.dtype() == dt {
        (*src).clone()
    } else {
        src.astype(dt, CopyOrder::K, Casting::Unsafe)?
    };
    let out = Array::empty(dt, x.shape(), Order::C)?;
    if x.size() == 0 {
        return Ok(out);
    }
    crate::dispatch!(dt, T => {
        match op {
            RedOp::Multiply => scan::<T, Seq<Mul>>(&x, &out, ax),
            _ => scan::<T, PwAdd>(&x, &out, ax),
        }
    });
    Ok(out)
}
