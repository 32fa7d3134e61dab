//! Statistics: sum, prod, min/max, any/all, mean, var, std.
//!
//! mean is NumPy's `_mean`: the sum (pairwise for floats) in the
//! accumulation dtype (float64 for bool and integers, float32 for float16,
//! else the input's), divided by the element count (per output element the
//! number of true `where=` entries).
//!
//! var is NumPy's two-pass `_var`, which is numerically stable: first the
//! mean `m` as above, then `sum((x - m)^2) / max(n - ddof, 0)` with the
//! deviations summed pairwise (`|x - m|^2` for complex, a real result).
//! Subtracting the mean first avoids the catastrophic cancellation of the
//! one-pass `E[x^2] - E[x]^2`; pairwise summation of the squares keeps the
//! error `O(eps log n)`. When the reduced axes are the innermost axes of a
//! C-contiguous float32/float64 input (and no `where=`), both passes run
//! fused per output row without temporaries, in the same order of
//! operations as NumPy's temporaries, hence the same bits; mean takes the
//! same per-row path (one pairwise sum and a division per row, rows shared
//! by the pool). std is `sqrt(var)`.

use std::sync::Arc;

use super::engine::{drop_axes, finish, SendPtr};
use super::pwleaf::{HotSum, HOT_BYTES};
use super::ufunc_reduce::{check_out, reduce, reduce_in, reduce_keepdims, RedOp};
use super::{reduce_axes, ReduceOptions};
use crate::array::convert::CopyOrder;
use crate::array::{Array, Order};
use crate::dtype::{Casting, DType, Kind};
use crate::error::Result;
use crate::ufunc::{call, lookup, UfuncOptions};

/// `np.sum`.
pub fn sum(a: &Arc<Array>, opts: &ReduceOptions) -> Result<Arc<Array>> {
    reduce(RedOp::Add, a, opts)
}

/// `np.prod`.
pub fn prod(a: &Arc<Array>, opts: &ReduceOptions) -> Result<Arc<Array>> {
    reduce(RedOp::Multiply, a, opts)
}

/// `np.max` / `np.amax` (nan propagates).
pub fn max(a: &Arc<Array>, opts: &ReduceOptions) -> Result<Arc<Array>> {
    reduce(RedOp::Maximum, a, opts)
}

/// `np.min` / `np.amin` (nan propagates).
pub fn min(a: &Arc<Array>, opts: &ReduceOptions) -> Result<Arc<Array>> {
    reduce(RedOp::Minimum, a, opts)
}

/// `np.any`: a bool result.
pub fn any(a: &Arc<Array>, opts: &ReduceOptions) -> Result<Arc<Array>> {
    reduce_in(RedOp::LogicalOr, a, DType::Bool, opts)
}

/// `np.all`: a bool result.
pub fn all(a: &Arc<Array>, opts: &ReduceOptions) -> Result<Arc<Array>> {
    reduce_in(RedOp::LogicalAnd, a, DType::Bool, opts)
}

/// `np.ptp`: `max - min` over the axes (same dtype; ints wrap as NumPy).
pub fn ptp(a: &Arc<Array>, opts: &ReduceOptions) -> Result<Arc<Array>> {
    let inner = ReduceOptions {
        out: None,
        ..opts.clone()
    };
    let hi = max(a, &inner)?;
    let lo = min(a, &inner)?;
    let u = lookup("subtract")?;
    let out = call(
        u,
        &[&hi, &lo],
        &UfuncOptions {
            out: vec![opts.out.clone()],
            casting: Some(Casting::Unsafe),
            ..Default::default()
        },
    )?;
    Ok(out[0].clone())
}

/// The accumulation dtype of mean/var for input dtype `t`, and whether the
/// result is rounded back to float16.
fn mean_dtype(t: DType, dtype: Option<DType>, var: bool) -> (DType, bool) {
    if let Some(d) = dtype {
        return (d, false);
    }
    match t.kind() {
        Kind::Bool | Kind::Int | Kind::UInt => (DType::Float64, false),
        _ if t == DType::Float16 && !var => (DType::Float32, true),
        _ => (t, false),
    }
}

/// The number of elements each output element of a reduction sees: a 0-d
/// count, or (with `where=`) an intp array of the keepdims shape.
fn counts(a: &Array, axes: &[usize], opts: &ReduceOptions) -> Result<Arc<Array>> {
    match &opts.where_ {
        None => {
            let n: usize = axes.iter().map(|&k| a.shape()[k]).product();
            Ok(Arc::new(super::scalar(n as i64)?))
        }
        Some(w) => {
            let mask = super::engine::mask_for(w, a.shape())?;
            let b = Arc::new(super::broadcast_view(&mask, a.shape())?);
            let o = ReduceOptions {
                axes: opts.axes.clone(),
                keepdims: true,
                ..Default::default()
            };
            Ok(Arc::new(reduce_keepdims(RedOp::Add, &b, DType::Int64, &o)?))
        }
    }
}

/// `x / n` in x's dtype, as NumPy's `true_divide(x, n, casting='unsafe')`
/// (complex: `x * (1/n)` componentwise, as its complex division by a real
/// divisor computes).
pub(crate) fn divide(x: &Arc<Array>, n: &Arc<Array>) -> Result<Array> {
    let dt = x.dtype();
    let n = if dt.kind() == Kind::Complex {
        let r = call(
            lookup("true_divide")?,
            &[&super::scalar::<f64>(1.0)?, n],
            &UfuncOptions::default(),
        )?;
        let r = r[0].astype(dt, CopyOrder::K, Casting::Unsafe)?;
        let out = call(lookup("multiply")?, &[x, &r], &UfuncOptions::default())?;
        return Ok((*out[0]).clone());
    } else {
        Arc::new(n.astype(dt, CopyOrder::K, Casting::Unsafe)?)
    };
    let out = call(lookup("true_divide")?, &[x, &n], &UfuncOptions::default())?;
    if out[0].dtype() == dt {
        Ok((*out[0]).clone())
    } else {
        out[0].astype(dt, CopyOrder::K, Casting::Unsafe)
    }
}

/// `np.mean`. With `out=` the sum is written into `out` (a float input
/// then sums in the promotion of its dtype and out's) and divided there, as
/// NumPy's `_mean`.
pub fn mean(a: &Arc<Array>, opts: &ReduceOptions) -> Result<Arc<Array>> {
    let axes = reduce_axes(opts.axes.as_deref(), a.ndim())?;
    check_out("add", a, &axes, opts)?;
    let (dt, to_half) = mean_dtype(a.dtype(), opts.dtype, false);
    let dt = match (&opts.out, opts.dtype) {
        (Some(o), None) if dt == a.dtype() => crate::dtype::promote(o.dtype(), dt),
        _ => dt,
    };
    if opts.out.is_none() && !to_half {
        if let Some(m) = fused(a, &axes, dt, opts, Fused::Mean)? {
            let m = if opts.keepdims {
                m
            } else {
                drop_axes(m, &axes)?
            };
            return finish(m, None);
        }
    }
    let s = Arc::new(reduce_keepdims(RedOp::Add, a, dt, &keep(opts))?);
    let n = counts(a, &axes, opts)?;
    match &opts.out {
        None => {
            let mut m = divide(&s, &n)?;
            if to_half {
                m = m.astype(DType::Float16, CopyOrder::K, Casting::Unsafe)?;
            }
            let m = if opts.keepdims {
                m
            } else {
                drop_axes(m, &axes)?
            };
            finish(m, None)
        }
        Some(o) => {
            let s = if opts.keepdims {
                (*s).clone()
            } else {
                drop_axes((*s).clone(), &axes)?
            };
            crate::array::convert::copy_into(&s, o)?;
            let n = if opts.keepdims || n.ndim() == 0 {
                n
            } else {
                Arc::new(drop_axes((*n).clone(), &axes)?)
            };
            let m = divide(o, &n)?;
            crate::array::convert::copy_into(&m, o)?;
            Ok(o.clone())
        }
    }
}

fn keep(opts: &ReduceOptions) -> ReduceOptions {
    ReduceOptions {
        keepdims: true,
        out: None,
        initial: None,
        ..opts.clone()
    }
}

/// `np.var` (`ddof` from the options).
pub fn var(a: &Arc<Array>, opts: &ReduceOptions) -> Result<Arc<Array>> {
    var_std(a, opts, false)
}

/// `np.std`: the square root of [`var`].
pub fn std(a: &Arc<Array>, opts: &ReduceOptions) -> Result<Arc<Array>> {
    var_std(a, opts, true)
}

fn var_std(a: &Arc<Array>, opts: &ReduceOptions, root: bool) -> Result<Arc<Array>> {
    let axes = reduce_axes(opts.axes.as_deref(), a.ndim())?;
    check_out("add", a, &axes, opts)?;
    let (dt, _) = mean_dtype(a.dtype(), opts.dtype, true);
    // With out= NumPy takes the root in out's dtype: sqrt(var, out=out).
    let root_here = root && opts.out.is_none();
    let what = if root_here { Fused::Std } else { Fused::Var };
    let v = match fused(a, &axes, dt, opts, what)? {
        Some(v) => v,
        None => {
            let v = two_pass(a, &axes, dt, opts)?;
            if root_here {
                let r = call(lookup("sqrt")?, &[&v], &UfuncOptions::default())?;
                (*r[0]).clone()
            } else {
                v
            }
        }
    };
    let v = if opts.keepdims {
        v
    } else {
        drop_axes(v, &axes)?
    };
    let res = finish(v, opts.out.as_ref())?;
    if root && !root_here {
        let o = UfuncOptions {
            out: vec![Some(res.clone())],
            ..Default::default()
        };
        call(lookup("sqrt")?, &[&res], &o)?;
    }
    Ok(res)
}

/// NumPy's `_var` with temporaries (the general path); keepdims shape.
fn two_pass(a: &Arc<Array>, axes: &[usize], dt: DType, opts: &ReduceOptions) -> Result<Array> {
    let s = Arc::new(reduce_keepdims(RedOp::Add, a, dt, &keep(opts))?);
    let n = counts(a, axes, opts)?;
    let m = Arc::new(divide(&s, &n)?);
    let d = call(lookup("subtract")?, &[a, &m], &UfuncOptions::default())?;
    let d = &d[0];
    let sq = if d.dtype().kind() == Kind::Complex {
        let c = call(lookup("conjugate")?, &[d], &UfuncOptions::default())?;
        let p = call(lookup("multiply")?, &[d, &c[0]], &UfuncOptions::default())?;
        crate::ufunc::extra::real(&p[0])?
    } else {
        call(lookup("multiply")?, &[d, d], &UfuncOptions::default())?[0].clone()
    };
    // NumPy sums the squares with the caller's dtype= (float64 for integer
    // input), else in their own (real) dtype.
    let sdt = match opts.dtype {
        Some(d) => d,
        None if dt.kind() == Kind::Complex => sq.dtype(),
        None => dt,
    };
    let ss = Arc::new(reduce_keepdims(RedOp::Add, &sq, sdt, &keep(opts))?);
    let dof = call(
        lookup("subtract")?,
        &[&n, &super::scalar::<f64>(opts.ddof)?],
        &UfuncOptions::default(),
    )?;
    let dof = call(
        lookup("maximum")?,
        &[&dof[0], &super::scalar::<f64>(0.0)?],
        &UfuncOptions::default(),
    )?;
    divide(&ss, &dof[0])
}

/// What a fused per-row pass computes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fused {
    Mean,
    Var,
    Std,
}

/// The fused per-row mean/var/std for C-contiguous float32/float64 input
/// reduced over its innermost axes without `where=` (see the module docs).
/// Mean leaves a few very long rows to the reduction engine, which splits
/// one row over the pool.
fn fused(
    a: &Arc<Array>,
    axes: &[usize],
    dt: DType,
    opts: &ReduceOptions,
    what: Fused,
) -> Result<Option<Array>> {
    let nd = a.ndim();
    let inner_axes = !axes.is_empty()
        && axes
            .iter()
            .enumerate()
            .all(|(i, &k)| k == nd - axes.len() + i);
    if opts.where_.is_some()
        || !inner_axes
        || !a.is_c_contiguous()
        || a.dtype() != dt
        || !matches!(dt, DType::Float32 | DType::Float64)
        || a.size() == 0
        || !(a.data_ptr() as usize).is_multiple_of(dt.itemsize())
    {
        return Ok(None);
    }
    let kshape = super::reduced_shape(a.shape(), axes, true);
    let out = Array::empty(dt, &kshape, Order::C)?;
    let n: usize = axes.iter().map(|&k| a.shape()[k]).product();
    let rows = a.size() / n;
    if what == Fused::Mean && rows < 2 * crate::threads::num_threads() && a.size() >= 1 << 16 {
        return Ok(None);
    }
    let ddof = opts.ddof;
    // Small inputs are summed with the SIMD leaves meant for cached data.
    let hot = a.size() * dt.itemsize() <= HOT_BYTES;
    let src = SendPtr(a.data_ptr());
    let dst = SendPtr(out.data_ptr());
    macro_rules! go {
        ($t:ty) => {{
            let one = move |r: usize| {
                // SAFETY: row r of a C-contiguous aligned array of n
                // elements of $t (A3).
                let x =
                    unsafe { std::slice::from_raw_parts((src.get() as *const $t).add(r * n), n) };
                let sum = <$t>::sum(x, hot);
                let v = match what {
                    Fused::Mean => (0.0 as $t + sum) / n as $t,
                    _ => row_var!($t, x, n, sum, ddof, what == Fused::Std),
                };
                // SAFETY: element r of the new output.
                unsafe { (dst.get() as *mut $t).add(r).write(v) };
            };
            run_rows(rows, n, one)
        }};
    }
    macro_rules! row_var {
        ($t:ty, $x:expr, $n:expr, $sum:expr, $ddof:expr, $root:expr) => {{
            let x = $x;
            let cnt = $n as $t;
            let m = (0.0 as $t + $sum) / cnt;
            // The row has just been read: cached unless it is very long.
            let ss =
                0.0 as $t + <$t>::sum_sq_dev(x, m, $n * std::mem::size_of::<$t>() <= HOT_BYTES / 2);
            let dof = ((($n as f64) - $ddof).max(0.0)) as $t;
            let v = ss / dof;
            if $root {
                v.sqrt()
            } else {
                v
            }
        }};
    }
    match dt {
        DType::Float32 => go!(f32),
        _ => go!(f64),
    }?;
    Ok(Some(out))
}

/// Runs `one(row)` for every row, on the pool when the work is large.
fn run_rows(rows: usize, n: usize, one: impl Fn(usize) + Sync + Send) -> Result<()> {
    let threads = crate::threads::num_threads();
    if threads <= 1 || rows < 2 || rows * n < (1 << 16) {
        (0..rows).for_each(one);
        return Ok(());
    }
    crate::threads::install(|| {
        use rayon::prelude::*;
        let per = rows.div_ceil(threads * 4).max(1);
        (0..rows.div_ceil(per)).into_par_iter().for_each(|c| {
            for r in c * per..((c + 1) * per).min(rows) {
                one(r)
            }
        })
    })
}
