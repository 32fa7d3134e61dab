//! Elementwise functions built on ufuncs (filled in with the ufunc layer).
