//! Indexing: NumPy's `a[...]` and `a[...] = v`.
//!
//! An index is a list of [`Index`] items (the flat C struct and the index
//! string both become this). Basic items (integers, slices, `None`, `...`)
//! give a view; any integer or boolean array makes the whole index advanced
//! and the result a copy, laid out by NumPy's rule: the broadcast shape of
//! the index arrays replaces the indexed axes in place when the advanced
//! items are adjacent, and goes first otherwise.

pub mod advanced;
mod kernels;
pub mod multi;
pub mod parse;
pub mod put;
pub mod take;

use std::sync::Arc;

use crate::array::Array;
use crate::error::{Error, ErrorKind, Result};

/// One item of an index.
#[derive(Clone, Debug)]
pub enum Index {
    /// An integer (negative counts from the end).
    Int(i64),
    /// A slice `start:stop:step`, each part optional.
    Slice(Option<i64>, Option<i64>, Option<i64>),
    /// `None` / `np.newaxis`.
    NewAxis,
    /// `...`.
    Ellipsis,
    /// An integer or boolean index array.
    Array(Arc<Array>),
}

pub(crate) fn index_error(msg: impl Into<String>) -> Error {
    Error::new(ErrorKind::Index, msg)
}

/// Python's slice.indices(len): the first index, the step and the count.
pub fn slice_indices(
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
    len: usize,
) -> Result<(i64, i64, usize)> {
    let step = step.unwrap_or(1);
    if step == 0 {
        return Err(Error::invalid("slice step cannot be zero"));
    }
    let n = len as i64;
    let clamp = |v: i64, lo: i64, hi: i64| v.max(lo).min(hi);
    let norm = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(v) if v < 0 => {
                if step < 0 {
                    clamp(v + n, -1, n - 1)
                } else {
                    clamp(v + n, 0, n)
                }
            }
            Some(v) => {
                if step < 0 {
                    clamp(v, -1, n - 1)
                } else {
                    clamp(v, 0, n)
                }
            }
        }
    };
    let (s, e) = if step > 0 {
        (norm(start, 0), norm(stop, n))
    } else {
        (norm(start, n - 1), norm(stop, -1))
    };
    let count = if step > 0 {
        if e > s {
            (e - s + step - 1) / step
        } else {
            0
        }
    } else if s > e {
        (s - e + (-step) - 1) / (-step)
    } else {
        0
    };
    Ok((s, step, count as usize))
}

/// The result of applying the basic part of an index: a view, plus (for an
/// advanced index) where the advanced items act in that view.
pub(crate) struct Basic {
    pub view: Array,
    /// For each advanced item, the view axes it indexes (bool masks cover
    /// several) and the index array.
    pub advanced: Vec<(Vec<usize>, Arc<Array>)>,
    /// For each advanced item, the first axis of the original array it
    /// indexes (for error messages).
    pub orig_axis: Vec<usize>,
    /// True when the advanced items are not next to each other (their
    /// result axes then go first).
    pub separated: bool,
}

/// Applies the basic items of `index` to `a`; advanced items keep their
/// axes whole and are returned for the second step.
pub(crate) fn apply_basic(a: &Arc<Array>, index: &[Index]) -> Result<Basic> {
    let ell = index
        .iter()
        .filter(|i| matches!(i, Index::Ellipsis))
        .count();
    if ell > 1 {
        return Err(index_error(
            "an index can only have a single ellipsis ('...')",
        ));
    }
    let consumed: usize = index
        .iter()
        .map(|i| match i {
            Index::Int(_) | Index::Slice(..) => 1,
            Index::Array(x) if x.dtype() == crate::dtype::DType::Bool => x.ndim().max(1),
            Index::Array(_) => 1,
            _ => 0,
        })
        .sum();
    if consumed > a.ndim() {
        return Err(index_error(format!(
            "too many indices for array: array is {}-dimensional, but {} were indexed",
            a.ndim(),
            consumed
        )));
    }
    let mut shape = Vec::new();
    let mut strides = Vec::new();
    let mut offset = a.offset() as isize;
    let mut axis = 0usize; // next axis of `a`
    let mut advanced = Vec::new();
    let mut adv_positions = Vec::new();
    let mut orig_axis = Vec::new();
    // With any index array present, integers are advanced indices too
    // (0-d arrays), as NumPy treats them.
    let any_array = index.iter().any(|i| matches!(i, Index::Array(_)));
    let mut expanded: Vec<Index> = Vec::with_capacity(index.len() + a.ndim());
    for item in index {
        match item {
            Index::Ellipsis if a.ndim() == consumed => {
                // An empty ellipsis still separates advanced indices.
                expanded.push(Index::Ellipsis);
            }
            Index::Ellipsis => {
                for _ in 0..a.ndim() - consumed {
                    expanded.push(Index::Slice(None, None, None));
                }
            }
            // A 0-d integer array is an integer (NumPy checks its bounds
            // before broadcasting the other index arrays).
            Index::Array(x)
                if x.ndim() == 0
                    && matches!(
                        x.dtype().kind(),
                        crate::dtype::Kind::Int | crate::dtype::Kind::UInt
                    ) =>
            {
                expanded.push(Index::Int(x.to_vec::<i64>()[0]))
            }
            other => expanded.push(other.clone()),
        }
    }
    let mut int_err: Option<Error> = None;
    for (pos, item) in expanded.iter().enumerate() {
        let item = &item;
        match item {
            Index::Int(i) => {
                let d = a.shape()[axis];
                let j = if *i < 0 { i + d as i64 } else { *i };
                if j < 0 || j >= d as i64 {
                    // NumPy checks boolean shapes first: report this after
                    // the loop.
                    int_err.get_or_insert(Error::index_out_of_bounds(*i, axis, d));
                    axis += 1;
                    continue;
                }
                if any_array {
                    // With index arrays present an integer is a 0-d index
                    // array (its bounds are checked even when the result
                    // is empty), as NumPy treats it.
                    let z = Array::empty(crate::dtype::DType::Int64, &[], crate::array::Order::C)?;
                    z.set::<i64>(&[], j)?;
                    orig_axis.push(axis);
                    advanced.push((vec![shape.len()], Arc::new(z)));
                    shape.push(d);
                    strides.push(a.strides()[axis]);
                    adv_positions.push(pos);
                } else {
                    offset += j as isize * a.strides()[axis];
                }
                axis += 1;
            }
            Index::Slice(s, e, st) => {
                let d = a.shape()[axis];
                let (start, step, count) = slice_indices(*s, *e, *st, d)?;
                if count > 0 {
                    offset += start as isize * a.strides()[axis];
                }
                shape.push(count);
                strides.push(a.strides()[axis] * step as isize);
                axis += 1;
            }
            Index::NewAxis => {
                shape.push(1);
                strides.push(0);
            }
            Index::Ellipsis => {}
            Index::Array(x) => {
                let is_bool = x.dtype() == crate::dtype::DType::Bool;
                if is_bool && x.ndim() == 0 {
                    return Err(Error::new(
                        ErrorKind::NotImplemented,
                        "0-d boolean indices are not supported",
                    ));
                }
                let n = if is_bool { x.ndim() } else { 1 };
                // NumPy skips the check for mask axes of length 0.
                if is_bool {
                    for k in 0..n {
                        if x.shape()[k] != 0 && x.shape()[k] != a.shape()[axis + k] {
                            return Err(index_error(format!(
                                "boolean index did not match indexed array along axis {}; size of axis is {} but size of corresponding boolean axis is {}",
                                axis + k,
                                a.shape()[axis + k],
                                x.shape()[k]
                            )));
                        }
                    }
                }
                let first = shape.len();
                orig_axis.push(axis);
                for k in 0..n {
                    shape.push(a.shape()[axis + k]);
                    strides.push(a.strides()[axis + k]);
                }
                advanced.push(((first..first + n).collect::<Vec<_>>(), x.clone()));
                adv_positions.push(pos);
                axis += n;
            }
        }
    }
    if let Some(e) = int_err {
        return Err(e);
    }
    // Remaining axes are taken whole.
    while axis < a.ndim() {
        shape.push(a.shape()[axis]);
        strides.push(a.strides()[axis]);
        axis += 1;
    }
    crate::array::layout::check_ndim(shape.len())?;
    let separated = adv_positions.windows(2).any(|w| w[1] != w[0] + 1);
    let view = a.view_unchecked(shape, strides, offset.max(0) as usize, a.dtype());
    Ok(Basic {
        view,
        advanced,
        orig_axis,
        separated,
    })
}

/// `a[index]`: a view for basic indices, a copy for advanced ones.
pub fn getitem(a: &Arc<Array>, index: &[Index]) -> Result<Array> {
    let b = apply_basic(a, index)?;
    if b.advanced.is_empty() {
        return Ok(b.view);
    }
    advanced::gather(&b)
}

/// `a[index] = value`: `value` is broadcast to the indexed shape and cast
/// under same_kind rules; repeated advanced indices keep the last write.
pub fn setitem(a: &Arc<Array>, index: &[Index], value: &Array) -> Result<()> {
    a.check_writeable()?;
    let b = apply_basic(a, index)?;
    let all_ints = index.len() == a.ndim()
        && index.iter().all(|i| match i {
            Index::Int(_) => true,
            Index::Array(x) => {
                x.ndim() == 0
                    && matches!(
                        x.dtype().kind(),
                        crate::dtype::Kind::Int | crate::dtype::Kind::UInt
                    )
            }
            _ => false,
        });
    if all_ints && value.ndim() > 0 {
        // NumPy converts the value to one Python scalar.
        return Err(if a.dtype().kind() == crate::dtype::Kind::Complex {
            Error::dtype("only 0-dimensional arrays can be converted to Python scalars")
        } else {
            Error::invalid("setting an array element with a sequence.")
        });
    }
    if let [Index::Array(m)] = index {
        if m.dtype() == crate::dtype::DType::Bool && m.ndim() == a.ndim() && m.ndim() > 0 {
            advanced::check_bool_value(m, value)?;
        }
    }
    if b.advanced.is_empty() {
        return advanced::assign_view(&b.view, value);
    }
    advanced::scatter(&b, value)
}

/// `np.nonzero(a)`: for each axis, the int64 indices of the non-zero
/// elements in row-major order. 0-d input is refused as in NumPy 2.
pub fn nonzero(a: &Array) -> Result<Vec<Array>> {
    if a.ndim() == 0 {
        return Err(Error::invalid(
            "Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead.",
        ));
    }
    let mask = if a.dtype() == crate::dtype::DType::Bool {
        a.clone()
    } else {
        a.astype(
            crate::dtype::DType::Bool,
            crate::array::convert::CopyOrder::K,
            crate::dtype::Casting::Unsafe,
        )?
    };
    advanced::nonzero(&mask)
        .into_iter()
        .map(|idx| {
            let out = Array::empty(
                crate::dtype::DType::Int64,
                &[idx.len()],
                crate::array::Order::C,
            )?;
            for (k, v) in idx.into_iter().enumerate() {
                out.set::<i64>(&[k as i64], v)?;
            }
            Ok(out)
        })
        .collect()
}

/// `np.flatnonzero(a)`: indices of the non-zero elements of `a.ravel()`.
pub fn flatnonzero(a: &Arc<Array>) -> Result<Array> {
    let flat = crate::manip::shape::ravel(a, crate::array::Order::C)?;
    Ok(nonzero(&flat)?.remove(0))
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn python_slice_rules() {
        assert_eq!(slice_indices(None, None, None, 5).unwrap(), (0, 1, 5));
        assert_eq!(slice_indices(None, None, Some(-1), 5).unwrap(), (4, -1, 5));
        assert_eq!(
            slice_indices(Some(1), Some(100), Some(2), 5).unwrap(),
            (1, 2, 2)
        );
        assert_eq!(slice_indices(Some(-2), None, None, 5).unwrap(), (3, 1, 2));
        assert_eq!(
            slice_indices(Some(10), Some(0), Some(-3), 5).unwrap(),
            (4, -3, 2)
        );
        assert_eq!(slice_indices(Some(3), Some(1), None, 5).unwrap().2, 0);
    }
}
