//! Norms and condition numbers: `norm`, `vector_norm`, `matrix_norm`,
//! `cond`, with NumPy's choice of formula per order.
//!
//! Vector orders (over the reduced elements x_i):
//!   inf: max |x_i| (0 when empty); -inf: min |x_i|; 0: #{x_i != 0};
//!   1: sum |x_i|; 2 (and None): sqrt(sum re(x_i)^2 + im(x_i)^2);
//!   p: (sum |x_i|^p)^(1/p).
//! Matrix orders: 1 / -1 the max / min column sum of |a_ij|, inf / -inf the
//! max / min row sum, 'fro' sqrt(sum |a_ij|^2), 2 / -2 the largest /
//! smallest singular value, 'nuc' their sum.
//! Integer and bool inputs compute in float64; float16 in float32 with the
//! result rounded to float16.

use std::sync::Arc;

use num_complex::ComplexFloat;

use super::batch::{assert_stacked_square, linalg_error, real_of, Scalar};
use crate::array::convert::CopyOrder;
use crate::array::{Array, Order};
use crate::dtype::{Casting, DType, Element};
use crate::error::{Error, Result};
use crate::linalg_dispatch;
use crate::manip::normalize_axis;
use crate::manip::shape as sh;

/// NumPy's `ord=` of the norms.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum NormOrd {
    /// `None`.
    Default,
    /// A number (inf and -inf included).
    P(f64),
    /// `'fro'`.
    Fro,
    /// `'nuc'`.
    Nuc,
}

fn no_identity(op: &str) -> Error {
    Error::invalid(format!(
        "zero-size array to reduction operation {op} which has no identity"
    ))
}

/// The compute type and result type of a norm's input.
fn types(d: DType) -> (DType, DType) {
    match d {
        DType::Float32 | DType::Float64 | DType::Complex64 | DType::Complex128 => (d, real_of(d)),
        DType::Float16 => (DType::Float32, DType::Float16),
        _ => (DType::Float64, DType::Float64),
    }
}

/// max propagating nan, as NumPy's maximum.
fn max_nan<R: PartialOrd + Copy + ComplexFloat>(a: R, b: R) -> R {
    if a.is_nan() {
        a
    } else if b.is_nan() || b > a {
        b
    } else {
        a
    }
}

/// min propagating nan, as NumPy's minimum.
fn min_nan<R: PartialOrd + Copy + ComplexFloat>(a: R, b: R) -> R {
    if a.is_nan() {
        a
    } else if b.is_nan() || b < a {
        b
    } else {
        a
    }
}

fn vector<T: Scalar>(v: &[T], ord: NormOrd) -> Result<T::R> {
    let r = |x: f64| T::R::from_f64(x);
    Ok(match ord {
        NormOrd::P(p) if p == f64::INFINITY => v.iter().fold(r(0.0), |a, x| max_nan(a, x.abs())),
        NormOrd::P(p) if p == f64::NEG_INFINITY => {
            if v.is_empty() {
                return Err(no_identity("minimum"));
            }
            v.iter().fold(v[0].abs(), |a, x| min_nan(a, x.abs()))
        }
        NormOrd::P(0.0) => r(v.iter().filter(|x| **x != T::zero()).count() as f64),
        NormOrd::P(1.0) => v.iter().fold(r(0.0), |a, x| a + x.abs()),
        NormOrd::Default | NormOrd::P(2.0) => v
            .iter()
            .fold(r(0.0), |a, x| a + x.re() * x.re() + x.im() * x.im())
            .sqrt(),
        NormOrd::P(p) => {
            let s = v.iter().fold(r(0.0), |a, x| a + x.abs().powf(r(p)));
            s.powf(r(1.0) / r(p))
        }
        NormOrd::Fro => return Err(Error::invalid("Invalid norm order 'fro' for vectors")),
        NormOrd::Nuc => return Err(Error::invalid("Invalid norm order 'nuc' for vectors")),
    })
}

/// Element-wise norms of the rows/cols of one row-major r x c matrix.
fn matrix<T: Scalar>(v: &[T], rows: usize, cols: usize, ord: f64) -> Result<T::R> {
    let zero = T::R::from_f64(0.0);
    // 1 / -1: column sums; inf / -inf: row sums.
    let sums: Vec<T::R> = if ord.abs() == 1.0 {
        (0..cols)
            .map(|j| (0..rows).fold(zero, |a, i| a + v[i * cols + j].abs()))
            .collect()
    } else {
        (0..rows)
            .map(|i| (0..cols).fold(zero, |a, j| a + v[i * cols + j].abs()))
            .collect()
    };
    if ord > 0.0 {
        Ok(sums.iter().fold(zero, |a, &x| max_nan(a, x)))
    } else {
        if sums.is_empty() {
            return Err(no_identity("minimum"));
        }
        Ok(sums.iter().fold(sums[0], |a, &x| min_nan(a, x)))
    }
}

/// Norms over `axes` (1 axis: a vector norm over it; several: one vector
/// of all their elements; `matrix`: a matrix norm over the two axes).
fn reduce<T: Scalar>(
    x: &Arc<Array>,
    axes: &[usize],
    ord: NormOrd,
    matrix_axes: bool,
) -> Result<Array> {
    let nd = x.ndim();
    let rest: Vec<usize> = (0..nd).filter(|k| !axes.contains(k)).collect();
    let perm: Vec<i64> = rest.iter().chain(axes.iter()).map(|&k| k as i64).collect();
    let moved = Arc::new(sh::transpose(x, Some(&perm))?);
    let out_shape: Vec<usize> = rest.iter().map(|&k| x.shape()[k]).collect();
    if matrix_axes && (matches!(ord, NormOrd::P(p) if p.abs() == 2.0) || ord == NormOrd::Nuc) {
        let s = super::svd::svdvals(&moved)?;
        let k = s.shape()[s.ndim() - 1];
        let sv = s.to_vec::<T::R>();
        let out = Array::alloc(real_of(T::DTYPE), &out_shape, Order::C, true)?;
        let n = out.size();
        let zero = T::R::from_f64(0.0);
        let mut res = Vec::with_capacity(n);
        for b in 0..n {
            let row = &sv[b * k..(b + 1) * k];
            res.push(match ord {
                NormOrd::P(p) if p > 0.0 => row.iter().fold(zero, |a, &y| max_nan(a, y)),
                NormOrd::P(_) => {
                    if row.is_empty() {
                        return Err(no_identity("minimum"));
                    }
                    row.iter().fold(row[0], |a, &y| min_nan(a, y))
                }
                _ => row.iter().fold(zero, |a, &y| a + y),
            });
        }
        return fill(out, &res);
    }
    let data = moved.to_vec::<T>();
    let out = Array::alloc(real_of(T::DTYPE), &out_shape, Order::C, true)?;
    let n = out.size();
    let inner: usize = axes.iter().map(|&k| x.shape()[k]).product();
    let mut res = Vec::with_capacity(n);
    for b in 0..n {
        let v = &data[b * inner..(b + 1) * inner];
        res.push(match (matrix_axes, ord) {
            (true, NormOrd::P(p)) => matrix::<T>(v, x.shape()[axes[0]], x.shape()[axes[1]], p)?,
            (true, _) => vector::<T>(v, NormOrd::Default)?,
            (false, o) => vector::<T>(v, o)?,
        });
    }
    if n == 0 && inner == 0 {
        // NumPy still refuses the identity-less reductions.
        if let NormOrd::P(p) = ord {
            if p == f64::NEG_INFINITY || (matrix_axes && p < 0.0) {
                return Err(no_identity("minimum"));
            }
        }
    }
    fill(out, &res)
}

fn fill<R: Element>(out: Array, v: &[R]) -> Result<Array> {
    // SAFETY: a fresh C-ordered array of v.len() elements of R's dtype.
    unsafe { std::slice::from_raw_parts_mut(out.data_ptr() as *mut R, v.len()) }.copy_from_slice(v);
    Ok(out)
}

fn finish(r: Array, shape: Option<Vec<usize>>, dt: DType) -> Result<Array> {
    let r = if r.dtype() != dt {
        r.astype(dt, CopyOrder::C, Casting::Unsafe)?
    } else {
        r
    };
    match shape {
        Some(s) => {
            let dims: Vec<i64> = s.iter().map(|&d| d as i64).collect();
            sh::reshape(&Arc::new(r), &dims, Order::C)
        }
        None => Ok(r),
    }
}

fn keep_shape(x: &Array, axes: &[usize]) -> Vec<usize> {
    let mut s = x.shape().to_vec();
    for &k in axes {
        s[k] = 1;
    }
    s
}

fn normalize_axes(axes: &[i64], nd: usize) -> Result<Vec<usize>> {
    let mut out = Vec::with_capacity(axes.len());
    for &a in axes {
        let k = normalize_axis(a, nd, None)?;
        if out.contains(&k) {
            return Err(Error::invalid("repeated axis"));
        }
        out.push(k);
    }
    Ok(out)
}

fn prepare(x: &Arc<Array>) -> Result<(Arc<Array>, DType)> {
    let (c, r) = types(x.dtype());
    Ok((super::batch::as_type(x, c)?, r))
}

/// `np.linalg.norm(x, ord, axis, keepdims)`; `axes` None is axis=None.
pub fn norm(x: &Arc<Array>, ord: NormOrd, axes: Option<&[i64]>, keepdims: bool) -> Result<Array> {
    let (x, rdt) = prepare(x)?;
    let nd = x.ndim();
    let axes: Vec<usize> = match axes {
        None => {
            let simple = ord == NormOrd::Default
                || (ord == NormOrd::Fro && nd == 2)
                || (ord == NormOrd::P(2.0) && nd == 1);
            if simple {
                let all: Vec<usize> = (0..nd).collect();
                let r = linalg_dispatch!(x.dtype(), T => reduce::<T>(&x, &all, NormOrd::Default, false))?;
                return finish(r, keepdims.then(|| vec![1; nd]), rdt);
            }
            (0..nd).collect()
        }
        Some(a) => {
            let mut v = Vec::with_capacity(a.len());
            for &k in a {
                v.push(normalize_axis(k, nd, None)?);
            }
            v
        }
    };
    match axes.len() {
        1 => {
            let r = linalg_dispatch!(x.dtype(), T => reduce::<T>(&x, &axes, ord, false))?;
            finish(r, keepdims.then(|| keep_shape(&x, &axes)), rdt)
        }
        2 => {
            if axes[0] == axes[1] {
                return Err(Error::invalid("Duplicate axes given."));
            }
            let ok = match ord {
                NormOrd::P(p) => {
                    [1.0, -1.0, 2.0, -2.0, f64::INFINITY, f64::NEG_INFINITY].contains(&p)
                }
                _ => true,
            };
            if !ok {
                return Err(Error::invalid("Invalid norm order for matrices."));
            }
            let r = linalg_dispatch!(x.dtype(), T => reduce::<T>(&x, &axes, ord, true))?;
            finish(r, keepdims.then(|| keep_shape(&x, &axes)), rdt)
        }
        _ => Err(Error::invalid("Improper number of dimensions to norm.")),
    }
}

/// `np.linalg.vector_norm(x, axis, keepdims, ord)`: the elements over all
/// `axes` (None: all) form one vector.
pub fn vector_norm(
    x: &Arc<Array>,
    ord: f64,
    axes: Option<&[i64]>,
    keepdims: bool,
) -> Result<Array> {
    let (x, rdt) = prepare(x)?;
    let nd = x.ndim();
    let axes = match axes {
        None => (0..nd).collect(),
        Some(a) => normalize_axes(a, nd)?,
    };
    let r = linalg_dispatch!(x.dtype(), T => reduce::<T>(&x, &axes, NormOrd::P(ord), false))?;
    finish(r, keepdims.then(|| keep_shape(&x, &axes)), rdt)
}

/// `np.linalg.matrix_norm(x, keepdims, ord)`: `norm` over the last two
/// axes; `NormOrd::Default` is 'fro'.
pub fn matrix_norm(x: &Arc<Array>, ord: NormOrd, keepdims: bool) -> Result<Array> {
    let ord = if ord == NormOrd::Default {
        NormOrd::Fro
    } else {
        ord
    };
    norm(x, ord, Some(&[-2, -1]), keepdims)
}

/// `np.linalg.cond(x, p)`: s_max / s_min for p None and 2 (s_min / s_max
/// for -2), else norm(x, p) * norm(inv(x), p) over the last two axes with
/// a nan inverse for singular matrices; a nan result becomes inf unless
/// the matrix has a nan.
pub fn cond(x: &Arc<Array>, p: NormOrd) -> Result<Array> {
    let nd = x.ndim();
    if x.size() == 0 && nd >= 2 && x.shape()[nd - 2] * x.shape()[nd - 1] == 0 {
        return Err(linalg_error("cond is not defined on empty arrays"));
    }
    let svd_route = matches!(p, NormOrd::Default) || p == NormOrd::P(2.0) || p == NormOrd::P(-2.0);
    let r = if svd_route {
        let s = super::svd::svdvals(x)?;
        let k = s.shape()[s.ndim() - 1];
        let batch: Vec<usize> = s.shape()[..s.ndim() - 1].to_vec();
        let out = Array::alloc(s.dtype(), &batch, Order::C, true)?;
        linalg_dispatch!(s.dtype(), R => {
            let sv = s.to_vec::<R>();
            let res: Vec<R> = (0..out.size())
                .map(|b| {
                    let (first, last) = (sv[b * k], sv[b * k + k - 1]);
                    if p == NormOrd::P(-2.0) { last / first } else { first / last }
                })
                .collect();
            fill(out, &res)?
        })
    } else {
        assert_stacked_square(x)?;
        let inv = Arc::new(super::solve::inv_or_nan(x)?);
        let a = norm(x, p, Some(&[-2, -1]), false)?;
        let b = norm(&inv, p, Some(&[-2, -1]), false)?;
        let rdt = real_of(super::batch::lapack_type(x.dtype())?);
        let a = a.astype(rdt, CopyOrder::C, Casting::Unsafe)?;
        let b = b.astype(rdt, CopyOrder::C, Casting::Unsafe)?;
        linalg_dispatch!(rdt, R => {
            let res: Vec<R> = a.to_vec::<R>().iter().zip(b.to_vec::<R>()).map(|(x, y)| *x * y).collect();
            fill(a, &res)?
        })
    };
    // nan -> inf unless the matrix itself holds a nan.
    let has_nan: Vec<bool> = {
        let xs = Arc::new(super::batch::as_type(x, DType::Complex128)?.copy(CopyOrder::C)?);
        let (r_, c_) = (xs.shape()[nd - 2], xs.shape()[nd - 1]);
        let v = xs.to_vec::<num_complex::Complex64>();
        let per = r_ * c_;
        (0..r.size())
            .map(|b| v[b * per..(b + 1) * per].iter().any(|z| z.is_nan()))
            .collect()
    };
    linalg_dispatch!(r.dtype(), R => {
        let v = r.to_vec::<R>();
        let fixed: Vec<R> = v
            .iter()
            .zip(&has_nan)
            .map(|(&y, &hn)| if y.is_nan() && !hn { R::from_f64(f64::INFINITY) } else { y })
            .collect();
        fill(r, &fixed)
    })
}
