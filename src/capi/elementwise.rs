//! Elementwise functions beyond the ufuncs: clip, where, isclose,
//! allclose, array_equal, array_equiv, nan_to_num, round, real, imag,
//! angle.

use super::error::ndc_status;
use super::ufunc::ndc_ufunc_options;
use super::{
    arc, arr, guard, into_handle, ndc_array, opt_arr, produce, produce_arc, produce_value,
};
use crate::error::{Error, ErrorKind};
use crate::ufunc::extra;

/// `np.clip(a, a_min, a_max)`: either bound may be NULL (not both); a
/// bound may be a weak scalar from `ndc_scalar_*`. `opts` as for ufuncs
/// (`out`, `dtype`, `casting`). The result slot may be NULL when `out` is
/// given; otherwise it receives a new reference.
#[no_mangle]
pub unsafe extern "C" fn ndc_clip(
    a: *const ndc_array,
    a_min: *const ndc_array,
    a_max: *const ndc_array,
    opts: *const ndc_ufunc_options,
    out: *mut *mut ndc_array,
) -> ndc_status {
    guard(|| {
        let x = arr(a, "a")?;
        let (lo, hi) = (opt_arr(a_min, "a_min")?, opt_arr(a_max, "a_max")?);
        let o = super::ufunc::read_options(opts, 1)?;
        if out.is_null() && o.out.is_empty() {
            return Err(Error::new(ErrorKind::NullPointer, "argument 'out' is NULL"));
        }
        let r = extra::clip(x, lo, hi, &o)?;
        if !out.is_null() {
            // SAFETY: checked non-NULL, writable by contract.
            unsafe { *out = into_handle(r) };
        }
        Ok(())
    })
}

/// `np.where(condition, x, y)`: a new array in `*out` taking `x` where
/// `condition` is true and `y` elsewhere, broadcast together, with dtype
/// `result_type(x, y)`.
#[no_mangle]
pub unsafe extern "C" fn ndc_where(
    condition: *const ndc_array,
    x: *const ndc_array,
    y: *const ndc_array,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        extra::where_(arr(condition, "condition")?, arr(x, "x")?, arr(y, "y")?)
    })
}

/// `np.isclose(a, b, rtol, atol, equal_nan)` (NumPy's defaults are
/// `rtol = 1e-5`, `atol = 1e-8`): a new bool array in `*out`.
#[no_mangle]
pub unsafe extern "C" fn ndc_isclose(
    a: *const ndc_array,
    b: *const ndc_array,
    rtol: f64,
    atol: f64,
    equal_nan: bool,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce_arc(out, || {
        extra::isclose(arr(a, "a")?, arr(b, "b")?, rtol, atol, equal_nan)
    })
}

/// `np.allclose(a, b, rtol, atol, equal_nan)` into `*out`.
#[no_mangle]
pub unsafe extern "C" fn ndc_allclose(
    a: *const ndc_array,
    b: *const ndc_array,
    rtol: f64,
    atol: f64,
    equal_nan: bool,
    out: *mut bool,
) -> ndc_status {
    produce_value(out, || {
        extra::allclose(arr(a, "a")?, arr(b, "b")?, rtol, atol, equal_nan)
    })
}

/// `np.array_equal(a1, a2, equal_nan)` into `*out`.
#[no_mangle]
pub unsafe extern "C" fn ndc_array_equal(
    a1: *const ndc_array,
    a2: *const ndc_array,
    equal_nan: bool,
    out: *mut bool,
) -> ndc_status {
    produce_value(out, || {
        extra::array_equal(arr(a1, "a1")?, arr(a2, "a2")?, equal_nan)
    })
}

/// `np.array_equiv(a1, a2)` into `*out`.
#[no_mangle]
pub unsafe extern "C" fn ndc_array_equiv(
    a1: *const ndc_array,
    a2: *const ndc_array,
    out: *mut bool,
) -> ndc_status {
    produce_value(out, || extra::array_equiv(arr(a1, "a1")?, arr(a2, "a2")?))
}

/// `np.nan_to_num(x, nan=nan, posinf=*posinf, neginf=*neginf)`: a new array
/// in `*out`; NULL `posinf`/`neginf` select the dtype's largest finite
/// values, as NumPy's None.
#[no_mangle]
pub unsafe extern "C" fn ndc_nan_to_num(
    x: *const ndc_array,
    nan: f64,
    posinf: *const f64,
    neginf: *const f64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        // SAFETY: non-NULL pointers point to one double each.
        let (p, n) = unsafe { (posinf.as_ref().copied(), neginf.as_ref().copied()) };
        extra::nan_to_num(arr(x, "x")?, nan, p, n)
    })
}

/// `np.round(a, decimals)` (NumPy's round half to even): a new array in
/// `*out`.
#[no_mangle]
pub unsafe extern "C" fn ndc_round(
    a: *const ndc_array,
    decimals: i64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || extra::round(arr(a, "a")?, decimals))
}

/// `np.around`, the same as `ndc_round`.
#[no_mangle]
pub unsafe extern "C" fn ndc_around(
    a: *const ndc_array,
    decimals: i64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || extra::round(arr(a, "a")?, decimals))
}

/// `np.real(a)`: for complex arrays a view of the real parts (writes show in
/// `a`), otherwise `a` itself; a new reference in `*out`.
#[no_mangle]
pub unsafe extern "C" fn ndc_real(a: *const ndc_array, out: *mut *mut ndc_array) -> ndc_status {
    produce_arc(out, || extra::real(&arc(a, "a")?))
}

/// `np.imag(a)`: for complex arrays a view of the imaginary parts, otherwise
/// a read-only array of zeros; a new reference in `*out`.
#[no_mangle]
pub unsafe extern "C" fn ndc_imag(a: *const ndc_array, out: *mut *mut ndc_array) -> ndc_status {
    produce_arc(out, || extra::imag(&arc(a, "a")?))
}

/// `np.angle(z, deg)`: the argument of each element (radians, or degrees
/// when `deg`), a new array in `*out`.
#[no_mangle]
pub unsafe extern "C" fn ndc_angle(
    z: *const ndc_array,
    deg: bool,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce_arc(out, || extra::angle(&arc(z, "z")?, deg))
}
