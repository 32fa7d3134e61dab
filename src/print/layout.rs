//! The nested-bracket layout of an array's elements (NumPy's
//! `_formatArray`), with line wrapping and summarisation.
//!
//! Rules:
//!
//! - Each nesting level adds a `[` and indents continuation lines by one more
//!   space (the *hanging indent*), and gives up one column for its `]`.
//! - Along the last axis, elements are appended to the current line followed
//!   by the separator (`", "` for repr, `" "` for str). An element that would
//!   push the line past the width (less one column reserved for the closing
//!   bracket or separator) starts a new line at the hanging indent, unless
//!   the current line holds nothing but the indent. Lines are right-trimmed
//!   where they break.
//! - Along other axes, sub-blocks are separated by the separator without its
//!   trailing space plus one newline per remaining inner axis (so 3-d blocks
//!   are separated by a blank line).
//! - A summarised axis longer than twice `edgeitems` shows its first and
//!   last `edgeitems` entries around a `...` entry that is laid out like an
//!   element (or a row).

/// A row-major grid of already formatted element strings, possibly the
/// kept corners of a summarised array.
pub struct Grid<'a> {
    /// The formatted elements of the kept grid, row-major.
    pub words: &'a [String],
    /// Full (unsummarised) length of each axis.
    pub full_shape: &'a [usize],
    /// Length of each axis of the kept grid.
    pub kept_shape: &'a [usize],
    /// Whether the array is summarised.
    pub summarise: bool,
    /// Items kept at each edge of a summarised axis.
    pub edgeitems: usize,
}

fn extend_line(s: &mut String, line: &mut String, word: &str, width: isize, indent: &str) {
    let needs_wrap = (line.len() + word.len()) as isize > width && line.len() > indent.len();
    if needs_wrap {
        s.push_str(line.trim_end());
        s.push('\n');
        line.clear();
        line.push_str(indent);
    }
    line.push_str(word);
}

impl Grid<'_> {
    /// The text of the whole grid, the first line starting right after the
    /// caller's prefix (whose width is `indent.len()` including the `[`).
    pub fn render(&self, indent: &str, width: isize, separator: &str) -> String {
        if self.full_shape.is_empty() {
            return self.words[0].clone();
        }
        let mut strides = vec![1usize; self.kept_shape.len()];
        for k in (0..self.kept_shape.len().saturating_sub(1)).rev() {
            strides[k] = strides[k + 1] * self.kept_shape[k + 1];
        }
        self.recurse(0, 0, &strides, indent, width, separator)
    }

    /// Positions (in the kept grid) shown along `axis`, with `None` marking
    /// where the `...` goes.
    fn entries(&self, axis: usize) -> Vec<Option<usize>> {
        let kept = self.kept_shape[axis];
        let full = self.full_shape[axis];
        if self.summarise && 2 * self.edgeitems < full {
            let e = self.edgeitems;
            let mut v: Vec<Option<usize>> = (0..e).map(Some).collect();
            v.push(None);
            // The trailing items always end with the last element.
            let tail = e.max(1);
            v.extend((kept - tail..kept).map(Some));
            v
        } else {
            (0..kept).map(Some).collect()
        }
    }

    fn recurse(
        &self,
        axis: usize,
        base: usize,
        strides: &[usize],
        indent: &str,
        width: isize,
        sep: &str,
    ) -> String {
        let ndim = self.full_shape.len();
        if axis == ndim {
            return self.words[base].clone();
        }
        let next_indent = format!("{indent} ");
        let next_width = width - 1;
        let entries = self.entries(axis);
        let mut s = String::new();
        if axis + 1 == ndim {
            let elem_width = width - 1;
            let mut line = indent.to_string();
            let last = entries.len() - 1;
            for (i, e) in entries.iter().enumerate() {
                let word = match e {
                    Some(p) => &self.words[base + p * strides[axis]],
                    None => "...",
                };
                extend_line(&mut s, &mut line, word, elem_width, indent);
                if i != last {
                    line.push_str(sep);
                }
            }
            s.push_str(&line);
        } else {
            let line_sep = format!("{}{}", sep.trim_end(), "\n".repeat(ndim - axis - 1));
            let last = entries.len() - 1;
            for (i, e) in entries.iter().enumerate() {
                s.push_str(indent);
                match e {
                    Some(p) => s.push_str(&self.recurse(
                        axis + 1,
                        base + p * strides[axis],
                        strides,
                        &next_indent,
                        next_width,
                        sep,
                    )),
                    None => s.push_str("..."),
                }
                if i != last {
                    s.push_str(&line_sep);
                }
            }
        }
        format!("[{}]", &s[indent.len()..])
    }
}
