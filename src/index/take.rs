//! Gathering functions: `np.take`, `np.take_along_axis`, `np.compress`,
//! `np.extract` and `np.choose`. Each reduces to advanced indexing
//! (`a[(slice(None),) * axis + (idx,)]`) after NumPy's own argument rules:
//! the clip modes, the index casting rule, and the error texts.

use std::sync::Arc;

use super::{getitem, index_error, Index};
use crate::array::convert::{check_cast, CopyOrder};
use crate::array::{Array, Order};
use crate::dtype::{Casting, DType, Kind};
use crate::error::{Error, Result};
use crate::manip::normalize_axis;
use crate::manip::shape::ravel;

/// NumPy's `mode=` of take, put, choose and ravel_multi_index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClipMode {
    /// Out-of-range indices are an error.
    Raise,
    /// Indices wrap around: `i mod n` (Python's modulo, always >= 0).
    Wrap,
    /// Indices are clipped to `[0, n - 1]` (negative ones become 0).
    Clip,
}

impl ClipMode {
    /// Applies the mode to an index against a length `n > 0`: `None` when
    /// the mode is `Raise` and `i` is outside `[0, n)` (callers add their
    /// own error; negative indices are not wrapped by `Raise`).
    #[inline]
    pub fn apply(self, i: i64, n: usize) -> Option<i64> {
        let n = n as i64;
        match self {
            ClipMode::Raise => (0..n).contains(&i).then_some(i),
            ClipMode::Wrap => Some(i.rem_euclid(n)),
            ClipMode::Clip => Some(i.clamp(0, n - 1)),
        }
    }
}

/// A new int64 array of `shape` from row-major values.
pub(crate) fn int64_array(shape: &[usize], vals: &[i64]) -> Result<Array> {
    let out = Array::empty(DType::Int64, shape, Order::C)?;
    // SAFETY: fresh C-contiguous int64 array of vals.len() elements.
    unsafe { out.as_mut_slice::<i64>() }.copy_from_slice(vals);
    Ok(out)
}

/// `(slice(None),) * axis + (idx,)`.
fn along(axis: usize, idx: Arc<Array>) -> Vec<Index> {
    let mut index = vec![Index::Slice(None, None, None); axis];
    index.push(Index::Array(idx));
    index
}

/// `np.take(a, indices, axis, mode)`: elements of `a` at `indices` along
/// `axis` (None: the flattened array). Result shape
/// `a.shape[:axis] + indices.shape + a.shape[axis+1:]`. Indices are cast to
/// int64 under same_kind rules; negative ones count from the end under
/// `Raise`.
pub fn take(
    a: &Arc<Array>,
    indices: &Arc<Array>,
    axis: Option<i64>,
    mode: ClipMode,
) -> Result<Array> {
    let (src, axis) = match axis {
        None => (Arc::new(ravel(a, Order::C)?), 0),
        Some(ax) => (a.clone(), normalize_axis(ax, a.ndim(), None)?),
    };
    check_cast(indices.dtype(), DType::Int64, Casting::SameKind)?;
    let n = src.shape()[axis];
    if n == 0 && indices.size() > 0 {
        return Err(index_error(
            "cannot do a non-empty take from an empty axes.",
        ));
    }
    let idx = if mode == ClipMode::Raise && indices.dtype() != DType::Bool {
        indices.clone()
    } else {
        let vals: Vec<i64> = indices
            .to_vec::<i64>()
            .into_iter()
            .map(|i| mode.apply(i, n).unwrap_or(i))
            .collect();
        Arc::new(int64_array(indices.shape(), &vals)?)
    };
    getitem(&src, &along(axis, idx))
}

/// The arrays NumPy's `_make_along_axis_idx` builds: `arange(n_i)` shaped
/// to broadcast along every axis but `axis`, and `indices` at `axis`.
fn along_axis_index(arr: &Array, indices: &Arc<Array>, axis: usize) -> Result<Vec<Index>> {
    if !matches!(indices.dtype().kind(), Kind::Int | Kind::UInt) {
        return Err(index_error("`indices` must be an integer array"));
    }
    if indices.ndim() != arr.ndim() {
        return Err(Error::invalid(
            "`indices` and `arr` must have the same number of dimensions",
        ));
    }
    let nd = arr.ndim();
    (0..nd)
        .map(|k| {
            if k == axis {
                return Ok(Index::Array(indices.clone()));
            }
            let n = arr.shape()[k];
            let mut shape = vec![1usize; nd];
            shape[k] = n;
            let vals: Vec<i64> = (0..n as i64).collect();
            Ok(Index::Array(Arc::new(int64_array(&shape, &vals)?)))
        })
        .collect()
}

/// Resolves `axis` of the along-axis functions (None: the flattened array,
/// which needs 1-D indices).
fn along_axis_target(
    arr: &Arc<Array>,
    indices: &Array,
    axis: Option<i64>,
) -> Result<(Arc<Array>, usize)> {
    match axis {
        None => {
            if indices.ndim() != 1 {
                return Err(Error::invalid(
                    "when axis=None, `indices` must have a single dimension.",
                ));
            }
            Ok((Arc::new(ravel(arr, Order::C)?), 0))
        }
        Some(ax) => Ok((arr.clone(), normalize_axis(ax, arr.ndim(), None)?)),
    }
}

/// `np.take_along_axis(arr, indices, axis)`: `out[i, j, k] = arr[i,
/// indices[i, j, k], k]` for axis 1, with `indices` broadcast against the
/// other axes of `arr`. `axis` None works on the flattened array.
pub fn take_along_axis(arr: &Arc<Array>, indices: &Arc<Array>, axis: Option<i64>) -> Result<Array> {
    let (src, axis) = along_axis_target(arr, indices, axis)?;
    let index = along_axis_index(&src, indices, axis)?;
    getitem(&src, &index)
}

/// `np.put_along_axis(arr, indices, values, axis)`: the assignment
/// `arr[i, indices[i, j, k], k] = values` (values broadcast), in place.
pub fn put_along_axis(
    arr: &Arc<Array>,
    indices: &Arc<Array>,
    values: &Array,
    axis: Option<i64>,
) -> Result<()> {
    arr.check_writeable()?;
    let (dst, axis) = along_axis_target(arr, indices, axis)?;
    if !Arc::ptr_eq(&dst, arr) && !arr.is_c_contiguous() {
        // NumPy assigns into `arr.flat`, whose fancy assignment refuses
        // non-contiguous arrays.
        return Err(Error::readonly());
    }
    let index = along_axis_index(&dst, indices, axis)?;
    super::setitem(&dst, &index, values)
}

/// The positions of the true elements of a 1-D condition.
fn true_positions(cond: &Array) -> Result<Arc<Array>> {
    Ok(Arc::new(super::nonzero(cond)?.remove(0)))
}

/// `np.compress(condition, a, axis)`: the slices of `a` along `axis` (None:
/// the flattened array) where the 1-D `condition` is true; a condition
/// longer than the axis fails on its first true entry past the end.
pub fn compress(condition: &Array, a: &Arc<Array>, axis: Option<i64>) -> Result<Array> {
    if condition.ndim() != 1 {
        return Err(Error::invalid("condition must be a 1-d array"));
    }
    let pos = true_positions(condition)?;
    take(a, &pos, axis, ClipMode::Raise)
}

/// `np.extract(condition, arr)`: `ravel(arr)[nonzero(ravel(condition))]`.
pub fn extract(condition: &Arc<Array>, arr: &Arc<Array>) -> Result<Array> {
    let c = ravel(condition, Order::C)?;
    let pos = true_positions(&c)?;
    take(arr, &pos, None, ClipMode::Raise)
}

/// `np.choose(a, choices, mode)`: `out[i] = choices[a[i]][i]` with `a`
/// (cast to int64 under safe rules) and every choice broadcast together;
/// the result dtype is the promotion of the choices.
pub fn choose(a: &Array, choices: &[Arc<Array>], mode: ClipMode) -> Result<Array> {
    if choices.is_empty() {
        return Err(Error::invalid("0-length sequence."));
    }
    check_cast(a.dtype(), DType::Int64, Casting::Safe)?;
    let dtypes: Vec<DType> = choices.iter().map(|c| c.dtype()).collect();
    let dtype = crate::dtype::promote_all(&dtypes)
        .ok_or_else(|| Error::dtype("choices have no common dtype"))?;
    let mut shapes: Vec<&[usize]> = vec![a.shape()];
    shapes.extend(choices.iter().map(|c| c.shape()));
    let shape = crate::iter::broadcast_shapes(&shapes).map_err(|_| choose_mismatch(&shapes))?;
    let sel = broadcast_view(a, &shape).to_vec::<i64>();
    let out = Array::empty(dtype, &shape, Order::C)?;
    let item = out.itemsize();
    let n = choices.len();
    let chosen: Vec<Array> = choices
        .iter()
        .map(|c| {
            let c = c.astype(dtype, CopyOrder::K, Casting::Unsafe)?;
            broadcast_view(&c, &shape).copy(CopyOrder::C)
        })
        .collect::<Result<_>>()?;
    for (k, &s) in sel.iter().enumerate() {
        let j = mode
            .apply(s, n)
            .ok_or_else(|| Error::invalid("invalid entry in choice array"))?
            as usize;
        // SAFETY: every chosen array and `out` are fresh C-contiguous
        // arrays of `shape` (sel.len() elements).
        unsafe {
            std::ptr::copy_nonoverlapping(
                chosen[j].data_ptr().add(k * item),
                out.data_ptr().add(k * item),
                item,
            )
        };
    }
    Ok(out)
}

/// NumPy's text when choose's operands do not broadcast (the choices are
/// numbered first, then `a`).
fn choose_mismatch(shapes: &[&[usize]]) -> Error {
    let mut order: Vec<&[usize]> = shapes[1..].to_vec();
    order.push(shapes[0]);
    let nd = order.iter().map(|s| s.len()).max().unwrap_or(0);
    for i in 0..nd {
        let mut dim = 1usize;
        let mut src = 0usize;
        for (j, s) in order.iter().enumerate() {
            let Some(k) = (i + s.len()).checked_sub(nd) else {
                continue;
            };
            let t = s[k];
            if t == 1 {
                continue;
            }
            if dim == 1 {
                dim = t;
                src = j;
            } else if dim != t {
                return Error::invalid(format!(
                    "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg {src} with shape {} and arg {j} with shape {}.",
                    crate::array::layout::shape_tuple(order[src]),
                    crate::array::layout::shape_tuple(s)
                ));
            }
        }
    }
    crate::iter::broadcast_error(shapes)
}

/// A read-only view of `a` broadcast to `shape` (already checked).
pub(crate) fn broadcast_view(a: &Array, shape: &[usize]) -> Array {
    let strides =
        crate::iter::broadcast_strides(a.shape(), a.strides(), shape).expect("broadcast checked");
    let a = Arc::new(a.clone());
    a.view_unchecked(shape.to_vec(), strides, a.offset(), a.dtype())
}
