//! NumPy's `repr()` and `str()` of arrays under its print options.
//!
//! - `str(a)` of an n-d array is the bracketed element layout with `" "`
//!   between elements; of a 0-d array it is the scalar's own `str` (`1.0`,
//!   `(1+2j)`, `True`); of an empty array, `[]`.
//! - `repr(a)` is `array(` + the layout with `", "` separators and every
//!   continuation line indented under the first `[`, wrapped one column
//!   narrower (for the closing parenthesis) + `)`. Extras follow the
//!   elements, comma separated: `shape=(...)` for empty arrays other than
//!   shape `(0,)` and for summarised arrays, and `dtype=...` unless the dtype
//!   is implied (int64, float64, complex128, bool) and the array is
//!   non-empty. When the extras would make the last line exceed the line
//!   width they go on a new line indented by `len("array(")`.
//! - Arrays with more elements than `threshold` are summarised: along every
//!   axis longer than `2 * edgeitems` only the edges are printed, and only
//!   those edges decide the column widths.
//!
//! Files: `digits.rs` generates decimal digits, `float.rs` lays out floats
//! and complex numbers, `format.rs` reads elements and picks the per-dtype
//! formatter, `layout.rs` nests and wraps the rows.

mod digits;
mod float;
mod format;
mod layout;
mod options;

pub use options::{get_options, set_options, PrintOptions};

use crate::array::Array;
use crate::dtype::DType;

/// Byte offsets (from element 0) of the printed elements in row-major
/// order, and the shape of that kept grid. Along a summarised axis the kept
/// indices are the first and last `edge` (all of them when `edge` is 0, as
/// NumPy's `a[-0:]` selects the whole axis).
fn kept_offsets(a: &Array, summarise: bool, edge: usize) -> (Vec<isize>, Vec<usize>) {
    let mut offsets = vec![0isize];
    let mut kept_shape = Vec::with_capacity(a.ndim());
    for (&n, &stride) in a.shape().iter().zip(a.strides()) {
        let idx: Vec<usize> = if summarise && n > 2 * edge {
            if edge == 0 {
                (0..n).collect()
            } else {
                (0..edge).chain(n - edge..n).collect()
            }
        } else {
            (0..n).collect()
        };
        kept_shape.push(idx.len());
        let mut next = Vec::with_capacity(offsets.len() * idx.len());
        for &o in &offsets {
            next.extend(idx.iter().map(|&i| o + i as isize * stride));
        }
        offsets = next;
    }
    (offsets, kept_shape)
}

/// NumPy's `array2string` with a separator and a continuation indent.
fn array_text(a: &Array, o: &PrintOptions, sep: &str, prefix_len: usize, width: isize) -> String {
    if a.size() == 0 {
        return "[]".into();
    }
    let summarise = a.size() > o.threshold;
    let (offsets, kept_shape) = kept_offsets(a, summarise, o.edgeitems);
    let values = format::read(a, &offsets);
    let words = format::words(&values, o, a.ndim() == 0);
    let grid = layout::Grid {
        words: &words,
        full_shape: a.shape(),
        kept_shape: &kept_shape,
        summarise,
        edgeitems: o.edgeitems,
    };
    let indent = " ".repeat(prefix_len + 1);
    grid.render(&indent, width, sep)
}

/// A shape as a Python tuple: `(3,)`, `(0, 3)`.
fn shape_tuple(shape: &[usize]) -> String {
    match shape {
        [n] => format!("({n},)"),
        _ => {
            let parts: Vec<String> = shape.iter().map(|n| n.to_string()).collect();
            format!("({})", parts.join(", "))
        }
    }
}

/// The dtype as NumPy writes it after `dtype=`.
fn dtype_repr(dt: DType) -> String {
    match dt {
        DType::BFloat16 => "dtype(bfloat16)".into(),
        _ => dt.name().into(),
    }
}

/// `repr(a)` under the current print options.
pub fn repr(a: &Array) -> String {
    let o = get_options();
    let prefix = "array(";
    let width = o.linewidth as isize;
    let body = array_text(a, &o, ", ", prefix.len(), width - 1);
    let mut extras = Vec::new();
    if (a.size() == 0 && a.shape() != [0]) || a.size() > o.threshold {
        extras.push(format!("shape={}", shape_tuple(a.shape())));
    }
    if !a.dtype().is_implied_in_repr() || a.size() == 0 {
        extras.push(format!("dtype={}", dtype_repr(a.dtype())));
    }
    if extras.is_empty() {
        return format!("{prefix}{body})");
    }
    let head = format!("{prefix}{body},");
    let extra = format!("{})", extras.join(", "));
    let last_line = head.len() - head.rfind('\n').map_or(0, |i| i + 1);
    let spacer = if (last_line + extra.len() + 1) as isize > width {
        format!("\n{}", " ".repeat(prefix.len()))
    } else {
        " ".to_string()
    };
    format!("{head}{spacer}{extra}")
}

/// `str(a)` under the current print options.
pub fn str(a: &Array) -> String {
    let o = get_options();
    if a.ndim() == 0 {
        let (offsets, _) = kept_offsets(a, false, 0);
        return format::scalar(&format::read(a, &offsets));
    }
    array_text(a, &o, " ", 0, o.linewidth as isize)
}
