//! Scattering functions that address the flattened (row-major) array:
//! `np.put`, `np.place` and `np.putmask`. Flat positions become byte
//! offsets through the array's own strides, so non-contiguous targets are
//! written in place.

use super::kernels::scatter_offsets;
use super::take::ClipMode;
use crate::array::convert::{check_cast, CopyOrder};
use crate::array::Array;
use crate::dtype::{Casting, DType};
use crate::error::{Error, ErrorKind, Result};

/// Byte offset (from element 0) of row-major flat position `j` of `a`.
struct FlatOffsets {
    /// `(len, byte stride)` per axis, innermost last.
    axes: Vec<(usize, isize)>,
    /// Item size when `a` is C-contiguous (offsets are `j * item`).
    contiguous: Option<isize>,
}

impl FlatOffsets {
    fn new(a: &Array) -> FlatOffsets {
        FlatOffsets {
            axes: a
                .shape()
                .iter()
                .copied()
                .zip(a.strides().iter().copied())
                .collect(),
            contiguous: a.is_c_contiguous().then_some(a.itemsize() as isize),
        }
    }
    #[inline]
    fn of(&self, mut j: usize) -> isize {
        if let Some(item) = self.contiguous {
            return j as isize * item;
        }
        let mut off = 0isize;
        for &(n, s) in self.axes.iter().rev() {
            off += (j % n) as isize * s;
            j /= n;
        }
        off
    }
}

/// `values` cast to `dtype` (under `casting`) and flattened to a C-ordered
/// array.
fn flat_values(values: &Array, dtype: DType, casting: Casting) -> Result<Array> {
    check_cast(values.dtype(), dtype, casting)?;
    if values.dtype() == dtype && values.is_c_contiguous() {
        return Ok(values.clone());
    }
    values.astype(dtype, CopyOrder::C, Casting::Unsafe)
}

/// Writes `vals[k % nv]` at `offs[k]` (values cycle as NumPy's put).
fn write_cycled(a: &Array, offs: &[isize], vals: &Array) {
    let item = a.itemsize();
    let nv = vals.size();
    let mut start = 0;
    while start < offs.len() {
        let end = (start + nv).min(offs.len());
        // SAFETY: offsets are in-range positions of the writeable `a`
        // (checked by the callers); `vals` is C-contiguous with nv elements.
        unsafe { scatter_offsets(vals.data_ptr(), item, &offs[start..end], a.data_ptr(), item) };
        start = end;
    }
}

/// `np.put(a, ind, v, mode)`: `a.flat[ind[k]] = v.flat[k % len(v)]` for
/// every k, in order (the last write wins). Indices are cast to int64 under
/// safe rules; values under unsafe rules, as NumPy. An empty `v` does
/// nothing.
pub fn put(a: &Array, ind: &Array, v: &Array, mode: ClipMode) -> Result<()> {
    if !a.is_writeable() {
        return Err(Error::new(
            ErrorKind::ReadOnly,
            "put: output array is read-only",
        ));
    }
    check_cast(ind.dtype(), DType::Int64, Casting::Safe)?;
    let idx = if ind.dtype() == DType::Bool {
        std::borrow::Cow::Owned(ind.to_vec::<i64>())
    } else {
        super::advanced::int_values(ind)?
    };
    let vals = flat_values(v, a.dtype(), Casting::Unsafe)?;
    if vals.size() == 0 || idx.is_empty() {
        return Ok(());
    }
    let n = a.size();
    if n == 0 {
        return Err(super::index_error(
            "cannot replace elements of an empty array",
        ));
    }
    let map = |i: i64| match mode {
        ClipMode::Raise => super::kernels::norm_index(i, n, 0),
        m => Ok(m.apply(i, n).expect("wrap and clip always give an index") as usize),
    };
    if a.is_c_contiguous() {
        // SAFETY: `map` gives positions below n = a.size() of the
        // C-contiguous writeable `a` (A3); `vals` is C-contiguous, non-empty.
        return unsafe {
            super::kernels::put_contiguous(
                a.data_ptr(),
                &idx,
                vals.data_ptr(),
                vals.size(),
                a.itemsize(),
                map,
            )
        };
    }
    // Element by element through the strides, stopping at the first bad
    // index with the earlier writes done, as NumPy.
    let flat = FlatOffsets::new(a);
    let (item, nv) = (a.itemsize(), vals.size());
    for (k, &i) in idx.iter().enumerate() {
        let j = map(i)?;
        // SAFETY: j < a.size(), so flat.of(j) is an element of the
        // writeable `a` (A3); the value index is below nv.
        unsafe {
            std::ptr::copy_nonoverlapping(
                vals.data_ptr().add((k % nv) * item),
                a.data_ptr().offset(flat.of(j)),
                item,
            )
        };
    }
    Ok(())
}

/// The flat positions where `mask` (any dtype, non-zero is true) is true,
/// after NumPy's same-size check naming `func`.
fn mask_positions(a: &Array, mask: &Array, func: &str) -> Result<Vec<usize>> {
    if mask.size() != a.size() {
        return Err(Error::invalid(format!(
            "{func}: mask and data must be the same size"
        )));
    }
    let m = mask.to_vec::<crate::dtype::Bool>();
    Ok(m.iter()
        .enumerate()
        .filter(|(_, b)| b.get())
        .map(|(k, _)| k)
        .collect())
}

/// `np.place(arr, mask, vals)`: the k-th true position of `mask` (same
/// size as `arr`, row-major) receives `vals.flat[k % len(vals)]`. Values
/// are cast under safe rules; an empty `vals` fails when any mask entry is
/// true.
pub fn place(arr: &Array, mask: &Array, vals: &Array) -> Result<()> {
    if !arr.is_writeable() {
        return Err(Error::new(
            ErrorKind::ReadOnly,
            "WRITEBACKIFCOPY base is read-only",
        ));
    }
    let pos = mask_positions(arr, mask, "place")?;
    let v = flat_values(vals, arr.dtype(), Casting::Safe)?;
    if pos.is_empty() {
        return Ok(());
    }
    if v.size() == 0 {
        return Err(Error::invalid("Cannot insert from an empty array!"));
    }
    let flat = FlatOffsets::new(arr);
    let offs: Vec<isize> = pos.iter().map(|&j| flat.of(j)).collect();
    write_cycled(arr, &offs, &v);
    Ok(())
}

/// `np.putmask(a, mask, values)`: `a.flat[i] = values.flat[i % len(values)]`
/// wherever `mask.flat[i]` is true (the value index is the position in `a`,
/// not the count of trues as in `place`). Values are cast under safe rules;
/// an empty `values` does nothing.
pub fn putmask(a: &Array, mask: &Array, values: &Array) -> Result<()> {
    if !a.is_writeable() {
        return Err(Error::new(
            ErrorKind::ReadOnly,
            "putmask: output array is read-only",
        ));
    }
    let pos = mask_positions(a, mask, "putmask")?;
    let v = flat_values(values, a.dtype(), Casting::Safe)?;
    let nv = v.size();
    if nv == 0 || pos.is_empty() {
        return Ok(());
    }
    let flat = FlatOffsets::new(a);
    let item = a.itemsize();
    for &j in &pos {
        // SAFETY: j < a.size() (mask has a's size); the value index is
        // below nv of the C-contiguous `v`.
        unsafe {
            std::ptr::copy_nonoverlapping(
                v.data_ptr().add((j % nv) * item),
                a.data_ptr().offset(flat.of(j)),
                item,
            )
        };
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::array::Order;
    #[test]
    fn flat_offsets_of_a_transposed_array() {
        let a = std::sync::Arc::new(Array::arange_int(0, 6, 1, DType::Int64).unwrap());
        let m = std::sync::Arc::new(crate::manip::shape::reshape(&a, &[2, 3], Order::C).unwrap());
        let t = crate::manip::shape::transpose(&m, None).unwrap();
        let f = FlatOffsets::new(&t);
        // t = [[0, 3], [1, 4], [2, 5]]: flat position 3 is t[1, 1] = 4.
        assert_eq!(f.of(3), 4 * 8);
    }
}
