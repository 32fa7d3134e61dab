//! Reading and writing single elements by multi-index, with casting.

use super::Array;
use crate::dispatch;
use crate::dtype::Element;
use crate::error::Result;

impl Array {
    /// Reads the element at `index` converted to `T` (NumPy's unsafe cast,
    /// as `a.item()` followed by a C conversion).
    pub fn get<T: Element>(&self, index: &[i64]) -> Result<T> {
        let off = self.index_offset(index)?;
        let p = self.data_ptr().wrapping_offset(off);
        // SAFETY: A3 — `off` is the offset of an in-range element, so its
        // bytes lie inside the buffer; read_unaligned tolerates any address.
        Ok(dispatch!(self.dtype(), S => T::cast_from(unsafe { (p as *const S).read_unaligned() })))
    }

    /// Writes `value` converted to the array's dtype at `index`.
    pub fn set<T: Element>(&self, index: &[i64], value: T) -> Result<()> {
        self.check_writeable()?;
        let off = self.index_offset(index)?;
        let p = self.data_ptr().wrapping_offset(off);
        // SAFETY: A3 as in `get`; A5 — the array is writeable.
        dispatch!(self.dtype(), D => unsafe { (p as *mut D).write_unaligned(D::cast_from(value)) });
        Ok(())
    }

    /// Copies the raw bytes of the element at `index` into `out`
    /// (`out.len() == itemsize`).
    pub fn get_bytes(&self, index: &[i64], out: &mut [u8]) -> Result<()> {
        let off = self.index_offset(index)?;
        let p = self.data_ptr().wrapping_offset(off);
        // SAFETY: A3; `out` has itemsize bytes (checked by the caller).
        unsafe { std::ptr::copy_nonoverlapping(p, out.as_mut_ptr(), self.itemsize()) };
        Ok(())
    }

    /// Writes raw element bytes at `index`.
    pub fn set_bytes(&self, index: &[i64], bytes: &[u8]) -> Result<()> {
        self.check_writeable()?;
        let off = self.index_offset(index)?;
        let p = self.data_ptr().wrapping_offset(off);
        // SAFETY: A3, A5; `bytes` has itemsize bytes (checked by the caller).
        unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), p, self.itemsize()) };
        Ok(())
    }

    /// Reads every element, in row-major order, converted to `T`.
    pub fn to_vec<T: Element>(&self) -> Vec<T> {
        let mut out = Vec::with_capacity(self.size());
        let base = self.data_ptr();
        dispatch!(self.dtype(), S => self.for_each_offset(|o| {
            // SAFETY: A3 — for_each_offset yields in-range element offsets.
            out.push(T::cast_from(unsafe { (base.wrapping_offset(o) as *const S).read_unaligned() }))
        }));
        out
    }
}
