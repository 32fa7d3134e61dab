//! Reductions, statistics, sorting, searching and set operations.
//!
//! This module holds what every reduction shares: the options NumPy's
//! reductions take (`axis`, `keepdims`, `dtype`, `out`, `where`,
//! `initial`, `ddof`) and the normalisation of the axes to reduce.

pub mod arg;
pub mod count;
pub mod cov;
pub mod cumulative;
pub mod diff;
pub(crate) mod engine;
pub mod histogram;
pub mod nan;
pub mod pairwise;
pub mod pwleaf;
pub mod quantile;
pub mod stats;
pub mod ufunc_reduce;

use std::sync::Arc;

use crate::array::Array;
use crate::dtype::DType;
use crate::error::{Error, Result};
use crate::manip::normalize_axis;

/// The keyword arguments of a NumPy reduction.
#[derive(Clone, Debug, Default)]
pub struct ReduceOptions {
    /// `axis=`: `None` reduces over every axis (NumPy's `axis=None`);
    /// `Some(vec![])` reduces over none (NumPy's `axis=()`).
    pub axes: Option<Vec<i64>>,
    /// `keepdims=`: reduced axes stay as length-1 axes.
    pub keepdims: bool,
    /// `dtype=`: the accumulator and result dtype.
    pub dtype: Option<DType>,
    /// `out=`: the array the result is written to.
    pub out: Option<Arc<Array>>,
    /// `where=`: a boolean mask broadcast against the input; only elements
    /// where it is true take part.
    pub where_: Option<Arc<Array>>,
    /// `initial=`: a 0-d array, the starting value of the reduction.
    pub initial: Option<Arc<Array>>,
    /// `ddof=` of var/std (delta degrees of freedom).
    pub ddof: f64,
}

/// The axes a reduction runs over, as a sorted list of distinct indices in
/// `0..ndim`, with NumPy's errors ("axis 2 is out of bounds for array of
/// dimension 2", "duplicate value in 'axis'").
pub fn reduce_axes(axes: Option<&[i64]>, ndim: usize) -> Result<Vec<usize>> {
    let Some(axes) = axes else {
        return Ok((0..ndim).collect());
    };
    let mut seen = vec![false; ndim];
    for &a in axes {
        let k = normalize_axis(a, ndim, None)?;
        if seen[k] {
            return Err(Error::invalid("duplicate value in 'axis'"));
        }
        seen[k] = true;
    }
    Ok((0..ndim).filter(|&k| seen[k]).collect())
}

/// The shape of a reduction's result: `shape` without the reduced axes, or
/// with them set to 1 when `keepdims`.
pub fn reduced_shape(shape: &[usize], axes: &[usize], keepdims: bool) -> Vec<usize> {
    let mut out = Vec::with_capacity(shape.len());
    for (k, &n) in shape.iter().enumerate() {
        if axes.contains(&k) {
            if keepdims {
                out.push(1);
            }
        } else {
            out.push(n);
        }
    }
    out
}

/// A new 0-d array holding `v`.
pub(crate) fn scalar<T: crate::dtype::Element>(v: T) -> Result<Array> {
    let a = Array::empty(T::DTYPE, &[], crate::array::Order::C)?;
    a.fill(v)?;
    Ok(a)
}

/// A read-only view of `a` broadcast to `shape` (zero strides).
pub(crate) fn broadcast_view(a: &Arc<Array>, shape: &[usize]) -> Result<Array> {
    let strides = crate::iter::broadcast_strides(a.shape(), a.strides(), shape)
        .ok_or_else(|| crate::iter::broadcast_to_error(a.shape(), shape))?;
    let v = a.view_unchecked(shape.to_vec(), strides, a.offset(), a.dtype());
    v.set_writeable(false)?;
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axes_are_normalised_and_checked() {
        assert_eq!(reduce_axes(None, 3).unwrap(), vec![0, 1, 2]);
        assert_eq!(reduce_axes(Some(&[-1, 0]), 3).unwrap(), vec![0, 2]);
        assert_eq!(reduce_axes(Some(&[]), 3).unwrap(), Vec::<usize>::new());
        let e = reduce_axes(Some(&[3]), 3).unwrap_err();
        assert_eq!(
            e.message,
            "axis 3 is out of bounds for array of dimension 3"
        );
        let e = reduce_axes(Some(&[1, -2]), 3).unwrap_err();
        assert_eq!(e.message, "duplicate value in 'axis'");
        assert_eq!(reduced_shape(&[2, 3, 4], &[1], false), vec![2, 4]);
        assert_eq!(reduced_shape(&[2, 3, 4], &[0, 2], true), vec![1, 3, 1]);
    }
}
