//! # ndc — NumPy's array model as a C library
//!
//! A strided N-dimensional array core ([`array::Array`]) with NumPy's dtypes,
//! promotion and casting rules ([`dtype`]), printing ([`print`]), behind a
//! stable C ABI ([`capi`], exported as `libndc.so` with `include/ndc.h`).
//!
//! The invariants of an array are listed, numbered, on [`array::Array`];
//! every `unsafe` block names the one it relies on.

#![warn(missing_docs)]

// Link the system OpenBLAS (cblas) so the shared library carries its
// DT_NEEDED entry.
use openblas_src as _;

pub mod array;
pub mod blas;
pub mod capi;
pub mod dtype;
pub mod error;
pub mod index;
pub mod iter;
pub mod linalg;
pub mod manip;
pub mod print;
pub mod reduce;
pub mod sort;
pub mod threads;
pub mod ufunc;

pub use array::Array;
pub use dtype::DType;
pub use error::{Error, ErrorKind, Result};
