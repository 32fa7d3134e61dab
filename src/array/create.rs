//! Array construction with NumPy's signatures and results: empty, zeros,
//! ones, full, arange, linspace, logspace, geomspace, eye, identity, tri and
//! the `*_like` forms.

use half::{bf16, f16};
use num_complex::{Complex32, Complex64};

use super::convert::{empty_for, CopyOrder};
use super::{Array, Order};
use crate::dispatch;
use crate::dtype::{Bool, DType, Element};
use crate::error::{Error, Result};

impl Array {
    /// `np.empty(shape, dtype, order)`.
    pub fn empty(dtype: DType, shape: &[usize], order: Order) -> Result<Array> {
        Array::alloc(dtype, shape, order, false)
    }

    /// `np.zeros`: memory comes zeroed from the allocator (calloc), so pages
    /// are not touched until written.
    pub fn zeros(dtype: DType, shape: &[usize], order: Order) -> Result<Array> {
        Array::alloc(dtype, shape, order, true)
    }

    /// `np.ones`.
    pub fn ones(dtype: DType, shape: &[usize], order: Order) -> Result<Array> {
        let a = Array::alloc(dtype, shape, order, false)?;
        a.fill(Bool(1))?;
        Ok(a)
    }

    /// `np.full` with a value given as the raw bytes of an element of
    /// `value_dtype`, converted to `dtype` with an unsafe cast (as
    /// `np.full(shape, np.int64(v), dtype)`).
    pub fn full(
        dtype: DType,
        shape: &[usize],
        order: Order,
        value: &[u8],
        value_dtype: DType,
    ) -> Result<Array> {
        let a = Array::alloc(dtype, shape, order, false)?;
        a.fill_bytes(value, value_dtype)?;
        Ok(a)
    }

    /// Fills with one element given as raw bytes of `value_dtype`.
    pub fn fill_bytes(&self, value: &[u8], value_dtype: DType) -> Result<()> {
        if value.len() != value_dtype.itemsize() {
            return Err(Error::invalid(
                "fill value has the wrong size for its dtype",
            ));
        }
        dispatch!(value_dtype, S => {
            // SAFETY: `value` holds exactly one S (checked above).
            let v = unsafe { (value.as_ptr() as *const S).read_unaligned() };
            self.fill(v)
        })
    }

    /// `np.empty_like` / `zeros_like` / `ones_like` / `full_like` share this:
    /// a new array of the prototype's shape (or `shape`), `dtype` (or the
    /// prototype's) and order (K keeps the prototype's memory order).
    pub fn empty_like(proto: &Array, dtype: Option<DType>, order: CopyOrder) -> Result<Array> {
        empty_for(proto, dtype.unwrap_or(proto.dtype()), order)
    }

    /// `np.zeros_like`.
    pub fn zeros_like(proto: &Array, dtype: Option<DType>, order: CopyOrder) -> Result<Array> {
        let a = Array::empty_like(proto, dtype, order)?;
        a.fill(Bool(0))?;
        Ok(a)
    }

    /// `np.arange` over floats: length `ceil((stop - start) / step)`; element
    /// 0 is `start` and element 1 is `start + step`, both converted to
    /// `dtype`, and element i is `e0 + i * (e1 - e0)` computed in the dtype's
    /// arithmetic — NumPy's fill rule, which is why
    /// `arange(0, 5, 0.5, dtype=int)` is all zeros.
    ///
    /// Errors as NumPy: a zero step, a nan length, a length that does not
    /// fit, an integer dtype that cannot hold (the truncation of) `start` or
    /// `start + step` (Overflow), and a bool result longer than 2 (DType).
    pub fn arange(start: f64, stop: f64, step: f64, dtype: DType) -> Result<Array> {
        if step == 0.0 {
            return Err(Error::invalid("float division by zero"));
        }
        let len = arange_len((stop - start) / step)?;
        check_arange_values(dtype, len, || {
            [start, start + step].map(|v| {
                let t = v.trunc();
                if t.abs() < 1.7e38 {
                    Some(t as i128)
                } else {
                    None
                }
            })
        })?;
        let a = Array::alloc(dtype, &[len], Order::C, false)?;
        dispatch!(dtype, T => {
            let first = T::from_f64(start);
            let second = T::from_f64(start + step);
            // SAFETY: A3 — a fresh contiguous array of `len` elements.
            let out = unsafe { a.as_mut_slice::<T>() };
            <T as ArangeFill>::fill(out, first, second);
        });
        Ok(a)
    }

    /// `np.arange` over integers, exact (no float rounding of the length or
    /// the values); the default dtype of integer arguments is int64. Errors
    /// as [`Array::arange`].
    pub fn arange_int(start: i64, stop: i64, step: i64, dtype: DType) -> Result<Array> {
        if step == 0 {
            return Err(Error::invalid("division by zero"));
        }
        let span = stop as i128 - start as i128;
        let step128 = step as i128;
        // ceil(span / step) for either sign.
        let mut len = span / step128;
        if span % step128 != 0 && ((span < 0) == (step128 < 0)) {
            len += 1;
        }
        let len = len.max(0);
        if len > isize::MAX as i128 {
            return Err(Error::invalid("Maximum allowed size exceeded"));
        }
        let len = len as usize;
        check_arange_values(dtype, len, || {
            [Some(start as i128), Some(start as i128 + step as i128)]
        })?;
        let a = Array::alloc(dtype, &[len], Order::C, false)?;
        dispatch!(dtype, T => {
            // SAFETY: A3 — a fresh contiguous array of `len` elements.
            let out = unsafe { a.as_mut_slice::<T>() };
            match dtype.kind() {
                crate::dtype::Kind::Int | crate::dtype::Kind::UInt | crate::dtype::Kind::Bool => {
                    let mut v = start;
                    for o in out.iter_mut() {
                        *o = T::from_i64(v);
                        v = v.wrapping_add(step);
                    }
                }
                _ => {
                    let first = T::from_i64(start);
                    let second = T::from_i64(start.wrapping_add(step));
                    <T as ArangeFill>::fill(out, first, second);
                }
            }
        });
        Ok(a)
    }

    /// `np.linspace(start, stop, num, endpoint, retstep, dtype)`: element i is
    /// `start + i * step` with `step = (stop - start) / div` (or
    /// `i / div * delta` when the step underflows to 0), the last element is
    /// exactly `stop` when `endpoint`, and integer dtypes take the floor.
    /// Returns the array and the step (nan when `div == 0`).
    pub fn linspace(
        start: f64,
        stop: f64,
        num: i64,
        endpoint: bool,
        dtype: DType,
    ) -> Result<(Array, f64)> {
        let (vals, step) = linspace_values(start, stop, num, endpoint)?;
        Ok((from_f64_values(&vals, dtype)?, step))
    }

    /// `np.logspace(start, stop, num, endpoint, base, dtype)`.
    pub fn logspace(
        start: f64,
        stop: f64,
        num: i64,
        endpoint: bool,
        base: f64,
        dtype: DType,
    ) -> Result<Array> {
        let (mut vals, _) = linspace_values(start, stop, num, endpoint)?;
        for v in &mut vals {
            *v = base.powf(*v);
        }
        cast_f64_values(&vals, dtype)
    }

    /// `np.geomspace(start, stop, num, endpoint, dtype)` for real endpoints:
    /// the sign of `start` is factored out, the sequence is a logspace between
    /// `log10|start|` and `log10(stop/sign)`, and the ends are set exactly.
    /// For a complex dtype NumPy computes in complex128 (so endpoints of
    /// different signs give complex values), and so does ndc.
    pub fn geomspace(
        start: f64,
        stop: f64,
        num: i64,
        endpoint: bool,
        dtype: DType,
    ) -> Result<Array> {
        if start == 0.0 || stop == 0.0 {
            return Err(Error::invalid("Geometric sequence cannot include zero"));
        }
        if dtype.kind() == crate::dtype::Kind::Complex {
            return geomspace_complex(start, stop, num, endpoint, dtype);
        }
        let sign = if start.is_nan() {
            f64::NAN
        } else {
            start.signum()
        };
        let (s, e) = (start / sign, stop / sign);
        let (mut vals, _) = linspace_values(log10(s), log10(e), num, endpoint)?;
        for v in &mut vals {
            *v = 10f64.powf(*v);
        }
        let n = vals.len();
        if n > 0 {
            vals[0] = s;
            if n > 1 && endpoint {
                vals[n - 1] = e;
            }
        }
        for v in &mut vals {
            *v *= sign;
        }
        cast_f64_values(&vals, dtype)
    }

    /// `np.eye(N, M, k, dtype, order)`.
    pub fn eye(n: usize, m: Option<usize>, k: i64, dtype: DType, order: Order) -> Result<Array> {
        let m = m.unwrap_or(n);
        let a = Array::zeros(dtype, &[n, m], order)?;
        let (rs, cs) = (a.strides()[0], a.strides()[1]);
        let base = a.data_ptr();
        dispatch!(dtype, T => {
            let one = T::from_bool(true);
            for i in 0..n as i64 {
                let j = i + k;
                if j >= 0 && j < m as i64 {
                    // SAFETY: A3 — (i, j) is inside the (n, m) array.
                    unsafe {
                        (base.wrapping_offset(i as isize * rs + j as isize * cs) as *mut T).write_unaligned(one)
                    };
                }
            }
        });
        Ok(a)
    }

    /// `np.tri(N, M, k, dtype)`: ones at and below the k-th diagonal.
    pub fn tri(n: usize, m: Option<usize>, k: i64, dtype: DType) -> Result<Array> {
        let m = m.unwrap_or(n);
        let a = Array::zeros(dtype, &[n, m], Order::C)?;
        dispatch!(dtype, T => {
            let one = T::from_bool(true);
            // SAFETY: A3 — fresh contiguous array.
            let out = unsafe { a.as_mut_slice::<T>() };
            for i in 0..n {
                let stop = (i as i64 + k + 1).clamp(0, m as i64) as usize;
                out[i * m..i * m + stop].fill(one);
            }
        });
        Ok(a)
    }

    /// The elements of a fresh, contiguous, aligned array as a slice.
    ///
    /// # Safety
    /// The array must be contiguous (C or F), writeable, aligned for `T`,
    /// of element type `T`, and not aliased by another live slice.
    // Element bytes are mutable through a shared `Array` (invariant A4); the
    // caller's contract above stands in for the borrow checker.
    #[allow(clippy::mut_from_ref)]
    pub(crate) unsafe fn as_mut_slice<T: Element>(&self) -> &mut [T] {
        debug_assert_eq!(T::DTYPE, self.dtype());
        std::slice::from_raw_parts_mut(self.data_ptr() as *mut T, self.size())
    }
}

/// NumPy's checks on the first two elements of an arange: they are stored
/// as Python integers, so an integer dtype refuses values outside its range
/// (`values` gives `start` and `start + step`, truncated, `None` when too
/// large for any integer), and a bool arange may have at most two elements
/// (bool has no fill rule).
fn check_arange_values(
    dtype: DType,
    len: usize,
    values: impl FnOnce() -> [Option<i128>; 2],
) -> Result<()> {
    use crate::dtype::Kind;
    match dtype.kind() {
        Kind::Bool if len > 2 => Err(Error::dtype(
            "arange() is only supported for booleans when the result has at most length 2.",
        )),
        Kind::Int | Kind::UInt => {
            let bits = 8 * dtype.itemsize() as u32;
            let (lo, hi) = if dtype.kind() == Kind::Int {
                (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
            } else {
                (0, (1i128 << bits) - 1)
            };
            for v in values().into_iter().take(len.min(2)) {
                let c_long = if dtype == DType::UInt64 {
                    "C unsigned long"
                } else {
                    "C long"
                };
                let Some(v) = v.filter(|v| {
                    (i64::MIN as i128..=u64::MAX as i128).contains(v)
                        && (dtype == DType::UInt64 || *v <= i64::MAX as i128)
                }) else {
                    return Err(Error::overflow(format!(
                        "Python int too large to convert to {c_long}"
                    )));
                };
                if v < lo || v > hi {
                    return Err(Error::overflow(format!(
                        "Python integer {v} out of bounds for {}",
                        dtype.name()
                    )));
                }
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// NumPy's geomspace in complex128 arithmetic, step by step as NumPy
/// evaluates it (each operation below is the one of NumPy's complex loops,
/// so that the signs of zero imaginary parts come out the same).
fn geomspace_complex(
    start: f64,
    stop: f64,
    num: i64,
    endpoint: bool,
    dtype: DType,
) -> Result<Array> {
    if num < 0 {
        return Err(Error::invalid(format!(
            "Number of samples, {num}, must be non-negative."
        )));
    }
    let (start, stop) = (Complex64::new(start, 0.0), Complex64::new(stop, 0.0));
    let sign = complex::sign(start);
    let (s, e) = (complex::div(start, sign), complex::div(stop, sign));
    let (ls, le) = (complex::log10(s), complex::log10(e));
    // linspace(ls, le, num, endpoint) in complex128.
    let num = num as usize;
    let div = if endpoint { num.saturating_sub(1) } else { num };
    let delta = le - ls;
    let k = |i: usize| Complex64::new(i as f64, 0.0);
    let mut vals: Vec<Complex64> = if div > 0 {
        let d = Complex64::new(div as f64, 0.0);
        let step = complex::div(delta, d);
        if step.re == 0.0 && step.im == 0.0 {
            (0..num)
                .map(|i| complex::mul(complex::div(k(i), d), delta))
                .collect()
        } else {
            (0..num).map(|i| complex::mul(k(i), step)).collect()
        }
    } else {
        (0..num).map(|i| complex::mul(k(i), delta)).collect()
    };
    for v in &mut vals {
        *v += ls;
    }
    if endpoint && num > 1 {
        vals[num - 1] = le;
    }
    // power(10, y), then the exact ends and the sign back.
    let ten = Complex64::new(10.0, 0.0);
    for v in &mut vals {
        *v = complex::pow(ten, *v);
    }
    if num > 0 {
        vals[0] = s;
        if num > 1 && endpoint {
            vals[num - 1] = e;
        }
    }
    let a = Array::alloc(dtype, &[num], Order::C, false)?;
    dispatch!(dtype, T => {
        // SAFETY: A3 — fresh contiguous array of `num` elements.
        let out = unsafe { a.as_mut_slice::<T>() };
        for (o, &v) in out.iter_mut().zip(&vals) {
            *o = T::from_c64(complex::mul(v, sign));
        }
    });
    Ok(a)
}

/// Complex128 operations as NumPy's loops compute them.
mod complex {
    use num_complex::Complex64;

    extern "C" {
        // C99 <complex.h>, from the platform libm (NumPy's `npy_cpow` and
        // `npy_clog` use the same functions). `Complex64` is `repr(C)` with
        // the layout and calling convention of `double _Complex`.
        fn cpow(x: Complex64, y: Complex64) -> Complex64;
        fn clog(z: Complex64) -> Complex64;
    }

    /// `a * b` without fused operations.
    pub fn mul(a: Complex64, b: Complex64) -> Complex64 {
        Complex64::new(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
    }

    /// `a / b` by Smith's method with a reciprocal scale, as NumPy.
    pub fn div(a: Complex64, b: Complex64) -> Complex64 {
        if b.re.abs() >= b.im.abs() {
            if b.re == 0.0 && b.im == 0.0 {
                return Complex64::new(a.re / b.re.abs(), a.im / b.re.abs());
            }
            let rat = b.im / b.re;
            let scl = 1.0 / (b.re + b.im * rat);
            Complex64::new((a.re + a.im * rat) * scl, (a.im - a.re * rat) * scl)
        } else {
            let rat = b.re / b.im;
            let scl = 1.0 / (b.im + b.re * rat);
            Complex64::new((a.re * rat + a.im) * scl, (a.im * rat - a.re) * scl)
        }
    }

    /// `np.sign` of a complex number: `z / |z|`.
    pub fn sign(z: Complex64) -> Complex64 {
        let r = z.re.hypot(z.im);
        if r.is_nan() {
            Complex64::new(f64::NAN, f64::NAN)
        } else if r == 0.0 {
            Complex64::new(0.0, 0.0)
        } else {
            Complex64::new(z.re / r, z.im / r)
        }
    }

    /// `np.log10`: the natural log scaled by log10(e).
    pub fn log10(z: Complex64) -> Complex64 {
        // SAFETY: a pure libm function on values.
        let l = unsafe { clog(z) };
        Complex64::new(
            l.re * std::f64::consts::LOG10_E,
            l.im * std::f64::consts::LOG10_E,
        )
    }

    /// `np.power` for complex128: exponent 0 gives 1, small integer
    /// exponents (|n| < 100) use repeated squaring (and a division for
    /// negative ones), anything else the libm `cpow`.
    pub fn pow(a: Complex64, b: Complex64) -> Complex64 {
        if b.re == 0.0 && b.im == 0.0 {
            return Complex64::new(1.0, 0.0);
        }
        if a.re == 0.0 && a.im == 0.0 {
            return if b.re > 0.0 && b.im == 0.0 {
                Complex64::new(0.0, 0.0)
            } else {
                Complex64::new(f64::NAN, f64::NAN)
            };
        }
        if b.im == 0.0 && b.re == b.re.trunc() && b.re.abs() < 100.0 {
            let n = b.re.abs() as u32;
            match n {
                1 if b.re > 0.0 => return a,
                2 if b.re > 0.0 => return mul(a, a),
                3 if b.re > 0.0 => return mul(a, mul(a, a)),
                _ => {}
            }
            let (mut acc, mut p, mut mask) = (Complex64::new(1.0, 0.0), a, 1u32);
            loop {
                if n & mask != 0 {
                    acc = mul(acc, p);
                }
                mask <<= 1;
                if n < mask {
                    break;
                }
                p = mul(p, p);
            }
            return if b.re < 0.0 {
                div(Complex64::new(1.0, 0.0), acc)
            } else {
                acc
            };
        }
        // SAFETY: a pure libm function on values.
        unsafe { cpow(a, b) }
    }
}

/// `log10` with the nan NumPy's loop gives for a negative argument: the
/// x86-64 "default nan", which has the sign bit set.
fn log10(v: f64) -> f64 {
    if v < 0.0 {
        -f64::NAN
    } else {
        v.log10()
    }
}

/// NumPy's `_arange_safe_ceil_to_intp`.
fn arange_len(quotient: f64) -> Result<usize> {
    if quotient.is_nan() {
        return Err(Error::invalid("arange: cannot compute length"));
    }
    let c = quotient.ceil();
    if c > isize::MAX as f64 || c.is_infinite() {
        return Err(Error::invalid("Maximum allowed size exceeded"));
    }
    Ok(if c <= 0.0 { 0 } else { c as usize })
}

fn linspace_values(start: f64, stop: f64, num: i64, endpoint: bool) -> Result<(Vec<f64>, f64)> {
    if num < 0 {
        return Err(Error::invalid(format!(
            "Number of samples, {num}, must be non-negative."
        )));
    }
    let num = num as usize;
    let div = if endpoint { num.saturating_sub(1) } else { num };
    let delta = stop - start;
    let mut vals: Vec<f64> = (0..num).map(|i| i as f64).collect();
    let step;
    if div > 0 {
        step = delta / div as f64;
        if step == 0.0 {
            for v in &mut vals {
                *v = *v / div as f64 * delta;
            }
        } else {
            for v in &mut vals {
                *v *= step;
            }
        }
    } else {
        step = f64::NAN;
        for v in &mut vals {
            *v *= delta;
        }
    }
    for v in &mut vals {
        *v += start;
    }
    if endpoint && num > 1 {
        vals[num - 1] = stop;
    }
    Ok((vals, step))
}

/// Converts computed float64 values to `dtype`; integer dtypes take the
/// floor first (NumPy's linspace).
fn from_f64_values(vals: &[f64], dtype: DType) -> Result<Array> {
    let floor = matches!(
        dtype.kind(),
        crate::dtype::Kind::Int | crate::dtype::Kind::UInt
    );
    f64_values(vals, dtype, floor)
}

/// Converts computed float64 values to `dtype` with a plain cast (NumPy's
/// logspace and geomspace end with `astype(dtype)`: integers truncate).
fn cast_f64_values(vals: &[f64], dtype: DType) -> Result<Array> {
    f64_values(vals, dtype, false)
}

fn f64_values(vals: &[f64], dtype: DType, floor: bool) -> Result<Array> {
    let a = Array::alloc(dtype, &[vals.len()], Order::C, false)?;
    dispatch!(dtype, T => {
        // SAFETY: A3 — fresh contiguous array of vals.len() elements.
        let out = unsafe { a.as_mut_slice::<T>() };
        for (o, &v) in out.iter_mut().zip(vals) {
            *o = T::from_f64(if floor { v.floor() } else { v });
        }
    });
    Ok(a)
}

/// NumPy's per-type `fill` for arange: `out[i] = e0 + i * (e1 - e0)` in the
/// element type's own arithmetic.
trait ArangeFill: Element {
    fn fill(out: &mut [Self], first: Self, second: Self);
}

macro_rules! arange_fill_float {
    ($($t:ty),*) => {$(
        impl ArangeFill for $t {
            fn fill(out: &mut [Self], first: Self, second: Self) {
                let delta = second - first;
                for (i, o) in out.iter_mut().enumerate() {
                    *o = match i {
                        0 => first,
                        1 => second,
                        _ => first + (i as $t) * delta,
                    };
                }
            }
        }
    )*};
}
arange_fill_float!(f32, f64);

macro_rules! arange_fill_int {
    ($($t:ty),*) => {$(
        impl ArangeFill for $t {
            fn fill(out: &mut [Self], first: Self, second: Self) {
                let delta = second.wrapping_sub(first);
                for (i, o) in out.iter_mut().enumerate() {
                    *o = first.wrapping_add((i as $t).wrapping_mul(delta));
                }
            }
        }
    )*};
}
arange_fill_int!(i8, i16, i32, i64, u8, u16, u32, u64);

macro_rules! arange_fill_half {
    ($($t:ty),*) => {$(
        // Half types compute in float32 and round once per element.
        impl ArangeFill for $t {
            fn fill(out: &mut [Self], first: Self, second: Self) {
                let (s, d) = (first.to_f32(), second.to_f32() - first.to_f32());
                for (i, o) in out.iter_mut().enumerate() {
                    *o = match i {
                        0 => first,
                        1 => second,
                        _ => <$t>::from_f32(s + i as f32 * d),
                    };
                }
            }
        }
    )*};
}
arange_fill_half!(f16, bf16);

impl ArangeFill for Bool {
    fn fill(out: &mut [Self], first: Self, second: Self) {
        // Bool has no fill rule in NumPy: longer results are refused by
        // `check_arange_values` before this runs.
        for (i, o) in out.iter_mut().enumerate() {
            *o = if i == 0 { first } else { second };
        }
    }
}

macro_rules! arange_fill_complex {
    ($($t:ty, $f:ty);*) => {$(
        impl ArangeFill for $t {
            fn fill(out: &mut [Self], first: Self, second: Self) {
                let delta = second - first;
                for (i, o) in out.iter_mut().enumerate() {
                    *o = match i {
                        0 => first,
                        1 => second,
                        _ => first + delta * (i as $f),
                    };
                }
            }
        }
    )*};
}
arange_fill_complex!(Complex32, f32; Complex64, f64);
