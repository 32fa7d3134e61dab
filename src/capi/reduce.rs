//! Reductions and statistics from C: sum, prod, max/amax, min/amin, ptp,
//! any, all, mean, var, std, argmax, argmin, the nan-ignoring variants,
//! cumsum/cumprod, nanvar/nanstd, count_nonzero, trace, and
//! `ufunc.reduce` by name.
//!
//! Every function takes the input (borrowed), an `ndc_reduce_options`
//! (NULL for NumPy's defaults: every axis, no keepdims, ...) and `out`.
//! `*out` receives a new reference to the result; when `opts->out` is given
//! the result is written into that array and `out` may be NULL (otherwise
//! `*out` is a new reference to `opts->out`). On failure `*out` is left
//! untouched.

use std::ffi::{c_char, CStr};
use std::sync::Arc;

use super::error::ndc_status;
use super::options::{ndc_reduce_options, only_axes_keepdims, read_reduce_options};
use super::{
    arc, axis_arg, guard, into_handle, ndc_array, ndc_dtype, opt_dtype, produce, produce_arc,
};
use crate::array::Array;
use crate::error::{Error, ErrorKind, Result};
use crate::reduce::arg::arg_extreme;
use crate::reduce::cumulative::accumulate;
use crate::reduce::stats;
use crate::reduce::ufunc_reduce::{reduce, RedOp};
use crate::reduce::ReduceOptions;
use crate::reduce::{count, nan};

/// Runs a reduction and stores its result (see the module docs for `out`).
fn run(
    a: *const ndc_array,
    opts: *const ndc_reduce_options,
    out: *mut *mut ndc_array,
    f: impl FnOnce(&Arc<Array>, &ReduceOptions) -> Result<Arc<Array>>,
) -> ndc_status {
    guard(|| {
        let a = arc(a, "a")?;
        let o = read_reduce_options(opts)?;
        if out.is_null() && o.out.is_none() {
            return Err(Error::new(ErrorKind::NullPointer, "argument 'out' is NULL"));
        }
        let r = f(&a, &o)?;
        if !out.is_null() {
            // SAFETY: non-NULL out-pointer from the caller.
            unsafe { *out = into_handle(r) };
        }
        Ok(())
    })
}

/// `np.sum(a, axis, dtype, out, keepdims, initial, where)`: bool and
/// integers narrower than 64 bits sum in int64 (unsigned in uint64);
/// floating sums are pairwise as NumPy's.
#[no_mangle]
pub unsafe extern "C" fn ndc_sum(
    a: *const ndc_array,
    opts: *const ndc_reduce_options,
    out: *mut *mut ndc_array,
) -> ndc_status {
    run(a, opts, out, stats::sum)
}

/// `np.prod(a, axis, dtype, out, keepdims, initial, where)`, with the
/// integer accumulators of `ndc_sum`.
#[no_mangle]
pub unsafe extern "C" fn ndc_prod(
    a: *const ndc_array,
    opts: *const ndc_reduce_options,
    out: *mut *mut ndc_array,
) -> ndc_status {
    run(a, opts, out, stats::prod)
}

/// `np.max(a, axis, out, keepdims, initial, where)`: nan propagates;
/// an empty reduction without `initial` fails ("zero-size array to
/// reduction operation maximum which has no identity").
#[no_mangle]
pub unsafe extern "C" fn ndc_max(
    a: *const ndc_array,
    opts: *const ndc_reduce_options,
    out: *mut *mut ndc_array,
) -> ndc_status {
    run(a, opts, out, stats::max)
}

/// `np.amax`: the same as `ndc_max`.
#[no_mangle]
pub unsafe extern "C" fn ndc_amax(
    a: *const ndc_array,
    opts: *const ndc_reduce_options,
    out: *mut *mut ndc_array,
) -> ndc_status {
    run(a, opts, out, stats::max)
}

/// `np.min(a, axis, out, keepdims, initial, where)`: nan propagates.
#[no_mangle]
pub unsafe extern "C" fn ndc_min(
    a: *const ndc_array,
    opts: *const ndc_reduce_options,
    out: *mut *mut ndc_array,
) -> ndc_status {
    run(a, opts, out, stats::min)
}

/// `np.amin`: the same as `ndc_min`.
#[no_mangle]
pub unsafe extern "C" fn ndc_amin(
    a: *const ndc_array,
    opts: *const ndc_reduce_options,
    out: *mut *mut ndc_array,
) -> ndc_status {
    run(a, opts, out, stats::min)
}

/// `np.ptp(a, axis, out, keepdims)`: max - min.
#[no_mangle]
pub unsafe extern "C" fn ndc_ptp(
    a: *const ndc_array,
    opts: *const ndc_reduce_options,
    out: *mut *mut ndc_array,
) -> ndc_status {
    run(a, opts, out, stats::ptp)
}

/// `np.any(a, axis, out, keepdims, where)`: a bool result.
#[no_mangle]
pub unsafe extern "C" fn ndc_any(
    a: *const ndc_array,
    opts: *const ndc_reduce_options,
    out: *mut *mut ndc_array,
) -> ndc_status {
    run(a, opts, out, stats::any)
}

/// `np.all(a, axis, out, keepdims, where)`: a bool result.
#[no_mangle]
pub unsafe extern "C" fn ndc_all(
    a: *const ndc_array,
    opts: *const ndc_reduce_options,
    out: *mut *mut ndc_array,
) -> ndc_status {
    run(a, opts, out, stats::all)
}

/// `np.mean(a, axis, dtype, out, keepdims, where)`: integers average in
/// float64, float16 through float32.
#[no_mangle]
pub unsafe extern "C" fn ndc_mean(
    a: *const ndc_array,
    opts: *const ndc_reduce_options,
    out: *mut *mut ndc_array,
) -> ndc_status {
    run(a, opts, out, stats::mean)
}

/// `np.var(a, axis, dtype, out, ddof, keepdims, where)`: two-pass
/// (mean first, then the pairwise sum of squared deviations); complex
/// input gives a real result.
#[no_mangle]
pub unsafe extern "C" fn ndc_var(
    a: *const ndc_array,
    opts: *const ndc_reduce_options,
    out: *mut *mut ndc_array,
) -> ndc_status {
    run(a, opts, out, stats::var)
}

/// `np.std(a, axis, dtype, out, ddof, keepdims, where)`: `sqrt(var)`.
#[no_mangle]
pub unsafe extern "C" fn ndc_std(
    a: *const ndc_array,
    opts: *const ndc_reduce_options,
    out: *mut *mut ndc_array,
) -> ndc_status {
    run(a, opts, out, stats::std)
}

/// `np.<name>.reduce(a, axis, dtype, out, keepdims, initial, where)` for
/// the reducible binary ufuncs: "add", "multiply", "maximum", "minimum",
/// "fmax", "fmin", "logical_and", "logical_or", "logical_xor",
/// "bitwise_and", "bitwise_or", "bitwise_xor". `name` is borrowed.
#[no_mangle]
pub unsafe extern "C" fn ndc_ufunc_reduce(
    name: *const c_char,
    a: *const ndc_array,
    opts: *const ndc_reduce_options,
    out: *mut *mut ndc_array,
) -> ndc_status {
    let op = guard(|| {
        if name.is_null() {
            return Err(Error::new(
                ErrorKind::NullPointer,
                "argument 'name' is NULL",
            ));
        }
        Ok(())
    });
    if op != super::error::NDC_OK {
        return op;
    }
    // SAFETY: a NUL-terminated string from the caller (checked non-NULL).
    let n = unsafe { CStr::from_ptr(name) }
        .to_string_lossy()
        .into_owned();
    run(a, opts, out, |a, o| reduce(RedOp::from_name(&n)?, a, o))
}

/// `np.argmax(a, axis, keepdims=keepdims)`: int64 indices of the first
/// maximum along `axis` (`NDC_AXIS_NONE`: of the C-order flattened array);
/// the first nan wins. An empty axis fails with NumPy's "attempt to get
/// argmax of an empty sequence". `*out` is a new reference.
#[no_mangle]
pub unsafe extern "C" fn ndc_argmax(
    a: *const ndc_array,
    axis: i64,
    keepdims: bool,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        arg_extreme(&arc(a, "a")?, axis_arg(axis), keepdims, true)
    })
}

/// `np.argmin(a, axis, keepdims=keepdims)`: as `ndc_argmax` for the first
/// minimum.
#[no_mangle]
pub unsafe extern "C" fn ndc_argmin(
    a: *const ndc_array,
    axis: i64,
    keepdims: bool,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        arg_extreme(&arc(a, "a")?, axis_arg(axis), keepdims, false)
    })
}

/// `np.nansum(a, axis, dtype, out, keepdims, initial, where)`: nan counts as 0.
#[no_mangle]
pub unsafe extern "C" fn ndc_nansum(
    a: *const ndc_array,
    opts: *const ndc_reduce_options,
    out: *mut *mut ndc_array,
) -> ndc_status {
    run(a, opts, out, nan::nansum)
}

/// `np.nanprod(a, axis, dtype, out, keepdims, initial, where)`: nan counts as 1.
#[no_mangle]
pub unsafe extern "C" fn ndc_nanprod(
    a: *const ndc_array,
    opts: *const ndc_reduce_options,
    out: *mut *mut ndc_array,
) -> ndc_status {
    run(a, opts, out, nan::nanprod)
}

/// `np.nanmax(a, axis, out, keepdims, initial, where)`: `fmax.reduce`; an
/// all-nan slice gives nan.
#[no_mangle]
pub unsafe extern "C" fn ndc_nanmax(
    a: *const ndc_array,
    opts: *const ndc_reduce_options,
    out: *mut *mut ndc_array,
) -> ndc_status {
    run(a, opts, out, nan::nanmax)
}

/// `np.nanmin(a, axis, out, keepdims, initial, where)`: `fmin.reduce`; an
/// all-nan slice gives nan.
#[no_mangle]
pub unsafe extern "C" fn ndc_nanmin(
    a: *const ndc_array,
    opts: *const ndc_reduce_options,
    out: *mut *mut ndc_array,
) -> ndc_status {
    run(a, opts, out, nan::nanmin)
}

/// `np.nanmean(a, axis, dtype, out, keepdims, where)`: the mean of the
/// non-nan values (an all-nan slice gives nan).
#[no_mangle]
pub unsafe extern "C" fn ndc_nanmean(
    a: *const ndc_array,
    opts: *const ndc_reduce_options,
    out: *mut *mut ndc_array,
) -> ndc_status {
    run(a, opts, out, nan::nanmean)
}

/// `np.nanargmax(a, axis, keepdims=keepdims)`: as `ndc_argmax` ignoring nan;
/// an all-nan slice fails with "All-NaN slice encountered".
#[no_mangle]
pub unsafe extern "C" fn ndc_nanargmax(
    a: *const ndc_array,
    axis: i64,
    keepdims: bool,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        nan::nanarg(&arc(a, "a")?, axis_arg(axis), keepdims, true)
    })
}

/// `np.nanargmin(a, axis, keepdims=keepdims)`: as `ndc_argmin` ignoring nan;
/// an all-nan slice fails with "All-NaN slice encountered".
#[no_mangle]
pub unsafe extern "C" fn ndc_nanargmin(
    a: *const ndc_array,
    axis: i64,
    keepdims: bool,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        nan::nanarg(&arc(a, "a")?, axis_arg(axis), keepdims, false)
    })
}

/// `np.cumsum(a, axis, dtype)`: running sums along `axis` (`NDC_AXIS_NONE`:
/// of the C-order flattened array); `dtype` `NDC_DTYPE_NONE` for NumPy's
/// default (int64/uint64 for bool and narrower integers).
/// `*out` is a new reference.
#[no_mangle]
pub unsafe extern "C" fn ndc_cumsum(
    a: *const ndc_array,
    axis: i64,
    dtype: ndc_dtype,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        let a = arc(a, "a")?;
        let dt = opt_dtype(dtype)?;
        accumulate(RedOp::Add, &a, axis_arg(axis), dt)
    })
}

/// `np.cumprod(a, axis, dtype)`: running products, as `ndc_cumsum`.
/// `*out` is a new reference.
#[no_mangle]
pub unsafe extern "C" fn ndc_cumprod(
    a: *const ndc_array,
    axis: i64,
    dtype: ndc_dtype,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        let a = arc(a, "a")?;
        let dt = opt_dtype(dtype)?;
        accumulate(RedOp::Multiply, &a, axis_arg(axis), dt)
    })
}

/// `np.nancumsum(a, axis, dtype)`: `ndc_cumsum` with nan counted as 0.
/// `*out` is a new reference.
#[no_mangle]
pub unsafe extern "C" fn ndc_nancumsum(
    a: *const ndc_array,
    axis: i64,
    dtype: ndc_dtype,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        let a = arc(a, "a")?;
        let dt = opt_dtype(dtype)?;
        nan::nanaccumulate(RedOp::Add, &a, axis_arg(axis), dt)
    })
}

/// `np.nancumprod(a, axis, dtype)`: `ndc_cumprod` with nan counted as 1.
/// `*out` is a new reference.
#[no_mangle]
pub unsafe extern "C" fn ndc_nancumprod(
    a: *const ndc_array,
    axis: i64,
    dtype: ndc_dtype,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        let a = arc(a, "a")?;
        let dt = opt_dtype(dtype)?;
        nan::nanaccumulate(RedOp::Multiply, &a, axis_arg(axis), dt)
    })
}

/// `np.nanvar(a, axis, dtype, out, ddof, keepdims, where)`: the variance of
/// the non-nan values; a slice with `count - ddof <= 0` (NumPy's "Degrees
/// of freedom <= 0 for slice.") gives nan; complex input gives a real
/// result.
#[no_mangle]
pub unsafe extern "C" fn ndc_nanvar(
    a: *const ndc_array,
    opts: *const ndc_reduce_options,
    out: *mut *mut ndc_array,
) -> ndc_status {
    run(a, opts, out, nan::nanvar)
}

/// `np.nanstd(a, axis, dtype, out, ddof, keepdims, where)`: `sqrt(nanvar)`.
#[no_mangle]
pub unsafe extern "C" fn ndc_nanstd(
    a: *const ndc_array,
    opts: *const ndc_reduce_options,
    out: *mut *mut ndc_array,
) -> ndc_status {
    run(a, opts, out, nan::nanstd)
}

/// `np.count_nonzero(a, axis, keepdims)`: the number of nonzero elements as
/// int64 (NumPy's intp); only `axes`/`naxes` and `keepdims` of `opts` are
/// used (`opts->out` must be NULL). `*out` is a new reference.
#[no_mangle]
pub unsafe extern "C" fn ndc_count_nonzero(
    a: *const ndc_array,
    opts: *const ndc_reduce_options,
    out: *mut *mut ndc_array,
) -> ndc_status {
    run(a, opts, out, |a, o| {
        only_axes_keepdims(o, "count_nonzero")?;
        count::count_nonzero(a, o)
    })
}

/// `np.trace(a, offset, axis1, axis2, dtype)`: the sum of the diagonal
/// `offset` of the planes `(axis1, axis2)`, with `np.sum`'s accumulators
/// (`dtype` `NDC_DTYPE_NONE` for NumPy's default). `a` is borrowed;
/// `*out` is a new reference.
#[no_mangle]
pub unsafe extern "C" fn ndc_trace(
    a: *const ndc_array,
    offset: i64,
    axis1: i64,
    axis2: i64,
    dtype: ndc_dtype,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce_arc(out, || {
        let a = arc(a, "a")?;
        let dt = opt_dtype(dtype)?;
        count::trace(&a, offset, axis1, axis2, dt)
    })
}
