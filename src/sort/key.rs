//! NumPy's sort order for every element type, as a trait.
//!
//! Integers and bool sort by value. Floats sort by value with every nan
//! last and `-0.0 == 0.0` (NumPy's `a < b || (b != b && a == a)`).
//! Complex numbers sort lexicographically (real, then imaginary part) with
//! NumPy's nan rules: `R + Rj < R + nanj < nan + Rj < nan + nanj`.
//!
//! Types of at most 64 bits also have a radix key: an unsigned integer whose
//! order is the sort order (equal values get equal keys), so a stable LSD
//! radix sort on it is NumPy's stable sort.

use std::cmp::Ordering;

use half::{bf16, f16};
use num_complex::{Complex32, Complex64};

use crate::dtype::{Bool, Element};

/// What sorting, searching and selection need of an element type.
pub trait SortKey: Element {
    /// Bytes of the radix key; 0 when the type sorts by comparison only.
    const KEY_BYTES: u32;
    /// The radix key: `a < b` in NumPy's order iff `key(a) < key(b)`, and
    /// values NumPy treats as equal (`-0.0`, `0.0`; all nans) share a key.
    fn key(self) -> u64;
    /// NumPy's `LT(a, b)` of its sort kernels.
    fn lt(a: Self, b: Self) -> bool;
    /// True for a nan (or a complex with a nan part).
    fn is_nan(self) -> bool {
        false
    }
    /// Value equality (`==`: nan differs from everything).
    fn same(a: Self, b: Self) -> bool;
    /// `-0.0` (whose key is that of `0.0`).
    fn is_negative_zero(self) -> bool {
        false
    }
    /// The value of a key, for keys of values that are not nan or `-0.0`.
    fn from_key(k: u64) -> Self;
    /// `lt` for operands known not to be nan.
    #[inline]
    fn fast_lt(a: Self, b: Self) -> bool {
        Self::lt(a, b)
    }
    /// The total order `lt` induces, for the standard library's sorts.
    #[inline]
    fn order(a: &Self, b: &Self) -> Ordering {
        if Self::lt(*a, *b) {
            Ordering::Less
        } else if Self::lt(*b, *a) {
            Ordering::Greater
        } else {
            Ordering::Equal
        }
    }
}

impl SortKey for Bool {
    const KEY_BYTES: u32 = 1;
    #[inline]
    fn key(self) -> u64 {
        self.get() as u64
    }
    #[inline]
    fn lt(a: Self, b: Self) -> bool {
        !a.get() & b.get()
    }
    #[inline]
    fn same(a: Self, b: Self) -> bool {
        a.get() == b.get()
    }
    fn from_key(k: u64) -> Self {
        Bool(k as u8)
    }
}

macro_rules! int_key {
    ($($t:ty => $u:ty),*) => {$(
        impl SortKey for $t {
            const KEY_BYTES: u32 = std::mem::size_of::<$t>() as u32;
            /// Flipping the sign bit maps two's complement order onto
            /// unsigned order (a no-op for unsigned types).
            #[inline]
            fn key(self) -> u64 {
                ((self as $u) ^ (<$t>::MIN as $u)) as u64
            }
            #[inline]
            fn lt(a: Self, b: Self) -> bool {
                a < b
            }
            #[inline]
            fn same(a: Self, b: Self) -> bool {
                a == b
            }
            #[inline]
            fn from_key(k: u64) -> Self {
                ((k as $u) ^ (<$t>::MIN as $u)) as $t
            }
        }
    )*};
}
int_key!(i8 => u8, i16 => u16, i32 => u32, i64 => u64, u8 => u8, u16 => u16, u32 => u32, u64 => u64);

/// The radix key of an IEEE-style float given its bits: negative values
/// have all bits flipped, non-negative ones the sign bit set, so unsigned
/// order is numeric order; `-0.0` maps to `+0.0` and every nan to the
/// largest key.
#[inline]
fn float_key(bits: u64, width: u32, nan: bool) -> u64 {
    let sign = 1u64 << (width - 1);
    let mask = if width == 64 {
        u64::MAX
    } else {
        (1u64 << width) - 1
    };
    if nan {
        return mask;
    }
    let bits = if bits == sign { 0 } else { bits };
    if bits & sign != 0 {
        !bits & mask
    } else {
        bits | sign
    }
}

macro_rules! float_key {
    ($($t:ty, $bits:ty, $to_bits:expr, $from_bits:expr);*) => {$(
        impl SortKey for $t {
            const KEY_BYTES: u32 = std::mem::size_of::<$t>() as u32;
            #[inline]
            fn key(self) -> u64 {
                #[allow(clippy::redundant_closure_call)]
                let b: $bits = ($to_bits)(self);
                float_key(b as u64, 8 * Self::KEY_BYTES, self.is_nan())
            }
            #[inline]
            fn lt(a: Self, b: Self) -> bool {
                a < b || (b.is_nan() && !a.is_nan())
            }
            #[inline]
            fn is_nan(self) -> bool {
                self.is_nan()
            }
            #[inline]
            fn same(a: Self, b: Self) -> bool {
                a == b
            }
            #[inline]
            fn is_negative_zero(self) -> bool {
                self == Self::default() && self.is_sign_negative()
            }
            #[inline]
            fn from_key(k: u64) -> Self {
                let sign = 1u64 << (8 * Self::KEY_BYTES - 1);
                let mask = sign | (sign - 1);
                let bits = if k & sign != 0 { k ^ sign } else { !k & mask };
                #[allow(clippy::redundant_closure_call)]
                ($from_bits)(bits as $bits)
            }
            #[inline]
            fn fast_lt(a: Self, b: Self) -> bool {
                a < b
            }
        }
    )*};
}
float_key!(
    f64, u64, |x: f64| x.to_bits(), f64::from_bits;
    f32, u32, |x: f32| x.to_bits(), f32::from_bits;
    f16, u16, |x: f16| x.to_bits(), f16::from_bits;
    bf16, u16, |x: bf16| x.to_bits(), bf16::from_bits
);

macro_rules! complex_key {
    ($($t:ty),*) => {$(
        impl SortKey for $t {
            const KEY_BYTES: u32 = 0;
            fn key(self) -> u64 {
                0
            }
            /// NumPy's complex `LT` (npysort): lexicographic, nans last in
            /// each part, a nan real part after any nan imaginary part.
            #[inline]
            fn lt(a: Self, b: Self) -> bool {
                let (ar, ai, br, bi) = (a.re, a.im, b.re, b.im);
                if ar < br {
                    !ai.is_nan() || bi.is_nan()
                } else if ar > br {
                    bi.is_nan() && !ai.is_nan()
                } else if ar == br || (ar.is_nan() && br.is_nan()) {
                    ai < bi || (bi.is_nan() && !ai.is_nan())
                } else {
                    br.is_nan()
                }
            }
            #[inline]
            fn is_nan(self) -> bool {
                self.re.is_nan() || self.im.is_nan()
            }
            #[inline]
            fn same(a: Self, b: Self) -> bool {
                a == b
            }
            fn from_key(_: u64) -> Self {
                unreachable!("complex values have no radix key")
            }
        }
    )*};
}
complex_key!(Complex32, Complex64);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_keys_order_values() {
        let v = [
            f64::NEG_INFINITY,
            -2.5,
            -1e-300,
            0.0,
            1e-300,
            3.0,
            f64::INFINITY,
        ];
        for w in v.windows(2) {
            assert!(w[0].key() < w[1].key(), "{w:?}");
        }
        assert_eq!((-0.0f64).key(), 0.0f64.key());
        assert_eq!(f64::NAN.key(), (-f64::NAN).key());
        assert!(f64::INFINITY.key() < f64::NAN.key());
        assert!(f32::INFINITY.key() < f32::NAN.key());
        assert!((-1.0f32).key() < (-0.5f32).key());
        assert!(f16::from_f32(-1.0).key() < f16::from_f32(0.5).key());
        assert!((-3i16).key() < 2i16.key());
    }

    #[test]
    fn complex_order_puts_nans_last() {
        let n = f64::NAN;
        let v = [
            Complex64::new(1.0, 2.0),
            Complex64::new(1.0, n),
            Complex64::new(n, 0.0),
            Complex64::new(n, n),
        ];
        for i in 0..4 {
            for j in 0..4 {
                assert_eq!(Complex64::lt(v[i], v[j]), i < j, "{i} {j}");
            }
        }
    }
}
