//! Weighted averages and covariance: `np.average`, `np.cov` and
//! `np.corrcoef`, written as NumPy writes them (ufunc calls, a pairwise
//! sum and one matrix product), so dtypes, rounding and special values
//! follow NumPy's.
//!
//! cov centres each variable on its (weighted) mean and computes
//! `X @ (X * w).T.conj() / fact`, the product running on the system BLAS
//! for floating dtypes. corrcoef divides by the outer product of the
//! standard deviations row by row and column by column and clips the real
//! (and imaginary) parts into `[-1, 1]`.

use std::sync::Arc;

use super::ReduceOptions;
use crate::array::convert::CopyOrder;
use crate::array::{Array, Order};
use crate::dtype::{promote, promote_all, Casting, DType, Kind};
use crate::error::{Error, ErrorKind, Result};
use crate::manip::join::{concatenate, diagonal};
use crate::manip::normalize_axis;
use crate::manip::shape::{atleast, reshape, squeeze, transpose};
use crate::ufunc::extra::{clip, real, uf, weak_i64};
use crate::ufunc::{call, lookup, UfuncOptions};

/// NumPy's `normalize_axis_tuple(axis, ndim, argname="axis")`: the axes in
/// the order given, negative ones counted from the end, no repeats.
fn axis_tuple(axes: &[i64], ndim: usize) -> Result<Vec<usize>> {
    let mut out: Vec<usize> = Vec::with_capacity(axes.len());
    for &a in axes {
        let k = normalize_axis(a, ndim, Some("axis"))?;
        if out.contains(&k) {
            return Err(Error::invalid("repeated axis in `axis` argument"));
        }
        out.push(k);
    }
    Ok(out)
}

/// `ufunc(x, y, out=x)`: in place, under same_kind casting.
fn inplace(name: &str, x: &Arc<Array>, y: &Array) -> Result<()> {
    let opts = UfuncOptions {
        out: vec![Some(x.clone())],
        ..Default::default()
    };
    call(lookup(name)?, &[x, y], &opts).map(drop)
}

/// Whether any element of `a` equals zero.
fn any_zero(a: &Array) -> Result<bool> {
    let z = uf("equal", &[a, &weak_i64(0)?])?;
    let r = super::stats::any(&z, &ReduceOptions::default())?;
    Ok(r.get::<crate::dtype::Bool>(&[])?.0 != 0)
}

/// `np.average(a, axis, weights, returned=True, keepdims)`: the average and
/// the sum of the weights (the element count without weights), the latter
/// broadcast to the average's shape.
pub fn average(
    a: &Arc<Array>,
    axes: Option<&[i64]>,
    weights: Option<&Arc<Array>>,
    keepdims: bool,
) -> Result<(Arc<Array>, Arc<Array>)> {
    let axis = axes.map(|v| axis_tuple(v, a.ndim())).transpose()?;
    let ropts = |dtype: Option<DType>| ReduceOptions {
        axes: axis.as_ref().map(|v| v.iter().map(|&k| k as i64).collect()),
        keepdims,
        dtype,
        ..Default::default()
    };
    let (avg, scl) = match weights {
        None => {
            let avg = super::stats::mean(a, &ropts(None))?;
            if avg.size() == 0 {
                return Err(Error::invalid("division by zero"));
            }
            let n = a.size() as f64 / avg.size() as f64;
            let scl =
                super::scalar::<f64>(n)?.astype(avg.dtype(), CopyOrder::K, Casting::Unsafe)?;
            (avg, Arc::new(scl))
        }
        Some(w) => {
            let wgt = weights_for(a, w, axis.as_deref())?;
            let rd = match a.dtype().kind() {
                Kind::Bool | Kind::Int | Kind::UInt => {
                    promote_all(&[a.dtype(), w.dtype(), DType::Float64]).unwrap_or(DType::Float64)
                }
                _ => promote(a.dtype(), w.dtype()),
            };
            let scl = super::stats::sum(&wgt, &ropts(Some(rd)))?;
            if any_zero(&scl)? {
                return Err(Error::invalid("Weights sum to zero, can't be normalized"));
            }
            let prod = call(
                lookup("multiply")?,
                &[a, &wgt],
                &UfuncOptions {
                    dtype: Some(rd),
                    ..Default::default()
                },
            )?
            .remove(0);
            let s = super::stats::sum(&prod, &ropts(None))?;
            (uf("true_divide", &[&s, &scl])?, scl)
        }
    };
    if scl.shape() == avg.shape() {
        return Ok((avg, scl));
    }
    let b = super::broadcast_view(&scl, avg.shape())?;
    Ok((avg, Arc::new(b.copy(CopyOrder::C)?)))
}

/// NumPy's `_weights_are_valid`: weights of a's shape, or of the shape of
/// the averaged axes (then laid along them for broadcasting).
fn weights_for(a: &Arc<Array>, w: &Arc<Array>, axis: Option<&[usize]>) -> Result<Arc<Array>> {
    if a.shape() == w.shape() {
        return Ok(w.clone());
    }
    let Some(axis) = axis else {
        return Err(Error::new(
            ErrorKind::DType,
            "Axis must be specified when shapes of a and weights differ.",
        ));
    };
    let along: Vec<usize> = axis.iter().map(|&k| a.shape()[k]).collect();
    if w.shape() != along.as_slice() {
        return Err(Error::new(
            ErrorKind::Shape,
            "Shape of weights must be consistent with shape of a along specified axis.",
        ));
    }
    let mut perm: Vec<i64> = (0..axis.len() as i64).collect();
    perm.sort_by_key(|&i| axis[i as usize]);
    let t = Arc::new(transpose(w, Some(&perm))?);
    let dims: Vec<i64> = (0..a.ndim())
        .map(|k| {
            if axis.contains(&k) {
                a.shape()[k] as i64
            } else {
                1
            }
        })
        .collect();
    Ok(Arc::new(reshape(&t, &dims, Order::C)?))
}

/// The keyword arguments of `np.cov` besides `m`.
#[derive(Clone, Debug, Default)]
pub struct CovArgs {
    /// `y=`: more variables, joined below `m`'s.
    pub y: Option<Arc<Array>>,
    /// `rowvar=False`: variables are columns.
    pub columns: bool,
    /// `bias=`: normalise by N instead of N - 1.
    pub bias: bool,
    /// `ddof=` (None: from `bias`).
    pub ddof: Option<i64>,
    /// `fweights=`: integer frequency weights per observation.
    pub fweights: Option<Arc<Array>>,
    /// `aweights=`: importance weights per observation.
    pub aweights: Option<Arc<Array>>,
    /// `dtype=`.
    pub dtype: Option<DType>,
}

/// `np.array(v, ndmin=2, dtype=dt)`: a new C-ordered 2-d copy.
fn matrix_copy(v: &Arc<Array>, dt: DType) -> Result<Arc<Array>> {
    let c = Arc::new(v.astype(dt, CopyOrder::C, Casting::Unsafe)?);
    Ok(Arc::new(atleast(&c, 2)?))
}

/// Checks `fweights`/`aweights` as NumPy does and returns their values.
fn obs_weights(w: &Array, name: &str, nobs: usize) -> Result<Vec<f64>> {
    let v = w.to_vec::<f64>();
    if name == "fweights" && v.iter().any(|x| *x != x.round_ties_even()) {
        return Err(Error::new(ErrorKind::DType, "fweights must be integer"));
    }
    if w.ndim() > 1 {
        return Err(Error::invalid(format!(
            "cannot handle multidimensional {name}"
        )));
    }
    if w.ndim() == 0 {
        return Err(Error::new(ErrorKind::Index, "tuple index out of range"));
    }
    if v.len() != nobs {
        return Err(Error::invalid(format!(
            "incompatible numbers of samples and {name}"
        )));
    }
    if v.iter().any(|&x| x < 0.0) {
        return Err(Error::invalid(format!("{name} cannot be negative")));
    }
    Ok(v)
}

/// `np.cov(m, y, rowvar, bias, ddof, fweights, aweights, dtype)`.
pub fn cov(m: &Arc<Array>, args: &CovArgs) -> Result<Arc<Array>> {
    if m.ndim() > 2 {
        return Err(Error::invalid("m has more than 2 dimensions"));
    }
    if args.y.as_ref().is_some_and(|y| y.ndim() > 2) {
        return Err(Error::invalid("y has more than 2 dimensions"));
    }
    let dt = args.dtype.unwrap_or_else(|| {
        let mut t = vec![m.dtype(), DType::Float64];
        if let Some(y) = &args.y {
            t.push(y.dtype());
        }
        promote_all(&t).unwrap_or(DType::Float64)
    });
    let mut x = matrix_copy(m, dt)?;
    if args.columns && m.ndim() != 1 {
        x = Arc::new(transpose(&x, None)?);
    }
    if x.shape()[0] == 0 {
        return Ok(Arc::new(Array::empty(DType::Float64, &[0, 0], Order::C)?));
    }
    if let Some(y) = &args.y {
        let mut y = matrix_copy(y, dt)?;
        if args.columns && y.shape()[0] != 1 {
            y = Arc::new(transpose(&y, None)?);
        }
        x = Arc::new(concatenate(&[x, y], Some(0))?);
    }
    let ddof = args.ddof.unwrap_or(if args.bias { 0 } else { 1 });
    let nobs = x.shape()[1];
    let fw = match &args.fweights {
        Some(f) => Some(obs_weights(f, "fweights", nobs)?),
        None => None,
    };
    let aw = match &args.aweights {
        Some(a) => Some(obs_weights(a, "aweights", nobs)?),
        None => None,
    };
    let w: Option<Vec<f64>> = match (fw, &aw) {
        (None, None) => None,
        (Some(f), None) => Some(f),
        (None, Some(a)) => Some(a.clone()),
        (Some(f), Some(a)) => Some(f.iter().zip(a).map(|(p, q)| p * q).collect()),
    };
    let wa = w
        .as_deref()
        .map(|v| crate::sort::from_vec(v, &[v.len()]).map(Arc::new))
        .transpose()?;
    let (avg, wsum) = average(&x, Some(&[1]), wa.as_ref(), false)?;
    let fact = match (&w, &aw) {
        (None, _) => (nobs as i64 - ddof) as f64,
        _ => {
            // The real part of the first sum (all are equal).
            let ws = real(&wsum)?.to_vec::<f64>()[0];
            match (ddof, &aw) {
                (0, _) => ws,
                (_, None) => ws - ddof as f64,
                (_, Some(a)) => {
                    // Python's built-in sum: left to right.
                    let s = w
                        .as_ref()
                        .unwrap()
                        .iter()
                        .zip(a)
                        .fold(0.0, |s, (p, q)| s + p * q);
                    ws - ddof as f64 * s / ws
                }
            }
        }
    };
    let fact = if fact > 0.0 { fact } else { 0.0 };
    let col = reshape(&avg, &[-1, 1], Order::C)?;
    inplace("subtract", &x, &col)?;
    let xt = match &wa {
        None => Arc::new(transpose(&x, None)?),
        Some(w) => Arc::new(transpose(&uf("multiply", &[&x, w])?, None)?),
    };
    let xt = if xt.dtype().kind() == Kind::Complex {
        uf("conjugate", &[&xt])?
    } else {
        xt
    };
    let c = crate::linalg::products::dot(&x, &xt, None)?;
    // 1 / fact as a NumPy float64 scalar: a strong operand.
    inplace("multiply", &c, &super::scalar::<f64>(1.0 / fact)?)?;
    Ok(Arc::new(squeeze(&c, None)?))
}

/// `np.corrcoef(x, y, rowvar, dtype)`: `args` as [`cov`]'s (only `y`,
/// `columns` and `dtype` are used).
pub fn corrcoef(x: &Arc<Array>, args: &CovArgs) -> Result<Arc<Array>> {
    let c = cov(
        x,
        &CovArgs {
            y: args.y.clone(),
            columns: args.columns,
            dtype: args.dtype,
            ..Default::default()
        },
    )?;
    if c.ndim() != 2 {
        return uf("true_divide", &[&c, &c]);
    }
    let d = Arc::new(diagonal(&c, 0, 0, 1)?);
    let sd = uf("sqrt", &[&*real(&d)?])?;
    let sd = Arc::new(sd.copy(CopyOrder::C)?);
    inplace("true_divide", &c, &reshape(&sd, &[-1, 1], Order::C)?)?;
    inplace("true_divide", &c, &reshape(&sd, &[1, -1], Order::C)?)?;
    let lo = weak_i64(-1)?;
    let hi = weak_i64(1)?;
    let mut parts = vec![real(&c)?];
    if c.dtype().kind() == Kind::Complex {
        parts.push(crate::ufunc::extra::imag(&c)?);
    }
    for p in parts {
        let opts = UfuncOptions {
            out: vec![Some(p.clone())],
            ..Default::default()
        };
        clip(&p, Some(&lo), Some(&hi), &opts)?;
    }
    Ok(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_tuple_keeps_order_and_refuses_repeats() {
        assert_eq!(axis_tuple(&[2, -3], 3).unwrap(), vec![2, 0]);
        assert_eq!(
            axis_tuple(&[1, -2], 3).unwrap_err().message,
            "repeated axis in `axis` argument"
        );
        assert_eq!(
            axis_tuple(&[3], 3).unwrap_err().message,
            "axis: axis 3 is out of bounds for array of dimension 3"
        );
    }

    #[test]
    fn obs_weights_checks_in_numpys_order() {
        let w = Array::zeros(DType::Float64, &[2, 2], Order::C).unwrap();
        let e = obs_weights(&w, "fweights", 2).unwrap_err();
        assert_eq!(e.message, "cannot handle multidimensional fweights");
        let w = Array::full(
            DType::Float64,
            &[3],
            Order::C,
            &0.5f64.to_le_bytes(),
            DType::Float64,
        )
        .unwrap();
        let e = obs_weights(&w, "fweights", 3).unwrap_err();
        assert_eq!(e.message, "fweights must be integer");
        assert_eq!(obs_weights(&w, "aweights", 3).unwrap(), vec![0.5; 3]);
        let e = obs_weights(&w, "aweights", 4).unwrap_err();
        assert_eq!(e.message, "incompatible numbers of samples and aweights");
    }
}
