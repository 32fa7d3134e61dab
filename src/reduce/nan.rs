//! The nan-ignoring reductions, as NumPy's `nanfunctions`: nansum and
//! nanprod replace nan by 0 and 1; nanmax/nanmin are `fmax.reduce` /
//! `fmin.reduce` (an all-nan slice gives nan); nanmean is the sum of the
//! non-nan values divided by their count (in the sum's dtype); nanargmax
//! and nanargmin replace nan by -inf/+inf and fail on an all-nan slice
//! ("All-NaN slice encountered"); nancumsum/nancumprod accumulate with nan
//! replaced by 0/1. Integer and bool inputs have no nan and go straight to
//! the plain functions.

use std::sync::Arc;

use super::arg::{arg_extreme, ArgOrd};
use super::stats::{divide, sum};
use super::ufunc_reduce::{reduce, reduce_keepdims, RedOp};
use super::{reduce_axes, ReduceOptions};
use crate::array::convert::CopyOrder;
use crate::array::Array;
use crate::dtype::{Bool, DType, Element, Kind};
use crate::error::{Error, Result};

/// NumPy's nanfunctions replace nans of its inexact types only (bfloat16,
/// a user dtype of ml_dtypes, is not one of them).
fn has_nan(d: DType) -> bool {
    matches!(d.kind(), Kind::Float | Kind::Complex) && d != DType::BFloat16
}

/// A C-ordered copy of `a` with every nan replaced by `value`, and the
/// bool mask of where the nans were.
fn replace_nan(a: &Array, value: f64) -> Result<(Arc<Array>, Arc<Array>)> {
    let c = a.copy(CopyOrder::C)?;
    let mask = Array::zeros(DType::Bool, a.shape(), crate::array::Order::C)?;
    let n = c.size();
    crate::dispatch!(c.dtype(), T => {
        let v = T::from_f64(value);
        let p = c.data_ptr() as *mut T;
        let m = mask.data_ptr() as *mut Bool;
        for i in 0..n {
            // SAFETY: both are new C-contiguous arrays of n elements (A3).
            unsafe {
                if <T as ArgOrd>::nan(p.add(i).read_unaligned()) {
                    p.add(i).write_unaligned(v);
                    m.add(i).write(Bool(1));
                }
            }
        }
    });
    Ok((Arc::new(c), Arc::new(mask)))
}

/// `np.nansum`.
pub fn nansum(a: &Arc<Array>, opts: &ReduceOptions) -> Result<Arc<Array>> {
    if !has_nan(a.dtype()) {
        return sum(a, opts);
    }
    sum(&replace_nan(a, 0.0)?.0, opts)
}

/// `np.nanprod`.
pub fn nanprod(a: &Arc<Array>, opts: &ReduceOptions) -> Result<Arc<Array>> {
    if !has_nan(a.dtype()) {
        return reduce(RedOp::Multiply, a, opts);
    }
    reduce(RedOp::Multiply, &replace_nan(a, 1.0)?.0, opts)
}

/// `np.nanmax`: `fmax.reduce`.
pub fn nanmax(a: &Arc<Array>, opts: &ReduceOptions) -> Result<Arc<Array>> {
    reduce(RedOp::Fmax, a, opts)
}

/// `np.nanmin`: `fmin.reduce`.
pub fn nanmin(a: &Arc<Array>, opts: &ReduceOptions) -> Result<Arc<Array>> {
    reduce(RedOp::Fmin, a, opts)
}

/// `np.nanmean`.
pub fn nanmean(a: &Arc<Array>, opts: &ReduceOptions) -> Result<Arc<Array>> {
    if !has_nan(a.dtype()) {
        return super::stats::mean(a, opts);
    }
    let axes = reduce_axes(opts.axes.as_deref(), a.ndim())?;
    let (arr, mask) = replace_nan(a, 0.0)?;
    let keep = ReduceOptions {
        keepdims: true,
        out: None,
        initial: None,
        ..opts.clone()
    };
    let valid = crate::ufunc::call(
        crate::ufunc::lookup("logical_not")?,
        &[&mask],
        &Default::default(),
    )?;
    let cnt = Arc::new(reduce_keepdims(RedOp::Add, &valid[0], DType::Int64, &keep)?);
    let dt = opts.dtype.unwrap_or(arr.dtype());
    let tot = Arc::new(reduce_keepdims(RedOp::Add, &arr, dt, &keep)?);
    let avg = divide(&tot, &cnt)?;
    let avg = if opts.keepdims {
        avg
    } else {
        super::engine::drop_axes(avg, &axes)?
    };
    super::engine::finish(avg, opts.out.as_ref())
}

/// `np.nanargmax` (`max`) / `np.nanargmin`.
pub fn nanarg(a: &Arc<Array>, axis: Option<i64>, keepdims: bool, max: bool) -> Result<Array> {
    if !has_nan(a.dtype()) {
        return arg_extreme(a, axis, keepdims, max);
    }
    let fill = if max {
        f64::NEG_INFINITY
    } else {
        f64::INFINITY
    };
    let (arr, mask) = replace_nan(a, fill)?;
    let res = arg_extreme(&arr, axis, keepdims, max)?;
    let opts = ReduceOptions {
        axes: axis.map(|k| vec![k]),
        keepdims,
        ..Default::default()
    };
    let all_nan = reduce(RedOp::LogicalAnd, &mask, &opts)?;
    let n = all_nan.size();
    let c = all_nan.copy(CopyOrder::C)?;
    let p = c.data_ptr() as *const Bool;
    // SAFETY: a C-contiguous bool array of n elements (A3).
    if (0..n).any(|i| unsafe { (*p.add(i)).get() }) {
        return Err(Error::invalid("All-NaN slice encountered"));
    }
    Ok(res)
}

/// `np.nancumsum` (`op` Add) / `np.nancumprod` (`op` Multiply).
pub fn nanaccumulate(
    op: RedOp,
    a: &Arc<Array>,
    axis: Option<i64>,
    dtype: Option<DType>,
) -> Result<Array> {
    if !has_nan(a.dtype()) {
        return super::cumulative::accumulate(op, a, axis, dtype);
    }
    let fill = if op == RedOp::Multiply { 1.0 } else { 0.0 };
    super::cumulative::accumulate(op, &replace_nan(a, fill)?.0, axis, dtype)
}

/// `np.nanvar` (`ddof` from the options), NumPy's `_nanvar`: with nans
/// replaced by 0 and `c` the count of non-nan values, the mean is
/// `m = sum(x) / c` (in `dtype=` or the input's dtype), the deviations
/// `d = x - m` (rounded to the input's dtype, 0 at the nans), and the
/// variance `sum(|d|^2) / (c - ddof)`. A slice with `c - ddof <= 0`
/// ("Degrees of freedom <= 0 for slice.") gives nan. Inputs without nan
/// (bool, integers, bfloat16) are `np.var`. With `out=` the result is
/// computed in `dtype=` (or the input's real dtype) and then cast into out.
pub fn nanvar(a: &Arc<Array>, opts: &ReduceOptions) -> Result<Arc<Array>> {
    if !has_nan(a.dtype()) {
        return super::stats::var(a, opts);
    }
    let v = nanvar_keepdims(a, opts)?;
    let axes = reduce_axes(opts.axes.as_deref(), a.ndim())?;
    let v = if opts.keepdims {
        v
    } else {
        super::engine::drop_axes(v, &axes)?
    };
    super::engine::finish(v, opts.out.as_ref())
}

/// `np.nanstd`: the square root of [`nanvar`].
pub fn nanstd(a: &Arc<Array>, opts: &ReduceOptions) -> Result<Arc<Array>> {
    if !has_nan(a.dtype()) {
        return super::stats::std(a, opts);
    }
    let v = Arc::new(nanvar_keepdims(a, opts)?);
    let r = crate::ufunc::call(crate::ufunc::lookup("sqrt")?, &[&v], &Default::default())?;
    let axes = reduce_axes(opts.axes.as_deref(), a.ndim())?;
    let r = (*r[0]).clone();
    let r = if opts.keepdims {
        r
    } else {
        super::engine::drop_axes(r, &axes)?
    };
    super::engine::finish(r, opts.out.as_ref())
}

/// The nan-ignoring variance with the reduced axes kept (see [`nanvar`]).
fn nanvar_keepdims(a: &Arc<Array>, opts: &ReduceOptions) -> Result<Array> {
    use crate::ufunc::{call, lookup, UfuncOptions};
    let (arr, mask) = replace_nan(a, 0.0)?;
    let keep = ReduceOptions {
        keepdims: true,
        out: None,
        initial: None,
        ..opts.clone()
    };
    let valid = call(lookup("logical_not")?, &[&mask], &Default::default())?;
    let cnt = Arc::new(reduce_keepdims(RedOp::Add, &valid[0], DType::Int64, &keep)?);
    let dt = opts.dtype.unwrap_or(arr.dtype());
    let tot = Arc::new(reduce_keepdims(RedOp::Add, &arr, dt, &keep)?);
    let avg = Arc::new(divide(&tot, &cnt)?);
    // d = x - m in x's dtype (casting='unsafe'), written over the copy.
    let sub = UfuncOptions {
        out: vec![Some(arr.clone())],
        casting: Some(crate::dtype::Casting::Unsafe),
        ..Default::default()
    };
    call(lookup("subtract")?, &[&arr, &avg], &sub)?;
    zero_where(&arr, &mask);
    let sq = if arr.dtype().kind() == Kind::Complex {
        let c = call(lookup("conjugate")?, &[&arr], &Default::default())?;
        let p = call(lookup("multiply")?, &[&arr, &c[0]], &Default::default())?;
        crate::ufunc::extra::real(&p[0])?
    } else {
        call(lookup("multiply")?, &[&arr, &arr], &Default::default())?[0].clone()
    };
    let sdt = opts.dtype.unwrap_or(sq.dtype());
    let ss = Arc::new(reduce_keepdims(RedOp::Add, &sq, sdt, &keep)?);
    let dof = call(
        lookup("subtract")?,
        &[&cnt, &super::scalar::<f64>(opts.ddof)?],
        &Default::default(),
    )?;
    let var = divide(&ss, &dof[0])?;
    let bad = call(
        lookup("less_equal")?,
        &[&dof[0], &super::scalar::<f64>(0.0)?],
        &Default::default(),
    )?;
    let nan = super::scalar::<f64>(f64::NAN)?.astype(
        var.dtype(),
        CopyOrder::K,
        crate::dtype::Casting::Unsafe,
    )?;
    crate::ufunc::extra::where_(&bad[0], &nan, &var)
}

/// Sets the elements of the C-contiguous `a` where the C-contiguous bool
/// `mask` is true to zero.
fn zero_where(a: &Array, mask: &Array) {
    let n = a.size();
    crate::dispatch!(a.dtype(), T => {
        let p = a.data_ptr() as *mut T;
        let m = mask.data_ptr() as *const Bool;
        for i in 0..n {
            // SAFETY: both are C-contiguous arrays of n elements (A3),
            // made by `replace_nan`.
            unsafe {
                if (*m.add(i)).get() {
                    p.add(i).write_unaligned(T::from_f64(0.0));
                }
            }
        }
    });
}
