//! Eigenvalues and eigenvectors of large real symmetric matrices with the
//! tridiagonal stage spread over ndc's pool.
//!
//! `?syevd` runs three stages: `?sytrd` (A = Q T Q^T, BLAS-threaded),
//! `?stedc` (the eigenvectors of T by divide and conquer) and `?ormtr`
//! (Q times them, BLAS-threaded). In OpenBLAS 0.3.21 most of `?stedc`
//! runs on one core: the secular-equation roots (`?laed4`) and the vector
//! updates of every merge are serial loops, and only the products inside
//! the merges use BLAS threads. For n >= [`PARALLEL_MIN`] this module
//! runs the same three stages, but does the top level of the divide and
//! conquer itself:
//! - T is torn at n/2 into two tridiagonal halves plus a rank-one term
//!   (Cuppen's split, as `?laed0` does); `?stedc` solves the halves at
//!   once, one per pool thread, each with single-threaded BLAS;
//! - the final merge follows `?laed1`: `?laed2` deflates, then the roots,
//!   the updated z vector and the eigenvectors of the rank-one system
//!   (the work of `?laed3`) are computed in parallel, and the two
//!   products with the halves' vectors use BLAS threads.
//!
//! The arithmetic is LAPACK's, step for step (same split, same deflation,
//! same root finder, same product order for the z update), so results
//! agree with `?syevd` to rounding. Matrices that `?stedc` would split on
//! its own (a negligible off-diagonal entry), non-finite ones, and small
//! ones take `?syevd`'s route unchanged.

use rayon::prelude::*;

use super::lapack::{lwork, uplo, zeros, Real, COL};

/// The smallest order that takes the parallel route. Below it the serial
/// part of `?stedc` is too short to pay for the second pass over T's
/// halves (measured: 1000 gains about 13 ms of 40).
pub const PARALLEL_MIN: usize = 400;

/// The LAPACK routines of the real types that this module calls.
pub trait Tridiag: Real {
    /// `?sytrd`: A = Q T Q^T; `d` (n) and `e` (n - 1) receive T, `tau`
    /// (n - 1) and A's other triangle the reflectors.
    ///
    /// # Safety
    /// Column-major n x n `a`; `d`, `e`, `tau` of the documented lengths.
    unsafe fn sytrd(
        lower: bool,
        n: i32,
        a: *mut Self,
        d: *mut Self,
        e: *mut Self,
        tau: *mut Self,
    ) -> i32;
    /// `?stedc` with COMPZ = 'I': the eigenvalues of T in `d`
    /// (ascending), its eigenvectors in `z` (n x n, leading dimension
    /// `ldz`). info > 0: no convergence.
    ///
    /// # Safety
    /// `d` (n), `e` (n - 1), `z` (ldz x n) valid.
    unsafe fn stedc(n: i32, d: *mut Self, e: *mut Self, z: *mut Self, ldz: i32) -> i32;
    /// `?ormtr` with SIDE = 'L', TRANS = 'N': C = Q C for the Q of
    /// [`Tridiag::sytrd`].
    ///
    /// # Safety
    /// `a` and `tau` from `sytrd`; `c` n x n column-major.
    unsafe fn ormtr(lower: bool, n: i32, a: *mut Self, tau: *const Self, c: *mut Self) -> i32;
    /// `?laed2`: deflation of the merged problem (arguments as LAPACK's).
    ///
    /// # Safety
    /// Buffers of the sizes `?laed2` documents.
    #[allow(clippy::too_many_arguments)]
    unsafe fn laed2(
        k: &mut i32,
        n: i32,
        n1: i32,
        d: *mut Self,
        q: *mut Self,
        ldq: i32,
        indxq: *mut i32,
        rho: &mut Self,
        z: *mut Self,
        dlamda: *mut Self,
        w: *mut Self,
        q2: *mut Self,
        indx: *mut i32,
        indxc: *mut i32,
        indxp: *mut i32,
        coltyp: *mut i32,
    ) -> i32;
    /// `?laed4`: root `i` (1-based) of the secular equation; `delta`
    /// (n) receives d - root.
    ///
    /// # Safety
    /// `d`, `z`, `delta` of length n.
    unsafe fn laed4(
        n: i32,
        i: i32,
        d: *const Self,
        z: *const Self,
        delta: *mut Self,
        rho: Self,
        root: &mut Self,
    ) -> i32;
    /// `?lamrg`: the permutation merging two sorted runs of `a`.
    ///
    /// # Safety
    /// `a` and `index` of length n1 + n2.
    unsafe fn lamrg(n1: i32, n2: i32, a: *const Self, s1: i32, s2: i32, index: *mut i32);
    /// |self| with the sign of `sign`.
    fn copysign(self, sign: Self) -> Self;
}

macro_rules! tridiag {
    ($t:ty, $sytrd:ident, $stedc:ident, $ormtr:ident, $laed2:ident, $laed4:ident, $lamrg:ident) => {
        unsafe extern "C" {
            fn $laed2(
                k: *mut i32,
                n: *const i32,
                n1: *const i32,
                d: *mut $t,
                q: *mut $t,
                ldq: *const i32,
                indxq: *mut i32,
                rho: *mut $t,
                z: *mut $t,
                dlamda: *mut $t,
                w: *mut $t,
                q2: *mut $t,
                indx: *mut i32,
                indxc: *mut i32,
                indxp: *mut i32,
                coltyp: *mut i32,
                info: *mut i32,
            );
            fn $laed4(
                n: *const i32,
                i: *const i32,
                d: *const $t,
                z: *const $t,
                delta: *mut $t,
                rho: *const $t,
                dlam: *mut $t,
                info: *mut i32,
            );
            fn $lamrg(
                n1: *const i32,
                n2: *const i32,
                a: *const $t,
                s1: *const i32,
                s2: *const i32,
                index: *mut i32,
            );
        }

        impl Tridiag for $t {
            unsafe fn sytrd(
                lower: bool,
                n: i32,
                a: *mut $t,
                d: *mut $t,
                e: *mut $t,
                tau: *mut $t,
            ) -> i32 {
                let u = uplo(lower);
                let mut q: $t = 0.0;
                let info = lapacke_sys::$sytrd(COL, u, n, a, n, d, e, tau, &mut q, -1);
                if info != 0 {
                    return info;
                }
                let mut w = zeros::<$t>(lwork(q) as usize);
                lapacke_sys::$sytrd(COL, u, n, a, n, d, e, tau, w.as_mut_ptr(), w.len() as i32)
            }
            unsafe fn stedc(n: i32, d: *mut $t, e: *mut $t, z: *mut $t, ldz: i32) -> i32 {
                let i = b'I' as i8;
                let (mut q, mut iq): ($t, i32) = (0.0, 0);
                let info = lapacke_sys::$stedc(COL, i, n, d, e, z, ldz, &mut q, -1, &mut iq, -1);
                if info != 0 {
                    return info;
                }
                let mut w = zeros::<$t>(lwork(q) as usize);
                let mut iw = zeros::<i32>(iq.max(1) as usize);
                let (lw, liw) = (w.len() as i32, iw.len() as i32);
                lapacke_sys::$stedc(
                    COL,
                    i,
                    n,
                    d,
                    e,
                    z,
                    ldz,
                    w.as_mut_ptr(),
                    lw,
                    iw.as_mut_ptr(),
                    liw,
                )
            }
            unsafe fn ormtr(lower: bool, n: i32, a: *mut $t, tau: *const $t, c: *mut $t) -> i32 {
                let (l, u, t) = (b'L' as i8, uplo(lower), b'N' as i8);
                let mut q: $t = 0.0;
                let info = lapacke_sys::$ormtr(COL, l, u, t, n, n, a, n, tau, c, n, &mut q, -1);
                if info != 0 {
                    return info;
                }
                let mut w = zeros::<$t>(lwork(q) as usize);
                let lw = w.len() as i32;
                lapacke_sys::$ormtr(COL, l, u, t, n, n, a, n, tau, c, n, w.as_mut_ptr(), lw)
            }
            unsafe fn laed2(
                k: &mut i32,
                n: i32,
                n1: i32,
                d: *mut $t,
                q: *mut $t,
                ldq: i32,
                indxq: *mut i32,
                rho: &mut $t,
                z: *mut $t,
                dlamda: *mut $t,
                w: *mut $t,
                q2: *mut $t,
                indx: *mut i32,
                indxc: *mut i32,
                indxp: *mut i32,
                coltyp: *mut i32,
            ) -> i32 {
                let mut info = 0;
                $laed2(
                    k, &n, &n1, d, q, &ldq, indxq, rho, z, dlamda, w, q2, indx, indxc, indxp,
                    coltyp, &mut info,
                );
                info
            }
            unsafe fn laed4(
                n: i32,
                i: i32,
                d: *const $t,
                z: *const $t,
                delta: *mut $t,
                rho: $t,
                root: &mut $t,
            ) -> i32 {
                let mut info = 0;
                $laed4(&n, &i, d, z, delta, &rho, root, &mut info);
                info
            }
            unsafe fn lamrg(n1: i32, n2: i32, a: *const $t, s1: i32, s2: i32, index: *mut i32) {
                $lamrg(&n1, &n2, a, &s1, &s2, index)
            }
            fn copysign(self, sign: $t) -> $t {
                <$t>::copysign(self, sign)
            }
        }
    };
}

#[rustfmt::skip]
tridiag!(f32, LAPACKE_ssytrd_work, LAPACKE_sstedc_work, LAPACKE_sormtr_work,
    slaed2_, slaed4_, slamrg_);
#[rustfmt::skip]
tridiag!(f64, LAPACKE_dsytrd_work, LAPACKE_dstedc_work, LAPACKE_dormtr_work,
    dlaed2_, dlaed4_, dlamrg_);

/// `?syevd` with JOBZ = 'V' on the column-major n x n `a` (eigenvectors
/// replace it, eigenvalues ascending in `w`), with the tridiagonal stage
/// on the pool. `None` when the route does not apply (n too small, one
/// pool thread): the caller then runs `?syevd`. info as `?syevd`'s.
///
/// # Safety
/// `a` is n x n column-major, `w` holds n elements.
pub unsafe fn syevd<T: Tridiag>(lower: bool, n: usize, a: *mut T, w: *mut T) -> Option<i32> {
    if n < PARALLEL_MIN || crate::threads::num_threads() < 2 {
        return None;
    }
    let ni = n as i32;
    let mut d = vec![T::zero(); n];
    let mut e = vec![T::zero(); n];
    let mut tau = vec![T::zero(); n];
    let mut z = vec![T::zero(); n * n];
    // SAFETY: a is n x n (caller); d, e, tau hold n.
    let info = unsafe {
        T::sytrd(
            lower,
            ni,
            a,
            d.as_mut_ptr(),
            e.as_mut_ptr(),
            tau.as_mut_ptr(),
        )
    };
    if info != 0 {
        return Some(info);
    }
    let info = match split_solve(&mut d, &e[..n - 1], &mut z) {
        Some(info) => info,
        // SAFETY: d and e hold T, z is n x n.
        None => unsafe { T::stedc(ni, d.as_mut_ptr(), e.as_mut_ptr(), z.as_mut_ptr(), ni) },
    };
    if info != 0 {
        return Some(info);
    }
    // SAFETY: a holds sytrd's reflectors, z is n x n.
    let info = unsafe { T::ormtr(lower, ni, a, tau.as_ptr(), z.as_mut_ptr()) };
    if info != 0 {
        return Some(info);
    }
    // SAFETY: a is n x n and w holds n (caller).
    unsafe {
        std::ptr::copy_nonoverlapping(z.as_ptr(), a, n * n);
        std::ptr::copy_nonoverlapping(d.as_ptr(), w, n);
    }
    Some(0)
}

/// The eigenvalues (into `d`, ascending) and eigenvectors (into `z`,
/// n x n) of the tridiagonal T = (d, e) by one parallel divide and
/// conquer step. `None` (nothing written) when T is not finite or splits
/// on its own: `?stedc` then takes it whole.
fn split_solve<T: Tridiag>(d: &mut [T], e: &[T], z: &mut [T]) -> Option<i32> {
    let n = d.len();
    // ?stedc's scaling (by the largest entry) and its split test.
    let norm = d.iter().chain(e).fold(T::zero(), |m, &x| {
        let x = x.abs();
        if x > m || x.is_nan() {
            x
        } else {
            m
        }
    });
    if !norm.is_finite() || norm == T::zero() {
        return None;
    }
    let splits = e.iter().enumerate().any(|(i, &x)| {
        let tiny = T::EPS * d[i].abs().sqrt() * d[i + 1].abs().sqrt();
        x.abs() <= tiny
    });
    if splits {
        return None;
    }
    let mut ds: Vec<T> = d.iter().map(|&x| x / norm).collect();
    let mut es: Vec<T> = e.iter().map(|&x| x / norm).collect();
    // Cuppen's tear at m, as ?laed0: T = diag(T1, T2) + rho v v^T.
    let m = n / 2;
    let rho = es[m - 1];
    ds[m - 1] = ds[m - 1] - rho.abs();
    ds[m] = ds[m] - rho.abs();
    let mut q = vec![T::zero(); n * n];
    let info = halves(&mut ds, &mut es, &mut q, m)?;
    if info != 0 {
        return Some(info);
    }
    let mut indxq = vec![0i32; n];
    // z is the merge's scratch (?laed2's Q2) until the result goes in.
    let info = merge(&mut ds, &mut q, &mut indxq, m, rho, z)?;
    if info != 0 {
        return Some(info);
    }
    // The ascending order ?laed0 restores at the end.
    for (i, &j) in indxq.iter().enumerate() {
        let j = j as usize - 1;
        d[i] = ds[j] * norm;
        z[i * n..(i + 1) * n].copy_from_slice(&q[j * n..(j + 1) * n]);
    }
    Some(0)
}

/// `?stedc` on T's two halves at once, their vectors into the diagonal
/// blocks of `q` (n x n, zero elsewhere). `None` when the pool cannot
/// start.
fn halves<T: Tridiag>(d: &mut [T], e: &mut [T], q: &mut [T], m: usize) -> Option<i32> {
    let n = d.len();
    let (d1, d2) = d.split_at_mut(m);
    let (e1, e2) = e.split_at_mut(m);
    let (q1, q2) = q.split_at_mut(m * n);
    let solve = |d: &mut [T], e: &mut [T], q: &mut [T]| {
        // SAFETY: d holds the half's order k, e k - 1, q columns of n
        // rows starting at the block's first element.
        unsafe {
            T::stedc(
                d.len() as i32,
                d.as_mut_ptr(),
                e.as_mut_ptr(),
                q.as_mut_ptr(),
                n as i32,
            )
        }
    };
    let _one = crate::blas::SingleThreaded::enter();
    let run = || {
        rayon::join(
            || solve(d1, e1, q1),
            || solve(d2, &mut e2[..], &mut q2[m..]),
        )
    };
    match crate::threads::install(run).ok()? {
        (0, i2) => Some(i2),
        (i1, _) => Some(i1),
    }
}

/// The final merge (`?laed1`): the eigensystem of diag(d) + rho z z^T
/// where `q` holds the halves' vectors; `indxq` receives the 1-based
/// permutation that sorts the new `d`. `q2` (n x n) is scratch. `None`
/// when the pool cannot start.
fn merge<T: Tridiag>(
    d: &mut [T],
    q: &mut [T],
    indxq: &mut [i32],
    m: usize,
    rho: T,
    q2: &mut [T],
) -> Option<i32> {
    let n = d.len();
    let ni = n as i32;
    // z: the last row of the first half's vectors, the first of the second's.
    let mut z: Vec<T> = (0..n)
        .map(|j| q[j * n + if j < m { m - 1 } else { m }])
        .collect();
    for (i, x) in indxq.iter_mut().enumerate() {
        *x = if i < m { i + 1 } else { i + 1 - m } as i32;
    }
    let mut dlamda = vec![T::zero(); n];
    let mut w = vec![T::zero(); n];
    let mut iw = vec![0i32; 4 * n];
    let (indx, rest) = iw.split_at_mut(n);
    let (indxc, rest) = rest.split_at_mut(n);
    let (coltyp, indxp) = rest.split_at_mut(n);
    let (mut k, mut rho) = (0, rho);
    // SAFETY: every buffer has the length ?laed2 documents (q2: n * n).
    let info = unsafe {
        T::laed2(
            &mut k,
            ni,
            m as i32,
            d.as_mut_ptr(),
            q.as_mut_ptr(),
            ni,
            indxq.as_mut_ptr(),
            &mut rho,
            z.as_mut_ptr(),
            dlamda.as_mut_ptr(),
            w.as_mut_ptr(),
            q2.as_mut_ptr(),
            indx.as_mut_ptr(),
            indxc.as_mut_ptr(),
            indxp.as_mut_ptr(),
            coltyp.as_mut_ptr(),
        )
    };
    if info != 0 {
        return Some(info);
    }
    if k == 0 {
        for (i, x) in indxq.iter_mut().enumerate() {
            *x = i as i32 + 1;
        }
        return Some(0);
    }
    let ctot = [coltyp[0] as usize, coltyp[1] as usize, coltyp[2] as usize];
    let secular = Secular {
        k: k as usize,
        n,
        rho,
        dlamda: &dlamda,
        w: &w,
        indx: indxc,
    };
    let info = crate::threads::install(|| secular.solve(d, q)).ok()?;
    if info != 0 {
        return Some(info);
    }
    secular.products(m, ctot, q, q2);
    // SAFETY: d holds n values, indxq n slots.
    unsafe { T::lamrg(k, ni - k, d.as_ptr(), 1, -1, indxq.as_mut_ptr()) };
    Some(0)
}

/// The deflated rank-one problem of a merge (`?laed3`'s inputs).
struct Secular<'a, T> {
    k: usize,
    n: usize,
    rho: T,
    dlamda: &'a [T],
    w: &'a [T],
    indx: &'a [i32],
}

impl<T: Tridiag> Secular<'_, T> {
    /// Roots into `d[..k]`, the rank-one system's eigenvectors into
    /// `q[..k, ..k]` (leading dimension n): `?laed3`'s loops, with roots,
    /// rows and columns spread over the pool.
    fn solve(&self, d: &mut [T], q: &mut [T]) -> i32 {
        let (k, n) = (self.k, self.n);
        let info = q[..k * n]
            .par_chunks_mut(n)
            .zip(d[..k].par_iter_mut())
            .enumerate()
            .map(|(j, (col, root))| {
                // SAFETY: dlamda and w hold k values, col at least k.
                unsafe {
                    T::laed4(
                        k as i32,
                        j as i32 + 1,
                        self.dlamda.as_ptr(),
                        self.w.as_ptr(),
                        col.as_mut_ptr(),
                        self.rho,
                        root,
                    )
                }
            })
            .find_any(|&i| i != 0);
        if let Some(info) = info {
            return info;
        }
        if k == 1 {
            return 0;
        }
        if k == 2 {
            for col in q.chunks_mut(n).take(2) {
                let t = [col[0], col[1]];
                col[0] = t[self.indx[0] as usize - 1];
                col[1] = t[self.indx[1] as usize - 1];
            }
            return 0;
        }
        // The updated z (Gu and Eisenstat): a product over each row of
        // the deltas, in LAPACK's order (j ascending).
        let rows = k.div_ceil(4 * crate::threads::num_threads()).max(64);
        let q: &mut [T] = q;
        let qr: &[T] = q;
        let mut wn = vec![T::zero(); k];
        wn.par_chunks_mut(rows).enumerate().for_each(|(b, out)| {
            let i0 = b * rows;
            for (r, x) in out.iter_mut().enumerate() {
                *x = qr[(i0 + r) * n + i0 + r];
            }
            for j in 0..k {
                let (col, dj) = (&qr[j * n..j * n + k], self.dlamda[j]);
                for (r, x) in out.iter_mut().enumerate() {
                    let i = i0 + r;
                    if i != j {
                        *x = *x * (col[i] / (self.dlamda[i] - dj));
                    }
                }
            }
            for (r, x) in out.iter_mut().enumerate() {
                *x = Tridiag::copysign((-*x).sqrt(), self.w[i0 + r]);
            }
        });
        // Each eigenvector: w / delta, normalised, rows put in INDX order.
        q[..k * n].par_chunks_mut(n).for_each_init(
            || vec![T::zero(); k],
            |s, col| {
                for ((s, &w), &c) in s.iter_mut().zip(&wn).zip(&col[..k]) {
                    *s = w / c;
                }
                let norm = norm2(s);
                for (x, &i) in col[..k].iter_mut().zip(self.indx) {
                    *x = s[i as usize - 1] / norm;
                }
            },
        );
        0
    }

    /// The merged eigenvectors: the halves' vectors (`q2`, packed by
    /// `?laed2`) times the rank-one system's, as `?laed3`'s two products.
    fn products(&self, n1: usize, ctot: [usize; 3], q: &mut [T], q2: &[T]) {
        let (k, n) = (self.k, self.n);
        let n2 = n - n1;
        let n12 = ctot[0] + ctot[1];
        let n23 = ctot[1] + ctot[2];
        let mut s = vec![T::zero(); n12.max(n23) * k];
        let gather = |s: &mut [T], q: &[T], r0: usize, rows: usize| {
            for (j, dst) in s.chunks_exact_mut(rows).take(k).enumerate() {
                dst.copy_from_slice(&q[j * n + r0..j * n + r0 + rows]);
            }
        };
        if n23 > 0 {
            gather(&mut s, q, ctot[0], n23);
        }
        let bottom = &q2[n1 * n12..];
        product(n2, k, n23, bottom, &s, &mut q[n1..], n);
        if n12 > 0 {
            gather(&mut s, q, 0, n12);
        }
        product(n1, k, n12, q2, &s, q, n);
    }
}

/// C (rows x cols, leading dimension ldc) = A (rows x inner, packed) B
/// (inner x cols, packed); zero when inner is 0.
fn product<T: Tridiag>(
    rows: usize,
    cols: usize,
    inner: usize,
    a: &[T],
    b: &[T],
    c: &mut [T],
    ldc: usize,
) {
    if inner == 0 {
        for j in 0..cols {
            c[j * ldc..j * ldc + rows].fill(T::zero());
        }
        return;
    }
    let dim = |x: usize| x as i32;
    // SAFETY: a holds rows x inner, b inner x cols, c columns of ldc
    // from its start (checked by the slices' lengths at the call sites).
    unsafe {
        T::gemm(
            b'N',
            b'N',
            dim(rows),
            dim(cols),
            dim(inner),
            T::one(),
            a.as_ptr(),
            dim(rows),
            b.as_ptr(),
            dim(inner),
            T::zero(),
            c.as_mut_ptr(),
            dim(ldc),
        )
    }
}

/// The Euclidean norm, scaled against overflow and underflow.
fn norm2<T: Real>(s: &[T]) -> T {
    let big = s
        .iter()
        .fold(T::zero(), |m, &x| if x.abs() > m { x.abs() } else { m });
    if big == T::zero() || !big.is_finite() {
        return big;
    }
    let sum = s.iter().fold(T::zero(), |acc, &x| {
        let y = x / big;
        acc + y * y
    });
    big * sum.sqrt()
}
