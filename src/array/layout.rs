//! Shapes and byte strides: sizes with overflow checks, contiguous strides,
//! NumPy's contiguity flags, and the byte extent a strided layout reaches.

use crate::error::{Error, Result};

/// NumPy's limit on the number of dimensions.
pub const MAX_NDIM: usize = 64;

/// Memory order of a new array.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    /// Row-major.
    C,
    /// Column-major.
    F,
}

/// Validates a C shape (int64 dimensions): ndim limit and no negative sizes.
pub fn shape_from_i64(dims: &[i64]) -> Result<Vec<usize>> {
    check_ndim(dims.len())?;
    dims.iter()
        .map(|&d| {
            usize::try_from(d).map_err(|_| Error::invalid("negative dimensions are not allowed"))
        })
        .collect()
}

/// Errors when `ndim` exceeds [`MAX_NDIM`], with NumPy's text.
pub fn check_ndim(ndim: usize) -> Result<()> {
    if ndim > MAX_NDIM {
        return Err(Error::invalid(format!(
            "maximum supported dimension for an ndarray is currently {MAX_NDIM}, found {ndim}"
        )));
    }
    Ok(())
}

fn too_big() -> Error {
    Error::overflow(
        "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.",
    )
}

/// Number of elements, checked; also checks that `size * itemsize` fits in
/// an `isize` (NumPy's "array is too big").
pub fn checked_size(shape: &[usize], itemsize: usize) -> Result<usize> {
    // NumPy checks the product ignoring zeros first, so (0, 2**62, 2**62) is
    // still too big.
    let mut nonzero: usize = 1;
    let mut has_zero = false;
    for &d in shape {
        if d == 0 {
            has_zero = true;
        } else {
            nonzero = nonzero.checked_mul(d).ok_or_else(too_big)?;
        }
    }
    let bytes = nonzero.checked_mul(itemsize.max(1)).ok_or_else(too_big)?;
    if bytes > isize::MAX as usize {
        return Err(too_big());
    }
    Ok(if has_zero { 0 } else { nonzero })
}

/// Byte strides of a contiguous array of `shape` in `order`.
/// An array with no elements gets all-zero strides, as NumPy 2.
pub fn contiguous_strides(shape: &[usize], itemsize: usize, order: Order) -> Vec<isize> {
    let mut strides = vec![0isize; shape.len()];
    if shape.contains(&0) {
        return strides;
    }
    let mut acc = itemsize as isize;
    let mut set = |i: usize| {
        strides[i] = acc;
        acc = acc.wrapping_mul(shape[i].max(1) as isize);
    };
    match order {
        Order::C => (0..shape.len()).rev().for_each(&mut set),
        Order::F => (0..shape.len()).for_each(&mut set),
    }
    strides
}

/// NumPy's C_CONTIGUOUS rule: axes of length 1 are ignored, any 0-size array
/// is contiguous.
pub fn is_c_contiguous(shape: &[usize], strides: &[isize], itemsize: usize) -> bool {
    contiguous_in(shape.iter().zip(strides).rev(), itemsize)
}

/// NumPy's F_CONTIGUOUS rule.
pub fn is_f_contiguous(shape: &[usize], strides: &[isize], itemsize: usize) -> bool {
    contiguous_in(shape.iter().zip(strides), itemsize)
}

fn contiguous_in<'a>(
    axes: impl Iterator<Item = (&'a usize, &'a isize)> + Clone,
    itemsize: usize,
) -> bool {
    if axes.clone().any(|(&d, _)| d == 0) {
        return true;
    }
    let mut expected = itemsize as isize;
    for (&d, &s) in axes {
        if d != 1 {
            if s != expected {
                return false;
            }
            expected *= d as isize;
        }
    }
    true
}

/// NumPy's ALIGNED rule: the data address and every stride of an axis longer
/// than 1 are multiples of `alignment`; a 0-size array is aligned.
pub fn is_aligned(addr: usize, shape: &[usize], strides: &[isize], alignment: usize) -> bool {
    let mut bits = addr;
    for (&d, &s) in shape.iter().zip(strides) {
        if d == 0 {
            return true;
        }
        if d > 1 {
            bits |= s as usize;
        }
    }
    bits.is_multiple_of(alignment)
}

/// The lowest and one-past-highest byte offsets (relative to element 0) that
/// a layout touches; `None` for a 0-size layout or on overflow.
pub fn byte_extent(shape: &[usize], strides: &[isize], itemsize: usize) -> Option<(i128, i128)> {
    if shape.contains(&0) {
        return None;
    }
    let mut lo: i128 = 0;
    let mut hi: i128 = itemsize as i128;
    for (&d, &s) in shape.iter().zip(strides) {
        let span = (d as i128 - 1) * s as i128;
        if span < 0 {
            lo += span;
        } else {
            hi += span;
        }
    }
    Some((lo, hi))
}

/// Formats a shape as Python prints a tuple: `(3, 4)`, `(5,)`, `()`.
pub fn shape_tuple(shape: &[usize]) -> String {
    match shape {
        [] => "()".to_string(),
        [d] => format!("({d},)"),
        _ => {
            let parts: Vec<String> = shape.iter().map(|d| d.to_string()).collect();
            format!("({})", parts.join(", "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn flags_follow_numpy() {
        assert!(is_c_contiguous(&[3, 4], &[32, 8], 8));
        assert!(!is_f_contiguous(&[3, 4], &[32, 8], 8));
        assert!(is_c_contiguous(&[3, 1], &[8, 100], 8));
        assert!(is_f_contiguous(&[3, 1], &[8, 100], 8));
        assert!(is_c_contiguous(&[0, 4], &[3, 5], 8));
        assert_eq!(contiguous_strides(&[2, 3, 4], 8, Order::F), vec![8, 16, 48]);
        assert_eq!(byte_extent(&[3], &[-8], 8), Some((-16, 8)));
        assert_eq!(shape_tuple(&[5]), "(5,)");
        assert!(checked_size(&[1 << 40, 1 << 40], 8).is_err());
    }
}
