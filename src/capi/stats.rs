//! Order statistics and histograms from C: median, quantile, percentile
//! (and their nan-ignoring forms), histogram, histogram_bin_edges,
//! bincount, digitize. Reduction keywords (axes, keepdims, out) come in an
//! `ndc_reduce_options` (NULL for NumPy's defaults). Inputs are borrowed;
//! each result is a new reference; on failure no out-parameter is written.

use std::sync::Arc;

use super::error::ndc_status;
use super::options::{ndc_reduce_options, read_reduce_options};
use super::{arc, arr, guard, into_handle, ndc_array, out_ptr, produce, produce_arc};
use crate::error::{Error, Result};
use crate::reduce::histogram::{self as hist, Bins};
use crate::reduce::quantile::{self as qu, Method};

/// `method=` of quantile and percentile.
pub type ndc_quantile_method = i32;
/// 'linear' (NumPy's default, H&F 7).
pub const NDC_QUANTILE_LINEAR: ndc_quantile_method = 0;
/// 'inverted_cdf' (H&F 1).
pub const NDC_QUANTILE_INVERTED_CDF: ndc_quantile_method = 1;
/// 'averaged_inverted_cdf' (H&F 2).
pub const NDC_QUANTILE_AVERAGED_INVERTED_CDF: ndc_quantile_method = 2;
/// 'closest_observation' (H&F 3).
pub const NDC_QUANTILE_CLOSEST_OBSERVATION: ndc_quantile_method = 3;
/// 'interpolated_inverted_cdf' (H&F 4).
pub const NDC_QUANTILE_INTERPOLATED_INVERTED_CDF: ndc_quantile_method = 4;
/// 'hazen' (H&F 5).
pub const NDC_QUANTILE_HAZEN: ndc_quantile_method = 5;
/// 'weibull' (H&F 6).
pub const NDC_QUANTILE_WEIBULL: ndc_quantile_method = 6;
/// 'median_unbiased' (H&F 8).
pub const NDC_QUANTILE_MEDIAN_UNBIASED: ndc_quantile_method = 7;
/// 'normal_unbiased' (H&F 9).
pub const NDC_QUANTILE_NORMAL_UNBIASED: ndc_quantile_method = 8;
/// 'lower'.
pub const NDC_QUANTILE_LOWER: ndc_quantile_method = 9;
/// 'higher'.
pub const NDC_QUANTILE_HIGHER: ndc_quantile_method = 10;
/// 'midpoint'.
pub const NDC_QUANTILE_MIDPOINT: ndc_quantile_method = 11;
/// 'nearest'.
pub const NDC_QUANTILE_NEAREST: ndc_quantile_method = 12;

fn method_arg(m: ndc_quantile_method) -> Result<Method> {
    Ok(match m {
        NDC_QUANTILE_LINEAR => Method::Linear,
        NDC_QUANTILE_INVERTED_CDF => Method::InvertedCdf,
        NDC_QUANTILE_AVERAGED_INVERTED_CDF => Method::AveragedInvertedCdf,
        NDC_QUANTILE_CLOSEST_OBSERVATION => Method::ClosestObservation,
        NDC_QUANTILE_INTERPOLATED_INVERTED_CDF => Method::InterpolatedInvertedCdf,
        NDC_QUANTILE_HAZEN => Method::Hazen,
        NDC_QUANTILE_WEIBULL => Method::Weibull,
        NDC_QUANTILE_MEDIAN_UNBIASED => Method::MedianUnbiased,
        NDC_QUANTILE_NORMAL_UNBIASED => Method::NormalUnbiased,
        NDC_QUANTILE_LOWER => Method::Lower,
        NDC_QUANTILE_HIGHER => Method::Higher,
        NDC_QUANTILE_MIDPOINT => Method::Midpoint,
        NDC_QUANTILE_NEAREST => Method::Nearest,
        m => return Err(Error::invalid(format!("invalid quantile method code {m}"))),
    })
}

unsafe fn quantile_common(
    a: *const ndc_array,
    q: *const ndc_array,
    method: ndc_quantile_method,
    opts: *const ndc_reduce_options,
    out: *mut *mut ndc_array,
    percent: bool,
    skip_nan: bool,
) -> ndc_status {
    produce_arc(out, || {
        let (a, q) = (arr(a, "a")?, arr(q, "q")?);
        let o = read_reduce_options(opts)?;
        qu::quantile(a, q, method_arg(method)?, &o, percent, skip_nan)
    })
}

/// `np.quantile(a, q, axis, out, keepdims, method)`: the `q`-th quantiles
/// (`q` 0-d or 1-d, in [0, 1]) over `opts->axes` (NULL opts: all axes).
/// Shape `q.shape + reduced shape`. Dtype: the input's for the discrete
/// methods (lower, higher, nearest, inverted_cdf, closest_observation);
/// otherwise a float input's when `q` is a Python-style scalar
/// (`ndc_scalar_double`), else float64. With `opts->out` the result is
/// written there and `*out` is a new reference to it. Lanes holding a nan
/// give nan.
#[no_mangle]
pub unsafe extern "C" fn ndc_quantile(
    a: *const ndc_array,
    q: *const ndc_array,
    method: ndc_quantile_method,
    opts: *const ndc_reduce_options,
    out: *mut *mut ndc_array,
) -> ndc_status {
    quantile_common(a, q, method, opts, out, false, false)
}

/// `np.percentile(a, q, ...)`: `ndc_quantile` with `q` in [0, 100].
#[no_mangle]
pub unsafe extern "C" fn ndc_percentile(
    a: *const ndc_array,
    q: *const ndc_array,
    method: ndc_quantile_method,
    opts: *const ndc_reduce_options,
    out: *mut *mut ndc_array,
) -> ndc_status {
    quantile_common(a, q, method, opts, out, true, false)
}

/// `np.nanquantile(a, q, ...)`: `ndc_quantile` ignoring nans (nan for
/// lanes without any number).
#[no_mangle]
pub unsafe extern "C" fn ndc_nanquantile(
    a: *const ndc_array,
    q: *const ndc_array,
    method: ndc_quantile_method,
    opts: *const ndc_reduce_options,
    out: *mut *mut ndc_array,
) -> ndc_status {
    quantile_common(a, q, method, opts, out, false, true)
}

/// `np.nanpercentile(a, q, ...)`: `ndc_percentile` ignoring nans.
#[no_mangle]
pub unsafe extern "C" fn ndc_nanpercentile(
    a: *const ndc_array,
    q: *const ndc_array,
    method: ndc_quantile_method,
    opts: *const ndc_reduce_options,
    out: *mut *mut ndc_array,
) -> ndc_status {
    quantile_common(a, q, method, opts, out, true, true)
}

/// `np.median(a, axis, out, keepdims)`: the middle value (mean of the two
/// middle values) over `opts->axes`; float64 for integer and bool input,
/// the input's dtype for float and complex input; nan for lanes holding a nan or empty.
/// With `opts->out` the result is written there and `*out` refers to it.
#[no_mangle]
pub unsafe extern "C" fn ndc_median(
    a: *const ndc_array,
    opts: *const ndc_reduce_options,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce_arc(out, || {
        let a = arr(a, "a")?;
        qu::median(a, &read_reduce_options(opts)?, false)
    })
}

/// `np.nanmedian(a, axis, out, keepdims)`: `ndc_median` ignoring nans.
#[no_mangle]
pub unsafe extern "C" fn ndc_nanmedian(
    a: *const ndc_array,
    opts: *const ndc_reduce_options,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce_arc(out, || {
        let a = arr(a, "a")?;
        qu::median(a, &read_reduce_options(opts)?, true)
    })
}

/// Reads `bins=`: an estimator name when `estimator` is not NULL, else
/// explicit edges when `bin_edges` is not NULL, else the count `nbins`; and
/// `range=` (NULL or two doubles).
unsafe fn bins_arg(
    nbins: i64,
    bin_edges: *const ndc_array,
    estimator: *const std::ffi::c_char,
    range: *const f64,
) -> Result<(Bins, Option<(f64, f64)>)> {
    let bins = if !estimator.is_null() {
        let name = std::ffi::CStr::from_ptr(estimator)
            .to_str()
            .map_err(|_| Error::invalid("estimator name is not UTF-8"))?;
        Bins::Estimator(name.to_string())
    } else if bin_edges.is_null() {
        Bins::Count(nbins)
    } else {
        Bins::Edges(arc(bin_edges, "bins")?)
    };
    let range = if range.is_null() {
        None
    } else {
        Some((*range, *range.add(1)))
    };
    Ok((bins, range))
}

/// `np.histogram(a, bins, range, density, weights)`: `bins` is the
/// estimator named by `estimator` when not NULL ("auto", "fd", "doane",
/// "rice", "scott", "sqrt", "stone", "sturges"), else the 1-d increasing
/// edges `bin_edges` when not NULL, else `nbins` equal-width bins; `range`
/// NULL or `{lo, hi}`; `weights` NULL or of `a`'s
/// shape. `*hist` gets the counts (int64; the weights' dtype; float64 with
/// `density`), `*edges` the bin edges. Values outside the range and nans
/// are not counted; the last bin includes its right edge.
#[no_mangle]
pub unsafe extern "C" fn ndc_histogram(
    a: *const ndc_array,
    nbins: i64,
    bin_edges: *const ndc_array,
    estimator: *const std::ffi::c_char,
    range: *const f64,
    density: bool,
    weights: *const ndc_array,
    hist: *mut *mut ndc_array,
    edges: *mut *mut ndc_array,
) -> ndc_status {
    guard(|| {
        let a = arr(a, "a")?;
        out_ptr(hist, "hist")?;
        out_ptr(edges, "edges")?;
        let (bins, range) = bins_arg(nbins, bin_edges, estimator, range)?;
        let w = if weights.is_null() {
            None
        } else {
            Some(arr(weights, "weights")?)
        };
        let (h, e) = hist::histogram(a, &bins, range, density, w)?;
        *hist = into_handle(Arc::new(h));
        *edges = into_handle(Arc::new(e));
        Ok(())
    })
}

/// `np.histogram_bin_edges(a, bins, range)`: the edges `ndc_histogram`
/// would use (arguments as there).
#[no_mangle]
pub unsafe extern "C" fn ndc_histogram_bin_edges(
    a: *const ndc_array,
    nbins: i64,
    bin_edges: *const ndc_array,
    estimator: *const std::ffi::c_char,
    range: *const f64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        let a = arr(a, "a")?;
        let (bins, range) = bins_arg(nbins, bin_edges, estimator, range)?;
        hist::histogram_bin_edges(a, &bins, range)
    })
}

/// `np.bincount(x, weights, minlength)`: for 1-d non-negative integer `x`,
/// the int64 number of occurrences of each value `0..max(x)` (at least
/// `minlength` entries), or with `weights` (NULL for none) the float64 sum
/// of the weights of each value.
#[no_mangle]
pub unsafe extern "C" fn ndc_bincount(
    x: *const ndc_array,
    weights: *const ndc_array,
    minlength: i64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        let x = arr(x, "x")?;
        let w = if weights.is_null() {
            None
        } else {
            Some(arr(weights, "weights")?)
        };
        hist::bincount(x, w, minlength)
    })
}

/// `np.digitize(x, bins, right)`: for monotonic 1-d `bins`, the int64 index
/// of the bin of each element of `x` (`bins[i-1] <= x < bins[i]` for
/// increasing bins; `right` closes the intervals on the right instead).
#[no_mangle]
pub unsafe extern "C" fn ndc_digitize(
    x: *const ndc_array,
    bins: *const ndc_array,
    right: bool,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        hist::digitize(arr(x, "x")?, arr(bins, "bins")?, right)
    })
}
