//! Elementwise functions NumPy builds from ufuncs: clip, where, isclose,
//! allclose, array_equal, array_equiv, nan_to_num, round, real, imag,
//! angle. Each is written as the same composition of ufunc calls NumPy
//! uses, so dtypes, weak-scalar promotion and special values follow.

use std::sync::Arc;

use half::{bf16, f16};
use num_complex::{Complex32, Complex64};

use super::exec::{call, UfuncOptions};
use super::lookup;
use super::resolve::Weak;
use crate::array::convert::CopyOrder;
use crate::array::{Array, Order};
use crate::dtype::{promote_all, Bool, Casting, DType, Element, Kind};
use crate::error::{Error, Result};
use crate::iter::{broadcast_shapes, broadcast_strides, Plan};

/// Calls a one-output ufunc by name.
pub(crate) fn uf(name: &str, inputs: &[&Array]) -> Result<Arc<Array>> {
    uf_opts(name, inputs, &UfuncOptions::default())
}

fn uf_opts(name: &str, inputs: &[&Array], opts: &UfuncOptions) -> Result<Arc<Array>> {
    let mut r = call(lookup(name)?, inputs, opts)?;
    Ok(r.remove(0))
}

/// A weak (Python-style) float scalar.
pub fn weak_f64(v: f64) -> Result<Array> {
    let a = Array::empty(DType::Float64, &[], Order::C)?;
    a.set::<f64>(&[], v)?;
    Ok(a.into_weak(Weak::Float))
}

/// A weak (Python-style) int scalar.
pub fn weak_i64(v: i64) -> Result<Array> {
    let a = Array::empty(DType::Int64, &[], Order::C)?;
    a.set::<i64>(&[], v)?;
    Ok(a.into_weak(Weak::Int(v as i128)))
}

/// `np.clip(a, a_min, a_max, out=...)`: `minimum(maximum(a, a_min), a_max)`
/// in the promoted dtype; a missing bound is skipped (at least one needed).
pub fn clip(
    a: &Array,
    lo: Option<&Array>,
    hi: Option<&Array>,
    opts: &UfuncOptions,
) -> Result<Arc<Array>> {
    match (lo, hi) {
        (None, None) => Err(Error::invalid("One of max or min must be given")),
        (Some(l), None) => uf_opts("maximum", &[a, l], opts),
        (None, Some(h)) => uf_opts("minimum", &[a, h], opts),
        (Some(l), Some(h)) => {
            // NumPy's three-input clip loop runs in the dtype resolved from
            // all three operands; both steps use it.
            let types = super::resolve::input_dtypes(lookup("maximum")?, &[a, l, h])?;
            let dtype = opts.dtype.or(promote_all(&types));
            let inner = UfuncOptions {
                dtype,
                ..UfuncOptions::default()
            };
            let t = uf_opts("maximum", &[a, l], &inner)?;
            let outer = UfuncOptions {
                dtype,
                ..opts.clone()
            };
            uf_opts("minimum", &[&t, h], &outer)
        }
    }
}

/// `np.where(cond, x, y)`: elements of `x` where `cond` is true, else of
/// `y`, broadcast together, in `result_type(x, y)` (weak scalars adopt the
/// other operand's type).
pub fn where_(cond: &Array, x: &Array, y: &Array) -> Result<Array> {
    let dt = super::resolve::input_dtypes(lookup("add")?, &[x, y])?;
    let dtype = promote_all(&dt).unwrap_or(DType::Float64);
    let shape = broadcast_shapes(&[cond.shape(), x.shape(), y.shape()])?;
    let cond = if cond.dtype() == DType::Bool {
        cond.clone()
    } else {
        cond.astype(DType::Bool, CopyOrder::K, Casting::Unsafe)?
    };
    let cast = |a: &Array| -> Result<Array> {
        if a.dtype() == dtype {
            Ok(a.clone())
        } else {
            a.astype(dtype, CopyOrder::K, Casting::Unsafe)
        }
    };
    let (x, y) = (cast(x)?, cast(y)?);
    let out = Array::empty(dtype, &shape, Order::C)?;
    let ops = [&out, &cond, &x, &y];
    let strides: Vec<Vec<isize>> = ops
        .iter()
        .map(|a| broadcast_strides(a.shape(), a.strides(), &shape).expect("shapes broadcast"))
        .collect();
    let plan = Plan::new(&shape, &strides);
    let item = dtype.itemsize();
    let bases: Vec<*mut u8> = ops.iter().map(|a| a.data_ptr()).collect();
    let steps = plan.inner_strides();
    plan.for_each_run(0, plan.size, |offs, n| {
        let mut p: Vec<*mut u8> = bases
            .iter()
            .zip(offs)
            .map(|(b, o)| b.wrapping_offset(*o))
            .collect();
        for _ in 0..n {
            // SAFETY: offsets come from each operand's layout (A3); `out` is
            // fresh and writeable; all element types are `dtype` or bool.
            unsafe {
                let src = if *p[1] != 0 { p[2] } else { p[3] };
                std::ptr::copy_nonoverlapping(src, p[0], item);
            }
            for (k, q) in p.iter_mut().enumerate() {
                *q = q.wrapping_offset(steps[k]);
            }
        }
    });
    Ok(out)
}

/// `np.isclose(a, b, rtol, atol, equal_nan)`:
/// `|a - b| <= atol + rtol * |b|` (with `b` made inexact first) and `b`
/// finite, or `a == b`; with `equal_nan`, nan matches nan.
pub fn isclose(a: &Array, b: &Array, rtol: f64, atol: f64, equal_nan: bool) -> Result<Arc<Array>> {
    let one = weak_f64(1.0)?;
    let ydt = super::resolve::input_dtypes(lookup("add")?, &[b, &one])?;
    let ydt = promote_all(&ydt).unwrap_or(DType::Float64);
    let y = if b.dtype() == ydt && b.weak().is_none() {
        b.clone()
    } else if b.weak().is_some()
        && b.dtype().kind() != Kind::Complex
        && b.dtype().kind() != Kind::Float
    {
        b.astype(DType::Float64, CopyOrder::K, Casting::Unsafe)?
            .into_weak(Weak::Float)
    } else if b.weak().is_some() {
        b.clone()
    } else {
        b.astype(ydt, CopyOrder::K, Casting::Unsafe)?
    };
    let (atol_a, rtol_a) = (weak_f64(atol)?, weak_f64(rtol)?);
    let diff = uf("absolute", &[&*uf("subtract", &[a, &y])?])?;
    let bound = uf(
        "add",
        &[
            &atol_a,
            &*uf("multiply", &[&rtol_a, &*uf("absolute", &[&y])?])?,
        ],
    )?;
    let close = uf("less_equal", &[&diff, &bound])?;
    let fin = uf("isfinite", &[&y])?;
    let mut r = uf(
        "bitwise_or",
        &[
            &*uf("bitwise_and", &[&close, &fin])?,
            &*uf("equal", &[a, &y])?,
        ],
    )?;
    if equal_nan {
        let both = uf(
            "bitwise_and",
            &[&*uf("isnan", &[a])?, &*uf("isnan", &[&y])?],
        )?;
        r = uf("bitwise_or", &[&r, &both])?;
    }
    Ok(r)
}

/// True when every element of a bool array is true.
fn all_true(a: &Array) -> bool {
    a.to_vec::<Bool>().iter().all(|b| b.get())
}

/// `np.allclose`.
pub fn allclose(a: &Array, b: &Array, rtol: f64, atol: f64, equal_nan: bool) -> Result<bool> {
    Ok(all_true(&*isclose(a, b, rtol, atol, equal_nan)?))
}

/// `np.array_equal(a1, a2, equal_nan)`: same shape and equal elements.
pub fn array_equal(a: &Array, b: &Array, equal_nan: bool) -> Result<bool> {
    if a.shape() != b.shape() {
        return Ok(false);
    }
    let eq = uf("equal", &[a, b])?;
    let inexact = |x: &Array| matches!(x.dtype().kind(), Kind::Float | Kind::Complex);
    if !equal_nan || !(inexact(a) || inexact(b)) {
        return Ok(all_true(&eq));
    }
    let both = uf("bitwise_and", &[&*uf("isnan", &[a])?, &*uf("isnan", &[b])?])?;
    Ok(all_true(&*uf("bitwise_or", &[&eq, &both])?))
}

/// `np.array_equiv(a1, a2)`: broadcastable and equal elements.
pub fn array_equiv(a: &Array, b: &Array) -> Result<bool> {
    if broadcast_shapes(&[a.shape(), b.shape()]).is_err() {
        return Ok(false);
    }
    Ok(all_true(&*uf("equal", &[a, b])?))
}

/// Replacement values of `nan_to_num` for one float type.
trait NanToNum: Element {
    fn fix(self, nan: f64, posinf: Option<f64>, neginf: Option<f64>) -> Self;
}

macro_rules! nan_to_num_real {
    ($($t:ty),*) => {$(
        impl NanToNum for $t {
            fn fix(self, nan: f64, posinf: Option<f64>, neginf: Option<f64>) -> Self {
                if self.is_nan() {
                    <$t as Element>::from_f64(nan)
                } else if self.is_infinite() {
                    if self > <$t as Element>::from_f64(0.0) {
                        posinf.map_or(<$t>::MAX, <$t as Element>::from_f64)
                    } else {
                        neginf.map_or(<$t>::MIN, <$t as Element>::from_f64)
                    }
                } else {
                    self
                }
            }
        }
    )*};
}
nan_to_num_real!(f16, bf16, f32, f64);

macro_rules! nan_to_num_complex {
    ($($t:ty),*) => {$(
        impl NanToNum for $t {
            fn fix(self, nan: f64, posinf: Option<f64>, neginf: Option<f64>) -> Self {
                <$t>::new(self.re.fix(nan, posinf, neginf), self.im.fix(nan, posinf, neginf))
            }
        }
    )*};
}
nan_to_num_complex!(Complex32, Complex64);

fn nan_to_num_typed<T: NanToNum>(
    a: &Array,
    nan: f64,
    posinf: Option<f64>,
    neginf: Option<f64>,
) -> Result<Array> {
    let out = a.copy(CopyOrder::K)?;
    let v: Vec<T> = out.to_vec::<T>();
    let fixed: Vec<T> = v.into_iter().map(|x| x.fix(nan, posinf, neginf)).collect();
    let c = Array::empty(T::DTYPE, out.shape(), Order::C)?;
    // SAFETY: `c` is fresh, contiguous and of element type T (A3).
    unsafe { std::ptr::copy_nonoverlapping(fixed.as_ptr(), c.data_ptr() as *mut T, fixed.len()) };
    Ok(c)
}

/// `np.nan_to_num(x, nan=..., posinf=..., neginf=...)`: a copy with nan and
/// infinities replaced (defaults: 0 and the dtype's largest finite values);
/// non-float arrays are copied unchanged.
pub fn nan_to_num(a: &Array, nan: f64, posinf: Option<f64>, neginf: Option<f64>) -> Result<Array> {
    match a.dtype() {
        DType::Float16 => nan_to_num_typed::<f16>(a, nan, posinf, neginf),
        DType::BFloat16 => nan_to_num_typed::<bf16>(a, nan, posinf, neginf),
        DType::Float32 => nan_to_num_typed::<f32>(a, nan, posinf, neginf),
        DType::Float64 => nan_to_num_typed::<f64>(a, nan, posinf, neginf),
        DType::Complex64 => nan_to_num_typed::<Complex32>(a, nan, posinf, neginf),
        DType::Complex128 => nan_to_num_typed::<Complex64>(a, nan, posinf, neginf),
        _ => a.copy(CopyOrder::K),
    }
}

/// NumPy's power of ten for round: exact table up to 1e8, then repeated
/// multiplication by 10.
fn power_of_ten(n: u32) -> f64 {
    const P: [f64; 9] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];
    if n < 9 {
        return P[n as usize];
    }
    let mut r = 1e9;
    for _ in 9..n {
        r *= 10.0;
    }
    r
}

/// `np.round(a, decimals)`: `rint(a * 10^d) / 10^d` (or `rint(a / 10^-d) *
/// 10^-d` for negative `d`) in the array's float type; integers with
/// `d >= 0` are returned unchanged, with `d < 0` computed in float64 and
/// cast back.
pub fn round(a: &Array, decimals: i64) -> Result<Array> {
    let int = matches!(a.dtype().kind(), Kind::Int | Kind::UInt | Kind::Bool);
    if decimals >= 0 && int {
        return a.copy(CopyOrder::K);
    }
    let f = weak_f64(power_of_ten(decimals.unsigned_abs().min(400) as u32))?;
    let src = if int {
        a.astype(DType::Float64, CopyOrder::K, Casting::Unsafe)?
    } else {
        a.clone()
    };
    let (op1, op2) = if decimals >= 0 {
        ("multiply", "divide")
    } else {
        ("divide", "multiply")
    };
    let t = uf(op1, &[&src, &f])?;
    let t = uf("rint", &[&t])?;
    let t = uf(op2, &[&t, &f])?;
    if int {
        return t.astype(a.dtype(), CopyOrder::K, Casting::Unsafe);
    }
    Ok((*t).clone())
}

/// `np.real(a)`: a view of the real parts of a complex array, else `a`.
pub fn real(a: &Arc<Array>) -> Result<Arc<Array>> {
    Ok(match a.dtype() {
        DType::Complex64 | DType::Complex128 => Arc::new(part_view(a, 0)),
        _ => a.clone(),
    })
}

/// `np.imag(a)`: a view of the imaginary parts of a complex array, else a
/// read-only array of zeros.
pub fn imag(a: &Arc<Array>) -> Result<Arc<Array>> {
    Ok(match a.dtype() {
        DType::Complex64 | DType::Complex128 => Arc::new(part_view(a, 1)),
        _ => {
            let z = Array::zeros_like(a, None, CopyOrder::K)?;
            z.set_writeable(false)?;
            Arc::new(z)
        }
    })
}

fn part_view(a: &Arc<Array>, part: usize) -> Array {
    let real = if a.dtype() == DType::Complex64 {
        DType::Float32
    } else {
        DType::Float64
    };
    let off = a.offset() + part * real.itemsize();
    // The parts lie inside each complex element, so A3 holds.
    a.view_unchecked(a.shape().to_vec(), a.strides().to_vec(), off, real)
}

/// `np.angle(z, deg)`: `arctan2(imag, real)`, in degrees when `deg`.
pub fn angle(z: &Arc<Array>, deg: bool) -> Result<Arc<Array>> {
    let r = if matches!(z.dtype(), DType::Complex64 | DType::Complex128) {
        uf("arctan2", &[&*imag(z)?, &*real(z)?])?
    } else {
        uf("arctan2", &[&weak_i64(0)?, z])?
    };
    if deg {
        return uf("multiply", &[&r, &weak_f64(180.0 / std::f64::consts::PI)?]);
    }
    Ok(r)
}
