//! Views that reverse or pick axes (flip, fliplr, flipud, diagonal) and the
//! joins that copy (concatenate, stack).

use std::sync::Arc;

use super::normalize_axis;
use crate::array::convert::copy_into;
use crate::array::{Array, Order};
use crate::dtype::promote_all;
use crate::error::{Error, Result};

/// `np.flip(a, axis)`: `axes` None reverses every axis. A view.
pub fn flip(a: &Arc<Array>, axes: Option<&[i64]>) -> Result<Array> {
    let nd = a.ndim();
    let mut rev = vec![axes.is_none(); nd];
    for &x in axes.unwrap_or(&[]) {
        rev[normalize_axis(x, nd, None)?] = true;
    }
    let mut offset = a.offset() as isize;
    let mut strides = a.strides().to_vec();
    if a.size() > 0 {
        for (k, r) in rev.iter().enumerate() {
            if *r {
                offset += (a.shape()[k] as isize - 1) * strides[k];
                strides[k] = -strides[k];
            }
        }
    }
    Ok(a.view_unchecked(a.shape().to_vec(), strides, offset as usize, a.dtype()))
}

/// `np.fliplr` (axis 1) and `np.flipud` (axis 0) with NumPy's checks.
pub fn flip_lr_ud(a: &Arc<Array>, axis: i64) -> Result<Array> {
    let need = axis as usize + 1;
    if a.ndim() < need {
        return Err(Error::invalid(format!("Input must be >= {need}-d.")));
    }
    flip(a, Some(&[axis]))
}

/// `np.diagonal(a, offset, axis1, axis2)`: a read-only view whose last axis
/// runs along the diagonal (NumPy returns diagonals read-only).
pub fn diagonal(a: &Arc<Array>, offset: i64, axis1: i64, axis2: i64) -> Result<Array> {
    let nd = a.ndim();
    if nd < 2 {
        return Err(Error::invalid(
            "diag requires an array of at least two dimensions",
        ));
    }
    let i = normalize_axis(axis1, nd, Some("axis1"))?;
    let j = normalize_axis(axis2, nd, Some("axis2"))?;
    if i == j {
        return Err(Error::invalid("axis1 and axis2 cannot be the same"));
    }
    let (di, dj) = (a.shape()[i] as i64, a.shape()[j] as i64);
    let (si, sj) = (a.strides()[i], a.strides()[j]);
    let len = if offset >= 0 {
        (dj - offset).min(di)
    } else {
        (di + offset).min(dj)
    }
    .max(0);
    let mut off = a.offset() as isize;
    if len > 0 {
        off += if offset >= 0 {
            offset as isize * sj
        } else {
            -offset as isize * si
        };
    }
    let mut shape = Vec::with_capacity(nd - 1);
    let mut strides = Vec::with_capacity(nd - 1);
    for k in (0..nd).filter(|&k| k != i && k != j) {
        shape.push(a.shape()[k]);
        strides.push(a.strides()[k]);
    }
    shape.push(len as usize);
    strides.push(si + sj);
    let v = a.view_unchecked(shape, strides, off.max(0) as usize, a.dtype());
    v.set_writeable(false)?;
    Ok(v)
}

/// `np.concatenate(arrays, axis)`; `axis` None joins the flattened arrays.
/// The result dtype is the promotion of the inputs.
pub fn concatenate(arrays: &[Arc<Array>], axis: Option<i64>) -> Result<Array> {
    if arrays.is_empty() {
        return Err(Error::invalid("need at least one array to concatenate"));
    }
    let arrays: Vec<Arc<Array>> = match axis {
        Some(_) => arrays.to_vec(),
        None => arrays
            .iter()
            .map(|a| super::shape::ravel(a, Order::C).map(Arc::new))
            .collect::<Result<_>>()?,
    };
    let first = &arrays[0];
    let nd = first.ndim();
    if nd == 0 {
        return Err(Error::invalid(
            "zero-dimensional arrays cannot be concatenated",
        ));
    }
    let ax = normalize_axis(axis.unwrap_or(0), nd, None)?;
    for (i, a) in arrays.iter().enumerate().skip(1) {
        if a.ndim() != nd {
            return Err(Error::invalid(format!(
                "all the input arrays must have same number of dimensions, but the array at index 0 has {nd} dimension(s) and the array at index {i} has {} dimension(s)",
                a.ndim()
            )));
        }
        for k in (0..nd).filter(|&k| k != ax) {
            if a.shape()[k] != first.shape()[k] {
                return Err(Error::invalid(format!(
                    "all the input array dimensions except for the concatenation axis must match exactly, but along dimension {k}, the array at index 0 has size {} and the array at index {i} has size {}",
                    first.shape()[k],
                    a.shape()[k]
                )));
            }
        }
    }
    let dtypes: Vec<_> = arrays.iter().map(|a| a.dtype()).collect();
    let dtype = promote_all(&dtypes).expect("non-empty");
    let mut shape = first.shape().to_vec();
    shape[ax] = arrays.iter().map(|a| a.shape()[ax]).sum();
    let out = Arc::new(Array::empty(dtype, &shape, Order::C)?);
    let mut start = 0usize;
    for a in &arrays {
        let n = a.shape()[ax];
        let mut part_shape = shape.clone();
        part_shape[ax] = n;
        let off = out.offset() as isize + start as isize * out.strides()[ax];
        let part = out.view_unchecked(part_shape, out.strides().to_vec(), off as usize, dtype);
        copy_into(a, &part)?;
        start += n;
    }
    Arc::try_unwrap(out)
        .map_err(|_| Error::new(crate::error::ErrorKind::Internal, "result still shared"))
}

/// `np.stack(arrays, axis)`: joins arrays of one shape along a new axis.
pub fn stack(arrays: &[Arc<Array>], axis: i64) -> Result<Array> {
    if arrays.is_empty() {
        return Err(Error::invalid("need at least one array to stack"));
    }
    let shape = arrays[0].shape();
    if arrays.iter().any(|a| a.shape() != shape) {
        return Err(Error::invalid("all input arrays must have the same shape"));
    }
    let expanded: Vec<Arc<Array>> = arrays
        .iter()
        .map(|a| super::shape::expand_dims(a, &[axis]).map(Arc::new))
        .collect::<Result<_>>()?;
    let ax = normalize_axis(axis, shape.len() + 1, None)? as i64;
    concatenate(&expanded, Some(ax))
}

/// `np.tril(m, k)` (`upper` false) and `np.triu(m, k)` (`upper` true): a copy
/// with the elements above (below) diagonal `k` of the last two axes set to
/// zero; a 1-d input is broadcast to a square first, as NumPy does.
pub fn tri_part(m: &Array, k: i64, upper: bool) -> Result<Array> {
    let nd = m.ndim();
    let (rows, cols) = match nd {
        0 => {
            return Err(Error::invalid(
                "tril/triu needs an array of at least one dimension",
            ))
        }
        1 => (m.shape()[0], m.shape()[0]),
        _ => (m.shape()[nd - 2], m.shape()[nd - 1]),
    };
    let k_mask = if upper { k - 1 } else { k };
    let mask = Array::tri(rows, Some(cols), k_mask, crate::dtype::DType::Bool)?;
    let zero = Array::zeros(m.dtype(), &[], Order::C)?;
    if upper {
        crate::ufunc::extra::where_(&mask, &zero, m)
    } else {
        crate::ufunc::extra::where_(&mask, m, &zero)
    }
}
