//! Matrix and vector products from C (`np.matmul`, `np.dot`, ...,
//! `np.linalg.matrix_power`, `np.linalg.multi_dot`) and the BLAS thread
//! count. Products of float32/float64/complex64/complex128 run on the
//! system BLAS; integer and bool products on ndc's native kernel (integers
//! wrap, bool is OR of ANDs); float16 computes in float32.

use std::sync::Arc;

use super::error::ndc_status;
use super::{arc, guard, handles_arg, int64_slice, into_handle, ndc_array, produce_arc};
use crate::array::Array;
use crate::error::{Error, Result};
use crate::linalg::{elementwise, matmul, products};

/// Runs a product whose result goes to `out` when given (then `*result`, if
/// `result` is not NULL, receives a new reference to `out`), else to a new
/// array stored in `*result` (which must then not be NULL).
unsafe fn with_out(
    out: *const ndc_array,
    result: *mut *mut ndc_array,
    make: impl FnOnce(Option<&Arc<Array>>) -> Result<Arc<Array>>,
) -> ndc_status {
    guard(|| {
        let o = if out.is_null() {
            None
        } else {
            Some(arc(out, "out")?)
        };
        if o.is_none() && result.is_null() {
            return Err(Error::new(
                crate::error::ErrorKind::NullPointer,
                "argument 'result' is NULL and no out array is given",
            ));
        }
        let r = make(o.as_ref())?;
        if !result.is_null() {
            // SAFETY: non-NULL result slots are writable (caller's contract).
            unsafe { *result = into_handle(r) };
        }
        Ok(())
    })
}

/// `np.matmul(a, b, out=out)` (`a @ b`): matrix products broadcast over
/// the leading axes; a 1-D operand is a vector (a row for `a`, a column
/// for `b`) whose axis is removed from the result. `out` (nullable,
/// borrowed) must have the result's shape and a dtype the result casts to
/// under 'same_kind'; when given, `*result` (nullable then) receives a new
/// reference to it. bfloat16 operands give float32, as NumPy with
/// ml_dtypes.
#[no_mangle]
pub unsafe extern "C" fn ndc_matmul(
    a: *const ndc_array,
    b: *const ndc_array,
    out: *const ndc_array,
    result: *mut *mut ndc_array,
) -> ndc_status {
    with_out(out, result, |o| {
        matmul::matmul(&arc(a, "a")?, &arc(b, "b")?, o)
    })
}

/// `np.vecdot(a, b, out=out)`: `sum(conj(a) * b)` over the last axis,
/// broadcast over the others. `out` and `result` as in `ndc_matmul`.
#[no_mangle]
pub unsafe extern "C" fn ndc_vecdot(
    a: *const ndc_array,
    b: *const ndc_array,
    out: *const ndc_array,
    result: *mut *mut ndc_array,
) -> ndc_status {
    with_out(out, result, |o| {
        matmul::gufunc(matmul::Sig::VecDot, &arc(a, "a")?, &arc(b, "b")?, o)
    })
}

/// `np.matvec(a, v, out=out)`: matrix (last two axes of `a`) times vector
/// (last axis of `v`), broadcast over the others. `out` and `result` as in
/// `ndc_matmul`.
#[no_mangle]
pub unsafe extern "C" fn ndc_matvec(
    a: *const ndc_array,
    v: *const ndc_array,
    out: *const ndc_array,
    result: *mut *mut ndc_array,
) -> ndc_status {
    with_out(out, result, |o| {
        matmul::gufunc(matmul::Sig::MatVec, &arc(a, "a")?, &arc(v, "v")?, o)
    })
}

/// `np.vecmat(v, a, out=out)`: `conj(v)` (last axis) times matrix (last
/// two axes of `a`), broadcast over the others. `out` and `result` as in
/// `ndc_matmul`.
#[no_mangle]
pub unsafe extern "C" fn ndc_vecmat(
    v: *const ndc_array,
    a: *const ndc_array,
    out: *const ndc_array,
    result: *mut *mut ndc_array,
) -> ndc_status {
    with_out(out, result, |o| {
        matmul::gufunc(matmul::Sig::VecMat, &arc(v, "v")?, &arc(a, "a")?, o)
    })
}

/// `np.dot(a, b, out=out)`: the sum over the last axis of `a` and the
/// second-to-last of `b` (the inner product of vectors, the matrix
/// product of matrices, a plain product when either is 0-d). `out`
/// (nullable, borrowed) must have exactly the result's dtype and shape and
/// be C-contiguous; `result` as in `ndc_matmul`.
#[no_mangle]
pub unsafe extern "C" fn ndc_dot(
    a: *const ndc_array,
    b: *const ndc_array,
    out: *const ndc_array,
    result: *mut *mut ndc_array,
) -> ndc_status {
    with_out(out, result, |o| {
        products::dot(&arc(a, "a")?, &arc(b, "b")?, o)
    })
}

/// `np.vdot(a, b)`: `sum(conj(a.ravel()) * b.ravel())` as a new 0-d array
/// in `*out`.
#[no_mangle]
pub unsafe extern "C" fn ndc_vdot(
    a: *const ndc_array,
    b: *const ndc_array,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce_arc(out, || products::vdot(&arc(a, "a")?, &arc(b, "b")?))
}

/// `np.inner(a, b)`: the sum over the last axes of both; shape
/// `a.shape[:-1] + b.shape[:-1]`. New array in `*out`.
#[no_mangle]
pub unsafe extern "C" fn ndc_inner(
    a: *const ndc_array,
    b: *const ndc_array,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce_arc(out, || products::inner(&arc(a, "a")?, &arc(b, "b")?))
}

/// `np.outer(a, b)`: `out[i, j] = a.ravel()[i] * b.ravel()[j]`. New array
/// in `*out`.
#[no_mangle]
pub unsafe extern "C" fn ndc_outer(
    a: *const ndc_array,
    b: *const ndc_array,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce_arc(out, || {
        elementwise::outer(&arc(a, "a")?, &arc(b, "b")?).map(Arc::new)
    })
}

/// `np.tensordot(a, b, axes=n)`: sums the last `n` axes of `a` against the
/// first `n` of `b`. New array in `*out`.
#[no_mangle]
pub unsafe extern "C" fn ndc_tensordot(
    a: *const ndc_array,
    b: *const ndc_array,
    n: i64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce_arc(out, || {
        products::tensordot_n(&arc(a, "a")?, &arc(b, "b")?, n)
    })
}

/// `np.tensordot(a, b, axes=(axes_a, axes_b))`: sums `a`'s axes `axes_a`
/// (`na` values) against `b`'s `axes_b` (`nb` values), pairwise; the
/// result has `a`'s remaining axes then `b`'s. New array in `*out`.
#[no_mangle]
pub unsafe extern "C" fn ndc_tensordot_axes(
    a: *const ndc_array,
    b: *const ndc_array,
    na: i32,
    axes_a: *const i64,
    nb: i32,
    axes_b: *const i64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce_arc(out, || {
        let xa = int64_slice(na, axes_a, "axes_a")?;
        let xb = int64_slice(nb, axes_b, "axes_b")?;
        products::tensordot(&arc(a, "a")?, &arc(b, "b")?, xa, xb)
    })
}

/// `np.kron(a, b)`: the Kronecker product (blocks `a[i] * b`), shape
/// `a.shape * b.shape` after padding the shorter shape with leading 1s.
/// New array in `*out`.
#[no_mangle]
pub unsafe extern "C" fn ndc_kron(
    a: *const ndc_array,
    b: *const ndc_array,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce_arc(out, || {
        elementwise::kron(&arc(a, "a")?, &arc(b, "b")?).map(Arc::new)
    })
}

/// `np.cross(a, b, axisa=axisa, axisb=axisb, axisc=axisc)`: cross products
/// of 2- or 3-vectors along `axisa` of `a` and `axisb` of `b`, broadcast
/// over the other axes, components along `axisc` of the result (NumPy's
/// defaults are -1, -1, -1). Pass `axis` other than `NDC_AXIS_NONE` to set
/// all three (NumPy's `axis=`). New array (possibly a view of a new array
/// with the component axis moved) in `*out`.
#[no_mangle]
pub unsafe extern "C" fn ndc_cross(
    a: *const ndc_array,
    b: *const ndc_array,
    axisa: i64,
    axisb: i64,
    axisc: i64,
    axis: i64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce_arc(out, || {
        let (xa, xb, xc) = if axis == super::shape::NDC_AXIS_NONE {
            (axisa, axisb, axisc)
        } else {
            (axis, axis, axis)
        };
        elementwise::cross(&arc(a, "a")?, &arc(b, "b")?, xa, xb, xc).map(Arc::new)
    })
}

/// `np.linalg.matrix_power(a, n)`: `a` (square in its last two axes)
/// multiplied by itself `n` times by repeated squaring; `n == 0` gives
/// identity matrices of `a`'s dtype, `n == 1` a new reference to `a`
/// itself (as NumPy). `n < 0` raises `np.linalg.inv(a)` to `-n` (float
/// result; "Singular matrix" when `a` has no inverse). New reference in
/// `*out`.
#[no_mangle]
pub unsafe extern "C" fn ndc_linalg_matrix_power(
    a: *const ndc_array,
    n: i64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce_arc(out, || products::matrix_power(&arc(a, "a")?, n))
}

/// `np.linalg.multi_dot(arrays)`: the product of `n >= 2` arrays (2-D;
/// the first may be 1-D as a row, the last 1-D as a column) evaluated in
/// the order of fewest multiplications. Inputs borrowed; new array in
/// `*out`.
#[no_mangle]
pub unsafe extern "C" fn ndc_linalg_multi_dot(
    n: i32,
    arrays: *const *const ndc_array,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce_arc(out, || {
        let v = handles_arg(n, arrays, "arrays")?;
        products::multi_dot(&v)
    })
}

/// Sets the number of threads BLAS uses (process-wide; 0 restores the
/// default, `OPENBLAS_NUM_THREADS` or the core count). Negative values fail
/// with `NDC_ERR_INVALID_ARGUMENT`. Independent of `ndc_set_num_threads`:
/// a single large product runs on BLAS threads; a batch of small products
/// runs on ndc's pool with one BLAS thread per call (BLAS threads are
/// never started from inside the pool).
#[no_mangle]
pub extern "C" fn ndc_blas_set_num_threads(n: i32) -> ndc_status {
    guard(|| {
        let n = usize::try_from(n).map_err(|_| {
            Error::invalid(format!("number of threads must be non-negative, got {n}"))
        })?;
        crate::blas::set_num_threads(n)
    })
}

/// The number of threads BLAS uses for a single large product.
#[no_mangle]
pub extern "C" fn ndc_blas_get_num_threads() -> i32 {
    crate::blas::num_threads() as i32
}
