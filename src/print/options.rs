//! Print options (NumPy's `np.set_printoptions`), process-wide.

use std::sync::RwLock;

use crate::error::{Error, Result};

/// The options that shape `repr`/`str` output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PrintOptions {
    /// Digits after the decimal point (default 8).
    pub precision: usize,
    /// Arrays with more elements than this are summarised (default 1000).
    pub threshold: usize,
    /// Items kept at each edge of a summarised axis (default 3).
    pub edgeitems: usize,
    /// Characters per line (default 75).
    pub linewidth: usize,
    /// Print small floats as 0 instead of switching to scientific notation.
    pub suppress: bool,
}

impl Default for PrintOptions {
    fn default() -> Self {
        PrintOptions {
            precision: 8,
            threshold: 1000,
            edgeitems: 3,
            linewidth: 75,
            suppress: false,
        }
    }
}

static OPTIONS: RwLock<PrintOptions> = RwLock::new(PrintOptions {
    precision: 8,
    threshold: 1000,
    edgeitems: 3,
    linewidth: 75,
    suppress: false,
});

/// The options in force.
pub fn get_options() -> PrintOptions {
    *OPTIONS.read().unwrap_or_else(|e| e.into_inner())
}

/// Replaces the options (validated as NumPy does).
pub fn set_options(o: PrintOptions) -> Result<()> {
    if o.linewidth == 0 {
        return Err(Error::invalid("linewidth must be positive"));
    }
    *OPTIONS.write().unwrap_or_else(|e| e.into_inner()) = o;
    Ok(())
}
