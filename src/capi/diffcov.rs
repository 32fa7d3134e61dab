//! Differences, running totals, averages and covariance from C: diff,
//! ediff1d, cumulative_sum, cumulative_prod, average, cov, corrcoef.
//! Inputs are borrowed (optional ones may be NULL); each result is a new
//! reference; on failure no out-parameter is written.

use super::error::ndc_status;
use super::options::{ndc_reduce_options, only_axes_keepdims, read_reduce_options};
use super::{
    arc, guard, into_handle, ndc_array, ndc_dtype, opt_arc, opt_dtype, out_ptr, produce_arc,
};
use crate::reduce::cov::{self, CovArgs};
use crate::reduce::diff;
use crate::reduce::ufunc_reduce::RedOp;

/// `ddof` value of `ndc_cov` meaning NumPy's `ddof=None` (1, or 0 with
/// `bias`).
pub const NDC_DDOF_NONE: i64 = i64::MIN;

/// `np.diff(a, n, axis, prepend, append)`: the `n`-th differences along
/// `axis` (`a[1:] - a[:-1]`, `!=` for bool). `prepend` / `append` (NULL:
/// none) are joined to `a` along the axis first; a 0-d one stands for a
/// slice of that value. `n == 0` gives `a` itself (a new reference); `n <
/// 0` and 0-d `a` are errors, as NumPy's.
#[no_mangle]
pub unsafe extern "C" fn ndc_diff(
    a: *const ndc_array,
    n: i64,
    axis: i64,
    prepend: *const ndc_array,
    append: *const ndc_array,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce_arc(out, || {
        let a = arc(a, "a")?;
        let p = opt_arc(prepend, "prepend")?;
        let q = opt_arc(append, "append")?;
        diff::diff(&a, n, axis, p.as_ref(), q.as_ref())
    })
}

/// `np.ediff1d(ary, to_end, to_begin)`: the differences of the flattened
/// `ary`, after `to_begin` and before `to_end` (NULL: none; flattened and
/// cast to ary's dtype, which must be possible under same_kind).
#[no_mangle]
pub unsafe extern "C" fn ndc_ediff1d(
    ary: *const ndc_array,
    to_end: *const ndc_array,
    to_begin: *const ndc_array,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce_arc(out, || {
        let a = arc(ary, "ary")?;
        let e = opt_arc(to_end, "to_end")?;
        let b = opt_arc(to_begin, "to_begin")?;
        diff::ediff1d(&a, e.as_ref(), b.as_ref())
    })
}

fn cumulative(
    op: RedOp,
    x: *const ndc_array,
    axis: i64,
    dtype: ndc_dtype,
    include_initial: bool,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce_arc(out, || {
        let x = arc(x, "x")?;
        let axis = super::axis_arg(axis);
        diff::cumulative(op, &x, axis, opt_dtype(dtype)?, include_initial)
    })
}

/// `np.cumulative_sum(x, axis, dtype, include_initial)`: running sums along
/// `axis` (`NDC_AXIS_NONE` only for inputs of at most one dimension), in
/// `dtype` (`NDC_DTYPE_NONE`: int64/uint64 for bool and narrower integers,
/// else x's); `include_initial` puts a slice of zeros in front.
#[no_mangle]
pub unsafe extern "C" fn ndc_cumulative_sum(
    x: *const ndc_array,
    axis: i64,
    dtype: ndc_dtype,
    include_initial: bool,
    out: *mut *mut ndc_array,
) -> ndc_status {
    cumulative(RedOp::Add, x, axis, dtype, include_initial, out)
}

/// `np.cumulative_prod(x, axis, dtype, include_initial)`: running products,
/// as `ndc_cumulative_sum` (the initial slice holds ones).
#[no_mangle]
pub unsafe extern "C" fn ndc_cumulative_prod(
    x: *const ndc_array,
    axis: i64,
    dtype: ndc_dtype,
    include_initial: bool,
    out: *mut *mut ndc_array,
) -> ndc_status {
    cumulative(RedOp::Multiply, x, axis, dtype, include_initial, out)
}

/// `np.average(a, axis, weights, returned, keepdims)`: the mean of `a`
/// over `opts->axes` (NULL opts: every axis) weighted by `weights` (NULL:
/// equal weights; else of a's shape, or of the shape of the averaged axes
/// in the order given). Only `axes` and `keepdims` of `opts` are used.
/// Integer and bool inputs average in float64. `*avg` receives the
/// average; when `sum_of_weights` is not NULL it receives the sum of the
/// weights (the element count without weights) with the average's shape,
/// as NumPy's `returned=True`. Weights summing to zero fail with "Weights
/// sum to zero, can't be normalized".
#[no_mangle]
pub unsafe extern "C" fn ndc_average(
    a: *const ndc_array,
    weights: *const ndc_array,
    opts: *const ndc_reduce_options,
    avg: *mut *mut ndc_array,
    sum_of_weights: *mut *mut ndc_array,
) -> ndc_status {
    guard(|| {
        let a = arc(a, "a")?;
        let w = opt_arc(weights, "weights")?;
        let o = read_reduce_options(opts)?;
        only_axes_keepdims(&o, "average")?;
        let slot = out_ptr(avg, "avg")?;
        let (m, s) = cov::average(&a, o.axes.as_deref(), w.as_ref(), o.keepdims)?;
        *slot = into_handle(m);
        if !sum_of_weights.is_null() {
            // SAFETY: non-NULL out-pointer from the caller.
            unsafe { *sum_of_weights = into_handle(s) };
        }
        Ok(())
    })
}

/// `np.cov(m, y, rowvar, bias, ddof, fweights, aweights, dtype)`: the
/// covariance matrix of the variables in the rows of `m` (columns when
/// `rowvar` is false) and of `y` (NULL: none), normalised by `N - ddof`
/// (`ddof` `NDC_DDOF_NONE`: 1, or 0 with `bias`), with optional frequency
/// (`fweights`, integral) and importance (`aweights`) weights per
/// observation (NULL: none). `dtype` `NDC_DTYPE_NONE` computes in the
/// promotion of the inputs' dtypes and float64. One variable gives a 0-d
/// result; a normalisation `<= 0` gives inf/nan as NumPy's (which warns).
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub unsafe extern "C" fn ndc_cov(
    m: *const ndc_array,
    y: *const ndc_array,
    rowvar: bool,
    bias: bool,
    ddof: i64,
    fweights: *const ndc_array,
    aweights: *const ndc_array,
    dtype: ndc_dtype,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce_arc(out, || {
        let m = arc(m, "m")?;
        let args = CovArgs {
            y: opt_arc(y, "y")?,
            columns: !rowvar,
            bias,
            ddof: (ddof != NDC_DDOF_NONE).then_some(ddof),
            fweights: opt_arc(fweights, "fweights")?,
            aweights: opt_arc(aweights, "aweights")?,
            dtype: opt_dtype(dtype)?,
        };
        cov::cov(&m, &args)
    })
}

/// `np.corrcoef(x, y, rowvar, dtype)`: the Pearson correlation
/// coefficients `cov / outer(std, std)`, real and imaginary parts clipped
/// to [-1, 1]; arguments as `ndc_cov`.
#[no_mangle]
pub unsafe extern "C" fn ndc_corrcoef(
    x: *const ndc_array,
    y: *const ndc_array,
    rowvar: bool,
    dtype: ndc_dtype,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce_arc(out, || {
        let x = arc(x, "x")?;
        let args = CovArgs {
            y: opt_arc(y, "y")?,
            columns: !rowvar,
            dtype: opt_dtype(dtype)?,
            ..Default::default()
        };
        cov::corrcoef(&x, &args)
    })
}
