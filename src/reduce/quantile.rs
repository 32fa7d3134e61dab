//! `median`, `percentile`, `quantile` and their nan-ignoring forms, by
//! selection (introselect, O(n) per lane) rather than a full sort.
//!
//! For a lane of `n` sorted values `x[0..n]` and a quantile `q`, each of
//! NumPy's methods (Hyndman & Fan) gives a virtual index `v`:
//! - linear: `v = (n-1) q`; lower/higher/nearest: floor/ceil/round-half-
//!   even of it; midpoint: `(floor + ceil) / 2`;
//! - `v = n q + (alpha + q (1 - alpha - beta)) - 1` with (alpha, beta) =
//!   (0, 1) interpolated_inverted_cdf, (1/2, 1/2) hazen, (0, 0) weibull,
//!   (1/3, 1/3) median_unbiased, (3/8, 3/8) normal_unbiased;
//! - averaged_inverted_cdf: `v = n q - 1`, gamma 1/2 on integers, else 1;
//! - inverted_cdf: `v = n q - 1`, the index `v` when integral else
//!   `floor(v) + 1`; closest_observation: `v = n q - 3/2`, `floor(v)` when
//!   integral with `floor(v)` odd, else `floor(v) + 1` (both clipped at 0).
//!
//! Continuous methods interpolate between `a = x[i]` and `b = x[i+1]`,
//! `i = floor(v)` (clamped to the ends; the gamma is `v - i` with the
//! clamped `i`, as NumPy), with NumPy's lerp:
//! `a + (b - a) g` for `g < 1/2`, `b - (b - a)(1 - g)` otherwise, each
//! operation rounded to the result dtype (`b - a` to the input dtype).
//! A lane holding a nan gives nan (the nan forms drop nans first).

use std::sync::Arc;

use super::{reduce_axes, reduced_shape, ReduceOptions};
use crate::array::{convert::copy_into, Array};
use crate::dispatch;
use crate::dtype::{DType, Element, Kind};
use crate::error::{Error, ErrorKind, Result};
use crate::sort::{cast_vec, from_vec, radix, SortKey};

/// NumPy's `method=` of quantile and percentile.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Method {
    /// 'inverted_cdf'
    InvertedCdf,
    /// 'averaged_inverted_cdf'
    AveragedInvertedCdf,
    /// 'closest_observation'
    ClosestObservation,
    /// 'interpolated_inverted_cdf'
    InterpolatedInvertedCdf,
    /// 'hazen'
    Hazen,
    /// 'weibull'
    Weibull,
    /// 'linear' (the default)
    #[default]
    Linear,
    /// 'median_unbiased'
    MedianUnbiased,
    /// 'normal_unbiased'
    NormalUnbiased,
    /// 'lower'
    Lower,
    /// 'higher'
    Higher,
    /// 'midpoint'
    Midpoint,
    /// 'nearest'
    Nearest,
}

/// The methods in NumPy's order, with their names.
pub const METHODS: [(Method, &str); 13] = [
    (Method::InvertedCdf, "inverted_cdf"),
    (Method::AveragedInvertedCdf, "averaged_inverted_cdf"),
    (Method::ClosestObservation, "closest_observation"),
    (Method::InterpolatedInvertedCdf, "interpolated_inverted_cdf"),
    (Method::Hazen, "hazen"),
    (Method::Weibull, "weibull"),
    (Method::Linear, "linear"),
    (Method::MedianUnbiased, "median_unbiased"),
    (Method::NormalUnbiased, "normal_unbiased"),
    (Method::Lower, "lower"),
    (Method::Higher, "higher"),
    (Method::Midpoint, "midpoint"),
    (Method::Nearest, "nearest"),
];

impl Method {
    /// The method named `name`, with NumPy's error for others.
    pub fn parse(name: &str) -> Result<Method> {
        METHODS
            .iter()
            .find(|m| m.1 == name)
            .map(|m| m.0)
            .ok_or_else(|| {
                let names: Vec<String> = METHODS.iter().map(|m| format!("'{}'", m.1)).collect();
                Error::invalid(format!(
                    "'{name}' is not a valid method. Use one of: dict_keys([{}])",
                    names.join(", ")
                ))
            })
    }

    /// Methods that pick an element (no interpolation): the result keeps
    /// the input dtype.
    fn discrete(self) -> bool {
        matches!(
            self,
            Method::InvertedCdf
                | Method::ClosestObservation
                | Method::Lower
                | Method::Higher
                | Method::Nearest
        )
    }
}

/// Where a quantile of a lane of `n` values comes from.
#[derive(Clone, Copy, Debug)]
enum Pick {
    /// The element of sorted index `i`.
    At(usize),
    /// `lerp(x[i], x[j], gamma)`.
    Lerp(usize, usize, f64),
}

/// H&F's `n q + (alpha + q (1 - alpha - beta)) - 1`, in NumPy's order of
/// operations.
fn virtual_index(n: f64, q: f64, alpha: f64, beta: f64) -> f64 {
    n * q + (alpha + q * (1.0 - alpha - beta)) - 1.0
}

/// The element to take, for a discrete method, or the interpolation.
fn pick(method: Method, n: usize, q: f64) -> Pick {
    let nf = n as f64;
    let last = n - 1;
    let clip = |i: f64| -> usize {
        if i.is_nan() || i >= last as f64 {
            last
        } else if i <= 0.0 {
            0
        } else {
            i as usize
        }
    };
    // NumPy's `_discrete_interpolation_to_boundaries`.
    let boundary = |index: f64, odd_rule: bool| {
        let prev = index.floor();
        let gamma = index - prev;
        let take_prev = gamma == 0.0 && (!odd_rule || prev.rem_euclid(2.0) == 1.0);
        Pick::At(clip(if take_prev { prev } else { prev + 1.0 }))
    };
    let v = match method {
        Method::Lower => return Pick::At(clip(((nf - 1.0) * q).floor())),
        Method::Higher => return Pick::At(clip(((nf - 1.0) * q).ceil())),
        Method::Nearest => return Pick::At(clip(((nf - 1.0) * q).round_ties_even())),
        Method::InvertedCdf => return boundary(nf * q - 1.0, false),
        Method::ClosestObservation => return boundary(nf * q - 1.0 - 0.5, true),
        Method::Linear => (nf - 1.0) * q,
        Method::AveragedInvertedCdf => nf * q - 1.0,
        Method::InterpolatedInvertedCdf => virtual_index(nf, q, 0.0, 1.0),
        Method::Hazen => virtual_index(nf, q, 0.5, 0.5),
        Method::Weibull => virtual_index(nf, q, 0.0, 0.0),
        Method::MedianUnbiased => virtual_index(nf, q, 1.0 / 3.0, 1.0 / 3.0),
        Method::NormalUnbiased => virtual_index(nf, q, 3.0 / 8.0, 3.0 / 8.0),
        Method::Midpoint => 0.5 * (((nf - 1.0) * q).floor() + ((nf - 1.0) * q).ceil()),
    };
    // NumPy's `_get_indexes`: -1 (the last element) above the range, 0
    // below it; gamma is taken against the clamped previous index.
    let (prev, next): (i64, i64) = if v.is_nan() || v >= nf - 1.0 {
        (-1, -1)
    } else if v < 0.0 {
        (0, 0)
    } else {
        (v.floor() as i64, v.floor() as i64 + 1)
    };
    let mut gamma = v - prev as f64;
    match method {
        Method::AveragedInvertedCdf => gamma = if gamma == 0.0 { 0.5 } else { 1.0 },
        Method::Midpoint => gamma = if v % 1.0 == 0.0 { 0.0 } else { 0.5 },
        _ => {}
    }
    let at = |i: i64| if i < 0 { last } else { i as usize };
    Pick::Lerp(at(prev), at(next), gamma)
}

/// How the arithmetic of a result is rounded: `r_in` to the input dtype
/// (`b - a`), `r_out` to the result dtype.
struct Rounding {
    r_in: fn(f64) -> f64,
    r_out: fn(f64) -> f64,
}

/// `x` rounded to the nearest `T` (and back).
fn round_to<T: Element>(x: f64) -> f64 {
    T::from_f64(x).to_f64()
}

/// NumPy's `_lerp(a, b, g)` with its rounding (see the module docs); for
/// integer inputs `b - a` wraps in the input type, as NumPy's.
fn lerp<T: SortKey>(a: T, b: T, g: f64, r: &Rounding) -> f64 {
    let d = match T::KIND {
        Kind::Int => T::from_i64(b.to_i64().wrapping_sub(a.to_i64())).to_f64(),
        Kind::UInt => T::from_u64(b.to_u64().wrapping_sub(a.to_u64())).to_f64(),
        _ => (r.r_in)(b.to_f64() - a.to_f64()),
    };
    let ro = r.r_out;
    let t = ro(g);
    if g >= 0.5 {
        ro(ro(b.to_f64()) - ro(d * ro(1.0 - g)))
    } else {
        ro(ro(a.to_f64()) + ro(d * t))
    }
}

/// The reduced axes with the error of NumPy's `normalize_axis_tuple`
/// ("repeated axis"), which median and quantile use.
fn stat_axes(axes: Option<&[i64]>, ndim: usize) -> Result<Vec<usize>> {
    if let Some(ax) = axes {
        let mut seen = vec![false; ndim];
        for &a in ax {
            let k = crate::manip::normalize_axis(a, ndim, None)?;
            if std::mem::replace(&mut seen[k], true) {
                return Err(Error::invalid("repeated axis"));
            }
        }
    }
    reduce_axes(axes, ndim)
}

/// The elements of one lane: `n` elements `stride` bytes apart when the
/// reduced axes collapse to one strided run (one axis, or a contiguous
/// block), else an explicit list of offsets.
enum Inner {
    Strided(usize, isize),
    List(Vec<isize>),
}

impl Inner {
    fn len(&self) -> usize {
        match self {
            Inner::Strided(n, _) => *n,
            Inner::List(v) => v.len(),
        }
    }
}

/// The reduced axes of `a` split into lanes: for every output position (C
/// order over the kept axes) the offset of its lane start, and the layout
/// of a lane's elements (C order over the reduced axes).
fn reduction_offsets(a: &Array, axes: &[usize]) -> (Vec<isize>, Inner) {
    let (mut os, mut ost, mut is, mut ist) = (vec![], vec![], vec![], vec![]);
    for k in 0..a.ndim() {
        if axes.contains(&k) {
            if a.shape()[k] != 1 {
                is.push(a.shape()[k]);
                ist.push(a.strides()[k]);
            }
        } else {
            os.push(a.shape()[k]);
            ost.push(a.strides()[k]);
        }
    }
    let mut outer = vec![];
    crate::array::for_each_offset(&os, &ost, &mut |o| outer.push(o));
    let n: usize = is.iter().product();
    // One run when each reduced axis steps over a whole block of the next.
    let collapses = (1..is.len()).all(|k| ist[k - 1] == ist[k] * is[k] as isize);
    let inner = if collapses {
        Inner::Strided(n, ist.last().copied().unwrap_or(0))
    } else {
        let mut v = Vec::with_capacity(n);
        crate::array::for_each_offset(&is, &ist, &mut |o| v.push(o));
        Inner::List(v)
    };
    (outer, inner)
}

/// Gathers lane `start` of `a`.
fn gather<T: Element>(a: &Array, start: isize, inner: &Inner, buf: &mut Vec<T>) {
    buf.clear();
    let p = a.data_ptr().wrapping_offset(start);
    // SAFETY: offsets come from a's layout (A3); T is its element type.
    let read = |o: isize| unsafe { (p.wrapping_offset(o) as *const T).read_unaligned() };
    match inner {
        Inner::Strided(n, s) if *s == std::mem::size_of::<T>() as isize => {
            // SAFETY: a contiguous run of n elements of T inside a (A3).
            let src = unsafe { std::slice::from_raw_parts(p as *const u8, n * *s as usize) };
            buf.reserve(*n);
            buf.extend(src.chunks_exact(*s as usize).map(|c| {
                // SAFETY: c holds the bytes of one T.
                unsafe { (c.as_ptr() as *const T).read_unaligned() }
            }));
        }
        Inner::Strided(n, s) => buf.extend((0..*n).map(|k| read(k as isize * s))),
        Inner::List(v) => buf.extend(v.iter().map(|&o| read(o))),
    }
}

/// Writes `result` (of shape `shape`) to `opts.out` when given (checking
/// its shape), else returns it.
fn finish(result: Array, opts: &ReduceOptions) -> Result<Arc<Array>> {
    match &opts.out {
        None => Ok(Arc::new(result)),
        Some(out) => {
            if out.shape() != result.shape() {
                return Err(Error::shape(format!(
                    "output parameter has wrong shape: expected {}, got {}",
                    crate::array::layout::shape_tuple(result.shape()),
                    crate::array::layout::shape_tuple(out.shape())
                )));
            }
            copy_into(&result, out)?;
            Ok(out.clone())
        }
    }
}

/// The quantiles asked for: fractions in `[0, 1]`, the shape of `q`,
/// whether `q` was a Python-style scalar (the result then keeps a float
/// input's dtype) and whether it was an integer array (NumPy then takes
/// elements without interpolating).
struct QSpec {
    qs: Vec<f64>,
    shape: Vec<usize>,
    weak: bool,
    int_q: bool,
}

/// The quantiles `q` of `a` over `opts.axes`; `skip_nan` drops nans from
/// each lane first.
fn quantile_impl(
    a: &Array,
    q: &QSpec,
    method: Method,
    opts: &ReduceOptions,
    skip_nan: bool,
) -> Result<Arc<Array>> {
    let kind = a.dtype().kind();
    if kind == Kind::Complex {
        return Err(Error::dtype("a must be an array of real numbers"));
    }
    let (qs, weak_q) = (&q.qs, q.weak);
    let method = if q.int_q && method == Method::Linear {
        Method::Lower // (n-1) q is already an integer index
    } else {
        method
    };
    let discrete = method.discrete();
    if kind == Kind::Bool && !discrete {
        return Err(Error::dtype(
            "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.",
        ));
    }
    let axes = stat_axes(opts.axes.as_deref(), a.ndim())?;
    let mut shape = q.shape.clone();
    shape.extend(reduced_shape(a.shape(), &axes, opts.keepdims));
    let out_dt = if discrete || (weak_q && kind == Kind::Float) {
        a.dtype()
    } else {
        DType::Float64
    };
    let (outer, inner) = reduction_offsets(a, &axes);
    let n_out = outer.len();
    if inner.len() == 0 && !skip_nan && n_out > 0 {
        return Err(Error::new(
            ErrorKind::Index,
            "index -1 is out of bounds for axis 0 with size 0",
        ));
    }
    let result = dispatch!(a.dtype(), T => dispatch!(out_dt, R => {
        let rounding = Rounding { r_in: round_to::<T>, r_out: round_to::<R> };
        let mut res = vec![R::default(); qs.len() * n_out];
        let mut buf: Vec<T> = Vec::with_capacity(inner.len());
        let picks_for = |n: usize| -> Vec<Pick> { qs.iter().map(|&q| pick(method, n, q)).collect() };
        let full = if inner.len() == 0 { Vec::new() } else { picks_for(inner.len()) };
        for (j, &start) in outer.iter().enumerate() {
            gather(a, start, &inner, &mut buf);
            let has_nan = buf.iter().any(|x| x.is_nan());
            if skip_nan && has_nan {
                buf.retain(|x| !x.is_nan());
            }
            let set = |res: &mut Vec<R>, k: usize, v: R| res[k * n_out + j] = v;
            if buf.is_empty() || (has_nan && !skip_nan) {
                for k in 0..qs.len() {
                    set(&mut res, k, R::from_f64(f64::NAN));
                }
                continue;
            }
            let picks = if buf.len() == inner.len() { full.clone() } else { picks_for(buf.len()) };
            let mut kth: Vec<usize> = picks
                .iter()
                .flat_map(|p| match *p {
                    Pick::At(i) => [i, i],
                    Pick::Lerp(i, k, _) => [i, k],
                })
                .collect();
            kth.sort_unstable();
            kth.dedup();
            radix::select_no_nan(&mut buf, &kth);
            for (k, p) in picks.iter().enumerate() {
                let v = match *p {
                    Pick::At(i) => R::cast_from(buf[i]),
                    Pick::Lerp(i, m, g) => R::from_f64(lerp(buf[i], buf[m], g, &rounding)),
                };
                set(&mut res, k, v);
            }
        }
        from_vec(&res, &shape)?
    }));
    finish(result, opts)
}

/// Reads `q` (at most 2-d, as NumPy; real) as fractions, dividing by 100 for
/// percentiles, with NumPy's range errors.
fn read_q(q: &Array, percent: bool, skip_nan: bool) -> Result<QSpec> {
    if q.ndim() > 2 {
        return Err(Error::invalid("q must be a scalar or 1d"));
    }
    if q.dtype().kind() == Kind::Complex {
        return Err(Error::dtype("q must be real"));
    }
    let int_q =
        matches!(q.dtype().kind(), Kind::Int | Kind::UInt | Kind::Bool) && q.weak().is_none();
    let mut v: Vec<f64> = cast_vec(q)?;
    if percent {
        for x in &mut v {
            *x /= 100.0;
        }
    }
    if v.iter().any(|&x| !(0.0..=1.0).contains(&x)) {
        return Err(Error::invalid(if percent {
            "Percentiles must be in the range [0, 100]"
        } else {
            "Quantiles must be in the range [0, 1]"
        }));
    }
    Ok(QSpec {
        qs: v,
        shape: q.shape().to_vec(),
        // NumPy's nan-forms lose the weak flag of a 0-d q but keep the
        // input's float dtype all the same.
        weak: q.weak().is_some() || (skip_nan && q.ndim() == 0),
        int_q: int_q && !percent,
    })
}

/// `np.quantile(a, q, axis, out, keepdims, method)` (`percent`: NumPy's
/// `percentile`, q in [0, 100]; `skip_nan`: `nanquantile` /
/// `nanpercentile`). The result has shape `q.shape + reduced shape`; its
/// dtype is the input's for discrete methods, a float input's when `q` is a
/// weak scalar, else float64.
pub fn quantile(
    a: &Array,
    q: &Array,
    method: Method,
    opts: &ReduceOptions,
    percent: bool,
    skip_nan: bool,
) -> Result<Arc<Array>> {
    let q = read_q(q, percent, skip_nan)?;
    quantile_impl(a, &q, method, opts, skip_nan)
}

/// The mean of the one or two middle values, as NumPy's `mean` computes it:
/// in float64 for integer and bool input, float32 for float16, the input's
/// type otherwise (the sum rounded, then the division).
fn middle_mean<T: SortKey, A: Element>(v: &[T]) -> f64 {
    let r = round_to::<A>;
    let s = v.iter().fold(None, |acc: Option<f64>, x| {
        let x = r(x.to_f64());
        Some(acc.map_or(x, |a| r(a + x)))
    });
    r(s.unwrap_or(0.0) / v.len() as f64)
}

/// [`middle_mean`] of complex values: each part summed and halved in the
/// input's component precision (complex lanes sort lexicographically).
fn complex_middle_mean<T: SortKey>(v: &[T]) -> num_complex::Complex64 {
    let r = round_to::<T>;
    let mut s = v[0].to_c64();
    for x in &v[1..] {
        let c = x.to_c64();
        s = num_complex::Complex64::new(r(s.re + c.re), r(s.im + c.im));
    }
    let n = v.len() as f64;
    num_complex::Complex64::new(r(s.re / n), r(s.im / n))
}

/// `np.median(a, axis, out, keepdims)` (`skip_nan`: `nanmedian`): the mean
/// of the middle one or two values of each lane; float64 for integer and
/// bool input, the input's dtype for floats and complex numbers; nan for lanes with a nan (or,
/// with `skip_nan`, without any number) and for empty lanes.
pub fn median(a: &Array, opts: &ReduceOptions, skip_nan: bool) -> Result<Arc<Array>> {
    let kind = a.dtype().kind();
    let axes = stat_axes(opts.axes.as_deref(), a.ndim())?;
    let shape = reduced_shape(a.shape(), &axes, opts.keepdims);
    let out_dt = if matches!(kind, Kind::Float | Kind::Complex) {
        a.dtype()
    } else {
        DType::Float64
    };
    let acc_dt = match a.dtype() {
        DType::Float16 => DType::Float32,
        d if kind == Kind::Float => d,
        _ => DType::Float64,
    };
    let (outer, inner) = reduction_offsets(a, &axes);
    let result = dispatch!(a.dtype(), T => dispatch!(out_dt, R => {
        let mut res = Vec::with_capacity(outer.len());
        let mut buf: Vec<T> = Vec::with_capacity(inner.len());
        for &start in &outer {
            gather(a, start, &inner, &mut buf);
            let has_nan = buf.iter().any(|x| x.is_nan());
            if skip_nan && has_nan {
                buf.retain(|x| !x.is_nan());
            }
            let n = buf.len();
            if n == 0 || (has_nan && !skip_nan) {
                res.push(R::from_f64(f64::NAN));
                continue;
            }
            let h = n / 2;
            let (lo, kth) = if n % 2 == 1 { (h, vec![h]) } else { (h - 1, vec![h - 1, h]) };
            radix::select_no_nan(&mut buf, &kth);
            let mid = &buf[lo..=h];
            if T::KIND == Kind::Complex {
                res.push(R::from_c64(complex_middle_mean(mid)));
            } else {
                let m = dispatch!(acc_dt, A => middle_mean::<T, A>(mid));
                res.push(R::from_f64(m));
            }
        }
        from_vec(&res, &shape)?
    }));
    finish(result, opts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_follow_numpy() {
        assert!(matches!(pick(Method::Lower, 5, 0.3), Pick::At(1)));
        assert!(matches!(pick(Method::Nearest, 5, 0.625), Pick::At(2)));
        assert!(matches!(pick(Method::InvertedCdf, 4, 0.5), Pick::At(1)));
        match pick(Method::Linear, 5, 0.3) {
            Pick::Lerp(1, 2, g) => assert!((g - 0.2).abs() < 1e-12),
            p => panic!("{p:?}"),
        }
        assert!(Method::parse("foo").is_err());
    }
}
