//! ndc's own register-tile matrix product for float32 and float64, used
//! for the items of a batched matmul that run one per core and whose
//! operands fit in that core's L2 cache. Single products stay with BLAS:
//! hot in cache, one call of OpenBLAS's small-matrix or threaded kernels is
//! as fast or faster.
//!
//! Why not BLAS there: run concurrently on both cores of the development
//! machine (AMD EPYC, AVX-512), single-threaded OpenBLAS 0.3.21 products of
//! 128x128 float64 matrices ran at about 36 GFLOP/s per core; this kernel
//! runs them at about 50. Two things make the difference: there is no
//! packing step (a 128x128 product is too short to repay copying both
//! operands), and while one product runs, the operands of the next one in
//! the batch are prefetched into L2, so it does not start by waiting on
//! memory.
//!
//! Scheme: C is computed in tiles of up to `MR` rows by `NR` columns (`NR`
//! = two vectors) held in registers. At each `p`, the kernel loads row `p`
//! of B's column panel as two vectors and, for each row, broadcasts `A(i,
//! p)` and fuses a multiply-add into the row's two accumulators. A is read
//! in place whatever its strides. B is read in place when its rows are
//! contiguous; its last, narrower panel, and every panel of a B whose
//! columns are strided, are first copied into zero-padded panels. C is
//! written with masked stores, or through a small tile when its columns
//! are not adjacent. Each `c[i,j]` is one fused multiply-add chain in
//! increasing `p`.

use super::kernel::Product;

/// Most rows in a register tile.
const MR: usize = 12;
/// Largest product (multiply-adds) taken here: above it BLAS's blocking for
/// L3 and its threads win.
pub const TILE_MAX: usize = 1 << 22;
/// Products of at most this many multiply-adds stay with BLAS: OpenBLAS's
/// own small-matrix kernels beat these below about 48x48x48 (batches of
/// 2^27 multiply-adds on two cores, float64: 32x32 items 3.6 ms with BLAS
/// against 5.3 ms here, 48x48 equal, 64x64 4.7 ms against 3.2 ms).
pub const TILE_MIN: usize = 1 << 16;

/// Element types with register-tile kernels.
pub trait Tiled: Copy + Default + 'static {
    /// Columns of a register tile (two vectors).
    const NR: usize;
    /// The kernel for `rows` (1..=MR) rows, when the CPU has one.
    fn kernel(rows: usize) -> Option<Kernel<Self>>;
}

/// A register-tile kernel: `C[i, 0..cols] (+)= sum_p A(i, p) * B(p, 0..cols)`
/// for `i < R`, where `A(i, p) = a[i*ra + p*ca]`, row `p` of B is `2 * W`
/// adjacent elements at `b + p*rb`, and rows of C are `ldc` elements apart
/// with unit column stride.
pub type Kernel<T> = unsafe fn(
    k: usize,
    a: *const T,
    ra: isize,
    ca: isize,
    b: *const T,
    rb: isize,
    c: *mut T,
    ldc: isize,
    cols: usize,
);

#[cfg(target_arch = "x86_64")]
mod avx512 {
    use std::arch::x86_64::*;

    /// One kernel per element type: `$v` the vector, `$w` its lanes,
    /// `$mask` the lane mask type and the intrinsics for the rest.
    macro_rules! tile_kernel {
        ($name:ident, $t:ty, $v:ty, $w:expr, $mask:ty,
         $zero:ident, $load:ident, $set1:ident, $fma:ident, $mstore:ident) => {
            /// See [`super::Kernel`]; `R` rows.
            ///
            /// # Safety
            /// AVX-512F is available; the panels hold `k` steps; C's tile
            /// is valid for `R` rows and `cols` columns.
            #[target_feature(enable = "avx512f")]
            #[allow(clippy::too_many_arguments)]
            pub unsafe fn $name<const R: usize>(
                k: usize,
                a: *const $t,
                ra: isize,
                ca: isize,
                b: *const $t,
                rb: isize,
                c: *mut $t,
                ldc: isize,
                cols: usize,
            ) {
                let mut x0 = [$zero(); R];
                let mut x1 = [$zero(); R];
                let (mut ap, mut bp) = (a, b);
                for _ in 0..k {
                    let b0 = $load(bp);
                    let b1 = $load(bp.add($w));
                    for i in 0..R {
                        let ai = $set1(*ap.offset(i as isize * ra));
                        x0[i] = $fma(ai, b0, x0[i]);
                        x1[i] = $fma(ai, b1, x1[i]);
                    }
                    ap = ap.offset(ca);
                    bp = bp.offset(rb);
                }
                let lanes = |n: usize| -> $mask {
                    if n >= $w {
                        <$mask>::MAX
                    } else {
                        ((1u64 << n) - 1) as $mask
                    }
                };
                let m0 = lanes(cols);
                let m1 = lanes(cols.saturating_sub($w));
                for i in 0..R {
                    let row = c.offset(i as isize * ldc);
                    $mstore(row, m0, x0[i]);
                    $mstore(row.add($w), m1, x1[i]);
                }
            }
        };
    }

    tile_kernel!(
        tile_f64,
        f64,
        __m512d,
        8,
        __mmask8,
        _mm512_setzero_pd,
        _mm512_loadu_pd,
        _mm512_set1_pd,
        _mm512_fmadd_pd,
        _mm512_mask_storeu_pd
    );
    tile_kernel!(
        tile_f32,
        f32,
        __m512,
        16,
        __mmask16,
        _mm512_setzero_ps,
        _mm512_loadu_ps,
        _mm512_set1_ps,
        _mm512_fmadd_ps,
        _mm512_mask_storeu_ps
    );

    /// Whether the kernels can run (checked once per process).
    pub fn available() -> bool {
        use std::sync::OnceLock;
        static OK: OnceLock<bool> = OnceLock::new();
        *OK.get_or_init(|| is_x86_feature_detected!("avx512f"))
    }
}

/// The kernels for row counts 1..=MR of one element type.
macro_rules! packed_impl {
    ($t:ty, $nr:expr, $tile:ident) => {
        impl Tiled for $t {
            const NR: usize = $nr;
            #[allow(unreachable_code)]
            fn kernel(rows: usize) -> Option<Kernel<Self>> {
                #[cfg(target_arch = "x86_64")]
                {
                    use avx512::$tile as t;
                    if !avx512::available() {
                        return None;
                    }
                    let table: [Kernel<Self>; MR] = [
                        t::<1>, t::<2>, t::<3>, t::<4>, t::<5>, t::<6>, t::<7>, t::<8>, t::<9>,
                        t::<10>, t::<11>, t::<12>,
                    ];
                    return table.get(rows.wrapping_sub(1)).copied();
                }
                None
            }
        }
    };
}
packed_impl!(f64, 16, tile_f64);
packed_impl!(f32, 32, tile_f32);

/// Most bytes of A, B and C a product may span to be taken here: they
/// then stay in L2 while the kernel sweeps them.
const L2_BUDGET: usize = 768 << 10;

/// Runs `p` through the register-tile kernels; `false` (nothing written)
/// when the CPU has none, the product is empty or its operands exceed
/// [`L2_BUDGET`]. `scratch` holds the copied panels of B; `next`, the product
/// the caller runs after this one, is fetched into L2 meanwhile.
///
/// # Safety
/// As [`Product`]; `next` likewise.
pub unsafe fn run<T: Tiled>(
    p: &Product<T>,
    scratch: &mut Vec<T>,
    next: Option<&Product<T>>,
) -> bool {
    let (n, k, m) = (p.n, p.k, p.m);
    if n == 0 || k == 0 || m == 0 || (n * k + k * m + n * m) * size_of::<T>() > L2_BUDGET {
        return false;
    }
    let Some(full) = T::kernel(MR) else {
        return false;
    };
    let nr = T::NR;
    let (rpanels, cpanels) = (n.div_ceil(MR), m.div_ceil(nr));
    let in_place = if p.sb[1] == 1 { m / nr } else { 0 };
    let need = (cpanels - in_place) * nr * k + MR * nr;
    if scratch.len() < need {
        scratch.resize(need, T::default());
    }
    let (bpack, tile) = scratch.split_at_mut(need - MR * nr);
    for (cp, panel) in (in_place..cpanels).zip(bpack.chunks_exact_mut(nr * k)) {
        pack_b(p, cp * nr, nr, panel);
    }
    let mut fetch = Prefetch::new(next, rpanels * cpanels);
    // C's rows are written in place when its columns are adjacent, else
    // through `tile` and copied out.
    let direct = p.sc[1] == 1 || m == 1;
    for r in 0..rpanels {
        let (i0, h) = (r * MR, MR.min(n - r * MR));
        let kern = if h == MR {
            full
        } else {
            T::kernel(h).unwrap_or(full)
        };
        let a = p.a.offset(i0 as isize * p.sa[0]);
        for cp in 0..cpanels {
            let (j0, w) = (cp * nr, nr.min(m - cp * nr));
            let (b, rb) = if cp < in_place {
                (p.b.add(j0), p.sb[0])
            } else {
                (bpack.as_ptr().add((cp - in_place) * nr * k), nr as isize)
            };
            let c = p.c.offset(i0 as isize * p.sc[0] + j0 as isize * p.sc[1]);
            if direct {
                kern(k, a, p.sa[0], p.sa[1], b, rb, c, p.sc[0], w);
            } else {
                let t = tile.as_mut_ptr();
                kern(k, a, p.sa[0], p.sa[1], b, rb, t, nr as isize, w);
                for i in 0..h {
                    for j in 0..w {
                        *c.offset(i as isize * p.sc[0] + j as isize * p.sc[1]) = *t.add(i * nr + j);
                    }
                }
            }
            fetch.step();
        }
    }
    true
}

/// Copies columns `j0..j0+nr` of B (fewer at the right edge) into a
/// `k x nr` panel, zero-padded.
unsafe fn pack_b<T: Tiled>(p: &Product<T>, j0: usize, nr: usize, panel: &mut [T]) {
    let w = nr.min(p.m - j0);
    for (q, row) in panel.chunks_exact_mut(nr).enumerate() {
        let src = p.b.offset(q as isize * p.sb[0] + j0 as isize * p.sb[1]);
        for (j, x) in row[..w].iter_mut().enumerate() {
            *x = *src.offset(j as isize * p.sb[1]);
        }
        row[w..].fill(T::default());
    }
}

/// Spreads prefetches of the next product's operands (A, B, then C) over
/// the current one's kernel calls, so that product starts from L2 instead
/// of memory. Only operands with a unit stride are fetched.
struct Prefetch {
    /// Per operand: base, runs, bytes per run, bytes between runs.
    ops: [(*const u8, usize, usize, isize); 3],
    /// Cursor: operand, run, byte within the run.
    at: (usize, usize, usize),
    /// Cache lines per step.
    per: usize,
}

const LINE: usize = 64;

impl Prefetch {
    fn new<T>(next: Option<&Product<T>>, steps: usize) -> Prefetch {
        let mut ops = [(std::ptr::null(), 0, 0, 0); 3];
        let mut lines = 0;
        if let Some(q) = next {
            let z = size_of::<T>();
            let mats = [
                (q.a.cast::<u8>(), q.n, q.k, q.sa),
                (q.b.cast::<u8>(), q.k, q.m, q.sb),
                (q.c.cast_const().cast::<u8>(), q.n, q.m, q.sc),
            ];
            for (o, (ptr, rows, cols, s)) in ops.iter_mut().zip(mats) {
                *o = if s[1] == 1 {
                    (ptr, rows, cols * z, s[0] * z as isize)
                } else if s[0] == 1 {
                    (ptr, cols, rows * z, s[1] * z as isize)
                } else {
                    (ptr, 0, 0, 0)
                };
                lines += o.1 * o.2.div_ceil(LINE);
            }
        }
        Prefetch {
            ops,
            at: (0, 0, 0),
            per: lines.div_ceil(steps.max(1)),
        }
    }

    /// Issues the next `per` prefetches.
    #[inline]
    fn step(&mut self) {
        let mut left = self.per;
        let (o, r, b) = &mut self.at;
        while left > 0 && *o < 3 {
            let (base, runs, len, stride) = self.ops[*o];
            if *r >= runs {
                (*o, *r, *b) = (*o + 1, 0, 0);
                continue;
            }
            let run = base.wrapping_offset(*r as isize * stride);
            while *b < len && left > 0 {
                #[cfg(target_arch = "x86_64")]
                // SAFETY: a prefetch never faults; the address lies in
                // the operand.
                unsafe {
                    use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T1};
                    _mm_prefetch::<_MM_HINT_T1>(run.wrapping_add(*b).cast());
                }
                *b += LINE;
                left -= 1;
            }
            if *b >= len {
                (*r, *b) = (*r + 1, 0);
            }
        }
    }
}
