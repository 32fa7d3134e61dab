//! Pairwise sums of cached contiguous float32/float64 runs with SIMD
//! leaves.
//!
//! The order of every addition is NumPy's (see `pairwise.rs`); only the way
//! the leaves are evaluated changes. A leaf (a run of 8 to 128 elements)
//! keeps eight interleaved accumulators, so one leaf alone is a chain of
//! dependent additions per accumulator and runs at the latency of the adder,
//! not at its throughput. Here the leaves of a subtree of at most
//! [`GROUP`] elements are listed first, summed up to four at a time in one
//! loop (four independent sets of chains), and the leaf sums are then
//! combined in the tree's order. With AVX, accumulator `j` of a leaf is lane
//! `j` of its vectors (two `__m256d` for float64, one `__m256` for float32),
//! so each lane adds the same values in the same order as the scalar loop
//! and the bits are NumPy's. Accumulators start at `-0.0`, which adds
//! exactly (`-0.0 + x == x` for every `x`, signed zeros included), so the
//! loop needs no separate first block.
//!
//! Besides plain sums, the squared deviations `(x - m) * (x - m)` of
//! NumPy's variance can be summed without a temporary array (subtraction
//! and product rounded separately, as NumPy's two ufunc calls).

use super::pairwise::{pairwise, split, PwSum, PW_BLOCKSIZE as LEAF};

/// Inputs up to this many bytes count as cached: they fit in the L2 cache
/// of current cores, or are a row just read.
pub const HOT_BYTES: usize = 1 << 20;

/// Subtrees up to this many elements have their leaves evaluated together;
/// their leaves are at least 64 elements long, hence at most 16 of them.
const GROUP: usize = 1024;
/// Leaves evaluated in one loop.
const WAYS: usize = 4;

/// Pairwise sums (NumPy's order) of contiguous float32/float64 runs.
///
/// `hot` says the caller knows the data to be cached (a small array, or a
/// row it has just read): only then are the SIMD leaves used. Over data
/// streamed from memory the interleaved leaves measured slower than summing
/// one leaf after the other (the plain [`pairwise`]), which keeps the
/// hardware prefetcher on a single ascending stream.
pub trait HotSum: PwSum + std::ops::Sub<Output = Self> + std::ops::Mul<Output = Self> {
    /// The pairwise sum of `x`.
    fn sum(x: &[Self], hot: bool) -> Self;
    /// The pairwise sum of `(x[i] - m) * (x[i] - m)`.
    fn sum_sq_dev(x: &[Self], m: Self, hot: bool) -> Self;
}

/// How a run of at most [`GROUP`] elements is summed: its leaves in order,
/// then the tree's additions in post-order as pairs of slots. Slots
/// `0..nleaves` hold the leaf sums; addition `j` writes slot `16 + j`
/// (past every possible leaf slot), and the last one is the total.
#[derive(Clone, Copy)]
struct Tree {
    /// Run length the tree is for.
    n: usize,
    /// `(offset, length)` of each leaf.
    leaves: [(usize, usize); 16],
    /// Number of leaves.
    nleaves: usize,
    /// The slots each addition adds.
    adds: [(u8, u8); 15],
}

impl Tree {
    const EMPTY: Tree = Tree {
        n: 0,
        leaves: [(0, 0); 16],
        nleaves: 0,
        adds: [(0, 0); 15],
    };

    fn new(n: usize) -> Tree {
        let mut t = Tree { n, ..Tree::EMPTY };
        // Pending work: a run (offset, length), or an addition (length 0);
        // `vals` holds the slots of finished subtrees.
        let mut stack = [(0usize, 0usize); 24];
        let (mut vals, mut nv) = ([0u8; 16], 0);
        let mut nadds = 0;
        stack[0] = (0, n);
        let mut sp = 1;
        while sp > 0 {
            sp -= 1;
            let (off, len) = stack[sp];
            if len == 0 {
                t.adds[nadds] = (vals[nv - 2], vals[nv - 1]);
                vals[nv - 2] = (16 + nadds) as u8;
                nv -= 1;
                nadds += 1;
            } else if len <= LEAF {
                t.leaves[t.nleaves] = (off, len);
                vals[nv] = t.nleaves as u8;
                nv += 1;
                t.nleaves += 1;
            } else {
                let n2 = split(len, false);
                stack[sp] = (0, 0);
                stack[sp + 1] = (off + n2, len - n2);
                stack[sp + 2] = (off, n2);
                sp += 3;
            }
        }
        t
    }

    /// Combines the leaf sums `slots[..nleaves]` in the tree's order.
    #[inline(always)]
    fn combine<T: HotSum>(&self, slots: &mut [T; 32]) -> T {
        let mut last = slots[0];
        for (j, &(a, b)) in self.adds[..self.nleaves - 1].iter().enumerate() {
            last = slots[a as usize] + slots[b as usize];
            slots[16 + j] = last;
        }
        last
    }
}

thread_local! {
    /// Recently used trees, by run length (rows of one reduction share a
    /// length, and building a tree costs about a third of summing 768
    /// elements).
    static TREES: std::cell::RefCell<[Tree; 8]> =
        const { std::cell::RefCell::new([Tree::EMPTY; 8]) };
}

/// Calls `f` with the tree of a run of `n <= GROUP` elements.
#[inline]
fn with_tree<R>(n: usize, f: impl FnOnce(&Tree) -> R) -> R {
    TREES.with(|c| {
        let mut c = c.borrow_mut();
        // Fibonacci hashing: run lengths differ by multiples of 8.
        let slot = &mut c[(n.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 61) & 7];
        if slot.n != n {
            *slot = Tree::new(n);
        }
        f(slot)
    })
}

/// True when a run of `n` elements is summed with the SIMD leaves: cached
/// data, at least one block, and AVX.
#[cfg(target_arch = "x86_64")]
#[inline]
fn simd_leaves(hot: bool, n: usize) -> bool {
    hot && n >= 8 && std::arch::is_x86_feature_detected!("avx")
}

macro_rules! real_contig {
    ($t:ty, $avx:ident, $group:ident) => {
        impl HotSum for $t {
            fn sum(x: &[Self], hot: bool) -> Self {
                #[cfg(target_arch = "x86_64")]
                if simd_leaves(hot, x.len()) {
                    // SAFETY: AVX is present.
                    return unsafe { $avx::<false>(x, 0.0) };
                }
                pairwise(x.len(), &|i| x[i])
            }
            fn sum_sq_dev(x: &[Self], m: Self, hot: bool) -> Self {
                #[cfg(target_arch = "x86_64")]
                if simd_leaves(hot, x.len()) {
                    // SAFETY: AVX is present.
                    return unsafe { $avx::<true>(x, m) };
                }
                pairwise(x.len(), &|i| term::<Self, true>(x[i], m))
            }
        }

        /// The pairwise sum of `x` (`SQ`: of its squared deviations from
        /// `m`) with AVX leaves; `x.len() >= 8`.
        ///
        /// # Safety
        /// AVX must be available.
        #[cfg(target_arch = "x86_64")]
        #[target_feature(enable = "avx")]
        unsafe fn $avx<const SQ: bool>(x: &[$t], m: $t) -> $t {
            let n = x.len();
            if n > GROUP {
                let n2 = split(n, false);
                // SAFETY: AVX (the caller's contract).
                return unsafe { $avx::<SQ>(&x[..n2], m) + $avx::<SQ>(&x[n2..], m) };
            }
            with_tree(n, |tree| {
                let (leaves, k) = (&tree.leaves, tree.nleaves);
                let mut sums = [0.0 as $t; 32];
                let mut g = 0;
                while g < k {
                    let w = (k - g).min(WAYS);
                    let (l, s) = (&leaves[g..g + w], &mut sums[g..g + w]);
                    // SAFETY: AVX (the caller's contract); every leaf lies
                    // inside `x` (Tree::new).
                    unsafe {
                        match w {
                            4 => $group::<4, SQ>(x, l, s, m),
                            3 => $group::<3, SQ>(x, l, s, m),
                            2 => $group::<2, SQ>(x, l, s, m),
                            _ => $group::<1, SQ>(x, l, s, m),
                        }
                    }
                    g += w;
                }
                tree.combine(&mut sums)
            })
        }
    };
}

real_contig!(f64, sum_f64_avx, group_f64);
real_contig!(f32, sum_f32_avx, group_f32);

/// One term of the sum: the value, or its squared deviation from `m`.
#[inline(always)]
fn term<T: HotSum, const SQ: bool>(v: T, m: T) -> T {
    if SQ {
        let d = v - m;
        d * d
    } else {
        v
    }
}

/// Adds a leaf's `len % 8` tail to its combined accumulators, in order.
#[inline(always)]
fn tail<T: HotSum, const SQ: bool>(mut res: T, tail: &[T], m: T) -> T {
    for &v in tail {
        res = res + term::<T, SQ>(v, m);
    }
    res
}

/// Sums `G` float64 leaves of at least 8 elements each into `out`.
///
/// # Safety
/// AVX must be available; the leaves lie inside `x`.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx")]
unsafe fn group_f64<const G: usize, const SQ: bool>(
    x: &[f64],
    leaves: &[(usize, usize)],
    out: &mut [f64],
    m: f64,
) {
    use std::arch::x86_64::*;
    let p = x.as_ptr();
    let mv = _mm256_set1_pd(m);
    // A macro rather than a closure, so that it compiles with AVX.
    macro_rules! ld {
        ($q:expr) => {{
            // SAFETY: callers pass addresses of 4 elements inside `x`.
            let v = unsafe { _mm256_loadu_pd($q) };
            if SQ {
                let d = _mm256_sub_pd(v, mv);
                _mm256_mul_pd(d, d)
            } else {
                v
            }
        }};
    }
    let whole: [usize; G] = std::array::from_fn(|g| leaves[g].1 - leaves[g].1 % 8);
    let common = whole.iter().copied().min().unwrap_or(0);
    let mut acc = [[_mm256_set1_pd(-0.0); 2]; G];
    let mut i = 0;
    while i < common {
        for g in 0..G {
            let q = p.wrapping_add(leaves[g].0 + i);
            acc[g][0] = _mm256_add_pd(acc[g][0], ld!(q));
            acc[g][1] = _mm256_add_pd(acc[g][1], ld!(q.wrapping_add(4)));
        }
        i += 8;
    }
    for g in 0..G {
        let mut i = common;
        while i < whole[g] {
            let q = p.wrapping_add(leaves[g].0 + i);
            acc[g][0] = _mm256_add_pd(acc[g][0], ld!(q));
            acc[g][1] = _mm256_add_pd(acc[g][1], ld!(q.wrapping_add(4)));
            i += 8;
        }
    }
    // NumPy's ((r0+r1)+(r2+r3)) + ((r4+r5)+(r6+r7)) for four leaves at
    // once: lane g of `lo` is leaf g's (r0+r1)+(r2+r3), of `hi` its
    // (r4+r5)+(r6+r7). Missing leaves are -0.0 and ignored.
    let a = |k: usize, h: usize| acc.get(k).map_or(_mm256_set1_pd(-0.0), |v| v[h]);
    let half = |h: usize| {
        let h01 = _mm256_hadd_pd(a(0, h), a(1, h));
        let h23 = _mm256_hadd_pd(a(2, h), a(3, h));
        _mm256_add_pd(
            _mm256_permute2f128_pd(h01, h23, 0x20),
            _mm256_permute2f128_pd(h01, h23, 0x31),
        )
    };
    let mut r = [0.0f64; 4];
    // SAFETY: r has room for one vector.
    unsafe { _mm256_storeu_pd(r.as_mut_ptr(), _mm256_add_pd(half(0), half(1))) };
    for g in 0..G {
        let (off, len) = leaves[g];
        out[g] = tail::<f64, SQ>(r[g], &x[off + whole[g]..off + len], m);
    }
}

/// Sums `G` float32 leaves of at least 8 elements each into `out`.
///
/// # Safety
/// AVX must be available; the leaves lie inside `x`.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx")]
unsafe fn group_f32<const G: usize, const SQ: bool>(
    x: &[f32],
    leaves: &[(usize, usize)],
    out: &mut [f32],
    m: f32,
) {
    use std::arch::x86_64::*;
    let p = x.as_ptr();
    let mv = _mm256_set1_ps(m);
    macro_rules! ld {
        ($q:expr) => {{
            // SAFETY: callers pass addresses of 8 elements inside `x`.
            let v = unsafe { _mm256_loadu_ps($q) };
            if SQ {
                let d = _mm256_sub_ps(v, mv);
                _mm256_mul_ps(d, d)
            } else {
                v
            }
        }};
    }
    let whole: [usize; G] = std::array::from_fn(|g| leaves[g].1 - leaves[g].1 % 8);
    let common = whole.iter().copied().min().unwrap_or(0);
    let mut acc = [_mm256_set1_ps(-0.0); G];
    let mut i = 0;
    while i < common {
        for g in 0..G {
            acc[g] = _mm256_add_ps(acc[g], ld!(p.wrapping_add(leaves[g].0 + i)));
        }
        i += 8;
    }
    for g in 0..G {
        let mut i = common;
        while i < whole[g] {
            acc[g] = _mm256_add_ps(acc[g], ld!(p.wrapping_add(leaves[g].0 + i)));
            i += 8;
        }
    }
    // NumPy's combination for four leaves at once: after two horizontal
    // additions lane g of the low half is leaf g's (r0+r1)+(r2+r3) and of
    // the high half its (r4+r5)+(r6+r7).
    let a = |k: usize| acc.get(k).copied().unwrap_or(_mm256_set1_ps(-0.0));
    let k = _mm256_hadd_ps(_mm256_hadd_ps(a(0), a(1)), _mm256_hadd_ps(a(2), a(3)));
    let v = _mm_add_ps(_mm256_castps256_ps128(k), _mm256_extractf128_ps(k, 1));
    let mut r = [0.0f32; 4];
    // SAFETY: r has room for one vector.
    unsafe { _mm_storeu_ps(r.as_mut_ptr(), v) };
    for g in 0..G {
        let (off, len) = leaves[g];
        out[g] = tail::<f32, SQ>(r[g], &x[off + whole[g]..off + len], m);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Bit-identical to the scalar scheme for every length around the
    /// block and group boundaries, with signed zeros and mixed magnitudes.
    #[test]
    fn matches_the_scalar_scheme() {
        let v: Vec<f64> = (0..5000)
            .map(|i| ((i * 7919) % 1009) as f64 * 1e-3 * if i % 3 == 0 { -1e8 } else { 1.0 })
            .collect();
        let w: Vec<f32> = v.iter().map(|&a| a as f32).collect();
        for n in (0..300).chain([511, 512, 513, 1023, 1024, 1025, 2047, 3000, 5000]) {
            let x = &v[..n];
            let s = pairwise(n, &|i| x[i]);
            assert_eq!(f64::sum(x, true).to_bits(), s.to_bits(), "f64 n={n}");
            let m = 0.37;
            let q = pairwise(n, &|i| (x[i] - m) * (x[i] - m));
            assert_eq!(
                f64::sum_sq_dev(x, m, true).to_bits(),
                q.to_bits(),
                "f64 sq n={n}"
            );
            let y = &w[..n];
            let s = pairwise(n, &|i| y[i]);
            assert_eq!(f32::sum(y, true).to_bits(), s.to_bits(), "f32 n={n}");
            let q = pairwise(n, &|i| (y[i] - 0.37f32) * (y[i] - 0.37f32));
            assert_eq!(
                f32::sum_sq_dev(y, 0.37, true).to_bits(),
                q.to_bits(),
                "f32 sq n={n}"
            );
        }
        assert!(f64::sum(&[-0.0; 20], true).is_sign_negative());
        assert!(f32::sum(&[-0.0; 9], true).is_sign_negative());
    }
}
