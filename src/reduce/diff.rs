//! Differences and the Array API running totals: `np.diff`, `np.ediff1d`,
//! `np.cumulative_sum` and `np.cumulative_prod`.
//!
//! `diff` is NumPy's composition: optional `prepend`/`append` joined to the
//! input along the axis (a 0-d value broadcast to one slice first), then
//! `n` rounds of `x[1:] - x[:-1]` (`x[1:] != x[:-1]` for bool), each a
//! ufunc call on two views, so dtypes, wrap-around and special values are
//! the subtract ufunc's. `cumulative_*` is [`accumulate`] with the
//! identity slice joined in front when `include_initial` is set.

use std::sync::Arc;

use super::cumulative::accumulate;
use super::ufunc_reduce::RedOp;
use crate::array::{Array, Order};
use crate::dtype::{can_cast, Casting, DType};
use crate::error::{Error, ErrorKind, Result};
use crate::manip::join::concatenate;
use crate::manip::normalize_axis;
use crate::manip::shape::{atleast, ravel};
use crate::manip::split::slice_axis;
use crate::ufunc::extra::uf;

/// `a` when 0-d broadcast to `shape` with `shape[axis] = 1`, as NumPy does
/// for diff's `prepend`/`append` scalars.
fn edge(v: &Arc<Array>, shape: &[usize], axis: usize) -> Result<Arc<Array>> {
    if v.ndim() != 0 {
        return Ok(v.clone());
    }
    let mut s = shape.to_vec();
    s[axis] = 1;
    Ok(Arc::new(super::broadcast_view(v, &s)?))
}

/// One round of differences along `axis`: `x[1:] - x[:-1]`, or `!=` for
/// bool (NumPy's choice, since subtract refuses bool).
fn step(x: &Arc<Array>, axis: usize) -> Result<Arc<Array>> {
    let n = x.shape()[axis];
    let hi = slice_axis(x, axis, 1, n);
    let lo = slice_axis(x, axis, 0, n.saturating_sub(1));
    let op = if x.dtype() == DType::Bool {
        "not_equal"
    } else {
        "subtract"
    };
    uf(op, &[&hi, &lo])
}

/// `np.diff(a, n, axis, prepend, append)`. `n == 0` returns `a` itself.
pub fn diff(
    a: &Arc<Array>,
    n: i64,
    axis: i64,
    prepend: Option<&Arc<Array>>,
    append: Option<&Arc<Array>>,
) -> Result<Arc<Array>> {
    if n == 0 {
        return Ok(a.clone());
    }
    if n < 0 {
        return Err(Error::invalid(format!(
            "order must be non-negative but got {n}"
        )));
    }
    if a.ndim() == 0 {
        return Err(Error::invalid(
            "diff requires input that is at least one dimensional",
        ));
    }
    let ax = normalize_axis(axis, a.ndim(), None)?;
    let mut x = a.clone();
    if prepend.is_some() || append.is_some() {
        let mut parts = Vec::with_capacity(3);
        if let Some(p) = prepend {
            parts.push(edge(p, a.shape(), ax)?);
        }
        parts.push(a.clone());
        if let Some(p) = append {
            parts.push(edge(p, a.shape(), ax)?);
        }
        x = Arc::new(concatenate(&parts, Some(ax as i64))?);
    }
    for _ in 0..n {
        x = step(&x, ax)?;
    }
    Ok(x)
}

/// Checks that `v` casts to `to` under same_kind (NumPy's TypeError text
/// names the argument) and returns it flattened.
fn ediff_edge(v: &Arc<Array>, to: DType, name: &str) -> Result<Arc<Array>> {
    if !can_cast(v.dtype(), to, Casting::SameKind) {
        return Err(Error::new(
            ErrorKind::DType,
            format!(
                "dtype of `{name}` must be compatible with input `ary` under the `same_kind` rule."
            ),
        ));
    }
    Ok(Arc::new(ravel(v, Order::C)?))
}

/// `np.ediff1d(ary, to_end, to_begin)`: the differences of the flattened
/// input, with `to_begin` before and `to_end` after them (cast to the
/// input's dtype, which the result keeps).
pub fn ediff1d(
    ary: &Arc<Array>,
    to_end: Option<&Arc<Array>>,
    to_begin: Option<&Arc<Array>>,
) -> Result<Arc<Array>> {
    let flat = Arc::new(ravel(ary, Order::C)?);
    let n = flat.size();
    let d = uf(
        "subtract",
        &[
            &slice_axis(&flat, 0, 1, n),
            &slice_axis(&flat, 0, 0, n.saturating_sub(1)),
        ],
    );
    if to_begin.is_none() && to_end.is_none() {
        return d;
    }
    let dt = flat.dtype();
    let begin = to_begin
        .map(|v| ediff_edge(v, dt, "to_begin"))
        .transpose()?;
    let end = to_end.map(|v| ediff_edge(v, dt, "to_end")).transpose()?;
    let d = d?;
    let lb = begin.as_ref().map_or(0, |b| b.size());
    let le = end.as_ref().map_or(0, |b| b.size());
    let ld = d.size();
    let out = Arc::new(Array::empty(dt, &[lb + ld + le], Order::C)?);
    let put = |src: &Array, at: usize, len: usize| {
        crate::array::convert::copy_into(src, &slice_axis(&out, 0, at, at + len))
    };
    if let Some(b) = &begin {
        put(b, 0, lb)?;
    }
    put(&d, lb, ld)?;
    if let Some(e) = &end {
        put(e, lb + ld, le)?;
    }
    Ok(out)
}

/// `np.cumulative_sum` (`op` Add) / `np.cumulative_prod` (Multiply):
/// `axis` may be omitted only for inputs of at most one dimension;
/// `include_initial` puts the identity (0 or 1) in front along the axis.
pub fn cumulative(
    op: RedOp,
    x: &Arc<Array>,
    axis: Option<i64>,
    dtype: Option<DType>,
    include_initial: bool,
) -> Result<Arc<Array>> {
    let x = Arc::new(atleast(x, 1)?);
    let axis = match axis {
        Some(k) => k,
        None if x.ndim() >= 2 => {
            return Err(Error::invalid(
                "For arrays which have more than one dimension ``axis`` argument is required.",
            ))
        }
        None => 0,
    };
    let res = Arc::new(accumulate(op, &x, Some(axis), dtype)?);
    if !include_initial {
        return Ok(res);
    }
    let ax = normalize_axis(axis, x.ndim(), None)?;
    let mut shape = res.shape().to_vec();
    shape[ax] = 1;
    let first = match op {
        RedOp::Multiply => Array::ones(res.dtype(), &shape, Order::C)?,
        _ => Array::zeros(res.dtype(), &shape, Order::C)?,
    };
    Ok(Arc::new(concatenate(
        &[Arc::new(first), res],
        Some(ax as i64),
    )?))
}
