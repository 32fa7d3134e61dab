//! The four LAPACK element types behind one trait ([`Scalar`]): each
//! method is one LAPACKE call in column-major layout (the `_work` variants,
//! which neither transpose nor scan the input for nan, with workspace
//! queries), documented with the meaning of its `info`.

use num_complex::{Complex, Complex32, Complex64, ComplexFloat};

use crate::dtype::Element;

/// A LAPACK element type: float32, float64, complex64, complex128.
pub trait Scalar:
    Element + ComplexFloat<Real = <Self as Scalar>::R> + std::fmt::Debug + Send + Sync
{
    /// The real type of the same precision.
    type R: Real;
    /// The complex type of the same precision.
    type C: Scalar<R = Self::R>;
    /// True for the complex types.
    const COMPLEX: bool;
    /// From real and imaginary parts (the imaginary part is dropped for
    /// real types).
    fn make(re: Self::R, im: Self::R) -> Self;
    /// As the complex type.
    fn to_complex(self) -> Self::C {
        Self::C::make(self.re(), self.im())
    }
    /// LAPACK's pivot measure: |x| for reals, |re| + |im| for complex
    /// (`i?amax` uses `?cabs1`).
    fn abs1(self) -> Self::R {
        self.re().abs() + self.im().abs()
    }

    /// `?gesv`: solves A X = B by LU with partial pivoting; A is overwritten
    /// by its factors, B by X. info > 0: U(info, info) is exactly zero.
    ///
    /// # Safety
    /// The pointers address column-major buffers of the documented sizes.
    unsafe fn gesv(n: i32, nrhs: i32, a: *mut Self, ipiv: *mut i32, b: *mut Self) -> i32;
    /// `?getrf`: A = P L U in place. info > 0: U(info, info) is exactly zero
    /// (the factorisation is complete; U is singular).
    ///
    /// # Safety
    /// The pointers address column-major buffers of the documented sizes.
    unsafe fn getrf(n: i32, a: *mut Self, ipiv: *mut i32) -> i32;
    /// `?getri`: A^-1 in place from `?getrf`'s factors and pivots.
    /// info > 0: U(info, info) is exactly zero.
    ///
    /// # Safety
    /// The pointers address column-major buffers of the documented sizes.
    unsafe fn getri(n: i32, a: *mut Self, ipiv: *const i32) -> i32;
    /// `?potrf` (lower when `lower`): A = L L^H or U^H U. info > 0: the
    /// leading minor of order info is not positive definite.
    ///
    /// # Safety
    /// The pointers address column-major buffers of the documented sizes.
    unsafe fn potrf(lower: bool, n: i32, a: *mut Self) -> i32;
    /// `?geqrf`: A = Q R, Householder reflectors below the diagonal and
    /// their scalars in `tau` (min(m, n)). Only info < 0 is possible.
    ///
    /// # Safety
    /// The pointers address column-major buffers of the documented sizes.
    unsafe fn geqrf(m: i32, n: i32, a: *mut Self, lda: i32, tau: *mut Self) -> i32;
    /// `?orgqr` / `?ungqr`: the first n columns of Q (m x n) from k
    /// reflectors. Only info < 0 is possible.
    ///
    /// # Safety
    /// The pointers address column-major buffers of the documented sizes.
    unsafe fn orgqr(m: i32, n: i32, k: i32, a: *mut Self, lda: i32, tau: *const Self) -> i32;
    /// `?syevd` / `?heevd`: eigenvalues (ascending) and, when `vectors`,
    /// eigenvectors in `a`, reading the `lower` or upper triangle.
    /// info > 0: the algorithm failed to converge.
    ///
    /// # Safety
    /// The pointers address column-major buffers of the documented sizes.
    unsafe fn syevd(vectors: bool, lower: bool, n: i32, a: *mut Self, w: *mut Self::R) -> i32;
    /// `?gesdd` with JOBZ = `jobz` ('A', 'S', 'N'): A = U S V^H.
    /// info > 0: the divide and conquer iteration did not converge.
    ///
    /// # Safety
    /// The pointers address column-major buffers of the documented sizes.
    #[allow(clippy::too_many_arguments)]
    unsafe fn gesdd(
        jobz: u8,
        m: i32,
        n: i32,
        a: *mut Self,
        s: *mut Self::R,
        u: *mut Self,
        ldu: i32,
        vt: *mut Self,
        ldvt: i32,
    ) -> i32;
    /// `?gelsd`: minimum-norm least squares by SVD; B (ldb x nrhs) becomes
    /// X. info > 0: the SVD did not converge.
    ///
    /// # Safety
    /// The pointers address column-major buffers of the documented sizes.
    #[allow(clippy::too_many_arguments)]
    unsafe fn gelsd(
        m: i32,
        n: i32,
        nrhs: i32,
        a: *mut Self,
        b: *mut Self,
        ldb: i32,
        s: *mut Self::R,
        rcond: Self::R,
        rank: *mut i32,
    ) -> i32;
    /// `?geev` (right vectors when `vectors`): eigenvalues `w` and vectors
    /// `v` as complex numbers (the real routine's conjugate pairs are
    /// unpacked). info > 0: the QR algorithm failed to converge.
    ///
    /// # Safety
    /// The pointers address column-major buffers of the documented sizes.
    unsafe fn geev(vectors: bool, n: i32, a: *mut Self, w: *mut Self::C, v: *mut Self::C) -> i32;
    /// `?gemm`, column-major: C = alpha op(A) op(B) + beta C, op is 'N' or
    /// 'C' (conjugate transpose).
    ///
    /// # Safety
    /// The pointers address column-major buffers of the documented sizes.
    #[allow(clippy::too_many_arguments)]
    unsafe fn gemm(
        ta: u8,
        tb: u8,
        m: i32,
        n: i32,
        k: i32,
        alpha: Self,
        a: *const Self,
        lda: i32,
        b: *const Self,
        ldb: i32,
        beta: Self,
        c: *mut Self,
        ldc: i32,
    );
}

/// The real LAPACK types.
pub trait Real: Scalar<R = Self> + PartialOrd {
    /// Machine epsilon.
    const EPS: Self;
}

impl Real for f32 {
    const EPS: f32 = f32::EPSILON;
}
impl Real for f64 {
    const EPS: f64 = f64::EPSILON;
}

pub(super) const COL: i32 = lapacke_sys::LAPACK_COL_MAJOR;

/// The optimal workspace length a LAPACK query wrote in `w`.
pub(super) fn lwork<T: Scalar>(w: T) -> i32 {
    w.re().to_f64().max(1.0) as i32
}

pub(super) fn zeros<T: Element>(n: usize) -> Vec<T> {
    vec![T::default(); n.max(1)]
}

pub(super) fn uplo(lower: bool) -> i8 {
    if lower {
        b'L' as i8
    } else {
        b'U' as i8
    }
}

fn trans(t: u8) -> cblas_sys::CBLAS_TRANSPOSE {
    match t {
        b'C' => cblas_sys::CBLAS_TRANSPOSE::CblasConjTrans,
        b'T' => cblas_sys::CBLAS_TRANSPOSE::CblasTrans,
        _ => cblas_sys::CBLAS_TRANSPOSE::CblasNoTrans,
    }
}

macro_rules! real_scalar {
    ($t:ty, $c:ty, $gesv:ident, $getrf:ident, $getri:ident, $potrf:ident, $geqrf:ident, $orgqr:ident,
     $syevd:ident, $gesdd:ident, $gelsd:ident, $geev:ident, $gemm:ident) => {
        impl Scalar for $t {
            type R = $t;
            type C = $c;
            const COMPLEX: bool = false;
            fn make(re: $t, _im: $t) -> $t {
                re
            }
            unsafe fn gesv(n: i32, nrhs: i32, a: *mut $t, ipiv: *mut i32, b: *mut $t) -> i32 {
                // Mid-sized orders: ndc's recursive LU, then ?getrs.
                if let Some(info) = super::lu::getrf::<$t>(n as usize, a, ipiv) {
                    if info != 0 {
                        return info;
                    }
                    return <$t as super::lu::Lu>::getrs(n, nrhs, a, ipiv, b);
                }
                lapacke_sys::$gesv(COL, n, nrhs, a, n.max(1), ipiv, b, n.max(1))
            }
            unsafe fn getrf(n: i32, a: *mut $t, ipiv: *mut i32) -> i32 {
                if let Some(info) = super::lu::getrf::<$t>(n as usize, a, ipiv) {
                    return info;
                }
                lapacke_sys::$getrf(COL, n, n, a, n.max(1), ipiv)
            }
            unsafe fn getri(n: i32, a: *mut $t, ipiv: *const i32) -> i32 {
                let mut q = 0.0;
                let info = lapacke_sys::$getri(COL, n, a, n.max(1), ipiv, &mut q, -1);
                if info != 0 {
                    return info;
                }
                let mut wk = zeros::<$t>(lwork(q) as usize);
                lapacke_sys::$getri(COL, n, a, n.max(1), ipiv, wk.as_mut_ptr(), lwork(q))
            }
            unsafe fn potrf(lower: bool, n: i32, a: *mut $t) -> i32 {
                lapacke_sys::$potrf(COL, uplo(lower), n, a, n.max(1))
            }
            unsafe fn geqrf(m: i32, n: i32, a: *mut $t, lda: i32, tau: *mut $t) -> i32 {
                let mut q = 0.0;
                let info = lapacke_sys::$geqrf(COL, m, n, a, lda, tau, &mut q, -1);
                if info != 0 {
                    return info;
                }
                let mut w = zeros::<$t>(lwork(q) as usize);
                lapacke_sys::$geqrf(COL, m, n, a, lda, tau, w.as_mut_ptr(), lwork(q))
            }
            unsafe fn orgqr(m: i32, n: i32, k: i32, a: *mut $t, lda: i32, tau: *const $t) -> i32 {
                let mut q = 0.0;
                let info = lapacke_sys::$orgqr(COL, m, n, k, a, lda, tau, &mut q, -1);
                if info != 0 {
                    return info;
                }
                let mut w = zeros::<$t>(lwork(q) as usize);
                lapacke_sys::$orgqr(COL, m, n, k, a, lda, tau, w.as_mut_ptr(), lwork(q))
            }
            unsafe fn syevd(vectors: bool, lower: bool, n: i32, a: *mut $t, w: *mut $t) -> i32 {
                if vectors {
                    // Large orders: the tridiagonal stage on the pool.
                    if let Some(info) = super::tridiag::syevd::<$t>(lower, n as usize, a, w) {
                        return info;
                    }
                }
                let jobz = if vectors { b'V' } else { b'N' } as i8;
                let (mut q, mut iq) = (0.0, 0);
                let info = lapacke_sys::$syevd(
                    COL,
                    jobz,
                    uplo(lower),
                    n,
                    a,
                    n.max(1),
                    w,
                    &mut q,
                    -1,
                    &mut iq,
                    -1,
                );
                if info != 0 {
                    return info;
                }
                let mut wk = zeros::<$t>(lwork(q) as usize);
                let mut iw = zeros::<i32>(iq.max(1) as usize);
                lapacke_sys::$syevd(
                    COL,
                    jobz,
                    uplo(lower),
                    n,
                    a,
                    n.max(1),
                    w,
                    wk.as_mut_ptr(),
                    lwork(q),
                    iw.as_mut_ptr(),
                    iq.max(1),
                )
            }
            unsafe fn gesdd(
                jobz: u8,
                m: i32,
                n: i32,
                a: *mut $t,
                s: *mut $t,
                u: *mut $t,
                ldu: i32,
                vt: *mut $t,
                ldvt: i32,
            ) -> i32 {
                let mn = m.min(n).max(1) as usize;
                let mut iw = zeros::<i32>(8 * mn);
                let mut q = 0.0;
                let info = lapacke_sys::$gesdd(
                    COL,
                    jobz as i8,
                    m,
                    n,
                    a,
                    m.max(1),
                    s,
                    u,
                    ldu,
                    vt,
                    ldvt,
                    &mut q,
                    -1,
                    iw.as_mut_ptr(),
                );
                if info != 0 {
                    return info;
                }
                let mut wk = zeros::<$t>(lwork(q) as usize);
                lapacke_sys::$gesdd(
                    COL,
                    jobz as i8,
                    m,
                    n,
                    a,
                    m.max(1),
                    s,
                    u,
                    ldu,
                    vt,
                    ldvt,
                    wk.as_mut_ptr(),
                    lwork(q),
                    iw.as_mut_ptr(),
                )
            }
            unsafe fn gelsd(
                m: i32,
                n: i32,
                nrhs: i32,
                a: *mut $t,
                b: *mut $t,
                ldb: i32,
                s: *mut $t,
                rcond: $t,
                rank: *mut i32,
            ) -> i32 {
                let (mut q, mut iq) = (0.0, 0);
                let info = lapacke_sys::$gelsd(
                    COL,
                    m,
                    n,
                    nrhs,
                    a,
                    m.max(1),
                    b,
                    ldb,
                    s,
                    rcond,
                    rank,
                    &mut q,
                    -1,
                    &mut iq,
                );
                if info != 0 {
                    return info;
                }
                let mut wk = zeros::<$t>(lwork(q) as usize);
                let mut iw = zeros::<i32>(iq.max(1) as usize);
                lapacke_sys::$gelsd(
                    COL,
                    m,
                    n,
                    nrhs,
                    a,
                    m.max(1),
                    b,
                    ldb,
                    s,
                    rcond,
                    rank,
                    wk.as_mut_ptr(),
                    lwork(q),
                    iw.as_mut_ptr(),
                )
            }
            unsafe fn geev(vectors: bool, n: i32, a: *mut $t, w: *mut $c, v: *mut $c) -> i32 {
                let nn = n.max(0) as usize;
                let jobvr = if vectors { b'V' } else { b'N' } as i8;
                let (mut wr, mut wi) = (zeros::<$t>(nn), zeros::<$t>(nn));
                let mut vr = zeros::<$t>(if vectors { nn * nn } else { 1 });
                let ld = n.max(1);
                let mut q = 0.0;
                let mut dummy = 0.0;
                let info = lapacke_sys::$geev(
                    COL,
                    b'N' as i8,
                    jobvr,
                    n,
                    a,
                    ld,
                    wr.as_mut_ptr(),
                    wi.as_mut_ptr(),
                    &mut dummy,
                    1,
                    vr.as_mut_ptr(),
                    ld,
                    &mut q,
                    -1,
                );
                if info != 0 {
                    return info;
                }
                let mut wk = zeros::<$t>(lwork(q) as usize);
                let info = lapacke_sys::$geev(
                    COL,
                    b'N' as i8,
                    jobvr,
                    n,
                    a,
                    ld,
                    wr.as_mut_ptr(),
                    wi.as_mut_ptr(),
                    &mut dummy,
                    1,
                    vr.as_mut_ptr(),
                    ld,
                    wk.as_mut_ptr(),
                    lwork(q),
                );
                if info != 0 {
                    return info;
                }
                // A complex pair (wi[j] > 0, wi[j+1] = -wi[j]) stores its
                // vectors as v_j = vr[:, j] + i vr[:, j+1] and its conjugate.
                let mut j = 0;
                while j < nn {
                    *w.add(j) = Complex::new(wr[j], wi[j]);
                    if wi[j] != 0.0 && j + 1 < nn {
                        *w.add(j + 1) = Complex::new(wr[j + 1], wi[j + 1]);
                        if vectors {
                            for i in 0..nn {
                                let (re, im) = (vr[i + j * nn], vr[i + (j + 1) * nn]);
                                *v.add(i + j * nn) = Complex::new(re, im);
                                *v.add(i + (j + 1) * nn) = Complex::new(re, -im);
                            }
                        }
                        j += 2;
                    } else {
                        if vectors {
                            for i in 0..nn {
                                *v.add(i + j * nn) = Complex::new(vr[i + j * nn], 0.0);
                            }
                        }
                        j += 1;
                    }
                }
                0
            }
            unsafe fn gemm(
                ta: u8,
                tb: u8,
                m: i32,
                n: i32,
                k: i32,
                alpha: $t,
                a: *const $t,
                lda: i32,
                b: *const $t,
                ldb: i32,
                beta: $t,
                c: *mut $t,
                ldc: i32,
            ) {
                cblas_sys::$gemm(
                    cblas_sys::CBLAS_LAYOUT::CblasColMajor,
                    trans(ta),
                    trans(tb),
                    m,
                    n,
                    k,
                    alpha,
                    a,
                    lda,
                    b,
                    ldb,
                    beta,
                    c,
                    ldc,
                )
            }
        }
    };
}

macro_rules! complex_scalar {
    ($t:ty, $r:ty, $gesv:ident, $getrf:ident, $getri:ident, $potrf:ident, $geqrf:ident, $orgqr:ident,
     $syevd:ident, $gesdd:ident, $gelsd:ident, $geev:ident, $gemm:ident) => {
        impl Scalar for $t {
            type R = $r;
            type C = $t;
            const COMPLEX: bool = true;
            fn make(re: $r, im: $r) -> $t {
                Complex::new(re, im)
            }
            unsafe fn gesv(n: i32, nrhs: i32, a: *mut $t, ipiv: *mut i32, b: *mut $t) -> i32 {
                lapacke_sys::$gesv(COL, n, nrhs, a.cast(), n.max(1), ipiv, b.cast(), n.max(1))
            }
            unsafe fn getrf(n: i32, a: *mut $t, ipiv: *mut i32) -> i32 {
                lapacke_sys::$getrf(COL, n, n, a.cast(), n.max(1), ipiv)
            }
            unsafe fn getri(n: i32, a: *mut $t, ipiv: *const i32) -> i32 {
                let mut q = <$t>::default();
                let info = lapacke_sys::$getri(
                    COL,
                    n,
                    a.cast(),
                    n.max(1),
                    ipiv,
                    (&mut q as *mut $t).cast(),
                    -1,
                );
                if info != 0 {
                    return info;
                }
                let mut wk = zeros::<$t>(lwork(q) as usize);
                let w = wk.as_mut_ptr().cast();
                lapacke_sys::$getri(COL, n, a.cast(), n.max(1), ipiv, w, lwork(q))
            }
            unsafe fn potrf(lower: bool, n: i32, a: *mut $t) -> i32 {
                lapacke_sys::$potrf(COL, uplo(lower), n, a.cast(), n.max(1))
            }
            unsafe fn geqrf(m: i32, n: i32, a: *mut $t, lda: i32, tau: *mut $t) -> i32 {
                let mut q = <$t>::default();
                let info = lapacke_sys::$geqrf(
                    COL,
                    m,
                    n,
                    a.cast(),
                    lda,
                    tau.cast(),
                    (&mut q as *mut $t).cast(),
                    -1,
                );
                if info != 0 {
                    return info;
                }
                let mut w = zeros::<$t>(lwork(q) as usize);
                lapacke_sys::$geqrf(
                    COL,
                    m,
                    n,
                    a.cast(),
                    lda,
                    tau.cast(),
                    w.as_mut_ptr().cast(),
                    lwork(q),
                )
            }
            unsafe fn orgqr(m: i32, n: i32, k: i32, a: *mut $t, lda: i32, tau: *const $t) -> i32 {
                let mut q = <$t>::default();
                let info = lapacke_sys::$orgqr(
                    COL,
                    m,
                    n,
                    k,
                    a.cast(),
                    lda,
                    tau.cast(),
                    (&mut q as *mut $t).cast(),
                    -1,
                );
                if info != 0 {
                    return info;
                }
                let mut w = zeros::<$t>(lwork(q) as usize);
                lapacke_sys::$orgqr(
                    COL,
                    m,
                    n,
                    k,
                    a.cast(),
                    lda,
                    tau.cast(),
                    w.as_mut_ptr().cast(),
                    lwork(q),
                )
            }
            unsafe fn syevd(vectors: bool, lower: bool, n: i32, a: *mut $t, w: *mut $r) -> i32 {
                let jobz = if vectors { b'V' } else { b'N' } as i8;
                let (mut q, mut rq, mut iq) = (<$t>::default(), 0.0, 0);
                let info = lapacke_sys::$syevd(
                    COL,
                    jobz,
                    uplo(lower),
                    n,
                    a.cast(),
                    n.max(1),
                    w,
                    (&mut q as *mut $t).cast(),
                    -1,
                    &mut rq,
                    -1,
                    &mut iq,
                    -1,
                );
                if info != 0 {
                    return info;
                }
                let mut wk = zeros::<$t>(lwork(q) as usize);
                let lr = (rq as i32).max(1);
                let mut rw = zeros::<$r>(lr as usize);
                let mut iw = zeros::<i32>(iq.max(1) as usize);
                lapacke_sys::$syevd(
                    COL,
                    jobz,
                    uplo(lower),
                    n,
                    a.cast(),
                    n.max(1),
                    w,
                    wk.as_mut_ptr().cast(),
                    lwork(q),
                    rw.as_mut_ptr(),
                    lr,
                    iw.as_mut_ptr(),
                    iq.max(1),
                )
            }
            unsafe fn gesdd(
                jobz: u8,
                m: i32,
                n: i32,
                a: *mut $t,
                s: *mut $r,
                u: *mut $t,
                ldu: i32,
                vt: *mut $t,
                ldvt: i32,
            ) -> i32 {
                let mn = m.min(n).max(1) as usize;
                let mx = m.max(n).max(1) as usize;
                // LRWORK as NumPy sizes it: 7 mn for JOBZ = 'N', else
                // mn max(5 mn + 7, 2 mx + 2 mn + 1).
                let lr = if jobz == b'N' {
                    7 * mn
                } else {
                    mn * (5 * mn + 7).max(2 * mx + 2 * mn + 1)
                };
                let mut rw = zeros::<$r>(lr);
                let mut iw = zeros::<i32>(8 * mn);
                let mut q = <$t>::default();
                let info = lapacke_sys::$gesdd(
                    COL,
                    jobz as i8,
                    m,
                    n,
                    a.cast(),
                    m.max(1),
                    s,
                    u.cast(),
                    ldu,
                    vt.cast(),
                    ldvt,
                    (&mut q as *mut $t).cast(),
                    -1,
                    rw.as_mut_ptr(),
                    iw.as_mut_ptr(),
                );
                if info != 0 {
                    return info;
                }
                let mut wk = zeros::<$t>(lwork(q) as usize);
                lapacke_sys::$gesdd(
                    COL,
                    jobz as i8,
                    m,
                    n,
                    a.cast(),
                    m.max(1),
                    s,
                    u.cast(),
                    ldu,
                    vt.cast(),
                    ldvt,
                    wk.as_mut_ptr().cast(),
                    lwork(q),
                    rw.as_mut_ptr(),
                    iw.as_mut_ptr(),
                )
            }
            unsafe fn gelsd(
                m: i32,
                n: i32,
                nrhs: i32,
                a: *mut $t,
                b: *mut $t,
                ldb: i32,
                s: *mut $r,
                rcond: $r,
                rank: *mut i32,
            ) -> i32 {
                let (mut q, mut rq, mut iq) = (<$t>::default(), 0.0, 0);
                let info = lapacke_sys::$gelsd(
                    COL,
                    m,
                    n,
                    nrhs,
                    a.cast(),
                    m.max(1),
                    b.cast(),
                    ldb,
                    s,
                    rcond,
                    rank,
                    (&mut q as *mut $t).cast(),
                    -1,
                    &mut rq,
                    &mut iq,
                );
                if info != 0 {
                    return info;
                }
                let mut wk = zeros::<$t>(lwork(q) as usize);
                let mut rw = zeros::<$r>((rq as usize).max(1));
                let mut iw = zeros::<i32>(iq.max(1) as usize);
                lapacke_sys::$gelsd(
                    COL,
                    m,
                    n,
                    nrhs,
                    a.cast(),
                    m.max(1),
                    b.cast(),
                    ldb,
                    s,
                    rcond,
                    rank,
                    wk.as_mut_ptr().cast(),
                    lwork(q),
                    rw.as_mut_ptr(),
                    iw.as_mut_ptr(),
                )
            }
            unsafe fn geev(vectors: bool, n: i32, a: *mut $t, w: *mut $t, v: *mut $t) -> i32 {
                let jobvr = if vectors { b'V' } else { b'N' } as i8;
                let ld = n.max(1);
                let mut rw = zeros::<$r>(2 * n.max(1) as usize);
                let mut q = <$t>::default();
                let mut dummy = <$t>::default();
                let mut vdummy = <$t>::default();
                let vp: *mut $t = if vectors { v } else { &mut vdummy };
                let info = lapacke_sys::$geev(
                    COL,
                    b'N' as i8,
                    jobvr,
                    n,
                    a.cast(),
                    ld,
                    w.cast(),
                    (&mut dummy as *mut $t).cast(),
                    1,
                    vp.cast(),
                    ld,
                    (&mut q as *mut $t).cast(),
                    -1,
                    rw.as_mut_ptr(),
                );
                if info != 0 {
                    return info;
                }
                let mut wk = zeros::<$t>(lwork(q) as usize);
                lapacke_sys::$geev(
                    COL,
                    b'N' as i8,
                    jobvr,
                    n,
                    a.cast(),
                    ld,
                    w.cast(),
                    (&mut dummy as *mut $t).cast(),
                    1,
                    vp.cast(),
                    ld,
                    wk.as_mut_ptr().cast(),
                    lwork(q),
                    rw.as_mut_ptr(),
                )
            }
            unsafe fn gemm(
                ta: u8,
                tb: u8,
                m: i32,
                n: i32,
                k: i32,
                alpha: $t,
                a: *const $t,
                lda: i32,
                b: *const $t,
                ldb: i32,
                beta: $t,
                c: *mut $t,
                ldc: i32,
            ) {
                cblas_sys::$gemm(
                    cblas_sys::CBLAS_LAYOUT::CblasColMajor,
                    trans(ta),
                    trans(tb),
                    m,
                    n,
                    k,
                    (&alpha as *const $t).cast(),
                    a.cast(),
                    lda,
                    b.cast(),
                    ldb,
                    (&beta as *const $t).cast(),
                    c.cast(),
                    ldc,
                )
            }
        }
    };
}

#[rustfmt::skip]
real_scalar!(f32, Complex32, LAPACKE_sgesv_work, LAPACKE_sgetrf_work, LAPACKE_sgetri_work,
    LAPACKE_spotrf_work, LAPACKE_sgeqrf_work, LAPACKE_sorgqr_work, LAPACKE_ssyevd_work,
    LAPACKE_sgesdd_work, LAPACKE_sgelsd_work, LAPACKE_sgeev_work, cblas_sgemm);
#[rustfmt::skip]
real_scalar!(f64, Complex64, LAPACKE_dgesv_work, LAPACKE_dgetrf_work, LAPACKE_dgetri_work,
    LAPACKE_dpotrf_work, LAPACKE_dgeqrf_work, LAPACKE_dorgqr_work, LAPACKE_dsyevd_work,
    LAPACKE_dgesdd_work, LAPACKE_dgelsd_work, LAPACKE_dgeev_work, cblas_dgemm);
#[rustfmt::skip]
complex_scalar!(Complex32, f32, LAPACKE_cgesv_work, LAPACKE_cgetrf_work, LAPACKE_cgetri_work,
    LAPACKE_cpotrf_work, LAPACKE_cgeqrf_work, LAPACKE_cungqr_work, LAPACKE_cheevd_work,
    LAPACKE_cgesdd_work, LAPACKE_cgelsd_work, LAPACKE_cgeev_work, cblas_cgemm);
#[rustfmt::skip]
complex_scalar!(Complex64, f64, LAPACKE_zgesv_work, LAPACKE_zgetrf_work, LAPACKE_zgetri_work,
    LAPACKE_zpotrf_work, LAPACKE_zgeqrf_work, LAPACKE_zungqr_work, LAPACKE_zheevd_work,
    LAPACKE_zgesdd_work, LAPACKE_zgelsd_work, LAPACKE_zgeev_work, cblas_zgemm);
