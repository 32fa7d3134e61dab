//! Copies and conversions: copy with order C/F/A/K, astype under a casting
//! rule, ascontiguousarray / asfortranarray.

use std::sync::Arc;

use super::{layout, Array, Order};
use crate::dispatch;
use crate::dtype::{can_cast, Casting, DType, Element};
use crate::error::{Error, Result};

/// NumPy's `order=` for copies: C, F, A (F if the source is F-contiguous and
/// not C-contiguous, else C), K (keep the source's axis order).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CopyOrder {
    /// Row-major.
    C,
    /// Column-major.
    F,
    /// F when the source is only F-contiguous, else C.
    A,
    /// As close to the source's memory order as possible.
    K,
}

/// Visits pairs of element offsets of two layouts of one shape, row-major.
fn for_each_pair(shape: &[usize], s1: &[isize], s2: &[isize], f: &mut impl FnMut(isize, isize)) {
    if shape.contains(&0) {
        return;
    }
    let nd = shape.len();
    if nd == 0 {
        f(0, 0);
        return;
    }
    let (n, i1, i2) = (shape[nd - 1], s1[nd - 1], s2[nd - 1]);
    let mut idx = vec![0usize; nd - 1];
    let (mut b1, mut b2) = (0isize, 0isize);
    loop {
        let (mut o1, mut o2) = (b1, b2);
        for _ in 0..n {
            f(o1, o2);
            o1 += i1;
            o2 += i2;
        }
        let mut k = nd - 1;
        loop {
            if k == 0 {
                return;
            }
            k -= 1;
            idx[k] += 1;
            b1 += s1[k];
            b2 += s2[k];
            if idx[k] < shape[k] {
                break;
            }
            b1 -= s1[k] * shape[k] as isize;
            b2 -= s2[k] * shape[k] as isize;
            idx[k] = 0;
        }
    }
}

/// Copies `src` into `dst` (same shape), converting elements with NumPy's
/// unsafe-cast semantics. `dst` must be writeable; the two must not overlap.
pub fn copy_into(src: &Array, dst: &Array) -> Result<()> {
    dst.check_writeable()?;
    if src.shape() != dst.shape() {
        return Err(Error::shape(format!(
            "could not broadcast input array from shape {} into shape {}",
            layout::shape_tuple(src.shape()),
            layout::shape_tuple(dst.shape())
        )));
    }
    let (sp, dp) = (src.data_ptr(), dst.data_ptr());
    if src.dtype() == dst.dtype()
        && ((src.is_c_contiguous() && dst.is_c_contiguous())
            || (src.is_f_contiguous() && dst.is_f_contiguous()))
    {
        // SAFETY: A3 — both arrays are contiguous with nbytes bytes from
        // element 0 (contiguous layouts have non-negative strides only when
        // their extent starts at element 0, which contiguity implies).
        unsafe { std::ptr::copy_nonoverlapping(sp, dp, src.nbytes()) };
        return Ok(());
    }
    dispatch!(src.dtype(), S => dispatch!(dst.dtype(), D => {
        for_each_pair(src.shape(), src.strides(), dst.strides(), &mut |a, b| {
            // SAFETY: A3 for both arrays — offsets come from their layouts.
            unsafe {
                let v = (sp.wrapping_offset(a) as *const S).read_unaligned();
                (dp.wrapping_offset(b) as *mut D).write_unaligned(D::cast_from(v));
            }
        })
    }));
    Ok(())
}

/// The strides a K-order copy of `src` gets: the source's axis order by
/// decreasing absolute stride, made contiguous and positive.
fn k_order_strides(src: &Array) -> Vec<isize> {
    let nd = src.ndim();
    let mut perm: Vec<usize> = (0..nd).collect();
    // Stable sort: equal strides keep C order, as NumPy.
    perm.sort_by_key(|&i| std::cmp::Reverse(src.strides()[i].unsigned_abs()));
    let mut strides = vec![0isize; nd];
    let mut acc = src.itemsize() as isize;
    for &ax in perm.iter().rev() {
        strides[ax] = acc;
        acc *= src.shape()[ax].max(1) as isize;
    }
    strides
}

/// Resolves A and K to a concrete layout choice for `src`.
fn resolve(src: &Array, order: CopyOrder) -> CopyOrder {
    match order {
        CopyOrder::A if src.is_f_contiguous() && !src.is_c_contiguous() => CopyOrder::F,
        CopyOrder::A => CopyOrder::C,
        CopyOrder::K if src.is_c_contiguous() => CopyOrder::C,
        CopyOrder::K if src.is_f_contiguous() => CopyOrder::F,
        o => o,
    }
}

/// The fresh array `a` with other strides over the same memory. The caller
/// guarantees that the strides stay inside the buffer (A3 is checked again
/// by `from_parts`).
fn relayout(a: Array, strides: Vec<isize>) -> Result<Array> {
    let shape = a.shape().to_vec();
    Array::from_parts(a.buffer().clone(), a.dtype(), shape, strides, 0, true).map(Array::owning)
}

/// A new array of `src`'s shape and `dtype`, laid out for `order`.
pub fn empty_for(src: &Array, dtype: DType, order: CopyOrder) -> Result<Array> {
    match resolve(src, order) {
        CopyOrder::F => Array::alloc(dtype, src.shape(), Order::F, false),
        CopyOrder::K => {
            let c = Array::alloc(dtype, src.shape(), Order::C, false)?;
            if c.size() == 0 {
                return Ok(c);
            }
            let mut strides = k_order_strides(src);
            let scale = dtype.itemsize() as isize;
            let src_item = src.itemsize() as isize;
            for s in &mut strides {
                *s = *s / src_item * scale;
            }
            relayout(c, strides)
        }
        _ => Array::alloc(dtype, src.shape(), Order::C, false),
    }
}

impl Array {
    /// Marks a freshly allocated array (built with `from_parts`) as owning.
    pub(crate) fn owning(mut self) -> Array {
        self.owndata = true;
        self
    }

    /// `a.copy(order)`.
    pub fn copy(&self, order: CopyOrder) -> Result<Array> {
        self.astype(self.dtype(), order, Casting::Unsafe)
    }

    /// `a.astype(dtype, order, casting)`: always a new array.
    pub fn astype(&self, dtype: DType, order: CopyOrder, casting: Casting) -> Result<Array> {
        check_cast(self.dtype(), dtype, casting)?;
        let out = empty_for(self, dtype, order)?;
        copy_into(self, &out)?;
        Ok(out)
    }

    /// `np.ascontiguousarray(a)`: `a` itself when already C-contiguous.
    pub fn ascontiguous(self: &Arc<Self>) -> Result<Arc<Array>> {
        if self.is_c_contiguous() {
            return Ok(self.clone());
        }
        Ok(Arc::new(self.copy(CopyOrder::C)?))
    }

    /// `np.asfortranarray(a)`: `a` itself when already F-contiguous.
    pub fn asfortran(self: &Arc<Self>) -> Result<Arc<Array>> {
        if self.is_f_contiguous() {
            return Ok(self.clone());
        }
        Ok(Arc::new(self.copy(CopyOrder::F)?))
    }

    /// Fills every element with `value` converted to the dtype.
    pub fn fill<T: Element>(&self, value: T) -> Result<()> {
        self.check_writeable()?;
        let base = self.data_ptr();
        dispatch!(self.dtype(), D => {
            let v = D::cast_from(value);
            let aligned = base as usize % std::mem::align_of::<D>() == 0;
            if aligned && (self.is_c_contiguous() || self.is_f_contiguous()) {
                // SAFETY: A3 — a contiguous layout covers `size` elements from
                // element 0; A5 — checked writeable; alignment checked.
                let s = unsafe { std::slice::from_raw_parts_mut(base as *mut D, self.size()) };
                s.fill(v);
                return Ok(());
            }
            // SAFETY: A3, A5.
            self.for_each_offset(|o| unsafe { (base.wrapping_offset(o) as *mut D).write_unaligned(v) });
        });
        Ok(())
    }
}

/// NumPy's error for a cast refused by `casting`.
pub fn check_cast(from: DType, to: DType, casting: Casting) -> Result<()> {
    if can_cast(from, to, casting) {
        return Ok(());
    }
    Err(Error::dtype(format!(
        "Cannot cast array data from {} to {} according to the rule '{}'",
        dtype_repr(from),
        dtype_repr(to),
        casting.name()
    )))
}

/// Python's `repr` of a dtype: `dtype('float32')`, and `dtype(bfloat16)` for
/// ml_dtypes' bfloat16, whose repr carries no quotes.
pub fn dtype_repr(d: DType) -> String {
    if d == DType::BFloat16 {
        "dtype(bfloat16)".to_string()
    } else {
        format!("dtype('{}')", d.name())
    }
}
