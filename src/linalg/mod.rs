//! Linear algebra: matrix products on the system BLAS with native kernels
//! for the types and sizes BLAS does not serve.

pub mod elementwise;
pub mod kernel;
pub mod matmul;
pub mod products;
