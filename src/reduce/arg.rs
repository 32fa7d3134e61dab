//! argmax and argmin: the flat index along an axis (or of the C-order
//! flattened array for `axis=None`) of the first maximum/minimum. As NumPy,
//! the first nan wins (it is returned as soon as it is met); complex
//! numbers compare lexicographically (real part, then imaginary part).

use std::sync::Arc;

use crate::array::{Array, Order};
use crate::dtype::{Bool, Element};
use crate::error::{Error, Result};
use crate::manip::normalize_axis;
use half::{bf16, f16};
use num_complex::{Complex32, Complex64};

/// The order argmax/argmin use.
pub(crate) trait ArgOrd: Element {
    /// `a > b` (false when either is nan).
    fn gt(a: Self, b: Self) -> bool;
    /// `a < b` (false when either is nan).
    fn lt(a: Self, b: Self) -> bool;
    /// Is nan (floats and complex).
    fn nan(self) -> bool {
        false
    }
}

macro_rules! ord_native {
    ($($t:ty),*) => {$(
        impl ArgOrd for $t {
            #[inline(always)]
            fn gt(a: Self, b: Self) -> bool { a > b }
            #[inline(always)]
            fn lt(a: Self, b: Self) -> bool { a < b }
        }
    )*};
}
ord_native!(i8, i16, i32, i64, u8, u16, u32, u64);

macro_rules! ord_float {
    ($($t:ty),*) => {$(
        impl ArgOrd for $t {
            #[inline(always)]
            fn gt(a: Self, b: Self) -> bool { a > b }
            #[inline(always)]
            fn lt(a: Self, b: Self) -> bool { a < b }
            #[inline(always)]
            fn nan(self) -> bool { self.is_nan() }
        }
    )*};
}
ord_float!(f16, bf16, f32, f64);

macro_rules! ord_complex {
    ($($t:ty),*) => {$(
        impl ArgOrd for $t {
            #[inline(always)]
            fn gt(a: Self, b: Self) -> bool { a.re > b.re || (a.re == b.re && a.im > b.im) }
            #[inline(always)]
            fn lt(a: Self, b: Self) -> bool { a.re < b.re || (a.re == b.re && a.im < b.im) }
            #[inline(always)]
            fn nan(self) -> bool { self.re.is_nan() || self.im.is_nan() }
        }
    )*};
}
ord_complex!(Complex32, Complex64);

impl ArgOrd for Bool {
    fn gt(a: Self, b: Self) -> bool {
        a.get() && !b.get()
    }
    fn lt(a: Self, b: Self) -> bool {
        !a.get() && b.get()
    }
}

/// The index of the first extreme of the run `p[0], p[s], ...` (n >= 1).
///
/// # Safety
/// The run addresses `n` readable elements of type `T`.
unsafe fn arg_run<T: ArgOrd>(p: *const u8, n: usize, s: isize, max: bool) -> i64 {
    // SAFETY: the caller's contract.
    let get = |i: usize| unsafe { (p.offset(i as isize * s) as *const T).read_unaligned() };
    let mut best = get(0);
    if best.nan() {
        return 0;
    }
    let mut at = 0;
    for i in 1..n {
        let v = get(i);
        if v.nan() {
            return i as i64;
        }
        if (max && T::gt(v, best)) || (!max && T::lt(v, best)) {
            best = v;
            at = i;
        }
    }
    at as i64
}

/// `np.argmax(a, axis, keepdims=...)` (`max`) or `np.argmin`: int64
/// indices; `axis=None` indexes the C-order flattened array.
pub fn arg_extreme(a: &Arc<Array>, axis: Option<i64>, keepdims: bool, max: bool) -> Result<Array> {
    let name = if max { "argmax" } else { "argmin" };
    let (src, ax) = match axis {
        None => {
            let flat = crate::manip::shape::ravel(a, Order::C)?;
            (Arc::new(flat), 0usize)
        }
        Some(k) => (a.clone(), normalize_axis(k, a.ndim(), None)?),
    };
    let n = src.shape()[ax];
    if n == 0 {
        return Err(Error::invalid(format!(
            "attempt to get {name} of an empty sequence"
        )));
    }
    let mut oshape = src.shape().to_vec();
    oshape[ax] = 1;
    let out = Array::empty(crate::dtype::DType::Int64, &oshape, Order::C)?;
    let mut xstr = src.strides().to_vec();
    let step = xstr[ax];
    xstr[ax] = 0;
    let xp = src.data_ptr();
    let op = out.data_ptr();
    crate::dispatch!(src.dtype(), T => {
        let mut k = 0isize;
        crate::array::for_each_offset(&oshape, &xstr, &mut |off: isize| {
            // SAFETY: `off` addresses the start of one run of `n` elements
            // of src (A3); the output is C-contiguous, element k at k*8.
            unsafe {
                let i = arg_run::<T>(xp.wrapping_offset(off), n, step, max);
                (op.wrapping_offset(k * 8) as *mut i64).write(i);
            }
            k += 1;
        })
    });
    if keepdims {
        if axis.is_none() {
            let ones = vec![1usize; a.ndim()];
            let arc = Arc::new(out);
            return Ok(arc.view_unchecked(
                ones.clone(),
                vec![0; ones.len()],
                arc.offset(),
                arc.dtype(),
            ));
        }
        return Ok(out);
    }
    super::engine::drop_axes(out, &[ax])
}
