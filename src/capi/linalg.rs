//! numpy.linalg from C: decompositions, solvers, norms (`ndc_linalg_*`).
//!
//! Inputs are stacks of matrices `(..., M, N)` batched over the leading
//! axes, of any dtype: bool and integers compute in float64, float32,
//! float64, complex64 and complex128 keep their type, float16 is refused
//! (NumPy's "array type float16 is unsupported in linalg"; the norms accept
//! it). Failures of the factorisations return `NDC_ERR_LINALG` with
//! NumPy's LinAlgError text ("Singular matrix", "Matrix is not positive
//! definite", "SVD did not converge", "Eigenvalues did not converge",
//! "Last 2 dimensions of the array must be square", ...).
//!
//! Functions with several results take several out-parameters: each
//! receives a new reference, and none is written unless all are.

use std::sync::Arc;

use super::error::ndc_status;
use super::{arc, guard, into_handle, ndc_array, opt_axes, out_ptr};
use crate::array::Array;
use crate::error::{Error, Result};
use crate::linalg::{cholesky, det, eig, lstsq, norm, qr, solve, svd};

/// Stores several results only when every out-pointer is valid and the
/// computation succeeded.
fn produce_many<const N: usize>(
    outs: [(*mut *mut ndc_array, &str); N],
    make: impl FnOnce() -> Result<[Array; N]>,
) -> ndc_status {
    guard(|| {
        for (p, name) in outs {
            out_ptr(p, name)?;
        }
        let arrays = make()?;
        for ((p, _), a) in outs.into_iter().zip(arrays) {
            // SAFETY: checked non-NULL above.
            unsafe { *p = into_handle(Arc::new(a)) };
        }
        Ok(())
    })
}

fn one(out: *mut *mut ndc_array, make: impl FnOnce() -> Result<Array>) -> ndc_status {
    produce_many([(out, "out")], || make().map(|a| [a]))
}

/// `np.linalg.solve(a, b)`: X with A X = B for every matrix of the stack
/// `a (..., M, M)`. As NumPy 2, `b` is a vector (M,) only when it is 1-d;
/// otherwise `b (..., M, K)` and the leading axes broadcast. Singular
/// matrices fail with "Singular matrix". `*out` receives a new reference.
#[no_mangle]
pub unsafe extern "C" fn ndc_linalg_solve(
    a: *const ndc_array,
    b: *const ndc_array,
    out: *mut *mut ndc_array,
) -> ndc_status {
    one(out, || solve::solve(&arc(a, "a")?, &arc(b, "b")?))
}

/// `np.linalg.inv(a)`: the inverse of every matrix of `a (..., M, M)`.
/// A nan input gives nan without error (as NumPy); an exactly singular
/// matrix fails with "Singular matrix". `*out` receives a new reference.
#[no_mangle]
pub unsafe extern "C" fn ndc_linalg_inv(
    a: *const ndc_array,
    out: *mut *mut ndc_array,
) -> ndc_status {
    one(out, || solve::inv(&arc(a, "a")?))
}

/// `np.linalg.tensorsolve(a, b, axes)`: x with tensordot(a, x, x.ndim) = b.
/// `axes` (NULL for None, else `naxes` entries) are moved to the end of
/// `a` first. `*out` receives a new reference.
#[no_mangle]
pub unsafe extern "C" fn ndc_linalg_tensorsolve(
    a: *const ndc_array,
    b: *const ndc_array,
    naxes: i32,
    axes: *const i64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    one(out, || {
        let ax = opt_axes(naxes, axes)?;
        solve::tensorsolve(&arc(a, "a")?, &arc(b, "b")?, ax)
    })
}

/// `np.linalg.tensorinv(a, ind)`: the inverse of `a` seen as a matrix of
/// prod(shape[:ind]) rows; the result has shape shape[ind:] + shape[:ind].
/// `ind` must be positive. `*out` receives a new reference.
#[no_mangle]
pub unsafe extern "C" fn ndc_linalg_tensorinv(
    a: *const ndc_array,
    ind: i64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    one(out, || solve::tensorinv(&arc(a, "a")?, ind))
}

/// `np.linalg.det(a)`: the determinant of every matrix of `a (..., M, M)`
/// (through LU, as NumPy: sign * exp(logabsdet)); shape `(...)`.
/// `*out` receives a new reference.
#[no_mangle]
pub unsafe extern "C" fn ndc_linalg_det(
    a: *const ndc_array,
    out: *mut *mut ndc_array,
) -> ndc_status {
    one(out, || det::det(&arc(a, "a")?))
}

/// `np.linalg.slogdet(a)`: `*sign` (a's type; 0 for a singular matrix, a
/// unit complex for complex input) and `*logabsdet` (real; -inf when
/// singular). Both receive new references.
#[no_mangle]
pub unsafe extern "C" fn ndc_linalg_slogdet(
    a: *const ndc_array,
    sign: *mut *mut ndc_array,
    logabsdet: *mut *mut ndc_array,
) -> ndc_status {
    produce_many([(sign, "sign"), (logabsdet, "logabsdet")], || {
        let (s, l) = det::slogdet(&arc(a, "a")?)?;
        Ok([s, l])
    })
}

/// `np.linalg.eig(a)`: eigenvalues `(..., M)` and right eigenvectors as
/// columns `(..., M, M)` (unit norm). A real input gives real results when
/// every eigenvalue is real, else complex ones. Inf or nan input fails
/// with "Array must not contain infs or NaNs". Both outputs receive new
/// references.
#[no_mangle]
pub unsafe extern "C" fn ndc_linalg_eig(
    a: *const ndc_array,
    eigenvalues: *mut *mut ndc_array,
    eigenvectors: *mut *mut ndc_array,
) -> ndc_status {
    produce_many(
        [(eigenvalues, "eigenvalues"), (eigenvectors, "eigenvectors")],
        || {
            let (w, v) = eig::eig(&arc(a, "a")?)?;
            Ok([w, v])
        },
    )
}

/// `np.linalg.eigvals(a)`: the eigenvalues of `eig`. `*out` receives a new
/// reference.
#[no_mangle]
pub unsafe extern "C" fn ndc_linalg_eigvals(
    a: *const ndc_array,
    out: *mut *mut ndc_array,
) -> ndc_status {
    one(out, || eig::eigvals(&arc(a, "a")?))
}

/// `np.linalg.eigh(a, UPLO)`: ascending real eigenvalues and orthonormal
/// eigenvectors of Hermitian matrices, reading the triangle `uplo` ('L' or
/// 'U'). Both outputs receive new references.
#[no_mangle]
pub unsafe extern "C" fn ndc_linalg_eigh(
    a: *const ndc_array,
    uplo: std::ffi::c_char,
    eigenvalues: *mut *mut ndc_array,
    eigenvectors: *mut *mut ndc_array,
) -> ndc_status {
    produce_many(
        [(eigenvalues, "eigenvalues"), (eigenvectors, "eigenvectors")],
        || {
            let lower = eig::uplo_lower(uplo as u8)?;
            let (w, v) = eig::eigh(&arc(a, "a")?, lower)?;
            Ok([w, v])
        },
    )
}

/// `np.linalg.eigvalsh(a, UPLO)`: the eigenvalues of `eigh`. `*out`
/// receives a new reference.
#[no_mangle]
pub unsafe extern "C" fn ndc_linalg_eigvalsh(
    a: *const ndc_array,
    uplo: std::ffi::c_char,
    out: *mut *mut ndc_array,
) -> ndc_status {
    one(out, || {
        eig::eigvalsh(&arc(a, "a")?, eig::uplo_lower(uplo as u8)?)
    })
}

/// `np.linalg.svd(a, full_matrices, compute_uv, hermitian)`: A = U S Vh
/// with S descending. With `compute_uv` true, `*u`, `*s` and `*vh` receive
/// new references (U (..., M, M|K), Vh (..., N|K, N)); with it false only
/// `*s` is written and `u`, `vh` may be NULL. Nan input fails with "SVD did
/// not converge".
#[no_mangle]
pub unsafe extern "C" fn ndc_linalg_svd(
    a: *const ndc_array,
    full_matrices: bool,
    compute_uv: bool,
    hermitian: bool,
    u: *mut *mut ndc_array,
    s: *mut *mut ndc_array,
    vh: *mut *mut ndc_array,
) -> ndc_status {
    if !compute_uv {
        return produce_many([(s, "s")], || {
            Ok([svd::svdvals_h(&arc(a, "a")?, hermitian)?])
        });
    }
    produce_many([(u, "u"), (s, "s"), (vh, "vh")], || {
        let (uu, ss, vv) = svd::svd(&arc(a, "a")?, full_matrices, hermitian)?;
        Ok([uu, ss, vv])
    })
}

/// `np.linalg.svdvals(x)`: the singular values, descending. `*out`
/// receives a new reference.
#[no_mangle]
pub unsafe extern "C" fn ndc_linalg_svdvals(
    a: *const ndc_array,
    out: *mut *mut ndc_array,
) -> ndc_status {
    one(out, || svd::svdvals(&arc(a, "a")?))
}

/// `np.linalg.pinv(a, rcond, hermitian)`: the Moore-Penrose pseudo-inverse
/// `(..., N, M)`. Singular values at or below `rcond * max(s)` count as
/// zero; `rcond` NaN means NumPy's default 1e-15, a negative `rcond` means
/// `rtol=None` (max(M, N) * eps). `*out` receives a new reference.
#[no_mangle]
pub unsafe extern "C" fn ndc_linalg_pinv(
    a: *const ndc_array,
    rcond: f64,
    hermitian: bool,
    out: *mut *mut ndc_array,
) -> ndc_status {
    one(out, || {
        let c = if rcond.is_nan() {
            svd::Cutoff::Given(1e-15)
        } else if rcond < 0.0 {
            svd::Cutoff::Eps
        } else {
            svd::Cutoff::Given(rcond)
        };
        svd::pinv(&arc(a, "a")?, c, hermitian)
    })
}

/// `np.linalg.matrix_rank(A, tol, hermitian, rtol)`: the number of
/// singular values above `tol`, or above `rtol * max(s)`; NaN means None
/// for either (both None: rtol = max(M, N) * eps; both set is an error).
/// Arrays of fewer than 2 dimensions have rank 1 unless all zero. An int64
/// array of the batch shape; `*out` receives a new reference.
#[no_mangle]
pub unsafe extern "C" fn ndc_linalg_matrix_rank(
    a: *const ndc_array,
    tol: f64,
    rtol: f64,
    hermitian: bool,
    out: *mut *mut ndc_array,
) -> ndc_status {
    one(out, || {
        let opt = |x: f64| (!x.is_nan()).then_some(x);
        svd::matrix_rank(&arc(a, "a")?, opt(tol), opt(rtol), hermitian)
    })
}

/// How `qr` factors (NumPy's `mode=`).
pub type ndc_qr_mode = i32;
/// 'reduced': Q (..., M, K), R (..., K, N) with K = min(M, N).
pub const NDC_QR_REDUCED: ndc_qr_mode = 0;
/// 'complete': Q (..., M, M), R (..., M, N).
pub const NDC_QR_COMPLETE: ndc_qr_mode = 1;
/// 'r': R (..., K, N) only.
pub const NDC_QR_R: ndc_qr_mode = 2;
/// 'raw': h (..., N, M) (LAPACK's reflectors, transposed) and tau (..., K).
pub const NDC_QR_RAW: ndc_qr_mode = 3;

/// `np.linalg.qr(a, mode)`. `*q` receives Q (R for `NDC_QR_R`, h for
/// `NDC_QR_RAW`) and `*r` receives R (tau for `NDC_QR_RAW`; with
/// `NDC_QR_R` it is not used and may be NULL). New references.
#[no_mangle]
pub unsafe extern "C" fn ndc_linalg_qr(
    a: *const ndc_array,
    mode: ndc_qr_mode,
    q: *mut *mut ndc_array,
    r: *mut *mut ndc_array,
) -> ndc_status {
    let m = match mode {
        NDC_QR_REDUCED => qr::QrMode::Reduced,
        NDC_QR_COMPLETE => qr::QrMode::Complete,
        NDC_QR_R => qr::QrMode::R,
        NDC_QR_RAW => qr::QrMode::Raw,
        _ => return guard(|| Err(Error::invalid(format!("invalid qr mode code {mode}")))),
    };
    if m == qr::QrMode::R {
        return produce_many([(q, "q")], || Ok([qr::qr(&arc(a, "a")?, m)?.0]));
    }
    produce_many([(q, "q"), (r, "r")], || {
        let (x, y) = qr::qr(&arc(a, "a")?, m)?;
        Ok([x, y.expect("two results")])
    })
}

/// `np.linalg.cholesky(a, upper)`: L with A = L L^H (U with A = U^H U
/// when `upper`), zero outside its triangle. Fails with "Matrix is not
/// positive definite". `*out` receives a new reference.
#[no_mangle]
pub unsafe extern "C" fn ndc_linalg_cholesky(
    a: *const ndc_array,
    upper: bool,
    out: *mut *mut ndc_array,
) -> ndc_status {
    one(out, || cholesky::cholesky(&arc(a, "a")?, upper))
}

/// `np.linalg.lstsq(a, b, rcond)`: the least-squares solution `*x` of a
/// (M, N) system with `b` (M,) or (M, K); `*residuals` (squared norms,
/// empty unless rank == N < M), `*rank` and the singular values `*s`.
/// `rcond` NaN means NumPy's default eps * max(M, N). The three arrays
/// receive new references.
#[no_mangle]
pub unsafe extern "C" fn ndc_linalg_lstsq(
    a: *const ndc_array,
    b: *const ndc_array,
    rcond: f64,
    x: *mut *mut ndc_array,
    residuals: *mut *mut ndc_array,
    rank: *mut i64,
    s: *mut *mut ndc_array,
) -> ndc_status {
    let mut rk = 0i64;
    let status = produce_many([(x, "x"), (residuals, "residuals"), (s, "s")], || {
        out_ptr(rank, "rank")?;
        let rc = (!rcond.is_nan()).then_some(rcond);
        let r = lstsq::lstsq(&arc(a, "a")?, &arc(b, "b")?, rc)?;
        rk = r.rank;
        Ok([r.x, r.residuals, r.s])
    });
    if status == super::error::NDC_OK {
        // SAFETY: checked non-NULL inside.
        unsafe { *rank = rk };
    }
    status
}

/// Which `ord=` a norm takes: `NDC_NORM_DEFAULT` (None), `NDC_NORM_ORD`
/// (the number passed alongside, `INFINITY` and `-INFINITY` included),
/// `NDC_NORM_FRO` ('fro'), `NDC_NORM_NUC` ('nuc').
pub type ndc_norm_kind = i32;
/// `ord=None`.
pub const NDC_NORM_DEFAULT: ndc_norm_kind = 0;
/// A numeric `ord`.
pub const NDC_NORM_ORD: ndc_norm_kind = 1;
/// `ord='fro'`.
pub const NDC_NORM_FRO: ndc_norm_kind = 2;
/// `ord='nuc'`.
pub const NDC_NORM_NUC: ndc_norm_kind = 3;

fn norm_ord(kind: ndc_norm_kind, ord: f64) -> Result<norm::NormOrd> {
    Ok(match kind {
        NDC_NORM_DEFAULT => norm::NormOrd::Default,
        NDC_NORM_ORD => norm::NormOrd::P(ord),
        NDC_NORM_FRO => norm::NormOrd::Fro,
        NDC_NORM_NUC => norm::NormOrd::Nuc,
        _ => return Err(Error::invalid(format!("invalid norm kind {kind}"))),
    })
}

/// `np.linalg.norm(x, ord, axis, keepdims)`: `kind` and `ord` give `ord=`
/// (see `ndc_norm_kind`); `axes` NULL is axis=None, else `naxes` (1 for a
/// vector norm, 2 for a matrix norm) axes. Real result. `*out` receives a
/// new reference.
#[no_mangle]
pub unsafe extern "C" fn ndc_linalg_norm(
    x: *const ndc_array,
    kind: ndc_norm_kind,
    ord: f64,
    naxes: i32,
    axes: *const i64,
    keepdims: bool,
    out: *mut *mut ndc_array,
) -> ndc_status {
    one(out, || {
        let o = norm_ord(kind, ord)?;
        norm::norm(&arc(x, "x")?, o, opt_axes(naxes, axes)?, keepdims)
    })
}

/// `np.linalg.vector_norm(x, axis, keepdims, ord)`: the elements over
/// `axes` (NULL: all) form one vector; `ord` is a number (2 is NumPy's
/// default). `*out` receives a new reference.
#[no_mangle]
pub unsafe extern "C" fn ndc_linalg_vector_norm(
    x: *const ndc_array,
    ord: f64,
    naxes: i32,
    axes: *const i64,
    keepdims: bool,
    out: *mut *mut ndc_array,
) -> ndc_status {
    one(out, || {
        norm::vector_norm(&arc(x, "x")?, ord, opt_axes(naxes, axes)?, keepdims)
    })
}

/// `np.linalg.matrix_norm(x, keepdims, ord)`: the norm over the last two
/// axes; `NDC_NORM_DEFAULT` is 'fro'. `*out` receives a new reference.
#[no_mangle]
pub unsafe extern "C" fn ndc_linalg_matrix_norm(
    x: *const ndc_array,
    kind: ndc_norm_kind,
    ord: f64,
    keepdims: bool,
    out: *mut *mut ndc_array,
) -> ndc_status {
    one(out, || {
        norm::matrix_norm(&arc(x, "x")?, norm_ord(kind, ord)?, keepdims)
    })
}

/// `np.linalg.cond(x, p)`: the condition number of every matrix (`kind`
/// and `ord` as for `ndc_linalg_norm`; None, 2 and -2 through the singular
/// values, the others as norm(x) * norm(inv(x)), inf for singular
/// matrices). `*out` receives a new reference.
#[no_mangle]
pub unsafe extern "C" fn ndc_linalg_cond(
    x: *const ndc_array,
    kind: ndc_norm_kind,
    ord: f64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    one(out, || norm::cond(&arc(x, "x")?, norm_ord(kind, ord)?))
}
