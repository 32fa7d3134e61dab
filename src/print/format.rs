//! Reading the printed elements out of an array and turning them into
//! strings with one formatter shared by the whole array (so columns align).
//!
//! - bool: `True`/`False`, with `True` padded to ` True` except in 0-d arrays.
//! - integers: right-aligned to the widest of the largest and smallest value.
//! - float16/float32/float64: [`FloatFormat`]; complex: [`ComplexFormat`].
//! - bfloat16 (an ml_dtypes type NumPy does not know as a float): each value
//!   is printed on its own, unpadded, as C's `%g` of the value (six
//!   significant digits, trailing zeros dropped; nan without a sign).

use crate::array::Array;
use crate::dispatch;
use crate::dtype::{DType, Element, Kind};

use super::digits::FloatKind;
use super::float::{complex_scalar_str, scalar_str, ComplexFormat, FloatFormat, Trim};
use super::options::PrintOptions;

/// Element values of the printed part of an array, in row-major order.
pub enum Values {
    /// Booleans.
    Bool(Vec<bool>),
    /// Signed or unsigned integers.
    Int(Vec<i128>),
    /// float16/32/64 values (exact in f64).
    Float(FloatKind, Vec<f64>),
    /// bfloat16 values (exact in f64).
    BFloat(Vec<f64>),
    /// Complex values as real and imaginary parts.
    Complex(FloatKind, Vec<f64>, Vec<f64>),
}

fn float_kind(dt: DType) -> FloatKind {
    match dt {
        DType::Float16 => FloatKind::F16,
        DType::Float32 | DType::Complex64 => FloatKind::F32,
        _ => FloatKind::F64,
    }
}

/// Reads the elements at byte `offsets` (from element 0) of `a`.
pub fn read(a: &Array, offsets: &[isize]) -> Values {
    let base = a.data_ptr();
    let dt = a.dtype();
    dispatch!(dt, T => {
        let get = |o: isize| -> T {
            // SAFETY: A3 — every offset is that of an in-range element (the
            // caller computes them from the shape and strides), so its bytes
            // lie inside the buffer; read_unaligned tolerates any address.
            unsafe { (base.wrapping_offset(o) as *const T).read_unaligned() }
        };
        match T::KIND {
            Kind::Bool => Values::Bool(offsets.iter().map(|&o| get(o).to_bool()).collect()),
            Kind::Int => Values::Int(offsets.iter().map(|&o| get(o).to_i64() as i128).collect()),
            Kind::UInt => Values::Int(offsets.iter().map(|&o| get(o).to_u64() as i128).collect()),
            Kind::Float => {
                let v = offsets.iter().map(|&o| get(o).to_f64()).collect();
                if dt == DType::BFloat16 {
                    Values::BFloat(v)
                } else {
                    Values::Float(float_kind(dt), v)
                }
            }
            Kind::Complex => {
                let (re, im) = offsets.iter().map(|&o| {
                    let c = get(o).to_c64();
                    (c.re, c.im)
                }).unzip();
                Values::Complex(float_kind(dt), re, im)
            }
        }
    })
}

/// C's `%g` (precision 6) of a value, nan printed without sign.
pub fn format_g(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf" } else { "inf" }.into();
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0" } else { "0" }.into();
    }
    let sci = format!("{x:.5e}");
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let e: i32 = exp.parse().unwrap_or(0);
    let strip = |s: &str| -> String {
        if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            s.to_string()
        }
    };
    if !(-4..6).contains(&e) {
        let sign = if e < 0 { '-' } else { '+' };
        format!("{}e{}{:02}", strip(mant), sign, e.unsigned_abs())
    } else {
        strip(&format!("{:.*}", (5 - e) as usize, x))
    }
}

/// Formats every value with one array-wide formatter; `zero_d` selects the
/// unpadded bool of 0-d arrays.
pub fn words(values: &Values, opts: &PrintOptions, zero_d: bool) -> Vec<String> {
    match values {
        Values::Bool(v) => {
            let t = if zero_d { "True" } else { " True" };
            v.iter()
                .map(|&b| if b { t } else { "False" }.to_string())
                .collect()
        }
        Values::Int(v) => {
            let w = match (v.iter().max(), v.iter().min()) {
                (Some(hi), Some(lo)) => hi.to_string().len().max(lo.to_string().len()),
                _ => 0,
            };
            v.iter().map(|x| format!("{x:>w$}")).collect()
        }
        Values::Float(kind, v) => {
            let f = FloatFormat::new(v, *kind, opts.precision, opts.suppress, false);
            v.iter().enumerate().map(|(i, &x)| f.format(i, x)).collect()
        }
        Values::BFloat(v) => v.iter().map(|&x| format_g(x)).collect(),
        Values::Complex(kind, re, im) => {
            let f = ComplexFormat::new(re, im, *kind, opts.precision, opts.suppress);
            re.iter()
                .zip(im)
                .enumerate()
                .map(|(k, (&r, &i))| f.format(k, r, i))
                .collect()
        }
    }
}

/// `str()` of the single element of a 0-d array (the scalar's own `str`).
pub fn scalar(values: &Values) -> String {
    match values {
        Values::Bool(v) => if v[0] { "True" } else { "False" }.to_string(),
        Values::Int(v) => v[0].to_string(),
        Values::Float(kind, v) => scalar_str(v[0], *kind, false, Trim::LeaveOneZero),
        Values::BFloat(v) => format_g(v[0]),
        Values::Complex(kind, re, im) => complex_scalar_str(re[0], im[0], *kind),
    }
}
