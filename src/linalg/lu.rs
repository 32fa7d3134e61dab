//! LU factorisation with partial pivoting (A = P L U) of mid-sized real
//! matrices by recursive column splitting, for `det`, `slogdet`, `solve`
//! and `inv`.
//!
//! The recursion is `?getrf2`'s: factor the left half of the columns,
//! swap and solve the right half (`?trsm`), update the trailing block
//! (`?gemm`), factor it, and swap the left half's lower rows. Panels of
//! at most [`LEAF`] columns are factored here with `?getf2`'s loop. The
//! pivots are LAPACK's (the first entry of largest magnitude in the
//! column), so P, L and U agree with `?getrf` to rounding.
//!
//! Why not `?getrf`: measured on this 2-core machine with OpenBLAS
//! 0.3.21's Cooperlake kernels, its parallel LU took 15 ms for n = 1000
//! where this recursion on the same library's dgemm and dtrsm takes 12.
//! Above about 1100 the recursion's serial row swaps and panels cost more
//! than that gains, so orders outside [`LU_MIN`, `LU_MAX`] stay with
//! `?getrf`.

use super::lapack::{Real, COL};

/// The smallest order factored here.
pub const LU_MIN: usize = 32;
/// The largest order factored here.
pub const LU_MAX: usize = 1100;
/// Columns of a leaf panel.
const LEAF: usize = 16;

/// The routines of the real types that the recursion calls besides
/// [`Scalar::gemm`](super::lapack::Scalar::gemm).
pub trait Lu: Real {
    /// B (m x n) = L^-1 B for the unit lower triangle L (m x m) of `a`.
    ///
    /// # Safety
    /// Column-major buffers of the given sizes and leading dimensions.
    unsafe fn trsm_unit_lower(m: i32, n: i32, a: *const Self, lda: i32, b: *mut Self, ldb: i32);
    /// `?getrs` (no transpose): B (n x nrhs) = A^-1 B from the factors.
    ///
    /// # Safety
    /// Column-major buffers: `a` n x n, `ipiv` n, `b` n x nrhs.
    unsafe fn getrs(n: i32, nrhs: i32, a: *const Self, ipiv: *const i32, b: *mut Self) -> i32;
    /// The smallest number whose reciprocal does not overflow.
    const SFMIN: Self;
}

macro_rules! lu {
    ($t:ty, $trsm:ident, $getrs:ident) => {
        impl Lu for $t {
            unsafe fn trsm_unit_lower(
                m: i32,
                n: i32,
                a: *const $t,
                lda: i32,
                b: *mut $t,
                ldb: i32,
            ) {
                use cblas_sys::*;
                $trsm(
                    CBLAS_LAYOUT::CblasColMajor,
                    CBLAS_SIDE::CblasLeft,
                    CBLAS_UPLO::CblasLower,
                    CBLAS_TRANSPOSE::CblasNoTrans,
                    CBLAS_DIAG::CblasUnit,
                    m,
                    n,
                    1.0,
                    a,
                    lda,
                    b,
                    ldb,
                )
            }
            unsafe fn getrs(n: i32, nrhs: i32, a: *const $t, ipiv: *const i32, b: *mut $t) -> i32 {
                lapacke_sys::$getrs(COL, b'N' as i8, n, nrhs, a, n.max(1), ipiv, b, n.max(1))
            }
            const SFMIN: $t = <$t>::MIN_POSITIVE;
        }
    };
}

lu!(f32, cblas_strsm, LAPACKE_sgetrs_work);
lu!(f64, cblas_dtrsm, LAPACKE_dgetrs_work);

/// `?getrf` on the column-major n x n `a` when n is in [`LU_MIN`,
/// `LU_MAX`]: `ipiv` receives LAPACK's 1-based pivots; the result is
/// `?getrf`'s info (i > 0: U(i, i) is exactly zero). `None` for other
/// orders (the caller runs `?getrf`).
///
/// # Safety
/// `a` holds n x n elements, `ipiv` n.
pub unsafe fn getrf<T: Lu>(n: usize, a: *mut T, ipiv: *mut i32) -> Option<i32> {
    if !(LU_MIN..=LU_MAX).contains(&n) {
        return None;
    }
    // SAFETY: the caller's buffers.
    let (a, ipiv) = unsafe {
        (
            std::slice::from_raw_parts_mut(a, n * n),
            std::slice::from_raw_parts_mut(ipiv, n),
        )
    };
    let mut piv = vec![0usize; n];
    let info = factor(n, n, a, n, &mut piv);
    for (dst, &p) in ipiv.iter_mut().zip(&piv) {
        *dst = p as i32 + 1;
    }
    Some(info.map_or(0, |i| i as i32 + 1))
}

/// Factors the m x n panel (m >= n) at the start of `a` (leading
/// dimension `ld`): `piv[j]` is the 0-based row swapped with row j. The
/// first zero pivot, if any.
fn factor<T: Lu>(m: usize, n: usize, a: &mut [T], ld: usize, piv: &mut [usize]) -> Option<usize> {
    if n <= LEAF {
        return leaf(m, n, a, ld, piv);
    }
    let n1 = (n / 2).div_ceil(LEAF) * LEAF;
    let n2 = n - n1;
    let first = factor(m, n1, a, ld, &mut piv[..n1]);
    let (left, right) = a.split_at_mut(n1 * ld);
    swap_rows(right, ld, n2, &piv[..n1], 0);
    let i = |x: usize| x as i32;
    // SAFETY: left holds the n1 x n1 unit lower triangle and the (m - n1)
    // x n1 block under it; right the n1 x n2 block and the trailing one,
    // all with leading dimension ld.
    unsafe {
        T::trsm_unit_lower(
            i(n1),
            i(n2),
            left.as_ptr(),
            i(ld),
            right.as_mut_ptr(),
            i(ld),
        );
        if m > n1 {
            // The trailing block: A22 -= L21 U12.
            T::gemm(
                b'N',
                b'N',
                i(m - n1),
                i(n2),
                i(n1),
                -T::one(),
                left[n1..].as_ptr(),
                i(ld),
                right.as_ptr(),
                i(ld),
                T::one(),
                right[n1..].as_mut_ptr(),
                i(ld),
            );
        }
    }
    let second = factor(m - n1, n2, &mut right[n1..], ld, &mut piv[n1..]);
    for p in &mut piv[n1..] {
        *p += n1;
    }
    swap_rows(left, ld, n1, &piv[n1..], n1);
    first.or(second.map(|i| i + n1))
}

/// Applies the swaps `piv` (rows `base + k` and `piv[k]`, in order) to
/// `cols` columns of leading dimension `ld`.
fn swap_rows<T: Copy>(a: &mut [T], ld: usize, cols: usize, piv: &[usize], base: usize) {
    for col in a.chunks_mut(ld).take(cols) {
        for (k, &p) in piv.iter().enumerate() {
            if p != base + k {
                col.swap(base + k, p);
            }
        }
    }
}

/// `?getf2` on an m x n panel of at most [`LEAF`] columns.
fn leaf<T: Lu>(m: usize, n: usize, a: &mut [T], ld: usize, piv: &mut [usize]) -> Option<usize> {
    let mut info = None;
    for j in 0..n.min(m) {
        let col = &a[j * ld + j..j * ld + m];
        let mut p = 0;
        let mut big = col[0].abs();
        for (i, &x) in col.iter().enumerate().skip(1) {
            if x.abs() > big {
                big = x.abs();
                p = i;
            }
        }
        let p = p + j;
        piv[j] = p;
        if a[j * ld + p] != T::zero() {
            if p != j {
                for c in a.chunks_mut(ld).take(n) {
                    c.swap(j, p);
                }
            }
            let (head, tail) = a.split_at_mut(j * ld + j + 1);
            let pivot = head[j * ld + j];
            let below = &mut tail[..m - j - 1];
            if pivot.abs() >= T::SFMIN {
                let r = T::one() / pivot;
                below.iter_mut().for_each(|x| *x = *x * r);
            } else {
                below.iter_mut().for_each(|x| *x = *x / pivot);
            }
        } else if info.is_none() {
            info = Some(j);
        }
        if j + 1 == n {
            break;
        }
        // Rank-one update of the panel's remaining columns.
        let (done, rest) = a.split_at_mut((j + 1) * ld);
        let l = &done[j * ld + j + 1..j * ld + m];
        for c in rest.chunks_mut(ld).take(n - j - 1) {
            let f = c[j];
            if f != T::zero() {
                for (x, &y) in c[j + 1..m].iter_mut().zip(l) {
                    *x = *x - f * y;
                }
            }
        }
    }
    info
}
