//! Linear algebra: matrix products on the system BLAS with native kernels
//! for the types and sizes BLAS does not serve, and numpy.linalg's
//! decompositions and solvers on the system LAPACK.

pub mod batch;
pub mod cholesky;
pub mod det;
pub mod eig;
pub mod elementwise;
pub mod gemm;
pub mod kernel;
pub mod lapack;
pub mod lstsq;
pub mod lu;
pub mod matmul;
pub mod norm;
pub mod products;
pub mod qr;
pub mod small;
pub mod solve;
pub mod svd;
pub mod tridiag;
