//! `np.pad` with every mode. As NumPy: the padded array is allocated, the
//! input copied to its centre, then each axis in turn fills its two pad
//! areas inside the region already valid for the earlier axes (so corners
//! take the values of the later axes' rule applied to the earlier axes'
//! padding).

use std::sync::Arc;

use super::grid::broadcast_view;
use super::join::flip;
use super::rearrange::{sub_view, unshare};
use super::split::slice_axis;
use crate::array::convert::{copy_into, CopyOrder};
use crate::array::{Array, Order};
use crate::dtype::{Casting, DType, Element, Kind};
use crate::error::{Error, Result};
use crate::ufunc::extra::{uf, weak_f64, weak_i64};

/// The padding rule (NumPy's `mode`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PadMode {
    /// Constant values (`constant_values`, default 0).
    Constant,
    /// The edge values.
    Edge,
    /// A linear ramp from `end_values` to the edge.
    LinearRamp,
    /// The maximum of `stat_length` edge values.
    Maximum,
    /// Their mean.
    Mean,
    /// Their median.
    Median,
    /// Their minimum.
    Minimum,
    /// Reflection about the edge element.
    Reflect,
    /// Reflection including the edge element.
    Symmetric,
    /// The other end of the axis.
    Wrap,
    /// Uninitialised.
    Empty,
}

impl PadMode {
    /// The mode named `s` ("mode 'x' is not supported" otherwise).
    pub fn parse(s: &str) -> Result<PadMode> {
        Ok(match s {
            "constant" => PadMode::Constant,
            "edge" => PadMode::Edge,
            "linear_ramp" => PadMode::LinearRamp,
            "maximum" => PadMode::Maximum,
            "mean" => PadMode::Mean,
            "median" => PadMode::Median,
            "minimum" => PadMode::Minimum,
            "reflect" => PadMode::Reflect,
            "symmetric" => PadMode::Symmetric,
            "wrap" => PadMode::Wrap,
            "empty" => PadMode::Empty,
            _ => return Err(Error::invalid(format!("mode '{s}' is not supported"))),
        })
    }

    fn name(self) -> &'static str {
        match self {
            PadMode::Constant => "constant",
            PadMode::Edge => "edge",
            PadMode::LinearRamp => "linear_ramp",
            PadMode::Maximum => "maximum",
            PadMode::Mean => "mean",
            PadMode::Median => "median",
            PadMode::Minimum => "minimum",
            PadMode::Reflect => "reflect",
            PadMode::Symmetric => "symmetric",
            PadMode::Wrap => "wrap",
            PadMode::Empty => "empty",
        }
    }
}

/// NumPy's keyword arguments of `np.pad`; `None` is "not given".
#[derive(Clone, Copy, Debug, Default)]
pub struct PadOptions<'a> {
    /// `constant_values` (mode constant).
    pub constant_values: Option<&'a Arc<Array>>,
    /// `end_values` (mode linear_ramp).
    pub end_values: Option<&'a Arc<Array>>,
    /// `stat_length` (maximum, mean, median, minimum).
    pub stat_length: Option<&'a Arc<Array>>,
    /// `reflect_type` (reflect, symmetric): "odd" or anything else for even.
    pub reflect_type: Option<&'a str>,
}

/// NumPy's `_as_pairs`: the element byte offsets (relative to element 0 of
/// `x`) of the `(before, after)` values of each of `nd` axes. One value
/// serves both sides of every axis; two (unless shaped `(2, 1)`) serve
/// every axis; anything else is broadcast to `(nd, 2)`.
fn pair_offsets(x: &Array, nd: usize) -> Result<Vec<(isize, isize)>> {
    let c_offsets = || {
        let mut v = Vec::with_capacity(2);
        x.for_each_offset(|o| v.push(o));
        v
    };
    if x.ndim() < 3 && x.size() == 1 {
        let o = c_offsets()[0];
        return Ok(vec![(o, o); nd]);
    }
    if x.ndim() < 3 && x.size() == 2 && x.shape() != [2, 1] {
        let v = c_offsets();
        return Ok(vec![(v[0], v[1]); nd]);
    }
    let st = crate::iter::broadcast_strides(x.shape(), x.strides(), &[nd, 2])
        .ok_or_else(|| crate::iter::broadcast_to_error(x.shape(), &[nd, 2]))?;
    Ok((0..nd)
        .map(|k| (k as isize * st[0], k as isize * st[0] + st[1]))
        .collect())
}

/// `_as_pairs(x, nd, as_index=True)`: rounded non-negative integers.
fn index_pairs(x: &Array, nd: usize) -> Result<Vec<(usize, usize)>> {
    let offs = pair_offsets_checked(x, nd)?;
    let read = |o: isize| -> i64 {
        let v = x.view_at(o);
        match x.dtype().kind() {
            Kind::Float | Kind::Complex => {
                v.get::<f64>(&[]).unwrap_or(0.0).round_ties_even() as i64
            }
            _ => v.get::<i64>(&[]).unwrap_or(0),
        }
    };
    Ok(offs
        .into_iter()
        .map(|(a, b)| (read(a) as usize, read(b) as usize))
        .collect())
}

/// The negative-value check of `_as_pairs(as_index=True)`, then the pairs.
fn pair_offsets_checked(x: &Array, nd: usize) -> Result<Vec<(isize, isize)>> {
    let neg = crate::dispatch!(x.dtype(), T => {
        let base = x.data_ptr();
        let mut neg = false;
        // SAFETY: A3 — offsets from the array's layout.
        x.for_each_offset(|o| {
            let v = unsafe { (base.wrapping_offset(o) as *const T).read_unaligned() };
            neg |= v.to_f64() < 0.0 && v.to_f64().round_ties_even() < 0.0;
        });
        neg
    });
    if neg {
        return Err(Error::invalid("index can't contain negative values"));
    }
    pair_offsets(x, nd)
}

impl Array {
    /// A 0-d view of the element at byte offset `o` from element 0.
    fn view_at(&self, o: isize) -> Array {
        let s = Arc::new(self.clone());
        s.view_unchecked(
            vec![],
            vec![],
            (s.offset() as isize + o) as usize,
            s.dtype(),
        )
    }
}

/// Fills `dst` with `value` broadcast (and cast) to its shape.
fn fill_with(dst: &Array, value: &Array) -> Result<()> {
    if dst.size() == 0 {
        return Ok(());
    }
    let v = if value.dtype() == dst.dtype() {
        Arc::new(value.clone())
    } else {
        Arc::new(value.astype(dst.dtype(), CopyOrder::C, Casting::Unsafe)?)
    };
    copy_into(&broadcast_view(&v, dst.shape())?, dst)
}

/// The view of `a` along `axis` from `s` to `e` (clamped).
fn at(a: &Arc<Array>, axis: usize, s: usize, e: usize) -> Arc<Array> {
    Arc::new(slice_axis(a, axis, s, e))
}

/// Python's `a[start:stop:-1]` along `axis` for negative-or-positive
/// Python indices.
fn rev(a: &Arc<Array>, axis: usize, start: i64, stop: i64) -> Result<Arc<Array>> {
    let n = a.shape()[axis] as i64;
    let norm = |v: i64| if v < 0 { v + n } else { v };
    let s = norm(start).clamp(-1, n - 1);
    let e = norm(stop).clamp(-1, n - 1);
    let (lo, hi) = if s > e { (e + 1, s + 1) } else { (0, 0) };
    let part = at(a, axis, lo as usize, hi as usize);
    Ok(Arc::new(flip(&part, Some(&[axis as i64]))?))
}

/// `np.pad(a, pad_width, mode, **kwargs)`.
pub fn pad(a: &Arc<Array>, pad_width: &Array, mode: &str, opts: &PadOptions) -> Result<Array> {
    if pad_width.dtype().kind() != Kind::Int {
        return Err(Error::dtype("`pad_width` must be of integral type."));
    }
    let nd = a.ndim();
    let widths = index_pairs(pad_width, nd)?;
    let mode = PadMode::parse(mode)?;
    let mut bad = Vec::new();
    if opts.constant_values.is_some() && mode != PadMode::Constant {
        bad.push("'constant_values'");
    }
    if opts.end_values.is_some() && mode != PadMode::LinearRamp {
        bad.push("'end_values'");
    }
    let stat = matches!(
        mode,
        PadMode::Maximum | PadMode::Mean | PadMode::Median | PadMode::Minimum
    );
    if opts.stat_length.is_some() && !stat {
        bad.push("'stat_length'");
    }
    if opts.reflect_type.is_some() && !matches!(mode, PadMode::Reflect | PadMode::Symmetric) {
        bad.push("'reflect_type'");
    }
    if !bad.is_empty() {
        return Err(Error::invalid(format!(
            "unsupported keyword arguments for mode '{}': {{{}}}",
            mode.name(),
            bad.join(", ")
        )));
    }
    // _pad_simple: the result and the input copied to its centre.
    let shape: Vec<usize> = (0..nd)
        .map(|k| widths[k].0 + a.shape()[k] + widths[k].1)
        .collect();
    crate::array::layout::checked_size(&shape, a.itemsize())?;
    let order = if a.is_f_contiguous() && !a.is_c_contiguous() {
        Order::F
    } else {
        Order::C
    };
    let padded = Arc::new(Array::empty(a.dtype(), &shape, order)?);
    let centre: Vec<(usize, usize)> = (0..nd)
        .map(|k| (widths[k].0, widths[k].0 + a.shape()[k]))
        .collect();
    copy_into(a, &sub_view(&padded, &centre))?;
    // The region valid once axes < k are padded: full along 0..=k, the
    // centre along later axes.
    let roi = |k: usize| -> Arc<Array> {
        let r: Vec<(usize, usize)> = (0..nd)
            .map(|j| if j <= k { (0, shape[j]) } else { centre[j] })
            .collect();
        Arc::new(sub_view(&padded, &r))
    };
    match mode {
        PadMode::Empty => {}
        PadMode::Constant => {
            let zero;
            let values = match opts.constant_values {
                Some(v) => v,
                None => {
                    zero = Arc::new(Array::zeros(DType::Int64, &[], Order::C)?);
                    &zero
                }
            };
            let pairs = pair_offsets(values, nd)?;
            for (k, &(l, r)) in widths.iter().enumerate() {
                let roi = roi(k);
                let n = shape[k];
                fill_with(&at(&roi, k, 0, l), &values.view_at(pairs[k].0))?;
                fill_with(&at(&roi, k, n - r, n), &values.view_at(pairs[k].1))?;
            }
        }
        _ if a.size() == 0 => {
            for (k, &(l, r)) in widths.iter().enumerate() {
                if a.shape()[k] == 0 && (l > 0 || r > 0) {
                    return Err(Error::invalid(format!(
                        "can't extend empty axis {k} using modes other than 'constant' or 'empty'"
                    )));
                }
            }
        }
        PadMode::Edge => {
            for (k, &(l, r)) in widths.iter().enumerate() {
                set_edges(&roi(k), k, l, r)?;
            }
        }
        PadMode::LinearRamp => {
            let zero;
            let values = match opts.end_values {
                Some(v) => v,
                None => {
                    zero = Arc::new(Array::zeros(DType::Int64, &[], Order::C)?);
                    &zero
                }
            };
            let pairs = pair_offsets(values, nd)?;
            for (k, &(l, r)) in widths.iter().enumerate() {
                let roi = roi(k);
                let n = shape[k];
                let le = at(&roi, k, l, l + 1);
                let re = at(&roi, k, n - r - 1, n - r);
                let lr = ramp(&le, &values.view_at(pairs[k].0), l, k)?;
                copy_into(&lr, &at(&roi, k, 0, l))?;
                let rr = Arc::new(ramp(&re, &values.view_at(pairs[k].1), r, k)?);
                copy_into(&flip(&rr, Some(&[k as i64]))?, &at(&roi, k, n - r, n))?;
            }
        }
        PadMode::Maximum | PadMode::Mean | PadMode::Median | PadMode::Minimum => {
            let lengths: Vec<(Option<usize>, Option<usize>)> = match opts.stat_length {
                Some(s) => index_pairs(s, nd)?
                    .into_iter()
                    .map(|(x, y)| (Some(x), Some(y)))
                    .collect(),
                None => vec![(None, None); nd],
            };
            for (k, &(l, r)) in widths.iter().enumerate() {
                let roi = roi(k);
                let n = shape[k];
                let max_len = n - l - r;
                let ll = lengths[k].0.map_or(max_len, |x| x.min(max_len));
                let rl = lengths[k].1.map_or(max_len, |x| x.min(max_len));
                if (ll == 0 || rl == 0) && matches!(mode, PadMode::Maximum | PadMode::Minimum) {
                    return Err(Error::invalid(
                        "stat_length of 0 yields no value for padding",
                    ));
                }
                let left = super::padstat::stat(&at(&roi, k, l, l + ll), k, mode)?;
                let right = if ll == max_len && rl == max_len {
                    left.clone()
                } else {
                    super::padstat::stat(&at(&roi, k, n - r - rl, n - r), k, mode)?
                };
                fill_with(&at(&roi, k, 0, l), &left)?;
                fill_with(&at(&roi, k, n - r, n), &right)?;
            }
        }
        PadMode::Reflect | PadMode::Symmetric => {
            let odd = opts.reflect_type == Some("odd");
            let include_edge = mode == PadMode::Symmetric;
            for (k, &(l, r)) in widths.iter().enumerate() {
                if a.shape()[k] == 1 && (l > 0 || r > 0) {
                    set_edges(&padded, k, l, r)?;
                    continue;
                }
                let roi = roi(k);
                let (mut l, mut r) = (l, r);
                while l > 0 || r > 0 {
                    (l, r) = reflect_both(&roi, k, l, r, odd, a.shape()[k], include_edge)?;
                }
            }
        }
        PadMode::Wrap => {
            for (k, &(l, r)) in widths.iter().enumerate() {
                let roi = roi(k);
                let period = shape[k] - l - r;
                let (mut l, mut r) = (l, r);
                while l > 0 || r > 0 {
                    (l, r) = wrap_both(&roi, k, l, r, period)?;
                }
            }
        }
    }
    Ok(unshare(padded))
}

/// Mode edge on one axis: each pad area repeats the element next to it.
fn set_edges(p: &Arc<Array>, k: usize, l: usize, r: usize) -> Result<()> {
    let n = p.shape()[k];
    let le = at(p, k, l, l + 1);
    let re = at(p, k, n - r - 1, n - r);
    fill_with(&at(p, k, 0, l), &le)?;
    fill_with(&at(p, k, n - r, n), &re)
}

/// NumPy's `linspace(end, edge, width, endpoint=False, dtype=a.dtype,
/// axis=k)`: `y_i = end + i * (edge - end) / width` in the inexact type of
/// the two (`i / width * delta` when any step is zero), floored for integer
/// dtypes, then cast.
fn ramp(edge: &Arc<Array>, end: &Array, width: usize, k: usize) -> Result<Array> {
    let dt = edge.dtype();
    let start = match end.dtype().kind() {
        Kind::Float => weak_f64(end.get::<f64>(&[])?)?,
        Kind::Complex => end.clone(),
        _ => weak_i64(end.get::<i64>(&[])?)?,
    };
    let inexact = match dt.kind() {
        Kind::Float | Kind::Complex => dt,
        _ => DType::Float64,
    };
    let edge_f = edge.astype(inexact, CopyOrder::C, Casting::Unsafe)?;
    let delta = uf("subtract", &[&edge_f, &start])?;
    let delta = delta.astype(inexact, CopyOrder::C, Casting::Unsafe)?;
    let mut ys = vec![1i64; edge.ndim()];
    ys[k] = width as i64;
    let y = Arc::new(Array::arange_int(0, width as i64, 1, inexact)?);
    let y = super::shape::reshape(&y, &ys, Order::C)?;
    let div = weak_i64(width as i64)?;
    let step = uf("divide", &[&delta, &div])?;
    let zero = uf("equal", &[&step, &weak_i64(0)?])?;
    let any_zero = zero.to_vec::<crate::dtype::Bool>().iter().any(|b| b.get());
    let y = if any_zero {
        let yd = uf("divide", &[&y, &div])?;
        uf("multiply", &[&yd, &delta])?
    } else {
        uf("multiply", &[&y, &step])?
    };
    let y = uf("add", &[&y, &start])?;
    let y = if matches!(dt.kind(), Kind::Int | Kind::UInt) {
        uf("floor", &[&y])?
    } else {
        y
    };
    y.astype(dt, CopyOrder::C, Casting::Unsafe)
}

/// One step of NumPy's `_set_reflect_both`: fills as much of both pad areas
/// as the valid region allows and returns the widths still to fill.
fn reflect_both(
    p: &Arc<Array>,
    k: usize,
    left: usize,
    right: usize,
    odd: bool,
    period: usize,
    include_edge: bool,
) -> Result<(usize, usize)> {
    let n = p.shape()[k] as i64;
    let (mut l, mut r) = (left as i64, right as i64);
    let period = period as i64;
    let mut old = n - r - l;
    let edge_offset = if include_edge {
        old = old / period * period;
        1
    } else {
        old = (old - 1) / (period - 1) * (period - 1) + 1;
        old -= 1;
        0
    };
    if l > 0 {
        let chunk = old.min(l);
        let stop = l - edge_offset;
        let mut part = rev(p, k, stop + chunk, stop)?;
        if odd {
            let e = at(p, k, l as usize, l as usize + 1);
            part = Arc::new(odd_reflect(&e, &part)?);
        }
        copy_into(&part, &at(p, k, (l - chunk) as usize, l as usize))?;
        l -= chunk;
    }
    if r > 0 {
        let chunk = old.min(r);
        let start = -r + edge_offset - 2;
        let mut part = rev(p, k, start, start - chunk)?;
        if odd {
            let e = at(p, k, (n - r - 1) as usize, (n - r) as usize);
            part = Arc::new(odd_reflect(&e, &part)?);
        }
        let s = (n - r) as usize;
        copy_into(&part, &at(p, k, s, s + chunk as usize))?;
        r -= chunk;
    }
    Ok((l as usize, r as usize))
}

/// `2 * edge - chunk` with NumPy's promotion, cast back to the dtype.
fn odd_reflect(edge: &Array, chunk: &Array) -> Result<Array> {
    let two = uf("multiply", &[&weak_i64(2)?, edge])?;
    let v = uf("subtract", &[&two, chunk])?;
    v.astype(chunk.dtype(), CopyOrder::C, Casting::Unsafe)
}

/// One step of NumPy's `_set_wrap_both`.
fn wrap_both(
    p: &Arc<Array>,
    k: usize,
    left: usize,
    right: usize,
    original_period: usize,
) -> Result<(usize, usize)> {
    let n = p.shape()[k];
    let period = (n - right - left) / original_period * original_period;
    let (mut nl, mut nr) = (0, 0);
    if left > 0 {
        let end = left + period;
        let chunk = at(p, k, end - period.min(left), end);
        let area = if left > period {
            nl = left - period;
            at(p, k, left - period, left)
        } else {
            at(p, k, 0, left)
        };
        copy_into(&chunk, &area)?;
    }
    if right > 0 {
        let start = n - right - period;
        let chunk = at(p, k, start, start + period.min(right));
        let area = if right > period {
            nr = right - period;
            at(p, k, n - right, n - right + period)
        } else {
            at(p, k, n - right, n)
        };
        copy_into(&chunk, &area)?;
    }
    Ok((nl, nr))
}
