//! Errors: one enum for the whole crate, mapped to the stable C status codes.
//!
//! Messages follow NumPy's wording so that a C user sees the text a Python
//! user would see in the `ValueError`/`IndexError`/... of the same call.

use std::fmt;

/// The category of an error. The numeric values are the C status codes and are
/// append-only (see `capi::status`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(i32)]
pub enum ErrorKind {
    /// An argument has a value the function does not accept.
    InvalidArgument = 1,
    /// A required pointer was NULL.
    NullPointer = 2,
    /// A dtype code is invalid or a dtype is not supported by the operation.
    DType = 3,
    /// Shapes are invalid or incompatible.
    Shape = 4,
    /// An index is out of range.
    Index = 5,
    /// A write was attempted into a read-only array.
    ReadOnly = 6,
    /// Memory could not be allocated.
    NoMemory = 7,
    /// A file or stream operation failed.
    Io = 8,
    /// A linear-algebra routine failed (singular matrix, no convergence...).
    Linalg = 9,
    /// The operation is not implemented for these arguments.
    NotImplemented = 10,
    /// The operation is not supported on this build or platform.
    Unsupported = 11,
    /// A library version mismatch.
    Version = 12,
    /// A size computation overflowed.
    Overflow = 13,
    /// A bug in ndc (an internal invariant failed or a panic was caught).
    Internal = 14,
}

/// An error with its category and a NumPy-style message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// The category, which becomes the C status code.
    pub kind: ErrorKind,
    /// The human-readable message.
    pub message: String,
}

/// Crate-wide result type.
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// Builds an error of `kind` with `message`.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
        }
    }
    /// An invalid-argument error.
    pub fn invalid(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::InvalidArgument, message)
    }
    /// A shape error.
    pub fn shape(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Shape, message)
    }
    /// A dtype error.
    pub fn dtype(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::DType, message)
    }
    /// A size-overflow error.
    pub fn overflow(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Overflow, message)
    }
    /// NumPy's out-of-bounds text for `index` on `axis` of length `size`.
    pub fn index_out_of_bounds(index: i64, axis: usize, size: usize) -> Self {
        Self::new(
            ErrorKind::Index,
            format!("index {index} is out of bounds for axis {axis} with size {size}"),
        )
    }
    /// The error for writing into a read-only array.
    pub fn readonly() -> Self {
        Self::new(ErrorKind::ReadOnly, "assignment destination is read-only")
    }
    /// An allocation failure of `nbytes`.
    pub fn nomem(nbytes: usize) -> Self {
        Self::new(
            ErrorKind::NoMemory,
            format!("Unable to allocate {} for an array", human_bytes(nbytes)),
        )
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// NumPy's `_ArrayMemoryError` size text: "7.28 PiB", "800. MiB".
fn human_bytes(n: usize) -> String {
    const UNITS: [&str; 7] = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];
    if n < 1024 {
        return format!("{n} bytes");
    }
    let mut v = n as f64;
    let mut unit = 0;
    while v >= 1024.0 && unit < UNITS.len() - 1 {
        v /= 1024.0;
        unit += 1;
    }
    // NumPy prints three significant digits.
    let s = if v >= 100.0 {
        format!("{:.0}.", v)
    } else if v >= 10.0 {
        format!("{:.1}", v)
    } else {
        format!("{:.2}", v)
    };
    format!("{s} {}", UNITS[unit])
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn bytes_text() {
        assert_eq!(human_bytes(12), "12 bytes");
        assert_eq!(human_bytes(8_000_000_000_000_000), "7.11 PiB");
        assert_eq!(human_bytes(800 * 1024 * 1024), "800. MiB");
    }
}
