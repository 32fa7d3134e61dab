//! One matrix product `C = A B` of an `n x k` by a `k x m` matrix, each
//! given by a base pointer and element strides: the BLAS call when the
//! element type has one and the strides fit it, else ndc's native kernel.
//!
//! Native kernel maths: `c[i,j] = sum_{p=0}^{k-1} a[i,p] * b[p,j]`, summed
//! in increasing `p` (NumPy's non-BLAS loop order). Integers wrap (two's
//! complement, as NumPy's loops); bool is `OR_p (a[i,p] AND b[p,j])`.

use cblas_sys as cb;
use half::{bf16, f16};
use num_complex::{Complex32, Complex64};
use std::ffi::c_int;

use super::gemm::{TILE_MAX, TILE_MIN};
use crate::dtype::{Bool, Element};
#[cfg(target_arch = "x86_64")]
use crate::ufunc::kernels::{stream_copy, STREAM_ALIGN};

/// Arithmetic the product kernels need. `mul`/`add`/`sub` are NumPy's
/// `multiply`/`add`/`subtract` of one element type (one rounding each;
/// half types compute in f64, where the exact product or sum of two halves
/// fits, and round once).
pub trait Dot: Element {
    /// `a * b` (logical and for bool).
    fn mul(a: Self, b: Self) -> Self;
    /// `a + b` (logical or for bool).
    fn add(a: Self, b: Self) -> Self;
    /// `a - b`.
    fn sub(a: Self, b: Self) -> Self;
    /// `-a` (NumPy's `negative`; integers wrap).
    fn neg(a: Self) -> Self;
    /// Complex conjugate (identity for real types).
    #[inline]
    fn conj(self) -> Self {
        self
    }
    /// One product through BLAS when this type has one; `false` when it has
    /// none (the caller then runs the native kernel).
    ///
    /// # Safety
    /// `p` describes valid matrices (see [`Product`]).
    #[inline]
    unsafe fn blas(_p: &Product<Self>) -> bool {
        false
    }
    /// One product through the register-tile kernels ([`super::gemm`]) when this
    /// type and the CPU have them; `false` when not.
    ///
    /// # Safety
    /// As [`Dot::blas`].
    #[inline]
    unsafe fn tiled(
        _p: &Product<Self>,
        _scratch: &mut Vec<Self>,
        _next: Option<&Product<Self>>,
    ) -> bool {
        false
    }
}

impl Dot for Bool {
    #[inline]
    fn mul(a: Self, b: Self) -> Self {
        Bool((a.get() && b.get()) as u8)
    }
    #[inline]
    fn add(a: Self, b: Self) -> Self {
        Bool((a.get() || b.get()) as u8)
    }
    #[inline]
    fn sub(a: Self, b: Self) -> Self {
        Bool((a.get() != b.get()) as u8)
    }
    #[inline]
    fn neg(a: Self) -> Self {
        a
    }
}

macro_rules! int_dot {
    ($($t:ty),*) => {$(
        impl Dot for $t {
            #[inline]
            fn mul(a: Self, b: Self) -> Self { a.wrapping_mul(b) }
            #[inline]
            fn add(a: Self, b: Self) -> Self { a.wrapping_add(b) }
            #[inline]
            fn sub(a: Self, b: Self) -> Self { a.wrapping_sub(b) }
            #[inline]
            fn neg(a: Self) -> Self { a.wrapping_neg() }
        }
    )*};
}
int_dot!(i8, i16, i32, i64, u8, u16, u32, u64);

macro_rules! half_dot {
    ($($t:ty),*) => {$(
        impl Dot for $t {
            #[inline]
            fn mul(a: Self, b: Self) -> Self { Self::from_f64(a.to_f64() * b.to_f64()) }
            #[inline]
            fn add(a: Self, b: Self) -> Self { Self::from_f64(a.to_f64() + b.to_f64()) }
            #[inline]
            fn sub(a: Self, b: Self) -> Self { Self::from_f64(a.to_f64() - b.to_f64()) }
            #[inline]
            fn neg(a: Self) -> Self { -a }
        }
    )*};
}
half_dot!(f16, bf16);

/// A complex or real BLAS scalar type and its gemm/gemv.
macro_rules! blas_dot {
    ($t:ty, $gemm:ident, $gemv:ident, real) => {
        impl Dot for $t {
            #[inline]
            fn mul(a: Self, b: Self) -> Self {
                a * b
            }
            #[inline]
            fn add(a: Self, b: Self) -> Self {
                a + b
            }
            #[inline]
            fn sub(a: Self, b: Self) -> Self {
                a - b
            }
            #[inline]
            fn neg(a: Self) -> Self {
                -a
            }
            unsafe fn tiled(
                p: &Product<Self>,
                scratch: &mut Vec<Self>,
                next: Option<&Product<Self>>,
            ) -> bool {
                super::gemm::run(p, scratch, next)
            }
            unsafe fn blas(p: &Product<Self>) -> bool {
                blas_product(
                    p,
                    |l, ta, tb, m, n, k, a, lda, b, ldb, c, ldc| {
                        cb::$gemm(l, ta, tb, m, n, k, 1.0, a, lda, b, ldb, 0.0, c, ldc)
                    },
                    |l, t, m, n, a, lda, x, incx, y, incy| {
                        cb::$gemv(l, t, m, n, 1.0, a, lda, x, incx, 0.0, y, incy)
                    },
                )
            }
        }
    };
    ($t:ty, $f:ty, $gemm:ident, $gemv:ident, complex) => {
        impl Dot for $t {
            #[inline]
            fn mul(a: Self, b: Self) -> Self {
                a * b
            }
            #[inline]
            fn add(a: Self, b: Self) -> Self {
                a + b
            }
            #[inline]
            fn sub(a: Self, b: Self) -> Self {
                a - b
            }
            #[inline]
            fn neg(a: Self) -> Self {
                -a
            }
            #[inline]
            fn conj(self) -> Self {
                <$t>::conj(&self)
            }
            unsafe fn blas(p: &Product<Self>) -> bool {
                let one: [$f; 2] = [1.0, 0.0];
                let zero: [$f; 2] = [0.0, 0.0];
                blas_product(
                    p,
                    |l, ta, tb, m, n, k, a, lda, b, ldb, c, ldc| {
                        cb::$gemm(
                            l,
                            ta,
                            tb,
                            m,
                            n,
                            k,
                            &one,
                            a.cast(),
                            lda,
                            b.cast(),
                            ldb,
                            &zero,
                            c.cast(),
                            ldc,
                        )
                    },
                    |l, t, m, n, a, lda, x, incx, y, incy| {
                        cb::$gemv(
                            l,
                            t,
                            m,
                            n,
                            &one,
                            a.cast(),
                            lda,
                            x.cast(),
                            incx,
                            &zero,
                            y.cast(),
                            incy,
                        )
                    },
                )
            }
        }
    };
}
blas_dot!(f32, cblas_sgemm, cblas_sgemv, real);
blas_dot!(f64, cblas_dgemm, cblas_dgemv, real);
blas_dot!(Complex32, f32, cblas_cgemm, cblas_cgemv, complex);
blas_dot!(Complex64, f64, cblas_zgemm, cblas_zgemv, complex);

/// One product `C (n x m) = A (n x k) B (k x m)`; strides are in elements
/// (`as_[0]` between rows of A, `as_[1]` between its columns, and so on).
/// Every pointer is aligned for `T` and every element addressed by the
/// shape and strides is valid (C writable and not overlapping A or B).
#[derive(Clone, Copy, Debug)]
pub struct Product<T> {
    /// Rows of A and C.
    pub n: usize,
    /// Columns of A, rows of B.
    pub k: usize,
    /// Columns of B and C.
    pub m: usize,
    /// A's element (0, 0).
    pub a: *const T,
    /// A's row and column strides.
    pub sa: [isize; 2],
    /// B's element (0, 0).
    pub b: *const T,
    /// B's row and column strides.
    pub sb: [isize; 2],
    /// C's element (0, 0).
    pub c: *mut T,
    /// C's row and column strides.
    pub sc: [isize; 2],
    /// C's rows may be written with streaming stores (the CPU has them and
    /// the batch's output is too large to stay in cache); the caller fences
    /// after the batch.
    pub stream: bool,
}

// SAFETY: a Product is a description of memory the caller keeps valid for
// the duration of the call; items of one batch never share output elements.
unsafe impl<T> Send for Product<T> {}
unsafe impl<T> Sync for Product<T> {}

/// How BLAS sees a strided `rows x cols` matrix: row-major, possibly
/// transposed, with a leading dimension. `None` when it cannot (no unit
/// stride on either axis, a negative stride, or sizes beyond `int`).
fn blas_view(rows: usize, cols: usize, rs: isize, cs: isize) -> Option<(bool, c_int)> {
    let lim = c_int::MAX as usize;
    if rows > lim || cols > lim {
        return None;
    }
    // Row-major as it is: unit column stride, rows at least `cols` apart.
    if (cols <= 1 || cs == 1) && (rows <= 1 || rs >= cols.max(1) as isize) {
        let ld = if rows <= 1 { cols.max(1) as isize } else { rs };
        return c_int::try_from(ld).ok().map(|ld| (false, ld));
    }
    // Column-major: the transpose of a row-major `cols x rows` matrix.
    if (rows <= 1 || rs == 1) && (cols <= 1 || cs >= rows.max(1) as isize) {
        let ld = if cols <= 1 { rows.max(1) as isize } else { cs };
        return c_int::try_from(ld).ok().map(|ld| (true, ld));
    }
    None
}

fn trans(t: bool) -> cb::CBLAS_TRANSPOSE {
    if t {
        cb::CBLAS_TRANSPOSE::CblasTrans
    } else {
        cb::CBLAS_TRANSPOSE::CblasNoTrans
    }
}

/// Runs `p` through gemm (or gemv when C is a single column or row), using
/// the strides as transposes and leading dimensions. `false` when some
/// operand's strides cannot be expressed (the caller copies or goes
/// native).
///
/// # Safety
/// As [`Product`].
#[allow(clippy::type_complexity)]
unsafe fn blas_product<T: Dot>(
    p: &Product<T>,
    gemm: impl Fn(
        cb::CBLAS_LAYOUT,
        cb::CBLAS_TRANSPOSE,
        cb::CBLAS_TRANSPOSE,
        c_int,
        c_int,
        c_int,
        *const T,
        c_int,
        *const T,
        c_int,
        *mut T,
        c_int,
    ),
    gemv: impl Fn(
        cb::CBLAS_LAYOUT,
        cb::CBLAS_TRANSPOSE,
        c_int,
        c_int,
        *const T,
        c_int,
        *const T,
        c_int,
        *mut T,
        c_int,
    ),
) -> bool {
    let (n, k, m) = (p.n, p.k, p.m);
    if n == 0 || m == 0 || k == 0 {
        return false;
    }
    let (Some((ta, lda)), Some((tb, ldb))) = (
        blas_view(n, k, p.sa[0], p.sa[1]),
        blas_view(k, m, p.sb[0], p.sb[1]),
    ) else {
        return false;
    };
    let (ni, ki, mi) = (n as c_int, k as c_int, m as c_int);
    let row = cb::CBLAS_LAYOUT::CblasRowMajor;
    // Matrix times vector: y = op(A) x, with C a column of n values.
    if m == 1 && p.sb[0] > 0 && p.sc[0] > 0 {
        if let (Ok(incx), Ok(incy)) = (c_int::try_from(p.sb[0]), c_int::try_from(p.sc[0])) {
            // op(A) is n x k; a transposed A is stored as k x n row-major.
            let (r, c) = if ta { (ki, ni) } else { (ni, ki) };
            gemv(row, trans(ta), r, c, p.a, lda, p.b, incx, p.c, incy);
            return true;
        }
    }
    // Vector times matrix: C (1 x m) = a (1 x k) B, i.e. y = op(B)^T x.
    if n == 1 && p.sa[1] > 0 && p.sc[1] > 0 {
        if let (Ok(incx), Ok(incy)) = (c_int::try_from(p.sa[1]), c_int::try_from(p.sc[1])) {
            let (r, c) = if tb { (mi, ki) } else { (ki, mi) };
            gemv(row, trans(!tb), r, c, p.b, ldb, p.a, incx, p.c, incy);
            return true;
        }
    }
    match blas_view(n, m, p.sc[0], p.sc[1]) {
        // C row-major: C = op(A) op(B).
        Some((false, ldc)) => {
            gemm(
                row,
                trans(ta),
                trans(tb),
                ni,
                mi,
                ki,
                p.a,
                lda,
                p.b,
                ldb,
                p.c,
                ldc,
            );
            true
        }
        // C column-major: C^T (row-major m x n) = op(B)^T op(A)^T.
        Some((true, ldc)) => {
            gemm(
                row,
                trans(!tb),
                trans(!ta),
                mi,
                ni,
                ki,
                p.b,
                ldb,
                p.a,
                lda,
                p.c,
                ldc,
            );
            true
        }
        None => false,
    }
}

/// The native kernel: `c[i,j] = sum_p a[i,p] b[p,j]` in increasing `p`.
/// Rows of C are accumulated `c[i,:] += a[i,p] * b[p,:]` over a packed
/// panel of B (`KC x MC` elements, contiguous), so the inner loop runs over
/// contiguous memory whatever the strides; a zero-size `k` gives zeros.
///
/// # Safety
/// As [`Product`].
pub unsafe fn native<T: Dot>(p: &Product<T>, scratch: &mut Vec<T>) {
    const KC: usize = 256;
    const MC: usize = 256;
    let (n, k, m) = (p.n, p.k, p.m);
    if n == 0 || m == 0 {
        return;
    }
    let at = |i: usize, q: usize| *p.a.offset(i as isize * p.sa[0] + q as isize * p.sa[1]);
    let bt = |q: usize, j: usize| *p.b.offset(q as isize * p.sb[0] + j as isize * p.sb[1]);
    let cp = |i: usize, j: usize| p.c.offset(i as isize * p.sc[0] + j as isize * p.sc[1]);
    // Small products: C's rows accumulated in registers, no packing.
    if m <= SMALL_M && (n * k * m <= 4096 || k == 0) {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            return small_avx2(p);
        }
        return small(p);
    }
    // Accumulator rows: all of C's rows for one column block (n x mc).
    let mut j0 = 0;
    while j0 < m {
        let mc = MC.min(m - j0);
        scratch.clear();
        scratch.resize(n * mc + KC * mc, T::default());
        let (acc, panel) = scratch.split_at_mut(n * mc);
        let mut q0 = 0;
        while q0 < k {
            let kc = KC.min(k - q0);
            for q in 0..kc {
                for j in 0..mc {
                    panel[q * mc + j] = bt(q0 + q, j0 + j);
                }
            }
            for i in 0..n {
                let row = &mut acc[i * mc..(i + 1) * mc];
                for q in 0..kc {
                    let aiq = at(i, q0 + q);
                    let brow = &panel[q * mc..(q + 1) * mc];
                    for (c, &b) in row.iter_mut().zip(brow) {
                        *c = T::add(*c, T::mul(aiq, b));
                    }
                }
            }
            q0 += kc;
        }
        for i in 0..n {
            for j in 0..mc {
                *cp(i, j0 + j) = acc[i * mc + j];
            }
        }
        j0 += mc;
    }
}

/// [`small`] compiled for AVX2 (wider vectors for the same operations:
/// separate multiplies and adds, so results are those of [`small`]).
///
/// # Safety
/// As [`small`]; the CPU supports AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn small_avx2<T: Dot>(p: &Product<T>) {
    small(p)
}

/// Small products (`m <= SMALL_M`): [`fixed_rows`] for contiguous rows of
/// common widths, else [`small_rows`].
///
/// # Safety
/// As [`Product`], with `m <= SMALL_M`.
#[inline(always)]
unsafe fn small<T: Dot>(p: &Product<T>) {
    if p.sb[1] == 1 && p.sc[1] == 1 {
        match p.m {
            2 => fixed_rows::<T, 2>(p),
            3 => fixed_rows::<T, 3>(p),
            4 => fixed_rows::<T, 4>(p),
            5 => fixed_rows::<T, 5>(p),
            6 => fixed_rows::<T, 6>(p),
            7 => fixed_rows::<T, 7>(p),
            8 => fixed_rows::<T, 8>(p),
            _ => small_rows::<T, true>(p),
        }
    } else {
        small_rows::<T, false>(p);
    }
}

/// Widest C row the small-product kernel keeps on the stack.
const SMALL_M: usize = 16;

/// `c[i,:] = sum_p a[i,p] * b[p,:]` with the row in a stack array: every
/// element is still summed in increasing `p`, and the `m` independent sums
/// of a row pipeline (a plain dot product per element would wait on each
/// add). `UNIT`: B's and C's rows are contiguous.
///
/// # Safety
/// As [`Product`], with `m <= SMALL_M`.
#[inline(always)]
unsafe fn small_rows<T: Dot, const UNIT: bool>(p: &Product<T>) {
    let (n, k, m) = (p.n, p.k, p.m);
    let (sb1, sc1) = if UNIT { (1, 1) } else { (p.sb[1], p.sc[1]) };
    for i in 0..n {
        let mut acc = [T::default(); SMALL_M];
        let arow = p.a.offset(i as isize * p.sa[0]);
        for q in 0..k {
            let x = *arow.offset(q as isize * p.sa[1]);
            let brow = p.b.offset(q as isize * p.sb[0]);
            for (j, c) in acc.iter_mut().enumerate().take(m) {
                *c = T::add(*c, T::mul(x, *brow.offset(j as isize * sb1)));
            }
        }
        let crow = p.c.offset(i as isize * p.sc[0]);
        for (j, &c) in acc.iter().enumerate().take(m) {
            *crow.offset(j as isize * sc1) = c;
        }
    }
}

/// [`small_rows`] for contiguous rows of a width `M` known at compile
/// time: the row of C lives in registers and the inner loop unrolls.
///
/// # Safety
/// As [`Product`], with `m == M` and unit column strides for B and C.
#[inline(always)]
unsafe fn fixed_rows<T: Dot, const M: usize>(p: &Product<T>) {
    for i in 0..p.n {
        let mut acc = [T::default(); M];
        let arow = p.a.offset(i as isize * p.sa[0]);
        for q in 0..p.k {
            let x = *arow.offset(q as isize * p.sa[1]);
            let brow = &*(p.b.offset(q as isize * p.sb[0]) as *const [T; M]);
            for j in 0..M {
                acc[j] = T::add(acc[j], T::mul(x, brow[j]));
            }
        }
        let row = p.c.offset(i as isize * p.sc[0]) as *mut [T; M];
        #[cfg(target_arch = "x86_64")]
        if p.stream
            && size_of::<[T; M]>().is_multiple_of(STREAM_ALIGN)
            && (row as usize).is_multiple_of(STREAM_ALIGN)
        {
            // SAFETY: the row is M elements of C, aligned; `acc` is a
            // separate stack array; the CPU has the stores (`p.stream`).
            stream_copy(
                acc.as_ptr() as *const u8,
                row as *mut u8,
                size_of::<[T; M]>(),
            );
            continue;
        }
        *row = acc;
    }
}

/// Runs one product: the register-tile kernels ([`super::gemm`]) when it
/// is one of a batch run on one core each (`one_core`) and its size suits
/// them, else BLAS when the type has it and the strides
/// fit, else BLAS on contiguous copies of the operands it cannot read
/// (large products), else the native kernel.
///
/// # Safety
/// As [`Product`].
pub unsafe fn product<T: Dot>(
    p: &Product<T>,
    scratch: &mut Vec<T>,
    one_core: bool,
    next: Option<&Product<T>>,
) {
    let work = p.n * p.k * p.m;
    if one_core && work > TILE_MIN && work <= TILE_MAX && T::tiled(p, scratch, next) {
        return;
    }
    if work > SMALL_WORK && T::blas(p) {
        return;
    }
    if work > SMALL_WORK && p.k > 0 && p.n > 0 && p.m > 0 {
        // Copy A and B to row-major buffers and C through one as needed.
        let (n, k, m) = (p.n, p.k, p.m);
        let fits = |r: usize, c: usize, rs: isize, cs: isize| blas_view(r, c, rs, cs).is_some();
        let mut abuf = Vec::new();
        let mut bbuf = Vec::new();
        let mut q = *p;
        if !fits(n, k, p.sa[0], p.sa[1]) {
            abuf = gather(p.a, n, k, p.sa);
            q.a = abuf.as_ptr();
            q.sa = [k as isize, 1];
        }
        if !fits(k, m, p.sb[0], p.sb[1]) {
            bbuf = gather(p.b, k, m, p.sb);
            q.b = bbuf.as_ptr();
            q.sb = [m as isize, 1];
        }
        let direct_c = fits(n, m, p.sc[0], p.sc[1]);
        let mut cbuf: Vec<T> = Vec::new();
        if !direct_c {
            cbuf = vec![T::default(); n * m];
            q.c = cbuf.as_mut_ptr();
            q.sc = [m as isize, 1];
        }
        if T::blas(&q) {
            if !direct_c {
                for i in 0..n {
                    for j in 0..m {
                        *p.c.offset(i as isize * p.sc[0] + j as isize * p.sc[1]) = cbuf[i * m + j];
                    }
                }
            }
            drop((abuf, bbuf));
            return;
        }
    }
    native(p, scratch)
}

/// Products of at most this many multiply-adds run natively: a BLAS call
/// costs more than the arithmetic below it.
pub const SMALL_WORK: usize = 8 * 8 * 8;

/// A row-major copy of a strided `r x c` matrix.
unsafe fn gather<T: Copy>(p: *const T, r: usize, c: usize, s: [isize; 2]) -> Vec<T> {
    let mut v = Vec::with_capacity(r * c);
    for i in 0..r {
        for j in 0..c {
            v.push(*p.offset(i as isize * s[0] + j as isize * s[1]));
        }
    }
    v
}
