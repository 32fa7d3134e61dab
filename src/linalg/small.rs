//! Native kernels for stacks of small square matrices (n <= 8): LU with
//! partial pivoting on a fixed-size array, unrolled by the compiler for
//! each n, and the batch spread over ndc's pool (one matrix per task item,
//! no BLAS inside). They follow `?getrf2`'s choices so results agree with
//! LAPACK's to rounding:
//!
//! - pivot: the first row of largest `|a_ik|` (`|re| + |im|` for complex,
//!   as `i?amax`), so a nan pivot candidate is never preferred;
//! - a zero pivot leaves its column unscaled and records singularity;
//! - the multipliers are `a_ik * (1 / a_kk)`, the update
//!   `a_ij -= l_ik u_kj`.

#![allow(clippy::needless_range_loop)] // index loops are the clearest form of these kernels

use num_complex::ComplexFloat;
use rayon::prelude::*;

use super::batch::{Out, Scalar, Stack};
use crate::dtype::Element;
use crate::error::Result;

/// Largest n served natively.
pub const MAX_N: usize = 8;

/// Matrices per pool task.
const CHUNK: usize = 256;

/// A factorised matrix: L (unit, below the diagonal) and U in `a`
/// (row-major), the row permutation, its parity, and whether a pivot was
/// exactly zero.
struct Lu<T, const N: usize> {
    a: [[T; N]; N],
    perm: [usize; N],
    odd: bool,
    singular: bool,
}

#[inline(always)]
fn factor<T: Scalar, const N: usize>(mut a: [[T; N]; N]) -> Lu<T, N> {
    let mut perm = [0usize; N];
    for (k, p) in perm.iter_mut().enumerate() {
        *p = k;
    }
    let mut odd = false;
    let mut singular = false;
    for k in 0..N {
        let mut p = k;
        let mut best = a[k][k].abs1();
        for i in k + 1..N {
            let v = a[i][k].abs1();
            if v > best {
                best = v;
                p = i;
            }
        }
        if p != k {
            a.swap(p, k);
            perm.swap(p, k);
            odd = !odd;
        }
        let piv = a[k][k];
        if piv == T::zero() {
            singular = true;
            continue;
        }
        let r = T::one() / piv;
        for i in k + 1..N {
            let l = a[i][k] * r;
            a[i][k] = l;
            for j in k + 1..N {
                a[i][j] = a[i][j] - l * a[k][j];
            }
        }
    }
    Lu {
        a,
        perm,
        odd,
        singular,
    }
}

/// Solves L U x = P b for one right-hand side; `rd` holds 1 / u_ii.
#[inline(always)]
fn substitute<T: Scalar, const N: usize>(lu: &Lu<T, N>, rd: &[T; N], b: &[T; N]) -> [T; N] {
    let mut x = [T::zero(); N];
    for i in 0..N {
        let mut s = b[lu.perm[i]];
        for j in 0..i {
            s = s - lu.a[i][j] * x[j];
        }
        x[i] = s;
    }
    for i in (0..N).rev() {
        let mut s = x[i];
        for j in i + 1..N {
            s = s - lu.a[i][j] * x[j];
        }
        x[i] = s * rd[i];
    }
    x
}

/// 1 / u_ii of a factorised matrix.
#[inline(always)]
fn recip_diag<T: Scalar, const N: usize>(lu: &Lu<T, N>) -> [T; N] {
    let mut r = [T::zero(); N];
    for i in 0..N {
        r[i] = T::one() / lu.a[i][i];
    }
    r
}

#[inline(always)]
fn load<T: Scalar, const N: usize>(s: &Stack, k: usize) -> [[T; N]; N] {
    let mut a = [[T::zero(); N]; N];
    for (i, row) in a.iter_mut().enumerate() {
        for (j, v) in row.iter_mut().enumerate() {
            // SAFETY: T is the stack's element type; indices in range.
            *v = unsafe { s.at(k, i, j) };
        }
    }
    a
}

/// Runs `f(k)` for every matrix in ndc's pool; the first error wins.
fn run(count: usize, f: impl Fn(usize) -> bool + Sync) -> Result<bool> {
    if count < CHUNK {
        return Ok((0..count).all(f));
    }
    crate::threads::install(|| {
        (0..count)
            .into_par_iter()
            .with_min_len(CHUNK)
            .map(&f)
            .reduce(|| true, |x, y| x && y)
    })
}

/// A nan of `T` (nan + 0i for complex).
pub fn nan<T: Scalar>() -> T {
    T::make(T::R::from_f64(f64::NAN), T::R::from_f64(0.0))
}

fn inv_n<T: Scalar, const N: usize>(s: &Stack, out: &Out<T>, nan_ok: bool) -> Result<bool> {
    run(s.len(), |k| {
        let lu = factor::<T, N>(load::<T, N>(s, k));
        // SAFETY: item k is written by this task only.
        let dst = unsafe { out.item_mut(k) };
        if lu.singular {
            dst.fill(nan());
            return nan_ok;
        }
        // X = U^-1 L^-1 P row by row: every row update is an independent
        // operation on all N columns, so the work pipelines instead of
        // running one dependent chain per column.
        let rd = recip_diag(&lu);
        let mut x = [[T::zero(); N]; N];
        for i in 0..N {
            let mut row = [T::zero(); N];
            row[lu.perm[i]] = T::one();
            for j in 0..i {
                let l = lu.a[i][j];
                for c in 0..N {
                    row[c] = row[c] - l * x[j][c];
                }
            }
            x[i] = row;
        }
        for i in (0..N).rev() {
            let mut row = x[i];
            for j in i + 1..N {
                let u = lu.a[i][j];
                for c in 0..N {
                    row[c] = row[c] - u * x[j][c];
                }
            }
            for v in row.iter_mut() {
                *v = *v * rd[i];
            }
            x[i] = row;
        }
        for r in 0..N {
            dst[r * N..(r + 1) * N].copy_from_slice(&x[r]);
        }
        true
    })
}

fn solve_n<T: Scalar, const N: usize>(
    s: &Stack,
    b: &Stack,
    vector: bool,
    out: &Out<T>,
) -> Result<bool> {
    let nrhs = if vector { 1 } else { b.cols };
    run(s.len(), |k| {
        let lu = factor::<T, N>(load::<T, N>(s, k));
        if lu.singular {
            return false;
        }
        // SAFETY: item k is written by this task only.
        let dst = unsafe { out.item_mut(k) };
        let rd = recip_diag(&lu);
        for c in 0..nrhs {
            let mut e = [T::zero(); N];
            for (r, v) in e.iter_mut().enumerate() {
                // SAFETY: T is b's element type; a vector b is stacked as
                // (n, 1) columns.
                *v = unsafe { b.at(k, r, c) };
            }
            let x = substitute(&lu, &rd, &e);
            for r in 0..N {
                dst[r * nrhs + c] = x[r];
            }
        }
        true
    })
}

/// (sign, log|det|) per matrix as `?getrf` + NumPy's accumulation: the sign
/// is the permutation's parity times the product of `u_ii / |u_ii|`, the
/// logarithm the sum of `log |u_ii|`; a zero pivot gives (0, -inf).
fn slogdet_n<T: Scalar, const N: usize>(
    s: &Stack,
    sign: &Out<T>,
    logdet: &Out<T::R>,
) -> Result<bool> {
    run(s.len(), |k| {
        let lu = factor::<T, N>(load::<T, N>(s, k));
        let (sg, ld) = super::det::accumulate(lu.singular, lu.odd, (0..N).map(|i| lu.a[i][i]));
        // SAFETY: items k are written by this task only.
        unsafe {
            sign.item_mut(k)[0] = sg;
            logdet.item_mut(k)[0] = ld;
        }
        true
    })
}

/// det = (-1)^s prod u_ii directly; only when the product over- or
/// underflows does it fall back to NumPy's sign * exp(sum log |u_ii|)
/// (the same value up to rounding, without the logarithms' cost).
fn det_n<T: Scalar, const N: usize>(s: &Stack, out: &Out<T>) -> Result<bool> {
    run(s.len(), |k| {
        let lu = factor::<T, N>(load::<T, N>(s, k));
        let mut p = if lu.odd { -T::one() } else { T::one() };
        for i in 0..N {
            p = p * lu.a[i][i];
        }
        let tiny = T::R::from_f64(f64::MIN_POSITIVE);
        if !p.is_finite() || (p.abs() < tiny && !lu.singular) {
            let (sg, ld) = super::det::accumulate(lu.singular, lu.odd, (0..N).map(|i| lu.a[i][i]));
            p = sg * T::make(ld.exp(), T::R::from_f64(0.0));
        } else if lu.singular {
            p = T::zero();
        }
        // SAFETY: item k is written by this task only.
        unsafe { out.item_mut(k)[0] = p };
        true
    })
}

macro_rules! by_n {
    ($n:expr, $f:ident, $T:ty, ($($arg:expr),*)) => {
        match $n {
            1 => $f::<$T, 1>($($arg),*),
            2 => $f::<$T, 2>($($arg),*),
            3 => $f::<$T, 3>($($arg),*),
            4 => $f::<$T, 4>($($arg),*),
            5 => $f::<$T, 5>($($arg),*),
            6 => $f::<$T, 6>($($arg),*),
            7 => $f::<$T, 7>($($arg),*),
            _ => $f::<$T, 8>($($arg),*),
        }
    };
}

/// Inverts every matrix of `s` (1 <= n <= 8) into `out`; false when one is
/// singular (its item is nan; `nan` makes that no failure).
pub fn inv<T: Scalar>(s: &Stack, out: &Out<T>, nan: bool) -> Result<bool> {
    by_n!(s.rows, inv_n, T, (s, out, nan))
}

/// Solves every system; `b` is stacked as (n, nrhs) matrices.
pub fn solve<T: Scalar>(s: &Stack, b: &Stack, vector: bool, out: &Out<T>) -> Result<bool> {
    by_n!(s.rows, solve_n, T, (s, b, vector, out))
}

/// The determinant of every matrix.
pub fn det<T: Scalar>(s: &Stack, out: &Out<T>) -> Result<()> {
    by_n!(s.rows, det_n, T, (s, out)).map(|_| ())
}

/// Sign and log|det| of every matrix.
pub fn slogdet<T: Scalar>(s: &Stack, sign: &Out<T>, logdet: &Out<T::R>) -> Result<()> {
    by_n!(s.rows, slogdet_n, T, (s, sign, logdet)).map(|_| ())
}
