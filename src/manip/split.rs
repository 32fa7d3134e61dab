//! The stacking shorthands (hstack, vstack, dstack, column_stack) and the
//! splits (split, array_split, hsplit, vsplit, dsplit, unstack). Stacks
//! copy through `concatenate`; every piece of a split is a view.

use std::sync::Arc;

use super::join::concatenate;
use super::shape::{atleast, moveaxis};
use crate::array::Array;
use crate::error::{Error, ErrorKind, Result};

/// A view of `a` restricted to `start..stop` (clamped, `start <= stop`)
/// along `axis`, with step 1.
pub(crate) fn slice_axis(a: &Arc<Array>, axis: usize, start: usize, stop: usize) -> Array {
    let mut shape = a.shape().to_vec();
    let stop = stop.min(shape[axis]);
    let start = start.min(stop);
    shape[axis] = stop - start;
    let off = if shape.contains(&0) {
        a.offset()
    } else {
        (a.offset() as isize + start as isize * a.strides()[axis]) as usize
    };
    a.view_unchecked(shape, a.strides().to_vec(), off, a.dtype())
}

/// Python's `seq[start:stop]` bounds for a length `n`: negative values count
/// from the end, both are clamped to `0..=n`, and an inverted range is
/// empty.
fn py_range(start: i64, stop: i64, n: usize) -> (usize, usize) {
    let n = n as i64;
    let fix = |v: i64| (if v < 0 { v + n } else { v }).clamp(0, n) as usize;
    let (s, e) = (fix(start), fix(stop));
    (s, e.max(s))
}

fn each_atleast(arrays: &[Arc<Array>], n: usize) -> Result<Vec<Arc<Array>>> {
    arrays.iter().map(|a| atleast(a, n).map(Arc::new)).collect()
}

/// `np.hstack(arrays)`: 1-d inputs join along axis 0, others along axis 1
/// (after `atleast_1d`).
pub fn hstack(arrays: &[Arc<Array>]) -> Result<Array> {
    let arrs = each_atleast(arrays, 1)?;
    let axis = if arrs.first().is_some_and(|a| a.ndim() == 1) {
        0
    } else {
        1
    };
    concatenate(&arrs, Some(axis))
}

/// `np.vstack(arrays)`: `atleast_2d`, then joined along axis 0.
pub fn vstack(arrays: &[Arc<Array>]) -> Result<Array> {
    concatenate(&each_atleast(arrays, 2)?, Some(0))
}

/// `np.dstack(arrays)`: `atleast_3d`, then joined along axis 2.
pub fn dstack(arrays: &[Arc<Array>]) -> Result<Array> {
    concatenate(&each_atleast(arrays, 3)?, Some(2))
}

/// `np.column_stack(arrays)`: inputs of fewer than 2 dimensions become
/// columns `(n, 1)` (a 0-d input `(1, 1)`), then all join along axis 1.
pub fn column_stack(arrays: &[Arc<Array>]) -> Result<Array> {
    let arrs: Vec<Arc<Array>> = arrays
        .iter()
        .map(|a| {
            if a.ndim() < 2 {
                let n = a.size();
                let s = a.strides().first().copied().unwrap_or(0);
                Arc::new(a.view_unchecked(vec![n, 1], vec![s, 0], a.offset(), a.dtype()))
            } else {
                a.clone()
            }
        })
        .collect();
    concatenate(&arrs, Some(1))
}

/// How to split: a number of sections or a list of split points.
#[derive(Clone, Copy, Debug)]
pub enum Sections<'a> {
    /// `indices_or_sections` given as an integer.
    Count(i64),
    /// `indices_or_sections` given as a sequence of indices.
    Indices(&'a [i64]),
}

/// Python's `shape[axis]` for a possibly negative axis ("tuple index out of
/// range" otherwise), returning the normalised axis.
fn shape_axis(a: &Array, axis: i64) -> Result<usize> {
    let n = a.ndim() as i64;
    if axis < -n || axis >= n {
        return Err(Error::new(ErrorKind::Index, "tuple index out of range"));
    }
    Ok(if axis < 0 { axis + n } else { axis } as usize)
}

/// `np.array_split(a, sections, axis)`: views; `Count(n)` gives the first
/// `len % n` pieces one element more than the rest.
pub fn array_split(a: &Arc<Array>, sections: Sections, axis: i64) -> Result<Vec<Array>> {
    let ax = shape_axis(a, axis)?;
    let total = a.shape()[ax];
    let points: Vec<(usize, usize)> = match sections {
        Sections::Indices(ix) => {
            let mut b = Vec::with_capacity(ix.len() + 2);
            b.push(0i64);
            b.extend_from_slice(ix);
            b.push(total as i64);
            b.windows(2).map(|w| py_range(w[0], w[1], total)).collect()
        }
        Sections::Count(n) => {
            if n <= 0 {
                return Err(Error::invalid("number sections must be larger than 0."));
            }
            let n = n as usize;
            let (each, extras) = (total / n, total % n);
            let mut start = 0;
            (0..n)
                .map(|i| {
                    let len = each + usize::from(i < extras);
                    let r = (start, start + len);
                    start += len;
                    r
                })
                .collect()
        }
    };
    Ok(points
        .into_iter()
        .map(|(s, e)| slice_axis(a, ax, s, e))
        .collect())
}

/// `np.split(a, sections, axis)`: as `array_split`, but a count must divide
/// the axis exactly.
pub fn split(a: &Arc<Array>, sections: Sections, axis: i64) -> Result<Vec<Array>> {
    if let Sections::Count(n) = sections {
        let total = a.shape()[shape_axis(a, axis)?] as i64;
        if n == 0 {
            return Err(Error::invalid("integer modulo by zero"));
        }
        // Python's modulo takes the sign of the divisor.
        if total.rem_euclid(n.abs()) != 0 {
            return Err(Error::invalid(
                "array split does not result in an equal division",
            ));
        }
    }
    array_split(a, sections, axis)
}

/// `np.hsplit`, `np.vsplit`, `np.dsplit` (`which` = 'h', 'v', 'd').
pub fn split_named(a: &Arc<Array>, sections: Sections, which: char) -> Result<Vec<Array>> {
    let (need, axis, name) = match which {
        'h' => (1, if a.ndim() > 1 { 1 } else { 0 }, "hsplit"),
        'v' => (2, 0, "vsplit"),
        _ => (3, 2, "dsplit"),
    };
    if a.ndim() < need {
        return Err(Error::invalid(format!(
            "{name} only works on arrays of {need} or more dimensions"
        )));
    }
    split(a, sections, axis)
}

/// `np.unstack(a, axis)`: the views `a[..., i, ...]` along `axis`.
pub fn unstack(a: &Arc<Array>, axis: i64) -> Result<Vec<Array>> {
    if a.ndim() == 0 {
        return Err(Error::invalid("Input array must be at least 1-d."));
    }
    let m = Arc::new(moveaxis(a, &[axis], &[0])?);
    let n = m.shape()[0];
    let shape = m.shape()[1..].to_vec();
    let strides = m.strides()[1..].to_vec();
    Ok((0..n)
        .map(|i| {
            let off = (m.offset() as isize + i as isize * m.strides()[0]) as usize;
            m.view_unchecked(shape.clone(), strides.clone(), off, m.dtype())
        })
        .collect())
}
