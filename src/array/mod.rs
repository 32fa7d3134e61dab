//! The strided N-dimensional array.

mod buffer;
pub mod convert;
pub mod create;
pub mod element;
pub mod layout;

pub use buffer::{Buffer, Deleter, ALIGN};
pub use layout::{Order, MAX_NDIM};

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use crate::dtype::DType;
use crate::error::{Error, Result};

/// NumPy's array flags, as the bits returned by `ndc_array_flags`.
pub mod flags {
    /// Row-major contiguous.
    pub const C_CONTIGUOUS: u32 = 1;
    /// Column-major contiguous.
    pub const F_CONTIGUOUS: u32 = 2;
    /// The array owns its memory (not a view, not wrapped caller memory).
    pub const OWNDATA: u32 = 4;
    /// Elements may be written.
    pub const WRITEABLE: u32 = 8;
    /// Data pointer and strides are multiples of the dtype's alignment.
    pub const ALIGNED: u32 = 16;
}

/// A strided view of typed elements in a shared buffer.
///
/// Invariants (every `unsafe` block names the one it relies on):
/// - **A1** `shape.len() == strides.len() <= MAX_NDIM`.
/// - **A2** `size * itemsize` fits in `isize` (checked at construction).
/// - **A3** when `size > 0`, every element `offset + sum(i_k * strides[k])`
///   lies with its `itemsize` bytes inside `buffer` (checked by
///   [`Array::from_parts`]).
/// - **A4** shape, strides, offset and dtype never change after
///   construction; element bytes are mutable, and so is the WRITEABLE flag
///   (NumPy's `a.flags.writeable`), an atomic.
/// - **A5** `writeable` implies the buffer may be written.
/// - **A6** `base` is the array that owns the memory when this is a view
///   (NumPy's collapsed `base`), keeping it alive with the buffer.
pub struct Array {
    buffer: Arc<Buffer>,
    shape: Vec<usize>,
    strides: Vec<isize>,
    offset: usize,
    dtype: DType,
    writeable: AtomicBool,
    owndata: bool,
    base: Option<Arc<Array>>,
    weak: Option<crate::ufunc::resolve::Weak>,
}

impl Clone for Array {
    fn clone(&self) -> Self {
        Array {
            buffer: self.buffer.clone(),
            shape: self.shape.clone(),
            strides: self.strides.clone(),
            offset: self.offset,
            dtype: self.dtype,
            writeable: AtomicBool::new(self.is_writeable()),
            owndata: self.owndata,
            base: self.base.clone(),
            weak: self.weak,
        }
    }
}

impl std::fmt::Debug for Array {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Array")
            .field("dtype", &self.dtype)
            .field("shape", &self.shape)
            .field("strides", &self.strides)
            .field("offset", &self.offset)
            .finish()
    }
}

impl Array {
    /// A new contiguous array of `shape` in `order`, zero-filled when `zeroed`
    /// (lazily, by the allocator) and uninitialised otherwise.
    pub fn alloc(dtype: DType, shape: &[usize], order: Order, zeroed: bool) -> Result<Array> {
        layout::check_ndim(shape.len())?;
        let itemsize = dtype.itemsize();
        let size = layout::checked_size(shape, itemsize)?;
        let nbytes = size * itemsize;
        let buffer = Buffer::alloc(nbytes, zeroed).map_err(|e| {
            if e.kind == crate::error::ErrorKind::NoMemory {
                Error::new(
                    e.kind,
                    format!(
                        "{} with shape {} and data type {}",
                        e.message,
                        layout::shape_tuple(shape),
                        dtype.name()
                    ),
                )
            } else {
                e
            }
        })?;
        Ok(Array {
            buffer: Arc::new(buffer),
            shape: shape.to_vec(),
            strides: layout::contiguous_strides(shape, itemsize, order),
            offset: 0,
            dtype,
            writeable: AtomicBool::new(true),
            owndata: true,
            base: None,
            weak: None,
        })
    }

    /// An array over an existing buffer, validating invariants A1-A3.
    pub fn from_parts(
        buffer: Arc<Buffer>,
        dtype: DType,
        shape: Vec<usize>,
        strides: Vec<isize>,
        offset: usize,
        writeable: bool,
    ) -> Result<Array> {
        layout::check_ndim(shape.len())?;
        if strides.len() != shape.len() {
            return Err(Error::invalid(format!(
                "strides must be the same length as shape ({} != {})",
                strides.len(),
                shape.len()
            )));
        }
        layout::checked_size(&shape, dtype.itemsize())?;
        let buffer_writable = buffer.is_writable();
        if let Some((lo, hi)) = layout::byte_extent(&shape, &strides, dtype.itemsize()) {
            if offset as i128 + lo < 0 || offset as i128 + hi > buffer.len() as i128 {
                return Err(Error::invalid(
                    "strides are incompatible with shape of requested array and size of buffer",
                ));
            }
        }
        Ok(Array {
            buffer,
            shape,
            strides,
            offset,
            dtype,
            writeable: AtomicBool::new(writeable && buffer_writable),
            owndata: false,
            base: None,
            weak: None,
        })
    }

    /// A view of `self`'s memory with another layout. The caller has checked
    /// that the new layout stays inside the buffer (A3).
    pub(crate) fn view_unchecked(
        self: &Arc<Self>,
        shape: Vec<usize>,
        strides: Vec<isize>,
        offset: usize,
        dtype: DType,
    ) -> Array {
        Array {
            buffer: self.buffer.clone(),
            shape,
            strides,
            offset,
            dtype,
            writeable: AtomicBool::new(self.is_writeable()),
            owndata: false,
            base: Some(self.base.clone().unwrap_or_else(|| self.clone())),
            weak: None,
        }
    }

    /// A view of the whole array (NumPy's `a.view()`).
    pub fn view(self: &Arc<Self>) -> Array {
        self.view_unchecked(
            self.shape.clone(),
            self.strides.clone(),
            self.offset,
            self.dtype,
        )
    }

    /// Sets NumPy's WRITEABLE flag. Clearing always works; setting needs
    /// writable memory and a writeable base (A5), else NumPy's error.
    pub fn set_writeable(&self, writeable: bool) -> Result<()> {
        if writeable {
            let base_ok =
                self.buffer.is_writable() && self.base.as_ref().is_none_or(|b| b.is_writeable());
            if !base_ok {
                return Err(Error::new(
                    crate::error::ErrorKind::ReadOnly,
                    "cannot set WRITEABLE flag to True of this array",
                ));
            }
        }
        self.writeable.store(writeable, Ordering::Release);
        Ok(())
    }

    /// Marks a 0-d array as a Python-style ("weak") scalar for NEP 50
    /// promotion: it takes its dtype from the other operands of a ufunc.
    pub fn into_weak(mut self, w: crate::ufunc::resolve::Weak) -> Array {
        self.weak = Some(w);
        self
    }

    /// The weak-scalar kind, if this is a weak scalar.
    pub fn weak(&self) -> Option<crate::ufunc::resolve::Weak> {
        self.weak
    }

    /// Element type.
    pub fn dtype(&self) -> DType {
        self.dtype
    }
    /// Dimensions.
    pub fn shape(&self) -> &[usize] {
        &self.shape
    }
    /// Byte strides.
    pub fn strides(&self) -> &[isize] {
        &self.strides
    }
    /// Number of dimensions.
    pub fn ndim(&self) -> usize {
        self.shape.len()
    }
    /// Number of elements.
    pub fn size(&self) -> usize {
        self.shape.iter().product()
    }
    /// Bytes per element.
    pub fn itemsize(&self) -> usize {
        self.dtype.itemsize()
    }
    /// `size * itemsize`.
    pub fn nbytes(&self) -> usize {
        self.size() * self.itemsize()
    }
    /// True when elements may be written.
    pub fn is_writeable(&self) -> bool {
        self.writeable.load(Ordering::Acquire)
    }
    /// Byte offset of element 0 in the buffer.
    pub fn offset(&self) -> usize {
        self.offset
    }
    /// The shared buffer.
    pub fn buffer(&self) -> &Arc<Buffer> {
        &self.buffer
    }
    /// The array owning the memory, for views.
    pub fn base(&self) -> Option<&Arc<Array>> {
        self.base.as_ref()
    }
    /// Address of element 0.
    pub fn data_ptr(&self) -> *mut u8 {
        // The offset is inside the buffer by A3 (or the array is empty);
        // wrapping_add keeps this free of UB either way.
        self.buffer.ptr().wrapping_add(self.offset)
    }
    /// Row-major contiguity (NumPy's rule).
    pub fn is_c_contiguous(&self) -> bool {
        layout::is_c_contiguous(&self.shape, &self.strides, self.itemsize())
    }
    /// Column-major contiguity (NumPy's rule).
    pub fn is_f_contiguous(&self) -> bool {
        layout::is_f_contiguous(&self.shape, &self.strides, self.itemsize())
    }
    /// NumPy's flag bits (see [`flags`]).
    pub fn flags(&self) -> u32 {
        let mut f = 0;
        if self.is_c_contiguous() {
            f |= flags::C_CONTIGUOUS;
        }
        if self.is_f_contiguous() {
            f |= flags::F_CONTIGUOUS;
        }
        if self.owndata {
            f |= flags::OWNDATA;
        }
        if self.is_writeable() {
            f |= flags::WRITEABLE;
        }
        if layout::is_aligned(
            self.data_ptr() as usize,
            &self.shape,
            &self.strides,
            self.dtype.alignment(),
        ) {
            f |= flags::ALIGNED;
        }
        f
    }

    /// Errors unless the array is writeable.
    pub fn check_writeable(&self) -> Result<()> {
        if self.is_writeable() {
            Ok(())
        } else {
            Err(Error::readonly())
        }
    }

    /// Byte offset (from element 0) of the element at a multi-index, with
    /// negative indices counted from the end and NumPy's errors.
    pub fn index_offset(&self, index: &[i64]) -> Result<isize> {
        let kind = crate::error::ErrorKind::Index;
        if index.len() > self.ndim() {
            return Err(Error::new(
                kind,
                format!(
                    "too many indices for array: array is {}-dimensional, but {} were indexed",
                    self.ndim(),
                    index.len()
                ),
            ));
        }
        if index.len() < self.ndim() {
            return Err(Error::new(
                kind,
                format!(
                    "an index must be given for each of the {} dimensions, got {}",
                    self.ndim(),
                    index.len()
                ),
            ));
        }
        let mut off = 0isize;
        for (axis, ((&i, &d), &s)) in index.iter().zip(&self.shape).zip(&self.strides).enumerate() {
            let j = if i < 0 { i.wrapping_add(d as i64) } else { i };
            if j < 0 || j >= d as i64 {
                return Err(Error::index_out_of_bounds(i, axis, d));
            }
            off += j as isize * s;
        }
        Ok(off)
    }

    /// Calls `f` with the byte offset (from element 0) of every element, in
    /// row-major logical order.
    pub fn for_each_offset(&self, mut f: impl FnMut(isize)) {
        for_each_offset(&self.shape, &self.strides, &mut f);
    }
}

/// Visits every element offset of a strided layout in row-major order; the
/// innermost axis is a tight loop.
pub fn for_each_offset(shape: &[usize], strides: &[isize], f: &mut impl FnMut(isize)) {
    if shape.contains(&0) {
        return;
    }
    let nd = shape.len();
    if nd == 0 {
        f(0);
        return;
    }
    let (inner_n, inner_s) = (shape[nd - 1], strides[nd - 1]);
    let mut idx = vec![0usize; nd - 1];
    let mut base = 0isize;
    loop {
        let mut o = base;
        for _ in 0..inner_n {
            f(o);
            o += inner_s;
        }
        // Advance the outer odometer.
        let mut k = nd - 1;
        loop {
            if k == 0 {
                return;
            }
            k -= 1;
            idx[k] += 1;
            base += strides[k];
            if idx[k] < shape[k] {
                break;
            }
            base -= strides[k] * shape[k] as isize;
            idx[k] = 0;
        }
    }
}
