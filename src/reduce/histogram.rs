//! `histogram`, `histogram_bin_edges`, `bincount`, `digitize`: NumPy's
//! algorithms, case for case.
//!
//! Equal-width bins: edges are `linspace(lo, hi, bins + 1)`; a value `x` in
//! `[lo, hi]` goes to bin `floor((x - lo) / (hi - lo) * bins)`, corrected by
//! one against the actual edges (`x < edge[i]` steps down, `x >= edge[i+1]`
//! steps up except in the last bin, which includes its right edge). Values
//! outside `[lo, hi]` and nans are not counted. Explicit edges: a value
//! counts in bin `i` when `edge[i] <= x < edge[i+1]` (the last bin closed),
//! found by binary search in the sorted data (NumPy's cumulative counts).

use std::sync::Arc;

use super::pairwise::pairwise;
use crate::array::{convert::CopyOrder, Array};
use crate::dispatch;
use crate::dtype::{Casting, DType, Element, Kind};
use crate::error::{Error, Result};
use crate::sort::search::insertion_point;
use crate::sort::{cast_vec, common_dtype, from_vec, index_array, radix};

/// NumPy's chunk length for histogram accumulation (weights are summed in
/// float64 per chunk, then added to the result in its dtype).
const BLOCK: usize = 65536;

/// The `bins=` argument.
#[derive(Clone, Debug)]
pub enum Bins {
    /// A number of equal-width bins.
    Count(i64),
    /// Monotonically increasing bin edges (1-d).
    Edges(Arc<Array>),
    /// One of NumPy's bin-width estimators: 'auto', 'fd', 'doane', 'rice',
    /// 'scott', 'sqrt', 'stone', 'sturges'.
    Estimator(String),
}

/// The estimators' names, in NumPy's order.
pub const ESTIMATORS: [&str; 8] = [
    "stone", "auto", "doane", "fd", "rice", "scott", "sqrt", "sturges",
];

/// Mean and population standard deviation (float64).
fn mean_std(x: &[f64]) -> (f64, f64) {
    let n = x.len() as f64;
    let mean = pairwise(x.len(), &|i| x[i]) / n;
    let dev: Vec<f64> = x.iter().map(|v| (v - mean) * (v - mean)).collect();
    (mean, (pairwise(dev.len(), &|i| dev[i]) / n).sqrt())
}

/// The `p`-th percentile (linear) of `x`.
fn percentile(x: &[f64], p: f64) -> f64 {
    let mut v = x.to_vec();
    v.sort_by(f64::total_cmp);
    let idx = (v.len() - 1) as f64 * (p / 100.0);
    let (i, g) = (idx.floor() as usize, idx - idx.floor());
    let (a, b) = (v[i], v[(i + 1).min(v.len() - 1)]);
    let d = b - a;
    if g >= 0.5 {
        b - d * (1.0 - g)
    } else {
        a + d * g
    }
}

/// NumPy's bin width for estimator `name` of data `x` (nan-free, inside
/// `range`): the width in data units, 0 for "one bin".
///
/// - sqrt: `ptp / sqrt(n)`; sturges: `ptp / (log2 n + 1)`;
///   rice: `ptp / (2 n^(1/3))`;
/// - scott: `(24 sqrt(pi) / n)^(1/3) std`;
/// - fd (Freedman-Diaconis): `2 IQR n^(-1/3)`;
/// - doane: `ptp / (1 + log2 n + log2(1 + |g1| / s_g1))`, `g1` the sample
///   skewness, `s_g1 = sqrt(6 (n-2) / ((n+1)(n+3)))`;
/// - stone: `ptp / k` for the `k` in `1..=max(100, sqrt n)` minimising
///   the cross-validation estimate `(2 - (n+1) sum p_i^2) / (ptp / k)`;
/// - auto: `min(fd, sturges)`, sturges when fd is 0.
fn bin_width(name: &str, x: &[f64], range: (f64, f64)) -> f64 {
    let n = x.len() as f64;
    let ptp = x.iter().copied().fold(f64::NEG_INFINITY, f64::max)
        - x.iter().copied().fold(f64::INFINITY, f64::min);
    let fd = || 2.0 * (percentile(x, 75.0) - percentile(x, 25.0)) * n.powf(-1.0 / 3.0);
    let sturges = || ptp / (n.log2() + 1.0);
    match name {
        "sqrt" => ptp / n.sqrt(),
        "sturges" => sturges(),
        "rice" => ptp / (2.0 * n.powf(1.0 / 3.0)),
        "scott" => (24.0 * std::f64::consts::PI.sqrt() / n).powf(1.0 / 3.0) * mean_std(x).1,
        "fd" => fd(),
        "auto" => {
            let f = fd();
            if f != 0.0 {
                f.min(sturges())
            } else {
                sturges()
            }
        }
        "doane" => {
            if x.len() <= 2 {
                return 0.0;
            }
            let sg1 = (6.0 * (n - 2.0) / ((n + 1.0) * (n + 3.0))).sqrt();
            let (mean, sigma) = mean_std(x);
            if sigma <= 0.0 {
                return 0.0;
            }
            let cubes: Vec<f64> = x.iter().map(|v| ((v - mean) / sigma).powi(3)).collect();
            let g1 = pairwise(cubes.len(), &|i| cubes[i]) / n;
            ptp / (1.0 + n.log2() + (1.0 + g1.abs() / sg1).log2())
        }
        _ => {
            // stone
            if x.len() <= 1 || ptp == 0.0 {
                return 0.0;
            }
            let upper = 100usize.max(n.sqrt() as usize);
            let mut best = (f64::INFINITY, 1usize);
            for k in 1..=upper {
                let edges = linspace_f64(range.0, range.1, k);
                let c = counts(x, None, &edges, Some(range));
                let pk: Vec<f64> = c.iter().map(|v| v / n).collect();
                let dot: f64 = pk.iter().map(|p| p * p).sum();
                let j = (2.0 - (n + 1.0) * dot) / (ptp / k as f64);
                if j < best.0 {
                    best = (j, k);
                }
            }
            ptp / best.1 as f64
        }
    }
}

/// `k + 1` equal-width edges over `[lo, hi]` (float64).
fn linspace_f64(lo: f64, hi: f64, k: usize) -> Vec<f64> {
    let (e, _) =
        Array::linspace(lo, hi, k as i64 + 1, true, DType::Float64).expect("small linspace");
    cast_vec(&e).expect("float64 edges")
}

/// The number of equal-width bins an estimator picks (NumPy's
/// `_get_bin_edges` for a string `bins`).
fn estimate_bins(
    name: &str,
    a: &Array,
    data: &[f64],
    range: Option<(f64, f64)>,
    weighted: bool,
) -> Result<i64> {
    if !ESTIMATORS.contains(&name) {
        return Err(Error::invalid(format!(
            "'{name}' is not a valid estimator for `bins`"
        )));
    }
    if weighted {
        return Err(Error::dtype(
            "Automated estimation of the number of bins is not supported for weighted data",
        ));
    }
    let int_data = a.dtype().kind() != Kind::Float;
    let (lo, hi) = outer_edges(data, int_data, range)?;
    let kept: Vec<f64> = data
        .iter()
        .copied()
        .filter(|&v| v >= lo && v <= hi)
        .collect();
    if kept.is_empty() {
        return Ok(1);
    }
    let mut width = bin_width(name, &kept, (lo, hi));
    if width == 0.0 || width.is_nan() {
        return Ok(1);
    }
    if int_data && width < 1.0 {
        width = 1.0;
    }
    Ok(((hi - lo) / width).ceil() as i64)
}

/// Python's `repr` of a float as NumPy's messages print it.
fn py_float(x: f64) -> String {
    if x.is_nan() {
        "nan".into()
    } else if x.is_infinite() {
        if x > 0.0 {
            "inf".into()
        } else {
            "-inf".into()
        }
    } else if x == x.trunc() && x.abs() < 1e16 {
        format!("{x:.1}")
    } else {
        format!("{x}")
    }
}

/// NumPy's `_get_outer_edges`: the range of the bins.
fn outer_edges(data: &[f64], int_data: bool, range: Option<(f64, f64)>) -> Result<(f64, f64)> {
    let (mut lo, mut hi) = if let Some((lo, hi)) = range {
        if lo > hi {
            return Err(Error::invalid(
                "max must be larger than min in range parameter.",
            ));
        }
        if !(lo.is_finite() && hi.is_finite()) {
            return Err(Error::invalid(format!(
                "supplied range of [{}, {}] is not finite",
                py_float(lo),
                py_float(hi)
            )));
        }
        (lo, hi)
    } else if data.is_empty() {
        (0.0, 1.0)
    } else {
        let nan = data.iter().any(|x| x.is_nan());
        let lo = if nan {
            f64::NAN
        } else {
            data.iter().copied().fold(f64::INFINITY, f64::min)
        };
        let hi = if nan {
            f64::NAN
        } else {
            data.iter().copied().fold(f64::NEG_INFINITY, f64::max)
        };
        if !(lo.is_finite() && hi.is_finite()) {
            let f = |x: f64| {
                if int_data {
                    format!("{}", x as i64)
                } else {
                    py_float(x)
                }
            };
            let f = |x: f64| if x.is_finite() { f(x) } else { py_float(x) };
            return Err(Error::invalid(format!(
                "autodetected range of [{}, {}] is not finite",
                f(lo),
                f(hi)
            )));
        }
        (lo, hi)
    };
    if lo == hi {
        lo -= 0.5;
        hi += 0.5;
    }
    Ok((lo, hi))
}

/// The edges' dtype: a float input's, float64 otherwise.
fn edge_dtype(a: DType) -> DType {
    if a.kind() == Kind::Float {
        a
    } else {
        DType::Float64
    }
}

/// Checks `a` and `weights` and reads them as float64 values.
fn read_data(a: &Array, weights: Option<&Array>) -> Result<(Vec<f64>, Option<Vec<f64>>)> {
    if a.dtype().kind() == Kind::Complex {
        return Err(Error::dtype("histogram of complex data is not supported"));
    }
    let w = match weights {
        None => None,
        Some(w) => {
            if w.shape() != a.shape() {
                return Err(Error::invalid("weights should have the same shape as a."));
            }
            if w.dtype().kind() == Kind::Complex {
                return Err(Error::dtype("complex weights are not supported"));
            }
            Some(cast_vec::<f64>(w)?)
        }
    };
    Ok((cast_vec::<f64>(a)?, w))
}

/// The equal-width edges for `bins` bins over the data's range: NumPy's
/// `linspace(lo, hi, bins + 1)`, computed in float64 for a given range
/// (Python floats) and in the data's float dtype for an autodetected one
/// (NumPy scalars of that dtype): `lo + i * ((hi - lo) / bins)`, each
/// operation rounded, the last edge `hi`.
fn uniform_edges(
    a: &Array,
    data: &[f64],
    bins: i64,
    range: Option<(f64, f64)>,
) -> Result<(Array, f64, f64)> {
    if bins < 1 {
        return Err(Error::invalid("`bins` must be positive, when an integer"));
    }
    let int_data = a.dtype().kind() != Kind::Float;
    let (lo, hi) = outer_edges(data, int_data, range)?;
    let dt = edge_dtype(a.dtype());
    if range.is_some() || dt == DType::Float64 {
        let (edges, _) = Array::linspace(lo, hi, bins + 1, true, dt)?;
        return Ok((edges, lo, hi));
    }
    let v: Vec<f64> = dispatch!(dt, T => {
        let r = |x: f64| T::from_f64(x).to_f64();
        let (lo, hi) = (r(lo), r(hi));
        let div = bins as f64;
        let delta = r(hi - lo);
        let step = r(delta / div);
        (0..=bins)
            .map(|i| {
                if i == bins {
                    hi
                } else if step == 0.0 {
                    r(r(r(i as f64 / div) * delta) + lo)
                } else {
                    r(r(i as f64 * step) + lo)
                }
            })
            .collect()
    });
    let f = from_vec(&v, &[v.len()])?;
    Ok((f.astype(dt, CopyOrder::C, Casting::Unsafe)?, lo, hi))
}

/// Reads explicit edges (1-d, increasing).
fn explicit_edges(e: &Array) -> Result<Vec<f64>> {
    if e.ndim() != 1 {
        return Err(Error::invalid("`bins` must be 1d, when an array"));
    }
    let v: Vec<f64> = cast_vec(e)?;
    if v.windows(2).any(|w| w[0] > w[1]) {
        return Err(Error::invalid(
            "`bins` must increase monotonically, when an array",
        ));
    }
    Ok(v)
}

/// `np.histogram_bin_edges(a, bins, range)` for a count or explicit edges.
pub fn histogram_bin_edges(a: &Array, bins: &Bins, range: Option<(f64, f64)>) -> Result<Array> {
    let (data, _) = read_data(a, None)?;
    match bins {
        Bins::Count(n) => Ok(uniform_edges(a, &data, *n, range)?.0),
        Bins::Estimator(name) => {
            let n = estimate_bins(name, a, &data, range, false)?;
            Ok(uniform_edges(a, &data, n, range)?.0)
        }
        Bins::Edges(e) => {
            explicit_edges(e)?;
            Ok((**e).clone())
        }
    }
}

/// The counts (or weight sums) of `histogram`, before density.
fn counts(data: &[f64], w: Option<&[f64]>, edges: &[f64], uniform: Option<(f64, f64)>) -> Vec<f64> {
    let nb = edges.len() - 1;
    let mut n = vec![0.0f64; nb];
    let mut chunk = vec![0.0f64; nb];
    for (c, start) in data.chunks(BLOCK).zip((0..).step_by(BLOCK)) {
        chunk.iter_mut().for_each(|x| *x = 0.0);
        let wt = |k: usize| w.map_or(1.0, |w| w[start + k]);
        if let Some((lo, hi)) = uniform {
            let denom = hi - lo;
            for (k, &x) in c.iter().enumerate() {
                if !(x >= lo && x <= hi) {
                    continue;
                }
                let mut i = (((x - lo) / denom) * nb as f64) as usize;
                if i == nb {
                    i -= 1;
                }
                if x < edges[i] {
                    i -= 1;
                } else if i != nb - 1 && x >= edges[i + 1] {
                    i += 1;
                }
                chunk[i] += wt(k);
            }
        } else {
            // Cumulative counts by binary search in the sorted chunk.
            let mut order = vec![0i64; c.len()];
            radix::argsort(c, &mut order);
            let sa: Vec<f64> = order.iter().map(|&o| c[o as usize]).collect();
            let mut cw = vec![0.0f64; c.len() + 1];
            for (k, &o) in order.iter().enumerate() {
                cw[k + 1] = cw[k] + wt(o as usize);
            }
            let at = |e: f64, right: bool| cw[insertion_point(sa.len(), |i| sa[i], e, right)];
            for i in 0..nb {
                let hi = at(edges[i + 1], i + 1 == nb);
                chunk[i] = hi - at(edges[i], false);
            }
        }
        for (a, b) in n.iter_mut().zip(&chunk) {
            *a += *b;
        }
    }
    n
}

/// `np.histogram(a, bins, range, density, weights)`: the counts (int64;
/// the weights' dtype with weights; float64 with density) and the edges.
pub fn histogram(
    a: &Array,
    bins: &Bins,
    range: Option<(f64, f64)>,
    density: bool,
    weights: Option<&Array>,
) -> Result<(Array, Array)> {
    let (data, w) = read_data(a, weights)?;
    let est;
    let bins = match bins {
        Bins::Estimator(name) => {
            est = Bins::Count(estimate_bins(name, a, &data, range, weights.is_some())?);
            &est
        }
        b => b,
    };
    let (edges_arr, ev, uniform) = match bins {
        Bins::Estimator(_) => unreachable!("estimators resolved above"),
        Bins::Count(n) => {
            let (e, lo, hi) = uniform_edges(a, &data, *n, range)?;
            let ev: Vec<f64> = cast_vec(&e)?;
            (e, ev, Some((lo, hi)))
        }
        Bins::Edges(e) => {
            let ev = explicit_edges(e)?;
            if ev.is_empty() {
                return Err(Error::invalid("`bins` must be 1d, when an array"));
            }
            ((**e).clone(), ev, None)
        }
    };
    // With explicit edges NumPy keeps the data's own values for the search;
    // for the uniform path it compares in the edges' dtype.
    let data: Vec<f64> = if uniform.is_some() && edges_arr.dtype() != DType::Float64 {
        let d = Arc::new(from_vec(&data, &[data.len()])?);
        cast_vec(&d.astype(edges_arr.dtype(), CopyOrder::C, Casting::Unsafe)?)?
    } else {
        data
    };
    let n = counts(&data, w.as_deref(), &ev, uniform);
    let hist = if density {
        let total = pairwise(n.len(), &|i| n[i]);
        let v: Vec<f64> = n
            .iter()
            .zip(ev.windows(2))
            .map(|(&c, e)| c / (e[1] - e[0]) / total)
            .collect();
        from_vec(&v, &[v.len()])?
    } else {
        match weights {
            None => {
                let v: Vec<i64> = n.iter().map(|&c| c as i64).collect();
                index_array(&v)?
            }
            Some(wa) => {
                let f = from_vec(&n, &[n.len()])?;
                f.astype(wa.dtype(), CopyOrder::C, Casting::Unsafe)?
            }
        }
    };
    Ok((hist, edges_arr))
}

/// `np.bincount(x, weights, minlength)`: occurrences of each non-negative
/// integer of 1-d `x` (int64), or the sums of their weights (float64).
pub fn bincount(x: &Array, weights: Option<&Array>, minlength: i64) -> Result<Array> {
    match x.ndim() {
        1 => {}
        0 => {
            return Err(Error::invalid(
                "object of too small depth for desired array",
            ))
        }
        _ => return Err(Error::invalid("object too deep for desired array")),
    }
    if minlength < 0 {
        return Err(Error::invalid("'minlength' must not be negative"));
    }
    if x.dtype().kind() == Kind::Complex {
        return Err(
            crate::array::convert::check_cast(x.dtype(), DType::Int64, Casting::Safe).unwrap_err(),
        );
    }
    let v: Vec<i64> = cast_vec(x)?;
    if v.iter().any(|&i| i < 0) {
        return Err(Error::invalid(
            "'list' argument must have no negative elements",
        ));
    }
    let len = (v.iter().copied().max().map_or(0, |m| m + 1)).max(minlength) as usize;
    match weights {
        None => {
            let mut c = vec![0i64; len];
            v.iter().for_each(|&i| c[i as usize] += 1);
            index_array(&c)
        }
        Some(w) => {
            crate::array::convert::check_cast(w.dtype(), DType::Float64, Casting::Safe)?;
            if w.ndim() != 1 || w.size() != v.len() {
                return Err(Error::invalid(
                    "The weights and list don't have the same length.",
                ));
            }
            let wv: Vec<f64> = cast_vec(w)?;
            let mut c = vec![0f64; len];
            v.iter().zip(&wv).for_each(|(&i, &w)| c[i as usize] += w);
            from_vec(&c, &[len])
        }
    }
}

/// NumPy's `_monotonicity` of bins (as float64): 1 increasing (or all
/// equal), -1 decreasing, 0 neither.
fn monotonicity(b: &[f64]) -> i32 {
    let Some(&first) = b.first() else { return 1 };
    let mut i = 1;
    while i < b.len() && b[i] == first {
        i += 1;
    }
    if i == b.len() {
        return 1;
    }
    if first < b[i] {
        if b[i..].windows(2).any(|w| w[0] > w[1]) {
            0
        } else {
            1
        }
    } else if b[i..].windows(2).any(|w| w[0] < w[1]) {
        0
    } else {
        -1
    }
}

/// `np.digitize(x, bins, right)`: the bin index of each element of `x`
/// (int64, `x`'s shape) for monotonic 1-d `bins`.
pub fn digitize(x: &Array, bins: &Array, right: bool) -> Result<Array> {
    if x.dtype().kind() == Kind::Complex {
        return Err(Error::dtype("x may not be complex"));
    }
    match bins.ndim() {
        1 => {}
        0 => {
            return Err(Error::invalid(
                "object of too small depth for desired array",
            ))
        }
        _ => return Err(Error::invalid("object too deep for desired array")),
    }
    let bf: Vec<f64> = cast_vec(bins)?;
    let mono = monotonicity(&bf);
    if mono == 0 {
        return Err(Error::invalid(
            "bins must be monotonically increasing or decreasing",
        ));
    }
    let dt = common_dtype(x.dtype(), bins.dtype());
    let nb = bins.size();
    let res: Vec<i64> = dispatch!(dt, T => {
        let mut bv: Vec<T> = cast_vec(bins)?;
        let xv: Vec<T> = cast_vec(x)?;
        if mono == -1 {
            bv.reverse();
        }
        // side = 'left' if right else 'right'
        xv.iter()
            .map(|&v| {
                let p = insertion_point(nb, |i| bv[i], v, !right) as i64;
                if mono == -1 { nb as i64 - p } else { p }
            })
            .collect()
    });
    from_vec(&res, x.shape())
}
