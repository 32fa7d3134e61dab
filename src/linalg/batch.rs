//! What every numpy.linalg function shares: the four LAPACK element types
//! ([`Scalar`]), NumPy's type resolution (`_commonType`), the checks of
//! stacked matrices, and the batching over leading axes — each matrix is
//! copied into a column-major scratch, handed to LAPACK, and the result is
//! written into a C-ordered output.
//!
//! LAPACK runs on the calling thread (with OpenBLAS's own threads), never
//! inside ndc's pool; only the native small-matrix kernels use the pool.

use std::sync::Arc;

use num_complex::ComplexFloat;

pub use super::lapack::{Real, Scalar};

use crate::array::convert::CopyOrder;
use crate::array::{Array, Order};
use crate::dtype::{promote, Casting, DType, Element};
use crate::error::{Error, ErrorKind, Result};

/// The square tile of the transposing copies between C-ordered arrays and
/// LAPACK's column-major buffers.
const TILE: usize = 32;

/// A LinAlgError with NumPy's text.
pub fn linalg_error(msg: impl Into<String>) -> Error {
    Error::new(ErrorKind::Linalg, msg)
}

/// The error for a negative LAPACK `info` (an illegal argument: a bug here)
/// or LAPACKE's workspace allocation failure.
pub fn lapack_bug(routine: &str, info: i32) -> Error {
    if info == lapacke_sys::LAPACK_WORK_MEMORY_ERROR
        || info == lapacke_sys::LAPACK_TRANSPOSE_MEMORY_ERROR
    {
        return Error::new(ErrorKind::NoMemory, format!("{routine}: out of memory"));
    }
    Error::new(
        ErrorKind::Internal,
        format!(
            "internal error in ndc (please report): {routine} rejected argument {}",
            -info
        ),
    )
}

/// Runs `$body` with `$T` the Rust type of a LAPACK dtype (the only match
/// on the four linalg types; `resolve` guarantees one of them).
#[macro_export]
#[doc(hidden)]
macro_rules! linalg_dispatch {
    ($dt:expr, $T:ident => $body:expr) => {{
        use $crate::dtype::DType as __D;
        match $dt {
            __D::Float32 => {
                type $T = f32;
                $body
            }
            __D::Float64 => {
                type $T = f64;
                $body
            }
            __D::Complex64 => {
                type $T = num_complex::Complex32;
                $body
            }
            __D::Complex128 => {
                type $T = num_complex::Complex64;
                $body
            }
            d => unreachable!("{d:?} is not a LAPACK type"),
        }
    }};
}

/// NumPy's `_commonType` for one dtype: the four LAPACK types stay, float16
/// is refused, every other type (bool, ints, bfloat16) computes in float64.
pub fn lapack_type(d: DType) -> Result<DType> {
    match d {
        DType::Float32 | DType::Float64 | DType::Complex64 | DType::Complex128 => Ok(d),
        DType::Float16 => Err(Error::dtype("array type float16 is unsupported in linalg")),
        _ => Ok(DType::Float64),
    }
}

/// `_commonType` of several arrays.
pub fn common_type(ds: &[DType]) -> Result<DType> {
    let mut t = lapack_type(ds[0])?;
    for &d in &ds[1..] {
        t = promote(t, lapack_type(d)?);
    }
    Ok(t)
}

/// The real type of a LAPACK type.
pub fn real_of(d: DType) -> DType {
    match d {
        DType::Complex64 | DType::Float32 => DType::Float32,
        _ => DType::Float64,
    }
}

/// The complex type of a LAPACK type.
pub fn complex_of(d: DType) -> DType {
    match d {
        DType::Complex64 | DType::Float32 => DType::Complex64,
        _ => DType::Complex128,
    }
}

/// `a` as `dt` (the array itself when it already is).
pub fn as_type(a: &Arc<Array>, dt: DType) -> Result<Arc<Array>> {
    if a.dtype() == dt && a.weak().is_none() {
        return Ok(a.clone());
    }
    Ok(Arc::new(a.astype(dt, CopyOrder::K, Casting::Unsafe)?))
}

/// NumPy's `_assert_stacked_2d`.
pub fn assert_stacked_2d(a: &Array) -> Result<()> {
    if a.ndim() < 2 {
        return Err(linalg_error(format!(
            "{}-dimensional array given. Array must be at least two-dimensional",
            a.ndim()
        )));
    }
    Ok(())
}

/// NumPy's `_assert_stacked_square` (after `_assert_stacked_2d`).
pub fn assert_stacked_square(a: &Array) -> Result<()> {
    assert_stacked_2d(a)?;
    let n = a.ndim();
    if a.shape()[n - 1] != a.shape()[n - 2] {
        return Err(linalg_error(
            "Last 2 dimensions of the array must be square",
        ));
    }
    Ok(())
}

/// A LAPACK dimension.
pub fn dim(n: usize) -> Result<i32> {
    i32::try_from(n).map_err(|_| Error::overflow(format!("dimension {n} is too large for LAPACK")))
}

/// The matrices of a stack `(..., rows, cols)`, possibly broadcast to a
/// larger batch shape: byte offsets of each matrix and the strides inside.
pub struct Stack {
    base: *const u8,
    /// Byte offset of each matrix from element 0, in row-major batch order.
    offsets: Vec<isize>,
    /// Rows of each matrix.
    pub rows: usize,
    /// Columns of each matrix.
    pub cols: usize,
    rs: isize,
    cs: isize,
}

// SAFETY: a Stack only reads the array it was made from (kept alive by the
// caller) and reads of one array may run concurrently.
unsafe impl Send for Stack {}
unsafe impl Sync for Stack {}

impl Stack {
    /// The stack of `a` (ndim >= 2) with its own batch shape.
    pub fn new(a: &Array) -> Stack {
        let nd = a.ndim();
        let batch = a.shape()[..nd - 2].to_vec();
        Self::broadcast(a, &batch)
    }

    /// The stack of `a` broadcast to `batch` (the caller checked that the
    /// leading axes of `a` broadcast to it).
    pub fn broadcast(a: &Array, batch: &[usize]) -> Stack {
        let nd = a.ndim();
        let lead = nd - 2;
        let mut strides = vec![0isize; batch.len()];
        for k in 0..lead {
            let j = batch.len() - lead + k;
            if a.shape()[k] != 1 {
                strides[j] = a.strides()[k];
            }
        }
        let mut offsets = Vec::with_capacity(batch.iter().product());
        crate::array::for_each_offset(batch, &strides, &mut |o| offsets.push(o));
        Stack {
            base: a.data_ptr(),
            offsets,
            rows: a.shape()[nd - 2],
            cols: a.shape()[nd - 1],
            rs: a.strides()[nd - 2],
            cs: a.strides()[nd - 1],
        }
    }

    /// Number of matrices.
    pub fn len(&self) -> usize {
        self.offsets.len()
    }

    /// True when there is no matrix.
    pub fn is_empty(&self) -> bool {
        self.offsets.is_empty()
    }

    /// Element (i, j) of matrix k.
    ///
    /// # Safety
    /// `T` is the array's element type; k, i, j are in range.
    #[inline(always)]
    pub unsafe fn at<T: Copy>(&self, k: usize, i: usize, j: usize) -> T {
        // SAFETY: A3 of the source array: the offsets come from its layout.
        let p = self
            .base
            .offset(self.offsets[k] + i as isize * self.rs + j as isize * self.cs);
        (p as *const T).read_unaligned()
    }

    /// Copies matrix k into `dst` in column-major order with leading
    /// dimension `ld` (>= rows); tiles keep both sides in cache.
    ///
    /// # Safety
    /// `T` is the array's element type.
    pub unsafe fn load<T: Copy>(&self, k: usize, dst: &mut [T], ld: usize) {
        for j0 in (0..self.cols).step_by(TILE) {
            for i0 in (0..self.rows).step_by(TILE) {
                for i in i0..(i0 + TILE).min(self.rows) {
                    for j in j0..(j0 + TILE).min(self.cols) {
                        dst[i + j * ld] = self.at(k, i, j);
                    }
                }
            }
        }
    }

    /// Matrix k as a new column-major vector.
    ///
    /// # Safety
    /// As [`Stack::load`].
    pub unsafe fn to_f<T: Copy + Default>(&self, k: usize) -> Vec<T> {
        let mut v = vec![T::default(); self.rows * self.cols];
        self.load(k, &mut v, self.rows);
        v
    }
}

/// A C-ordered output array written matrix by matrix.
pub struct Out<T> {
    /// The array.
    pub array: Array,
    ptr: *mut T,
    /// Elements per item.
    pub item: usize,
}

// SAFETY: items are disjoint ranges of a fresh buffer; each is written by
// one thread.
unsafe impl<T> Send for Out<T> {}
unsafe impl<T> Sync for Out<T> {}

impl<T: Element> Out<T> {
    /// A new zero-filled output of `batch + tail` shape.
    pub fn new(batch: &[usize], tail: &[usize]) -> Result<Out<T>> {
        Self::alloc(batch, tail, true)
    }

    /// A new output whose every item the caller writes in full (no zero
    /// fill: large fresh allocations then cost no page clearing twice).
    pub fn uninit(batch: &[usize], tail: &[usize]) -> Result<Out<T>> {
        Self::alloc(batch, tail, false)
    }

    fn alloc(batch: &[usize], tail: &[usize], zeroed: bool) -> Result<Out<T>> {
        let mut shape = batch.to_vec();
        shape.extend_from_slice(tail);
        let array = Array::alloc(T::DTYPE, &shape, Order::C, zeroed)?;
        let ptr = array.data_ptr() as *mut T;
        Ok(Out {
            array,
            ptr,
            item: tail.iter().product(),
        })
    }

    /// Item k as a mutable slice.
    ///
    /// # Safety
    /// No other live slice of item k exists.
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn item_mut(&self, k: usize) -> &mut [T] {
        // SAFETY: A3 of the fresh C-ordered array; disjoint items.
        std::slice::from_raw_parts_mut(self.ptr.add(k * self.item), self.item)
    }

    /// Writes a column-major `rows x cols` matrix (leading dimension `ld`,
    /// converted by `f`) as item k.
    ///
    /// # Safety
    /// As [`Out::item_mut`]; the item holds rows * cols elements.
    pub unsafe fn store<S: Copy>(
        &self,
        k: usize,
        src: &[S],
        rows: usize,
        cols: usize,
        ld: usize,
        f: impl Fn(S) -> T,
    ) {
        let dst = self.item_mut(k);
        // Tiles keep both the rows read and the rows written in cache.
        for i0 in (0..rows).step_by(TILE) {
            for j0 in (0..cols).step_by(TILE) {
                for j in j0..(j0 + TILE).min(cols) {
                    for i in i0..(i0 + TILE).min(rows) {
                        dst[i * cols + j] = f(src[i + j * ld]);
                    }
                }
            }
        }
    }

    /// The finished array.
    pub fn finish(self) -> Array {
        self.array
    }
}

/// The batch shape of a stack.
pub fn batch_of(a: &Array) -> &[usize] {
    &a.shape()[..a.ndim() - 2]
}

/// Broadcasts two batch shapes, or None when they do not broadcast.
pub fn broadcast_batch(a: &[usize], b: &[usize]) -> Option<Vec<usize>> {
    let n = a.len().max(b.len());
    let mut out = vec![0; n];
    for k in 0..n {
        let x = if k + a.len() >= n {
            a[k + a.len() - n]
        } else {
            1
        };
        let y = if k + b.len() >= n {
            b[k + b.len() - n]
        } else {
            1
        };
        out[k] = if x == y || y == 1 {
            x
        } else if x == 1 {
            y
        } else {
            return None;
        };
    }
    Some(out)
}

/// The complex conjugate transpose as used by the kernels that need it.
pub fn conj<T: Scalar>(x: T) -> T {
    ComplexFloat::conj(x)
}
