//! Coordinate grids: meshgrid and indices.

use std::sync::Arc;

use super::rearrange::{fresh, unshare};
use super::shape::reshape;
use super::split::slice_axis;
use crate::array::convert::{copy_into, CopyOrder};
use crate::array::{Array, Order};
use crate::dtype::DType;
use crate::error::{Error, Result};

/// A view of `a` broadcast to `shape` (zero strides on stretched axes).
pub(crate) fn broadcast_view(a: &Arc<Array>, shape: &[usize]) -> Result<Array> {
    let strides = crate::iter::broadcast_strides(a.shape(), a.strides(), shape)
        .ok_or_else(|| crate::iter::broadcast_to_error(a.shape(), shape))?;
    Ok(a.view_unchecked(shape.to_vec(), strides, a.offset(), a.dtype()))
}

/// `np.meshgrid(*xs, indexing, sparse, copy)`: the flattened `xs[i]` laid
/// along axis `i` of an `n`-dimensional grid (axes 0 and 1 swapped for the
/// Cartesian 'xy' indexing), broadcast to the full grid unless `sparse`,
/// and copied (C order) when `copy`; otherwise views.
/// `indexing` must be "xy" or "ij" (NumPy's error otherwise).
pub fn meshgrid(xs: &[Arc<Array>], indexing: &str, sparse: bool, copy: bool) -> Result<Vec<Array>> {
    let xy = match indexing {
        "xy" => true,
        "ij" => false,
        _ => {
            return Err(Error::invalid(
                "Valid values for `indexing` are 'xy' and 'ij'.",
            ))
        }
    };
    let n = xs.len();
    crate::array::layout::check_ndim(n)?;
    let mut out: Vec<Arc<Array>> = Vec::with_capacity(n);
    for (i, x) in xs.iter().enumerate() {
        let mut dims = vec![1i64; n];
        dims[i] = -1;
        if xy && n > 1 && i < 2 {
            dims[i] = 1;
            dims[1 - i] = -1;
        }
        out.push(Arc::new(reshape(x, &dims, Order::C)?));
    }
    if !sparse {
        let shapes: Vec<&[usize]> = out.iter().map(|a| a.shape()).collect();
        let shape = crate::iter::broadcast_shapes(&shapes)?;
        out = out
            .iter()
            .map(|a| broadcast_view(a, &shape).map(Arc::new))
            .collect::<Result<_>>()?;
    }
    out.into_iter()
        .map(|a| {
            if copy {
                a.copy(CopyOrder::C)
            } else {
                Ok(unshare(a))
            }
        })
        .collect()
}

/// `np.indices(dimensions, dtype, sparse)`: dense, one array of shape
/// `(n, *dimensions)` whose slice `i` holds the index along axis `i`;
/// sparse, `n` arrays of shape `(1, .., d_i, .., 1)`.
pub fn indices(dims: &[i64], dtype: DType, sparse: bool) -> Result<Vec<Array>> {
    let shape = crate::array::layout::shape_from_i64(dims)?;
    let n = shape.len();
    let ranges: Vec<Arc<Array>> = shape
        .iter()
        .enumerate()
        .map(|(i, &d)| {
            let r = Arc::new(Array::arange_int(0, d as i64, 1, dtype)?);
            let mut s = vec![1i64; n];
            s[i] = d as i64;
            reshape(&r, &s, Order::C).map(Arc::new)
        })
        .collect::<Result<_>>()?;
    if sparse {
        return Ok(ranges.into_iter().map(unshare).collect());
    }
    let mut full = vec![n];
    full.extend_from_slice(&shape);
    crate::array::layout::check_ndim(full.len())
        .map_err(|_| Error::invalid("too many dimensions"))?;
    let out = fresh(dtype, &full)?;
    for (i, r) in ranges.iter().enumerate() {
        let part = slice_axis(&out, 0, i, i + 1);
        let part = Arc::new(part);
        let target = Arc::new(reshape(&part, dims, Order::C)?);
        copy_into(&broadcast_view(r, &shape)?, &target)?;
    }
    Ok(vec![unshare(out)])
}
