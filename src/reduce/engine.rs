//! The reduction engine: folds an array of the loop dtype `T` over a set of
//! axes into an accumulator array, with `where=` and a starting value.
//!
//! The iteration is NumPy's: the input's axes are ordered by decreasing
//! absolute stride and coalesced (`Plan`), with the accumulator as a second
//! operand whose strides are 0 along the reduced axes. When the innermost
//! axis is a reduced one the run is folded into one accumulator value
//! ([`Fold::run`]: pairwise summation for floating sums); when it is a kept
//! axis, whole rows of the input are combined element by element into a
//! row of accumulators (`acc[j] = f(acc[j], x[i, j])`), which vectorises
//! and reads the input once in memory order (the sum over axis 0 of a
//! C-ordered matrix).
//!
//! Large reductions are split over ndc's pool along a kept axis (each
//! worker owns a disjoint slab of accumulators, so the bits do not depend
//! on the number of threads); a reduction to one value over one long run
//! is split inside the fold ([`Fold::run_par`]).

use std::sync::Arc;

use crate::array::{Array, Order};
use crate::dtype::{Bool, Element};
use crate::error::{Error, Result};
use crate::iter::{broadcast_strides, Plan};
use crate::ufunc::kernels::Bin;

/// Elements below which a reduction runs on the calling thread.
const PAR_MIN: usize = 1 << 17;

/// How input elements of type `T` combine into an accumulator of type `T`.
pub(crate) trait Fold<T: Element>: Sync {
    /// One step: `acc = f(acc, x)`.
    fn f(acc: T, x: T) -> T;

    /// Folds the run `p[0], p[s], ... p[(n-1)s]` into `acc`; sequential by
    /// default.
    ///
    /// # Safety
    /// The run addresses `n` readable elements of type `T`.
    #[inline]
    unsafe fn run(acc: T, p: *const u8, n: usize, s: isize) -> T {
        let mut a = acc;
        for i in 0..n {
            // SAFETY: the caller's contract.
            a = Self::f(a, unsafe {
                (p.offset(i as isize * s) as *const T).read_unaligned()
            });
        }
        a
    }

    /// [`Fold::run`] for one long run, on the pool: chunks folded
    /// separately (each from its own first element) and combined in order.
    /// Only for operations that are associative.
    ///
    /// # Safety
    /// As [`Fold::run`].
    unsafe fn run_par(acc: T, p: *const u8, n: usize, s: isize) -> T {
        let threads = crate::threads::num_threads();
        if threads <= 1 || n < PAR_MIN {
            // SAFETY: the caller's contract.
            return unsafe { Self::run(acc, p, n, s) };
        }
        let per = n.div_ceil(threads);
        let base = SendPtr(p as *mut u8);
        let parts = crate::threads::install(|| {
            use rayon::prelude::*;
            (0..threads)
                .into_par_iter()
                .map(|c| {
                    let (lo, hi) = (c * per, ((c + 1) * per).min(n));
                    let q = base.get().wrapping_offset(lo as isize * s);
                    // SAFETY: lo < hi <= n: inside the caller's run.
                    unsafe {
                        let first = (q as *const T).read_unaligned();
                        Self::run(first, q.wrapping_offset(s), hi - lo - 1, s)
                    }
                })
                .collect::<Vec<T>>()
        });
        match parts {
            Ok(parts) => parts.into_iter().fold(acc, Self::f),
            // SAFETY: the caller's contract.
            Err(_) => unsafe { Self::run(acc, p, n, s) },
        }
    }
}

/// The fold of a ufunc's element operation `O`, sequential.
pub(crate) struct Seq<O>(std::marker::PhantomData<O>);

impl<T: Element, O: Bin<T, T, T> + Sync> Fold<T> for Seq<O> {
    #[inline(always)]
    fn f(acc: T, x: T) -> T {
        O::f(acc, x)
    }
}

/// The starting value of the accumulators.
#[derive(Clone, Copy)]
pub(crate) enum Init<T> {
    /// This value (the identity or `initial=`).
    Value(T),
    /// The first element of each reduction (operations without identity).
    First,
}

/// Raw pointers shared with pool workers.
#[derive(Clone, Copy)]
pub(crate) struct SendPtr(pub(crate) *mut u8);
// SAFETY: workers write disjoint accumulator slabs and only read the input.
unsafe impl Send for SendPtr {}
// SAFETY: as above.
unsafe impl Sync for SendPtr {}
impl SendPtr {
    pub(crate) fn get(self) -> *mut u8 {
        self.0
    }
}

/// The order of a new accumulator: F when the input is F-contiguous only.
pub(crate) fn acc_order(x: &Array) -> Order {
    if x.is_f_contiguous() && !x.is_c_contiguous() {
        Order::F
    } else {
        Order::C
    }
}

/// The `where=` mask as bool strides broadcast to `shape`, with NumPy's
/// checks (safe cast to bool, broadcastable).
pub(crate) fn mask_for(w: &Arc<Array>, shape: &[usize]) -> Result<Arc<Array>> {
    use crate::array::convert::{check_cast, CopyOrder};
    use crate::dtype::{Casting, DType};
    check_cast(w.dtype(), DType::Bool, Casting::Safe)?;
    let w = if w.dtype() == DType::Bool {
        w.clone()
    } else {
        Arc::new(w.astype(DType::Bool, CopyOrder::K, Casting::Unsafe)?)
    };
    if broadcast_strides(w.shape(), w.strides(), shape).is_none() {
        return Err(Error::shape(format!(
            "operands could not be broadcast together with remapped shapes [original->remapped]: {} {} ",
            crate::iter::compact_shape(shape),
            crate::iter::compact_shape(w.shape())
        )));
    }
    Ok(w)
}

/// Folds `x` over `axes` (sorted, distinct) into a new array of `x`'s dtype
/// with the keepdims shape (reduced axes of length 1). `mask` is a bool
/// array broadcastable to `x`. `Init::First` with a mask or an empty
/// reduction must be rejected by the caller.
pub(crate) fn fold<T: Element, F: Fold<T>>(
    x: &Array,
    axes: &[usize],
    mask: Option<&Array>,
    init: Init<T>,
) -> Result<Array> {
    let shape = x.shape().to_vec();
    let kshape = super::reduced_shape(&shape, axes, true);
    let acc = Array::empty(T::DTYPE, &kshape, acc_order(x))?;
    match init {
        Init::Value(v) => acc.fill(v)?,
        Init::First => {
            if x.size() > 0 {
                first_into::<T>(x, axes, &acc);
            }
        }
    }
    if x.size() == 0 {
        return Ok(acc);
    }
    let mut astr = acc.strides().to_vec();
    for &a in axes {
        astr[a] = 0;
    }
    let mut strides = vec![x.strides().to_vec(), astr];
    let mut bases = vec![x.data_ptr(), acc.data_ptr()];
    if let Some(m) = mask {
        strides.push(
            broadcast_strides(m.shape(), m.strides(), &shape)
                .ok_or_else(|| crate::iter::broadcast_error(&[&shape, m.shape()]))?,
        );
        bases.push(m.data_ptr());
    }
    // Walk axes of negative input stride forwards in memory, as NumPy's
    // iterator does: start every operand at the axis's last index.
    for k in 0..shape.len() {
        if strides[0][k] < 0 && shape[k] > 1 {
            for (s, b) in strides.iter_mut().zip(bases.iter_mut()) {
                *b = b.wrapping_offset(s[k] * (shape[k] as isize - 1));
                s[k] = -s[k];
            }
        }
    }
    drive::<T, F>(&shape, &strides, &bases, mask.is_none());
    Ok(acc)
}

/// Copies the first element of every reduction into `acc`.
fn first_into<T: Element>(x: &Array, axes: &[usize], acc: &Array) {
    let mut shape = x.shape().to_vec();
    for &a in axes {
        shape[a] = 1;
    }
    let xp = x.data_ptr();
    let ap = acc.data_ptr();
    let plan = Plan::new(&shape, &[x.strides().to_vec(), acc.strides().to_vec()]);
    let (sx, sa) = (
        plan.strides[0][plan.shape.len() - 1],
        plan.strides[1][plan.shape.len() - 1],
    );
    plan.for_each_run(0, plan.size, |offs, n| {
        for i in 0..n as isize {
            // SAFETY: offsets come from the layouts of x and acc (A3); acc
            // is a new writeable array of the same dtype.
            unsafe {
                let v = (xp.wrapping_offset(offs[0] + i * sx) as *const T).read_unaligned();
                (ap.wrapping_offset(offs[1] + i * sa) as *mut T).write_unaligned(v);
            }
        }
    });
}

/// Runs the fold over `shape` with operand strides `[x, acc, mask?]`,
/// splitting a large reduction over the pool along a kept axis.
fn drive<T: Element, F: Fold<T>>(
    shape: &[usize],
    strides: &[Vec<isize>],
    bases: &[*mut u8],
    allow_par_run: bool,
) {
    let size: usize = shape.iter().product();
    let threads = crate::threads::num_threads();
    if threads > 1 && size >= PAR_MIN {
        // The kept axis outermost in the input's memory order.
        let split = (0..shape.len())
            .filter(|&k| strides[1][k] != 0 && shape[k] >= 2)
            .max_by_key(|&k| (shape[k] >= threads, strides[0][k].unsigned_abs()));
        if let Some(ax) = split {
            let len = shape[ax];
            let chunks = threads.min(len);
            let per = len.div_ceil(chunks);
            let ptrs: Vec<SendPtr> = bases.iter().map(|&p| SendPtr(p)).collect();
            let ok = crate::threads::install(|| {
                use rayon::prelude::*;
                (0..chunks).into_par_iter().for_each(|c| {
                    let (lo, hi) = (c * per, ((c + 1) * per).min(len));
                    if lo >= hi {
                        return;
                    }
                    let mut sub = shape.to_vec();
                    sub[ax] = hi - lo;
                    let b: Vec<*mut u8> = ptrs
                        .iter()
                        .zip(strides)
                        .map(|(p, s)| p.get().wrapping_offset(lo as isize * s[ax]))
                        .collect();
                    serial::<T, F>(&sub, strides, &b, false);
                })
            });
            if ok.is_ok() {
                return;
            }
        }
    }
    serial::<T, F>(shape, strides, bases, allow_par_run);
}

/// The serial fold (see the module docs).
fn serial<T: Element, F: Fold<T>>(
    shape: &[usize],
    strides: &[Vec<isize>],
    bases: &[*mut u8],
    allow_par_run: bool,
) {
    let plan = Plan::new(shape, strides);
    let inner = plan.inner_strides();
    let (sx, sa) = (inner[0], inner[1]);
    let masked = bases.len() > 2;
    let single_run = plan.shape.len() == 1;
    let item = std::mem::size_of::<T>() as isize;
    plan.for_each_run(0, plan.size, |offs, n| {
        let xp = bases[0].wrapping_offset(offs[0]) as *const u8;
        let ap = bases[1].wrapping_offset(offs[1]);
        // SAFETY (whole block): the plan's offsets address elements of x,
        // acc and the mask (A3 of each); acc is a private writeable array of
        // dtype T, x has dtype T, the mask is bool.
        unsafe {
            if sa == 0 {
                let mut acc = (ap as *const T).read_unaligned();
                if masked {
                    let mp = bases[2].wrapping_offset(offs[2]) as *const Bool;
                    let sm = inner[2];
                    let mut i = 0usize;
                    while i < n {
                        let on = |k: usize| (*(mp.wrapping_offset(k as isize * sm))).get();
                        if !on(i) {
                            i += 1;
                            continue;
                        }
                        let start = i;
                        while i < n && on(i) {
                            i += 1;
                        }
                        acc = F::run(acc, xp.offset(start as isize * sx), i - start, sx);
                    }
                } else if single_run && allow_par_run {
                    acc = F::run_par(acc, xp, n, sx);
                } else {
                    acc = F::run(acc, xp, n, sx);
                }
                (ap as *mut T).write_unaligned(acc);
            } else if masked {
                let mp = bases[2].wrapping_offset(offs[2]) as *const Bool;
                let sm = inner[2];
                for i in 0..n as isize {
                    if (*mp.offset(i * sm)).get() {
                        let a = ap.offset(i * sa) as *mut T;
                        let v = (xp.offset(i * sx) as *const T).read_unaligned();
                        a.write_unaligned(F::f(a.read_unaligned(), v));
                    }
                }
            } else if sx == item
                && sa == item
                && (xp as usize).is_multiple_of(std::mem::align_of::<T>())
                && (ap as usize).is_multiple_of(std::mem::align_of::<T>())
            {
                let xs = std::slice::from_raw_parts(xp as *const T, n);
                let a = std::slice::from_raw_parts_mut(ap as *mut T, n);
                rows::<T, F>(a, xs);
            } else {
                for i in 0..n as isize {
                    let a = ap.offset(i * sa) as *mut T;
                    let v = (xp.offset(i * sx) as *const T).read_unaligned();
                    a.write_unaligned(F::f(a.read_unaligned(), v));
                }
            }
        }
    });
}

/// `acc[j] = f(acc[j], x[j])` over contiguous rows, compiled for AVX2 too.
#[inline]
fn rows<T: Element, F: Fold<T>>(acc: &mut [T], x: &[T]) {
    #[cfg(target_arch = "x86_64")]
    {
        if crate::ufunc::kernels::level() != crate::ufunc::kernels::Level::Base {
            #[target_feature(enable = "avx2,fma")]
            unsafe fn v3<T: Element, F: Fold<T>>(acc: &mut [T], x: &[T]) {
                for (a, &v) in acc.iter_mut().zip(x) {
                    *a = F::f(*a, v);
                }
            }
            // SAFETY: the CPU has AVX2 and FMA (level checked).
            return unsafe { v3::<T, F>(acc, x) };
        }
    }
    for (a, &v) in acc.iter_mut().zip(x) {
        *a = F::f(*a, v);
    }
}

/// The view of a keepdims-shaped result without the reduced axes.
pub(crate) fn drop_axes(a: Array, axes: &[usize]) -> Result<Array> {
    if axes.is_empty() {
        return Ok(a);
    }
    let keep: Vec<usize> = (0..a.ndim()).filter(|k| !axes.contains(k)).collect();
    let shape = keep.iter().map(|&k| a.shape()[k]).collect();
    let strides = keep.iter().map(|&k| a.strides()[k]).collect();
    let arc = Arc::new(a);
    Ok(arc.view_unchecked(shape, strides, arc.offset(), arc.dtype()))
}

/// Writes `res` (the reduction's result, final shape) into `out` with
/// NumPy's shape check and an unsafe cast, or returns it.
pub(crate) fn finish(res: Array, out: Option<&Arc<Array>>) -> Result<Arc<Array>> {
    match out {
        None => Ok(Arc::new(res)),
        Some(o) => {
            if o.shape() != res.shape() {
                return Err(Error::shape(format!(
                    "output parameter for reduction operation has the wrong shape: expected {}, got {}",
                    crate::iter::compact_shape(res.shape()),
                    crate::iter::compact_shape(o.shape())
                )));
            }
            o.check_writeable()?;
            crate::array::convert::copy_into(&res, o)?;
            Ok(o.clone())
        }
    }
}
