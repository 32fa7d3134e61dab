//! Universal functions: NumPy's elementwise operations with broadcasting,
//! NEP 50 type resolution, casting, `out=`, `where=` and copy-if-overlap.
//!
//! - `kernels.rs`: the inner-loop contract and drivers (SIMD dispatch).
//! - `ops/`: element operations by family.
//! - `table.rs`: the loops of each ufunc, in NumPy's search order.
//! - `resolve.rs`: choosing a loop for the operand dtypes.
//! - `exec.rs`: broadcasting, allocation, casting, overlap and threads.

pub mod exec;
pub mod extra;
pub mod kernels;
pub mod ops;
pub mod resolve;
pub mod table;

pub use exec::{call, UfuncOptions};

use crate::dtype::DType;
use crate::error::{Error, Result};
use kernels::LoopFn;

/// One typed loop of a ufunc: `types` lists the input then output dtypes.
pub struct Loop {
    /// Input dtypes followed by output dtypes.
    pub types: &'static [DType],
    /// The inner loop.
    pub func: LoopFn,
}

/// Behaviour flags of a ufunc.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Flags(u32);

impl Flags {
    /// Nothing special.
    pub const NONE: Flags = Flags(0);
    /// Costly per element (transcendentals, division): threads start at a
    /// smaller size.
    pub const EXPENSIVE: Flags = Flags(1);
    /// bool inputs are an error with NumPy's subtract text.
    pub const BOOL_SUBTRACT: Flags = Flags(2);
    /// bool inputs are an error with NumPy's negative text.
    pub const BOOL_NEGATIVE: Flags = Flags(4);
    /// bool inputs are not cast to int8 (NumPy has no loop for them).
    pub const NO_BOOL_CAST: Flags = Flags(8);

    /// True when every bit of `other` is set.
    pub fn has(self, other: Flags) -> bool {
        self.0 & other.0 == other.0 && other.0 != 0
    }
}

/// A universal function.
pub struct Ufunc {
    /// NumPy's name.
    pub name: &'static str,
    /// Number of inputs.
    pub nin: usize,
    /// Number of outputs.
    pub nout: usize,
    /// Behaviour flags.
    pub flags: Flags,
    /// Loops in search order.
    pub loops: &'static [Loop],
}

/// NumPy's aliases of ufunc names.
fn canonical(name: &str) -> &str {
    match name {
        "true_divide" => "divide",
        "mod" => "remainder",
        "conj" => "conjugate",
        "abs" => "absolute",
        "bitwise_not" | "bitwise_invert" => "invert",
        "pow" => "power",
        "acos" => "arccos",
        "asin" => "arcsin",
        "atan" => "arctan",
        "acosh" => "arccosh",
        "asinh" => "arcsinh",
        "atanh" => "arctanh",
        "atan2" => "arctan2",
        "bitwise_left_shift" => "left_shift",
        "bitwise_right_shift" => "right_shift",
        n => n,
    }
}

/// The ufunc called `name` (NumPy's names and aliases).
pub fn lookup(name: &str) -> Result<&'static Ufunc> {
    let n = canonical(name);
    table::UFUNCS
        .iter()
        .find(|u| u.name == n)
        .ok_or_else(|| Error::invalid(format!("no ufunc named '{name}'")))
}
