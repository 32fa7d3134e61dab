//! The statistics of `np.pad`'s maximum, minimum, mean and median modes,
//! over one axis of a chunk with the axis kept (length 1), as NumPy's
//! `amax/amin/mean/median(chunk, axis, keepdims=True)` followed by its
//! rounding for integer arrays.
//!
//! - maximum / minimum: the `maximum` / `minimum` ufunc folded along the
//!   axis (nan propagates, as NumPy).
//! - mean: `sum(x) / n` with the sum accumulated in order along the axis in
//!   float64 for bool and integer input, float32 for float16 (cast back),
//!   the input type otherwise. NumPy sums pairwise along a contiguous axis
//!   of more than 8 elements: there the result may differ in the last
//!   place.
//! - median: the middle element, or the mean `(lo + hi) / 2` of the two
//!   middle ones, of the sorted lane in the same accumulation type; nan if
//!   the lane holds one.
//!
//! Integer arrays round the statistic half to even (`np.round`) before the
//! cast.

use std::sync::Arc;

use super::pad::PadMode;
use super::split::slice_axis;
use crate::array::convert::CopyOrder;
use crate::array::{Array, Order};
use crate::dtype::{Casting, DType, Kind};
use crate::error::{Error, ErrorKind, Result};
use crate::ufunc::extra::{uf, weak_i64};

fn acc_dtype(d: DType) -> DType {
    match d.kind() {
        Kind::Bool | Kind::Int | Kind::UInt => DType::Float64,
        _ if d == DType::Float16 => DType::Float32,
        _ => d,
    }
}

/// The statistic of `chunk` along axis `k` (kept with length 1).
pub fn stat(chunk: &Arc<Array>, k: usize, mode: PadMode) -> Result<Array> {
    let n = chunk.shape()[k];
    let dt = chunk.dtype();
    let lane = |i: usize| Arc::new(slice_axis(chunk, k, i, i + 1));
    let r: Arc<Array> = match mode {
        PadMode::Maximum | PadMode::Minimum => {
            let name = if mode == PadMode::Maximum {
                "maximum"
            } else {
                "minimum"
            };
            let mut acc = lane(0);
            for i in 1..n {
                acc = uf(name, &[&acc, &lane(i)])?;
            }
            return Ok((*acc).clone());
        }
        PadMode::Mean => {
            let acc_t = acc_dtype(dt);
            let mut kept = chunk.shape().to_vec();
            kept[k] = 1;
            let mut acc = Arc::new(Array::zeros(acc_t, &kept, Order::C)?);
            if n > 0 {
                acc = Arc::new(lane(0).astype(acc_t, CopyOrder::C, Casting::Unsafe)?);
            }
            for i in 1..n {
                acc = uf("add", &[&acc, &lane(i)])?;
                if acc.dtype() != acc_t {
                    acc = Arc::new(acc.astype(acc_t, CopyOrder::C, Casting::Unsafe)?);
                }
            }
            uf("divide", &[&acc, &weak_i64(n as i64)?])?
        }
        _ => Arc::new(median(chunk, k)?),
    };
    let r = if dt == DType::Float16 {
        Arc::new(r.astype(dt, CopyOrder::C, Casting::Unsafe)?)
    } else {
        r
    };
    if matches!(dt.kind(), Kind::Int | Kind::UInt) {
        Ok((*uf("rint", &[&r])?).clone())
    } else {
        Ok((*r).clone())
    }
}

fn median(chunk: &Arc<Array>, k: usize) -> Result<Array> {
    let acc_t = acc_dtype(chunk.dtype());
    if !matches!(acc_t, DType::Float64 | DType::Float32) {
        return Err(Error::new(
            ErrorKind::NotImplemented,
            format!(
                "pad mode 'median' is not implemented for {}",
                chunk.dtype().name()
            ),
        ));
    }
    let nd = chunk.ndim();
    // Lanes along k, contiguous: move k last and copy.
    let mut perm: Vec<i64> = (0..nd as i64).filter(|&j| j != k as i64).collect();
    perm.push(k as i64);
    let moved = super::shape::transpose(chunk, Some(&perm))?;
    let lanes = moved.astype(acc_t, CopyOrder::C, Casting::Unsafe)?;
    let n = chunk.shape()[k];
    let mut kept = chunk.shape().to_vec();
    kept[k] = 1;
    let out = Array::empty(acc_t, &kept, Order::C)?;
    macro_rules! run {
        ($t:ty) => {{
            let v = lanes.to_vec::<$t>();
            let count = out.size();
            let mut res: Vec<$t> = Vec::with_capacity(count);
            for li in 0..count {
                let mut x: Vec<$t> = v[li * n..(li + 1) * n].to_vec();
                if n == 0 || x.iter().any(|e| e.is_nan()) {
                    res.push(<$t>::NAN);
                    continue;
                }
                x.sort_by(|a, b| a.partial_cmp(b).expect("no nan"));
                let h = n / 2;
                res.push(if n % 2 == 1 {
                    x[h]
                } else {
                    (x[h - 1] + x[h]) / 2.0
                });
            }
            // `out` keeps k (length 1), so the lane order is the C order of
            // the other axes, as in `lanes`.
            for (i, val) in res.into_iter().enumerate() {
                let idx = unravel(i, &kept);
                out.set::<$t>(&idx, val)?;
            }
        }};
    }
    if acc_t == DType::Float64 {
        run!(f64)
    } else {
        run!(f32)
    }
    Ok(out)
}

fn unravel(mut i: usize, shape: &[usize]) -> Vec<i64> {
    let mut idx = vec![0i64; shape.len()];
    for k in (0..shape.len()).rev() {
        idx[k] = (i % shape[k]) as i64;
        i /= shape[k];
    }
    idx
}
