//! Shape manipulation: views that re-interpret an array's layout without
//! touching data (reshape when the strides allow it, transpose, squeeze,
//! expand_dims, swapaxes, moveaxis, ravel) and the copies NumPy makes when
//! they do not.

pub mod grid;
pub mod join;
pub mod overlap;
pub mod pad;
mod padstat;
pub mod rearrange;
pub mod shape;
pub mod split;

use crate::error::{Error, ErrorKind};

/// NumPy's AxisError text for `axis` on an array of `ndim` dimensions,
/// optionally prefixed with the argument name ("axis2: ").
pub fn axis_error(axis: i64, ndim: usize, prefix: Option<&str>) -> Error {
    let p = prefix.map(|p| format!("{p}: ")).unwrap_or_default();
    Error::new(
        ErrorKind::Index,
        format!("{p}axis {axis} is out of bounds for array of dimension {ndim}"),
    )
}

/// Normalises a possibly negative axis for `ndim` dimensions.
pub fn normalize_axis(axis: i64, ndim: usize, prefix: Option<&str>) -> crate::Result<usize> {
    let n = ndim as i64;
    if axis < -n || axis >= n {
        return Err(axis_error(axis, ndim, prefix));
    }
    Ok(if axis < 0 {
        (axis + n) as usize
    } else {
        axis as usize
    })
}
