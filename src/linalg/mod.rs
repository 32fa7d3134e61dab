//! numpy.linalg: decompositions and solvers on the system LAPACK.

pub mod batch;
pub mod cholesky;
pub mod det;
pub mod eig;
pub mod lapack;
pub mod lstsq;
pub mod norm;
pub mod qr;
pub mod small;
pub mod solve;
pub mod svd;
