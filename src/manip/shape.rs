//! reshape, ravel, flatten, transpose / permute_dims, swapaxes, moveaxis,
//! squeeze, expand_dims, matrix_transpose, atleast_{1,2,3}d.
//!
//! Views share the buffer (NumPy's `base` is the owner); `reshape` returns a
//! view exactly when NumPy's no-copy rule finds strides for the new shape,
//! and a copy otherwise.

use std::sync::Arc;

use super::normalize_axis;
use crate::array::convert::CopyOrder;
use crate::array::{layout, Array, Order};
use crate::error::{Error, Result};

/// NumPy's shape text in reshape errors: leading unknown (-1) entries are
/// dropped and later ones print as "newaxis": `(5)`, `(5,)`, `(0,newaxis)`.
fn reshape_shape_text(dims: &[i64]) -> String {
    let first = dims.iter().position(|&d| d >= 0);
    let Some(i) = first else {
        return "()".to_string();
    };
    let mut s = dims[i].to_string();
    for &d in &dims[i + 1..] {
        if d < 0 {
            s.push_str(",newaxis");
        } else {
            s.push_str(&format!(",{d}"));
        }
    }
    if i + 1 == dims.len() && i == 0 {
        format!("({s},)")
    } else {
        format!("({s})")
    }
}

/// Resolves a requested shape (one entry may be -1) for `size` elements.
pub fn resolve_shape(size: usize, dims: &[i64]) -> Result<Vec<usize>> {
    layout::check_ndim(dims.len())?;
    let mismatch = || {
        Error::invalid(format!(
            "cannot reshape array of size {size} into shape {}",
            reshape_shape_text(dims)
        ))
    };
    let mut unknown = None;
    let mut known: usize = 1;
    for (i, &d) in dims.iter().enumerate() {
        if d == -1 {
            if unknown.is_some() {
                return Err(Error::invalid("can only specify one unknown dimension"));
            }
            unknown = Some(i);
        } else if d < 0 {
            return Err(Error::invalid("negative dimensions not allowed"));
        } else {
            known = known.checked_mul(d as usize).ok_or_else(mismatch)?;
        }
    }
    let mut out: Vec<usize> = dims.iter().map(|&d| d.max(0) as usize).collect();
    match unknown {
        Some(i) => {
            if known == 0 || !size.is_multiple_of(known) {
                return Err(mismatch());
            }
            out[i] = size / known;
        }
        None if known != size => return Err(mismatch()),
        None => {}
    }
    Ok(out)
}

/// NumPy's no-copy reshape: strides for `new` over the layout
/// `(old, old_strides)` read in `order`, or `None` when no such strides
/// exist. Axes of length 1 are dropped from the old layout; groups of old
/// and new axes with equal products must be contiguous among themselves.
pub fn nocopy_strides(
    old: &[usize],
    old_strides: &[isize],
    new: &[usize],
    itemsize: usize,
    order: Order,
) -> Option<Vec<isize>> {
    let size: usize = old.iter().product();
    if size == 0 {
        return Some(layout::contiguous_strides(new, itemsize, order));
    }
    let (od, os): (Vec<usize>, Vec<isize>) = old
        .iter()
        .zip(old_strides)
        .filter(|(&d, _)| d != 1)
        .map(|(&d, &s)| (d, s))
        .unzip();
    let f = order == Order::F;
    // Work in C order; for F, reverse both layouts and the result.
    let (od, os): (Vec<usize>, Vec<isize>) = if f {
        (
            od.into_iter().rev().collect(),
            os.into_iter().rev().collect(),
        )
    } else {
        (od, os)
    };
    let nd: Vec<usize> = if f {
        new.iter().rev().copied().collect()
    } else {
        new.to_vec()
    };
    let mut ns = vec![0isize; nd.len()];
    let (mut oi, mut ni) = (0usize, 0usize);
    while ni < nd.len() && oi < od.len() {
        let (mut np, mut op) = (nd[ni], od[oi]);
        let (mut nj, mut oj) = (ni + 1, oi + 1);
        while np != op {
            if np < op {
                np *= nd[nj];
                nj += 1;
            } else {
                op *= od[oj];
                oj += 1;
            }
        }
        // The old axes oi..oj must step as one block.
        for k in oi..oj - 1 {
            if os[k] != os[k + 1] * od[k + 1] as isize {
                return None;
            }
        }
        // New strides within the block, from the innermost old stride.
        ns[nj - 1] = os[oj - 1];
        for k in (ni..nj - 1).rev() {
            ns[k] = ns[k + 1] * nd[k + 1] as isize;
        }
        ni = nj;
        oi = oj;
    }
    // Trailing new axes of length 1 take any stride; use the item size.
    for s in &mut ns[ni..] {
        *s = itemsize as isize;
    }
    if f {
        ns.reverse();
    }
    Some(ns)
}

/// `np.reshape(a, shape, order)`: a view when possible, else a copy.
pub fn reshape(a: &Arc<Array>, dims: &[i64], order: Order) -> Result<Array> {
    let new = resolve_shape(a.size(), dims)?;
    if let Some(strides) = nocopy_strides(a.shape(), a.strides(), &new, a.itemsize(), order) {
        return Ok(a.view_unchecked(new, strides, a.offset(), a.dtype()));
    }
    let copy_order = if order == Order::F {
        CopyOrder::F
    } else {
        CopyOrder::C
    };
    let c = Arc::new(a.copy(copy_order)?);
    let strides = nocopy_strides(c.shape(), c.strides(), &new, c.itemsize(), order)
        .expect("a contiguous copy always reshapes");
    Ok(c.view_unchecked(new, strides, c.offset(), c.dtype()))
}

/// `a.ravel(order)`: a 1-d view when the memory allows, else a copy.
pub fn ravel(a: &Arc<Array>, order: Order) -> Result<Array> {
    reshape(a, &[-1], order)
}

/// `a.flatten(order)`: always a 1-d copy.
pub fn flatten(a: &Array, order: Order) -> Result<Array> {
    let copy_order = if order == Order::F {
        CopyOrder::F
    } else {
        CopyOrder::C
    };
    let c = a.copy(copy_order)?;
    let n = c.size();
    let strides = layout::contiguous_strides(&[n], c.itemsize(), Order::C);
    Array::from_parts(c.buffer().clone(), c.dtype(), vec![n], strides, 0, true).map(Array::owning)
}

/// `np.transpose(a, axes)` / `np.permute_dims`: `axes` None reverses them.
pub fn transpose(a: &Arc<Array>, axes: Option<&[i64]>) -> Result<Array> {
    let nd = a.ndim();
    let perm: Vec<usize> = match axes {
        None => (0..nd).rev().collect(),
        Some(ax) => {
            if ax.len() != nd {
                return Err(Error::invalid("axes don't match array"));
            }
            let mut seen = vec![false; nd];
            let mut p = Vec::with_capacity(nd);
            for &x in ax {
                let k = normalize_axis(x, nd, None)?;
                if seen[k] {
                    return Err(Error::invalid("repeated axis in transpose"));
                }
                seen[k] = true;
                p.push(k);
            }
            p
        }
    };
    let shape = perm.iter().map(|&k| a.shape()[k]).collect();
    let strides = perm.iter().map(|&k| a.strides()[k]).collect();
    Ok(a.view_unchecked(shape, strides, a.offset(), a.dtype()))
}

/// `np.swapaxes(a, axis1, axis2)`.
pub fn swapaxes(a: &Arc<Array>, axis1: i64, axis2: i64) -> Result<Array> {
    let nd = a.ndim();
    let i = normalize_axis(axis1, nd, Some("axis1"))?;
    let j = normalize_axis(axis2, nd, Some("axis2"))?;
    let mut perm: Vec<i64> = (0..nd as i64).collect();
    perm.swap(i, j);
    transpose(a, Some(&perm))
}

/// `np.moveaxis(a, source, destination)` for lists of axes.
pub fn moveaxis(a: &Arc<Array>, source: &[i64], destination: &[i64]) -> Result<Array> {
    let nd = a.ndim();
    if source.len() != destination.len() {
        return Err(Error::invalid(
            "`source` and `destination` arguments must have the same number of elements",
        ));
    }
    let norm = |xs: &[i64], name: &str| -> Result<Vec<usize>> {
        let v: Vec<usize> = xs
            .iter()
            .map(|&x| normalize_axis(x, nd, Some(name)))
            .collect::<Result<_>>()?;
        let mut s = v.clone();
        s.sort_unstable();
        s.dedup();
        if s.len() != v.len() {
            return Err(Error::invalid(format!(
                "repeated axis in `{name}` argument"
            )));
        }
        Ok(v)
    };
    let src = norm(source, "source")?;
    let dst = norm(destination, "destination")?;
    let mut order: Vec<usize> = (0..nd).filter(|k| !src.contains(k)).collect();
    let mut pairs: Vec<(usize, usize)> = dst.iter().copied().zip(src.iter().copied()).collect();
    pairs.sort_unstable();
    for (d, s) in pairs {
        order.insert(d, s);
    }
    let perm: Vec<i64> = order.iter().map(|&k| k as i64).collect();
    transpose(a, Some(&perm))
}

/// `np.squeeze(a, axis)`: drops the given axes (which must have length 1),
/// or every axis of length 1 when `axes` is None.
pub fn squeeze(a: &Arc<Array>, axes: Option<&[i64]>) -> Result<Array> {
    let nd = a.ndim();
    let drop: Vec<bool> = match axes {
        None => a.shape().iter().map(|&d| d == 1).collect(),
        Some(ax) => {
            let mut d = vec![false; nd];
            for &x in ax {
                let k = normalize_axis(x, nd, None)?;
                if a.shape()[k] != 1 {
                    return Err(Error::invalid(
                        "cannot select an axis to squeeze out which has size not equal to one",
                    ));
                }
                d[k] = true;
            }
            d
        }
    };
    let (shape, strides) = a
        .shape()
        .iter()
        .zip(a.strides())
        .zip(&drop)
        .filter(|(_, &dr)| !dr)
        .map(|((&d, &s), _)| (d, s))
        .unzip();
    Ok(a.view_unchecked(shape, strides, a.offset(), a.dtype()))
}

/// `np.expand_dims(a, axis)`: inserts axes of length 1 at the given
/// positions of the result.
pub fn expand_dims(a: &Arc<Array>, axes: &[i64]) -> Result<Array> {
    let out_nd = a.ndim() + axes.len();
    layout::check_ndim(out_nd)?;
    let mut new_axis = vec![false; out_nd];
    for &x in axes {
        let k = normalize_axis(x, out_nd, None)?;
        if new_axis[k] {
            return Err(Error::invalid("repeated axis"));
        }
        new_axis[k] = true;
    }
    let mut shape = Vec::with_capacity(out_nd);
    let mut strides = Vec::with_capacity(out_nd);
    let mut src = a.shape().iter().zip(a.strides());
    for &is_new in &new_axis {
        if is_new {
            shape.push(1);
            strides.push(0);
        } else {
            let (&d, &s) = src.next().expect("counts match");
            shape.push(d);
            strides.push(s);
        }
    }
    Ok(a.view_unchecked(shape, strides, a.offset(), a.dtype()))
}

/// `np.matrix_transpose(a)` (`a.mT`): swaps the last two axes.
pub fn matrix_transpose(a: &Arc<Array>) -> Result<Array> {
    if a.ndim() < 2 {
        return Err(Error::invalid(format!(
            "array must be at least 2-dimensional, but it is {}-dimensional",
            a.ndim()
        )));
    }
    swapaxes(a, -1, -2)
}

/// `np.atleast_1d/2d/3d`: views with axes of length 1 added as NumPy places
/// them (2d: in front; 3d: `(1, n, 1)` for 1-d and `(m, n, 1)` for 2-d).
pub fn atleast(a: &Arc<Array>, n: usize) -> Result<Array> {
    let nd = a.ndim();
    if nd >= n {
        return Ok(a.view());
    }
    let axes: Vec<i64> = match (n, nd) {
        (1, 0) => vec![0],
        (2, 0) => vec![0, 1],
        (2, 1) => vec![0],
        (3, 0) => vec![0, 1, 2],
        (3, 1) => vec![0, 2],
        (3, 2) => vec![2],
        _ => return Err(Error::invalid("atleast_nd supports n = 1, 2, 3")),
    };
    expand_dims(a, &axes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reshape_rules_and_texts() {
        assert_eq!(resolve_shape(12, &[3, -1]).unwrap(), vec![3, 4]);
        assert_eq!(
            resolve_shape(12, &[5, 3]).unwrap_err().message,
            "cannot reshape array of size 12 into shape (5,3)"
        );
        assert_eq!(
            resolve_shape(12, &[-1, 5]).unwrap_err().message,
            "cannot reshape array of size 12 into shape (5)"
        );
        assert_eq!(
            resolve_shape(12, &[0, -1]).unwrap_err().message,
            "cannot reshape array of size 12 into shape (0,newaxis)"
        );
        assert_eq!(
            resolve_shape(12, &[-1, -1]).unwrap_err().message,
            "can only specify one unknown dimension"
        );
        // (2,3) transposed -> (3,2) is a view with F strides; -> (6,) is not.
        let t = nocopy_strides(&[3, 2], &[8, 24], &[3, 2], 8, Order::C);
        assert_eq!(t, Some(vec![8, 24]));
        assert_eq!(nocopy_strides(&[3, 2], &[8, 24], &[6], 8, Order::C), None);
        assert_eq!(
            nocopy_strides(&[3, 2], &[8, 24], &[6], 8, Order::F),
            Some(vec![8])
        );
        assert_eq!(
            nocopy_strides(&[12], &[8], &[3, 4], 8, Order::C),
            Some(vec![32, 8])
        );
        assert_eq!(
            nocopy_strides(&[12], &[8], &[3, 4], 8, Order::F),
            Some(vec![8, 24])
        );
    }
}
