//! Data types: the 15 element types, their names, NumPy spellings, promotion
//! (NEP 50) and casting rules.
//!
//! The dtype is matched on in exactly one place, the [`dispatch!`] macro in
//! `element.rs`; everything else is generic over [`Element`].

mod element;
mod promote;

pub use element::{Bool, Element, Kind};
pub use promote::{can_cast, promote, promote_all, Casting};

use crate::error::{Error, Result};

/// An element type. The discriminants are the C `ndc_dtype` codes: stable and
/// append-only, 0 is invalid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum DType {
    /// Boolean stored as one byte (0 or 1).
    Bool = 1,
    /// Signed 8-bit integer.
    Int8 = 2,
    /// Signed 16-bit integer.
    Int16 = 3,
    /// Signed 32-bit integer.
    Int32 = 4,
    /// Signed 64-bit integer (NumPy's default integer on Linux).
    Int64 = 5,
    /// Unsigned 8-bit integer.
    UInt8 = 6,
    /// Unsigned 16-bit integer.
    UInt16 = 7,
    /// Unsigned 32-bit integer.
    UInt32 = 8,
    /// Unsigned 64-bit integer.
    UInt64 = 9,
    /// IEEE 754 half precision.
    Float16 = 10,
    /// Brain floating point (8-bit exponent, 7-bit mantissa), as ml_dtypes.
    BFloat16 = 11,
    /// IEEE 754 single precision.
    Float32 = 12,
    /// IEEE 754 double precision (NumPy's default float).
    Float64 = 13,
    /// Complex of two float32.
    Complex64 = 14,
    /// Complex of two float64.
    Complex128 = 15,
}

/// Every dtype in code order.
pub const ALL: [DType; 15] = [
    DType::Bool,
    DType::Int8,
    DType::Int16,
    DType::Int32,
    DType::Int64,
    DType::UInt8,
    DType::UInt16,
    DType::UInt32,
    DType::UInt64,
    DType::Float16,
    DType::BFloat16,
    DType::Float32,
    DType::Float64,
    DType::Complex64,
    DType::Complex128,
];

impl DType {
    /// The dtype for a C code, or an error naming the bad code.
    pub fn from_code(code: u32) -> Result<DType> {
        ALL.get((code as usize).wrapping_sub(1))
            .copied()
            .filter(|_| code != 0)
            .ok_or_else(|| Error::dtype(format!("invalid dtype code {code}")))
    }

    /// The C code.
    pub fn code(self) -> u32 {
        self as u32
    }

    /// Bytes per element.
    pub fn itemsize(self) -> usize {
        use DType::*;
        match self {
            Bool | Int8 | UInt8 => 1,
            Int16 | UInt16 | Float16 | BFloat16 => 2,
            Int32 | UInt32 | Float32 => 4,
            Int64 | UInt64 | Float64 | Complex64 => 8,
            Complex128 => 16,
        }
    }

    /// Required alignment of an element (NumPy's `dtype.alignment`).
    pub fn alignment(self) -> usize {
        match self {
            DType::Complex64 => 4,
            DType::Complex128 => 8,
            d => d.itemsize(),
        }
    }

    /// NumPy's `dtype.name`.
    pub fn name(self) -> &'static str {
        use DType::*;
        match self {
            Bool => "bool",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            UInt8 => "uint8",
            UInt16 => "uint16",
            UInt32 => "uint32",
            UInt64 => "uint64",
            Float16 => "float16",
            BFloat16 => "bfloat16",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
        }
    }

    /// NumPy's `dtype.kind` letter: b, i, u, f, c (bfloat16 is 'V' in
    /// ml_dtypes but behaves as a float for promotion; ndc reports 'f').
    pub fn kind(self) -> Kind {
        use DType::*;
        match self {
            Bool => Kind::Bool,
            Int8 | Int16 | Int32 | Int64 => Kind::Int,
            UInt8 | UInt16 | UInt32 | UInt64 => Kind::UInt,
            Float16 | BFloat16 | Float32 | Float64 => Kind::Float,
            Complex64 | Complex128 => Kind::Complex,
        }
    }

    /// Parses NumPy's spellings: names ("float32"), character codes ("f",
    /// "d", "?"), sized codes with an optional native/little byte-order mark
    /// ("f4", "<f4", "=i8", "|b1"), and C names ("double", "int", "short").
    pub fn parse(text: &str) -> Result<DType> {
        use DType::*;
        let t = text;
        let bad = || {
            Error::new(
                crate::error::ErrorKind::DType,
                format!("data type '{t}' not understood"),
            )
        };
        let body = match t.as_bytes().first() {
            Some(b'<' | b'=' | b'|') => &t[1..],
            Some(b'>') => {
                // Big-endian data of more than one byte is not native here.
                let rest = &t[1..];
                let d = Self::parse(rest).map_err(|_| bad())?;
                if d.itemsize() == 1 {
                    return Ok(d);
                }
                return Err(Error::new(
                    crate::error::ErrorKind::Unsupported,
                    format!("data type '{t}' is not in native byte order"),
                ));
            }
            _ => t,
        };
        let d = match body {
            "bool" | "bool_" | "?" | "b1" => Bool,
            "int8" | "i1" | "b" | "byte" => Int8,
            "int16" | "i2" | "h" | "short" => Int16,
            "int32" | "i4" | "i" | "intc" => Int32,
            "int64" | "i8" | "l" | "q" | "long" | "longlong" | "int" | "int_" | "intp" | "p" => {
                Int64
            }
            "uint8" | "u1" | "B" | "ubyte" => UInt8,
            "uint16" | "u2" | "H" | "ushort" => UInt16,
            "uint32" | "u4" | "I" | "uintc" => UInt32,
            "uint64" | "u8" | "L" | "Q" | "ulong" | "ulonglong" | "uint" | "uintp" | "P" => UInt64,
            "float16" | "f2" | "e" | "half" => Float16,
            "bfloat16" => BFloat16,
            "float32" | "f4" | "f" | "single" => Float32,
            "float64" | "f8" | "d" | "double" | "float" => Float64,
            "complex64" | "c8" | "F" | "csingle" => Complex64,
            "complex128" | "c16" | "D" | "cdouble" | "complex" => Complex128,
            _ => return Err(bad()),
        };
        Ok(d)
    }

    /// True for the dtypes NumPy does not print in an array repr
    /// (`dtype_is_implied`): int64, float64, complex128, bool.
    pub fn is_implied_in_repr(self) -> bool {
        matches!(
            self,
            DType::Int64 | DType::Float64 | DType::Complex128 | DType::Bool
        )
    }
}

impl std::fmt::Display for DType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn codes_round_trip() {
        for d in ALL {
            assert_eq!(DType::from_code(d.code()).unwrap(), d);
            assert_eq!(DType::parse(d.name()).unwrap(), d);
        }
        for bad in [0u32, 16, u32::MAX] {
            assert!(DType::from_code(bad).is_err());
        }
        assert_eq!(DType::parse("<f4").unwrap(), DType::Float32);
        assert_eq!(DType::parse("c16").unwrap(), DType::Complex128);
        assert_eq!(DType::parse("?").unwrap(), DType::Bool);
        assert_eq!(DType::parse("double").unwrap(), DType::Float64);
        assert_eq!(
            DType::parse("foo").unwrap_err().message,
            "data type 'foo' not understood"
        );
    }
}
