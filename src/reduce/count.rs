//! count_nonzero and trace.
//!
//! `count_nonzero(a, axis, keepdims)` is NumPy's
//! `a.astype(bool).sum(axis, dtype=intp, keepdims)`: the number of
//! elements that are not zero (a complex value counts when either part is
//! nonzero; nan counts), as int64.
//!
//! `trace(a, offset, axis1, axis2, dtype)` is
//! `diagonal(a, offset, axis1, axis2).sum(-1, dtype)`: the sum over the
//! diagonal axis with `np.sum`'s accumulators (int64/uint64 for bool and
//! narrower integers, pairwise for floats); an empty diagonal sums to 0.

use std::sync::Arc;

use super::ufunc_reduce::{reduce, reduce_in, RedOp};
use super::ReduceOptions;
use crate::array::convert::CopyOrder;
use crate::array::Array;
use crate::dtype::{Casting, DType};
use crate::error::Result;

/// `np.count_nonzero(a, axis, keepdims)` (only `axes` and `keepdims` of
/// the options are used); a 0-d int64 array for `axis=None`.
pub fn count_nonzero(a: &Arc<Array>, opts: &ReduceOptions) -> Result<Arc<Array>> {
    let b = if a.dtype() == DType::Bool {
        a.clone()
    } else {
        Arc::new(a.astype(DType::Bool, CopyOrder::K, Casting::Unsafe)?)
    };
    let o = ReduceOptions {
        axes: opts.axes.clone(),
        keepdims: opts.keepdims,
        ..Default::default()
    };
    reduce_in(RedOp::Add, &b, DType::Int64, &o)
}

/// `np.trace(a, offset, axis1, axis2, dtype)`, with NumPy's errors ("diag
/// requires an array of at least two dimensions", "axis1 and axis2 cannot
/// be the same", "axis1: axis 2 is out of bounds for array of dimension 2").
pub fn trace(
    a: &Arc<Array>,
    offset: i64,
    axis1: i64,
    axis2: i64,
    dtype: Option<DType>,
) -> Result<Arc<Array>> {
    let d = Arc::new(crate::manip::join::diagonal(a, offset, axis1, axis2)?);
    let o = ReduceOptions {
        axes: Some(vec![-1]),
        dtype,
        ..Default::default()
    };
    reduce(RedOp::Add, &d, &o)
}
