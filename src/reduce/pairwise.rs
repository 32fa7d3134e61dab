//! NumPy's pairwise summation of floating values.
//!
//! A naive left-to-right sum of `n` terms has a worst-case rounding error
//! growing like `O(n eps)`. Pairwise summation splits the run in two halves,
//! sums each recursively and adds the two partial sums; the error bound
//! becomes `O(eps log2 n)`. Recursing down to single elements would be slow,
//! so (as NumPy's `pairwise_sum` in `loops_utils.h`):
//!
//! - `n < 8`: a plain sequential sum `((0 + x0) + x1) + ...` (`-0.0` start,
//!   so a run of negative zeros sums to `-0.0`);
//! - `8 <= n <= 128` (the leaf): eight interleaved accumulators
//!   `r[j] = x[j] + x[j+8] + x[j+16] + ...` (a vectorisable loop), combined
//!   as `((r0+r1)+(r2+r3)) + ((r4+r5)+(r6+r7))`, then the `n mod 8` tail is
//!   added sequentially;
//! - `n > 128`: split at `n2 = n/2 - (n/2 mod 8)` (a multiple of the unroll
//!   factor) and return `sum(x[..n2]) + sum(x[n2..])`.
//!
//! The error is `O(eps log2(n/128))` plus the `O(128 eps)` of a leaf, and the
//! order of operations is NumPy's exactly, so contiguous runs sum to the same
//! bits as NumPy. Complex runs follow NumPy's complex variant, which runs the
//! same scheme over the interleaved `(re, im)` floats: in element terms a
//! run shorter than 4 is summed sequentially, a run of at most 64 elements
//! uses four complex accumulators combined as `(r0+r1)+(r2+r3)`, and longer
//! runs split after `(m - m mod 8)/2` elements.
//!
//! Large runs are summed on ndc's pool by evaluating the two halves of the
//! top levels of the recursion in parallel: the split points, hence the
//! bits, are those of the sequential sum.

use std::ops::Add;

/// The unroll factor and leaf size of NumPy's pairwise sum.
pub(super) const PW_BLOCKSIZE: usize = 128;
/// Runs at least this long have their top halves summed in parallel.
const PAR_MIN: usize = 1 << 16;

/// A value pairwise summation works on: float32, float64 (real scheme) or a
/// complex number (complex scheme).
pub trait PwSum: Copy + Send + Sync + Add<Output = Self> {
    /// `-0.0` (the start of NumPy's short sums).
    const NEG_ZERO: Self;
    /// True for complex numbers (the complex blocking).
    const COMPLEX: bool;
}

impl PwSum for f32 {
    const NEG_ZERO: Self = -0.0;
    const COMPLEX: bool = false;
}
impl PwSum for f64 {
    const NEG_ZERO: Self = -0.0;
    const COMPLEX: bool = false;
}
impl PwSum for num_complex::Complex32 {
    const NEG_ZERO: Self = num_complex::Complex32::new(-0.0, -0.0);
    const COMPLEX: bool = true;
}
impl PwSum for num_complex::Complex64 {
    const NEG_ZERO: Self = num_complex::Complex64::new(-0.0, -0.0);
    const COMPLEX: bool = true;
}

/// The pairwise sum of `get(0) .. get(n-1)` in NumPy's order.
#[inline]
pub fn pairwise<A: PwSum>(n: usize, get: &impl Fn(usize) -> A) -> A {
    if A::COMPLEX {
        complex_sum(0, n, get)
    } else {
        real_sum(0, n, get)
    }
}

/// [`pairwise`] with the top levels of the recursion on ndc's pool when the
/// run is long and several threads are configured (same bits).
pub fn pairwise_par<A: PwSum>(n: usize, get: &(impl Fn(usize) -> A + Sync)) -> A {
    let threads = crate::threads::num_threads();
    if threads <= 1 || n < PAR_MIN {
        return pairwise(n, get);
    }
    let depth = usize::BITS - (threads - 1).leading_zeros();
    crate::threads::install(|| par(0, n, get, depth)).unwrap_or_else(|_| pairwise(n, get))
}

fn par<A: PwSum>(start: usize, n: usize, get: &(impl Fn(usize) -> A + Sync), depth: u32) -> A {
    if depth == 0 || n < PAR_MIN {
        return if A::COMPLEX {
            complex_sum(start, n, get)
        } else {
            real_sum(start, n, get)
        };
    }
    let n2 = split(n, A::COMPLEX);
    let (a, b) = rayon::join(
        || par(start, n2, get, depth - 1),
        || par(start + n2, n - n2, get, depth - 1),
    );
    a + b
}

/// Where a long run splits (in elements).
#[inline]
pub(super) fn split(n: usize, complex: bool) -> usize {
    if complex {
        (n - n % 8) / 2
    } else {
        let h = n / 2;
        h - h % 8
    }
}

#[inline]
fn real_sum<A: PwSum>(start: usize, n: usize, get: &impl Fn(usize) -> A) -> A {
    if n < 8 {
        let mut res = A::NEG_ZERO;
        for i in 0..n {
            res = res + get(start + i);
        }
        res
    } else if n <= PW_BLOCKSIZE {
        let mut r = [A::NEG_ZERO; 8];
        for (j, rj) in r.iter_mut().enumerate() {
            *rj = get(start + j);
        }
        let whole = n - n % 8;
        let mut i = 8;
        while i < whole {
            for (j, rj) in r.iter_mut().enumerate() {
                *rj = *rj + get(start + i + j);
            }
            i += 8;
        }
        let mut res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        while i < n {
            res = res + get(start + i);
            i += 1;
        }
        res
    } else {
        let n2 = split(n, false);
        real_sum(start, n2, get) + real_sum(start + n2, n - n2, get)
    }
}

#[inline]
fn complex_sum<A: PwSum>(start: usize, m: usize, get: &impl Fn(usize) -> A) -> A {
    if m < 4 {
        let mut res = A::NEG_ZERO;
        for i in 0..m {
            res = res + get(start + i);
        }
        res
    } else if m <= PW_BLOCKSIZE / 2 {
        let mut r = [A::NEG_ZERO; 4];
        for (j, rj) in r.iter_mut().enumerate() {
            *rj = get(start + j);
        }
        let whole = m - m % 4;
        let mut i = 4;
        while i < whole {
            for (j, rj) in r.iter_mut().enumerate() {
                *rj = *rj + get(start + i + j);
            }
            i += 4;
        }
        let mut res = (r[0] + r[1]) + (r[2] + r[3]);
        while i < m {
            res = res + get(start + i);
            i += 1;
        }
        res
    } else {
        let n2 = split(m, true);
        complex_sum(start, n2, get) + complex_sum(start + n2, m - n2, get)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_exact_sums_of_integers() {
        for n in [0usize, 1, 7, 8, 9, 127, 128, 129, 1000, 70_000] {
            let s = pairwise(n, &|i| i as f64);
            assert_eq!(s, (n * n.saturating_sub(1) / 2) as f64);
            let c = pairwise(n, &|i| num_complex::Complex64::new(i as f64, 1.0));
            assert_eq!(c.re, (n * n.saturating_sub(1) / 2) as f64);
            assert_eq!(c.im, n as f64);
        }
        assert!(pairwise(3, &|_| -0.0f64).is_sign_negative());
        let v: Vec<f32> = (0..200_000).map(|i| (i as f32).sin()).collect();
        let a = pairwise(v.len(), &|i| v[i]);
        let b = pairwise_par(v.len(), &|i| v[i]);
        assert_eq!(a.to_bits(), b.to_bits());
    }
}
