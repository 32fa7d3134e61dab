//! Index constructors: `np.argwhere`, `np.diag`, `np.diag_indices(_from)`,
//! `np.tril_indices` / `np.triu_indices` (and `_from`), `np.unravel_index`,
//! `np.ravel_multi_index` and `np.ix_`.
//!
//! Flat index maths (row-major, dims `d_0..d_{n-1}`):
//! `flat = sum_k i_k * s_k` with `s_{n-1} = 1`, `s_k = s_{k+1} * d_{k+1}`
//! (column-major: `s_0 = 1`, `s_k = s_{k-1} * d_{k-1}`); unravelling takes
//! `i_k = (flat / s_k) mod d_k`.

use std::sync::Arc;

use super::take::{int64_array, ClipMode};
use crate::array::{Array, Order};
use crate::dtype::{DType, Kind};
use crate::error::{Error, Result};

/// `np.argwhere(a)`: an `(N, a.ndim)` int64 array of the indices of the
/// non-zero elements in row-major order. A 0-d input gives shape (1, 0)
/// when true and (0, 0) when false, as NumPy.
pub fn argwhere(a: &Array) -> Result<Array> {
    if a.ndim() == 0 {
        let t = a.to_vec::<crate::dtype::Bool>()[0].get();
        return Array::zeros(DType::Int64, &[t as usize, 0], Order::C);
    }
    let parts = super::nonzero(a)?;
    let n = parts[0].size();
    let nd = parts.len();
    let cols: Vec<Vec<i64>> = parts.iter().map(|p| p.to_vec::<i64>()).collect();
    let mut vals = vec![0i64; n * nd];
    for (k, col) in cols.iter().enumerate() {
        for (r, &v) in col.iter().enumerate() {
            vals[r * nd + k] = v;
        }
    }
    int64_array(&[n, nd], &vals)
}

/// `np.diag(v, k)`: for 1-D `v` a new 2-D array with `v` on the k-th
/// diagonal and zeros elsewhere; for 2-D `v` its k-th diagonal as a
/// read-only view (NumPy returns `v.diagonal(k)`).
pub fn diag(v: &Arc<Array>, k: i64) -> Result<Array> {
    match v.ndim() {
        1 => {
            let n = v.shape()[0] + k.unsigned_abs() as usize;
            let out = Arc::new(Array::zeros(v.dtype(), &[n, n], Order::C)?);
            {
                let d = crate::manip::join::diagonal(&out, k, 0, 1)?;
                // The diagonal view of a fresh array is ours to write.
                let d = out.view_unchecked(
                    d.shape().to_vec(),
                    d.strides().to_vec(),
                    d.offset(),
                    d.dtype(),
                );
                crate::array::convert::copy_into(v, &d)?;
            }
            Ok((*out).clone())
        }
        2 => crate::manip::join::diagonal(v, k, 0, 1),
        _ => Err(Error::invalid("Input must be 1- or 2-d.")),
    }
}

/// `np.diag_indices(n, ndim)`: `ndim` int64 arrays `arange(n)`, indexing
/// the main diagonal of an `(n,) * ndim` array.
pub fn diag_indices(n: usize, ndim: usize) -> Result<Vec<Array>> {
    let vals: Vec<i64> = (0..n as i64).collect();
    (0..ndim).map(|_| int64_array(&[n], &vals)).collect()
}

/// `np.diag_indices_from(arr)`: `diag_indices(arr.shape[0], arr.ndim)` for
/// an array of at least 2 equal dimensions.
pub fn diag_indices_from(arr: &Array) -> Result<Vec<Array>> {
    if arr.ndim() < 2 {
        return Err(Error::invalid("input array must be at least 2-d"));
    }
    if arr.shape().iter().any(|&d| d != arr.shape()[0]) {
        return Err(Error::invalid(
            "All dimensions of input must be of equal length",
        ));
    }
    diag_indices(arr.shape()[0], arr.ndim())
}

/// `np.tril_indices(n, k, m)` (`upper` false) or `np.triu_indices(n, k, m)`
/// (`upper` true): the row and column indices of the lower (`j <= i + k`)
/// or upper (`j >= i + k`) triangle of an `(n, m)` array, row-major.
pub fn tri_indices(n: usize, k: i64, m: Option<usize>, upper: bool) -> Result<Vec<Array>> {
    let m = m.unwrap_or(n);
    let (mut rows, mut cols) = (Vec::new(), Vec::new());
    for i in 0..n as i64 {
        for j in 0..m as i64 {
            if (upper && j >= i + k) || (!upper && j <= i + k) {
                rows.push(i);
                cols.push(j);
            }
        }
    }
    Ok(vec![
        int64_array(&[rows.len()], &rows)?,
        int64_array(&[cols.len()], &cols)?,
    ])
}

/// `np.tril_indices_from(arr, k)` / `np.triu_indices_from(arr, k)` for a
/// 2-D `arr`.
pub fn tri_indices_from(arr: &Array, k: i64, upper: bool) -> Result<Vec<Array>> {
    if arr.ndim() != 2 {
        return Err(Error::invalid("input array must be 2-d"));
    }
    tri_indices(arr.shape()[0], k, Some(arr.shape()[1]), upper)
}

/// Unit strides (in elements) of `dims` for `order`, or NumPy's error
/// when their product overflows int64.
fn elem_strides(dims: &[usize], order: Order) -> Result<(Vec<i64>, i64)> {
    let too_large = || {
        Error::invalid(
            "invalid dims: array size defined by dims is larger than the maximum possible size.",
        )
    };
    let mut s = vec![0i64; dims.len()];
    let mut acc: i64 = 1;
    let axes: Vec<usize> = match order {
        Order::F => (0..dims.len()).collect(),
        _ => (0..dims.len()).rev().collect(),
    };
    for &k in &axes {
        s[k] = acc;
        acc = acc.checked_mul(dims[k] as i64).ok_or_else(too_large)?;
    }
    Ok((s, acc))
}

/// NumPy's check that index arrays of the flat-index functions are integers.
fn int_indices(x: &Array) -> Result<Vec<i64>> {
    if !matches!(x.dtype().kind(), Kind::Int | Kind::UInt | Kind::Bool) {
        return Err(Error::dtype("only int indices permitted"));
    }
    Ok(x.to_vec::<i64>())
}

/// `np.unravel_index(indices, shape, order)`: one int64 array per dimension
/// (each of `indices`' shape) holding the multi-index of every flat index.
/// Flat indices outside `[0, prod(shape))` fail with NumPy's text.
pub fn unravel_index(indices: &Array, dims: &[usize], order: Order) -> Result<Vec<Array>> {
    let (strides, size) = elem_strides(dims, order).map_err(|_| {
        Error::invalid("dimensions are too large; arrays and shapes with a total size greater than 'intp' are not supported.")
    })?;
    let vals = int_indices(indices)?;
    let mut parts = vec![vec![0i64; vals.len()]; dims.len()];
    for (p, &v) in vals.iter().enumerate() {
        if v < 0 || v >= size {
            return Err(Error::invalid(format!(
                "index {v} is out of bounds for array with size {size}"
            )));
        }
        for (k, part) in parts.iter_mut().enumerate() {
            part[p] = (v / strides[k]) % dims[k] as i64;
        }
    }
    parts
        .iter()
        .map(|p| int64_array(indices.shape(), p))
        .collect()
}

/// The `mode=` of `np.ravel_multi_index`: one mode for every dimension, or
/// a list with one per dimension.
#[derive(Clone, Copy, Debug)]
pub enum Modes<'a> {
    /// A single mode (`mode='clip'`).
    One(ClipMode),
    /// One mode per dimension (`mode=('wrap', 'clip')`).
    PerDim(&'a [ClipMode]),
}

/// `np.ravel_multi_index(multi_index, dims, mode, order)`: the flat index
/// of each (broadcast) coordinate tuple.
pub fn ravel_multi_index(
    multi_index: &[Arc<Array>],
    dims: &[usize],
    modes: Modes<'_>,
    order: Order,
) -> Result<Array> {
    let modes: Vec<ClipMode> = match modes {
        Modes::One(m) => vec![m; dims.len()],
        Modes::PerDim(m) if m.len() == dims.len() => m.to_vec(),
        Modes::PerDim(m) => {
            return Err(Error::invalid(format!(
                "list of clipmodes has wrong length ({} instead of {})",
                m.len(),
                dims.len()
            )))
        }
    };
    if multi_index.len() != dims.len() {
        return Err(Error::invalid(format!(
            "parameter multi_index must be a sequence of length {}",
            dims.len()
        )));
    }
    let (strides, _) = elem_strides(dims, order)?;
    for x in multi_index {
        if !matches!(x.dtype().kind(), Kind::Int | Kind::UInt | Kind::Bool) {
            return Err(Error::dtype("only int indices permitted"));
        }
    }
    let shapes: Vec<&[usize]> = multi_index.iter().map(|x| x.shape()).collect();
    let shape = crate::iter::broadcast_shapes(&shapes)?;
    let n: usize = shape.iter().product();
    let mut flat = vec![0i64; n];
    for (k, x) in multi_index.iter().enumerate() {
        let vals = super::take::broadcast_view(x, &shape).to_vec::<i64>();
        for (f, &v) in flat.iter_mut().zip(&vals) {
            let i = if dims[k] == 0 {
                None
            } else {
                modes[k].apply(v, dims[k])
            };
            *f +=
                i.ok_or_else(|| Error::invalid("invalid entry in coordinates array"))? * strides[k];
        }
    }
    int64_array(&shape, &flat)
}

/// `np.ix_(*args)`: each 1-D sequence reshaped to broadcast along its own
/// axis (`(1, .., n, .., 1)`), a view of the input; boolean masks become
/// the positions of their true entries.
pub fn ix_(args: &[Arc<Array>]) -> Result<Vec<Array>> {
    let nd = args.len();
    args.iter()
        .enumerate()
        .map(|(k, x)| {
            if x.ndim() != 1 {
                return Err(Error::invalid("Cross index must be 1 dimensional"));
            }
            let x = if x.dtype() == DType::Bool {
                Arc::new(super::nonzero(x)?.remove(0))
            } else {
                x.clone()
            };
            let mut dims = vec![1i64; nd];
            dims[k] = x.shape()[0] as i64;
            crate::manip::shape::reshape(&x, &dims, Order::C)
        })
        .collect()
}
