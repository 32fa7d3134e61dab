//! The N-operand iterator: NumPy's broadcasting, axis coalescing and the
//! split of the iteration space into runs handed to inner loops.
//!
//! An operation on `n` operands is planned once ([`Plan::new`]): every
//! operand's byte strides are broadcast to the common shape (stride 0 on
//! stretched axes), axes of length 1 are dropped, the remaining axes are
//! ordered by the first operand's strides (outermost = largest) and adjacent
//! axes are merged whenever every operand steps through them as through one
//! axis. The plan is then walked over any sub-range of its flat index space
//! ([`Plan::for_each_run`]), which is what lets the thread pool split work.

use crate::array::layout::shape_tuple;
use crate::error::{Error, Result};

/// A shape as NumPy prints it in broadcast errors: `(3,4)`, `(5,)`, `()`.
pub fn compact_shape(shape: &[usize]) -> String {
    match shape {
        [d] => format!("({d},)"),
        _ => format!(
            "({})",
            shape
                .iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join(",")
        ),
    }
}

/// NumPy's broadcast rule: align shapes on the right; each axis must be
/// equal or 1. The error lists every shape as NumPy does.
pub fn broadcast_shapes(shapes: &[&[usize]]) -> Result<Vec<usize>> {
    let nd = shapes.iter().map(|s| s.len()).max().unwrap_or(0);
    let mut out = vec![1usize; nd];
    for s in shapes {
        let pad = nd - s.len();
        for (i, &d) in s.iter().enumerate() {
            let o = &mut out[pad + i];
            if *o == 1 {
                *o = d;
            } else if d != 1 && d != *o {
                return Err(broadcast_error(shapes));
            }
        }
    }
    Ok(out)
}

/// "operands could not be broadcast together with shapes (3,4) (5,) ".
pub fn broadcast_error(shapes: &[&[usize]]) -> Error {
    let mut msg = String::from("operands could not be broadcast together with shapes ");
    for s in shapes {
        msg.push_str(&compact_shape(s));
        msg.push(' ');
    }
    Error::shape(msg)
}

/// The error for broadcasting one array to a target shape
/// (`np.broadcast_to`).
pub fn broadcast_to_error(from: &[usize], to: &[usize]) -> Error {
    Error::shape(format!(
        "operands could not be broadcast together with remapped shapes [original->remapped]: {}  and requested shape {}",
        compact_shape(from),
        compact_shape(to)
    ))
}

/// Strides of an operand of `shape`/`strides` broadcast to `target`: 0 on
/// new and stretched axes. `None` when the shapes are incompatible.
pub fn broadcast_strides(
    shape: &[usize],
    strides: &[isize],
    target: &[usize],
) -> Option<Vec<isize>> {
    if shape.len() > target.len() {
        return None;
    }
    let pad = target.len() - shape.len();
    let mut out = vec![0isize; target.len()];
    for (i, (&d, &s)) in shape.iter().zip(strides).enumerate() {
        let t = target[pad + i];
        if d == t {
            out[pad + i] = if d == 1 { 0 } else { s };
        } else if d != 1 {
            return None;
        }
    }
    Some(out)
}

/// A planned iteration over `nop` operands.
#[derive(Clone, Debug)]
pub struct Plan {
    /// Coalesced shape, outermost first; never empty (a 0-d or all-ones
    /// iteration is one axis of length 1).
    pub shape: Vec<usize>,
    /// Per operand, byte strides along `shape`.
    pub strides: Vec<Vec<isize>>,
    /// Total number of elements.
    pub size: usize,
}

impl Plan {
    /// Plans an iteration over `shape` with the given per-operand strides
    /// (already broadcast to `shape`). Axes are ordered by the first
    /// operand's absolute strides, largest outermost, so that a C- or
    /// F-ordered first operand is walked in memory order.
    pub fn new(shape: &[usize], strides: &[Vec<isize>]) -> Plan {
        Plan::ordered_by(shape, strides, 0)
    }

    /// [`Plan::new`] with the axis order taken from operand `key` (usually
    /// the output, so that it is written in memory order).
    pub fn ordered_by(shape: &[usize], strides: &[Vec<isize>], key: usize) -> Plan {
        let nop = strides.len();
        let size: usize = shape.iter().product();
        let mut axes: Vec<usize> = (0..shape.len()).filter(|&i| shape[i] != 1).collect();
        if size == 0 {
            axes.clear();
        }
        // Stable sort keeps C order among equal strides.
        let any_key = |ax: usize| -> usize {
            strides
                .iter()
                .map(|s| s[ax].unsigned_abs())
                .find(|&s| s != 0)
                .unwrap_or(0)
        };
        if !axes.is_empty() {
            let first = &strides[key.min(strides.len() - 1)];
            if first.iter().any(|&s| s != 0) {
                axes.sort_by_key(|&ax| std::cmp::Reverse(first[ax].unsigned_abs()));
            } else {
                axes.sort_by_key(|&ax| std::cmp::Reverse(any_key(ax)));
            }
        }
        let mut out_shape: Vec<usize> = Vec::with_capacity(axes.len());
        let mut out_strides: Vec<Vec<isize>> = vec![Vec::with_capacity(axes.len()); nop];
        for &ax in &axes {
            let d = shape[ax];
            if let Some(&last) = out_shape.last() {
                let _ = last;
                let k = out_shape.len() - 1;
                // Merge `ax` into the previous (outer) axis when every
                // operand's outer stride equals inner stride * inner length.
                let mergeable = (0..nop).all(|o| out_strides[o][k] == strides[o][ax] * d as isize);
                if mergeable {
                    out_shape[k] *= d;
                    for (o, os) in out_strides.iter_mut().enumerate() {
                        os[k] = strides[o][ax];
                    }
                    continue;
                }
            }
            out_shape.push(d);
            for (o, os) in out_strides.iter_mut().enumerate() {
                os.push(strides[o][ax]);
            }
        }
        if out_shape.is_empty() {
            out_shape.push(if size == 0 { 0 } else { 1 });
            for os in &mut out_strides {
                os.push(0);
            }
        }
        Plan {
            shape: out_shape,
            strides: out_strides,
            size,
        }
    }

    /// Number of operands.
    pub fn nop(&self) -> usize {
        self.strides.len()
    }

    /// Length of the innermost axis.
    pub fn inner_len(&self) -> usize {
        *self.shape.last().unwrap_or(&1)
    }

    /// Innermost byte strides, one per operand.
    pub fn inner_strides(&self) -> Vec<isize> {
        self.strides
            .iter()
            .map(|s| *s.last().unwrap_or(&0))
            .collect()
    }

    /// Calls `f(offsets, len)` for consecutive runs covering flat indices
    /// `start..end` (row-major over `shape`); `offsets[o]` is operand o's
    /// byte offset (from its element 0) of the run's first element, and the
    /// run advances by the innermost strides.
    pub fn for_each_run(&self, start: usize, end: usize, mut f: impl FnMut(&[isize], usize)) {
        if start >= end {
            return;
        }
        let nd = self.shape.len();
        let nop = self.nop();
        let inner = self.shape[nd - 1];
        // Multi-index of `start`.
        let mut idx = vec![0usize; nd];
        let mut rem = start;
        for k in (0..nd).rev() {
            idx[k] = rem % self.shape[k];
            rem /= self.shape[k];
        }
        let mut offs: Vec<isize> = (0..nop)
            .map(|o| (0..nd).map(|k| idx[k] as isize * self.strides[o][k]).sum())
            .collect();
        let mut pos = start;
        while pos < end {
            let n = (inner - idx[nd - 1]).min(end - pos);
            f(&offs, n);
            pos += n;
            if pos >= end {
                break;
            }
            // Move to the start of the next inner run.
            for (o, off) in offs.iter_mut().enumerate() {
                *off -= idx[nd - 1] as isize * self.strides[o][nd - 1];
            }
            idx[nd - 1] = 0;
            let mut k = nd - 1;
            loop {
                if k == 0 {
                    return;
                }
                k -= 1;
                idx[k] += 1;
                for (o, off) in offs.iter_mut().enumerate() {
                    *off += self.strides[o][k];
                }
                if idx[k] < self.shape[k] {
                    break;
                }
                for (o, off) in offs.iter_mut().enumerate() {
                    *off -= self.shape[k] as isize * self.strides[o][k];
                }
                idx[k] = 0;
            }
        }
    }
}

/// Formats a shape for messages that NumPy writes with spaces: `(3, 4)`.
pub fn spaced_shape(shape: &[usize]) -> String {
    shape_tuple(shape)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn broadcast_rule_and_text() {
        assert_eq!(
            broadcast_shapes(&[&[32, 768], &[768]]).unwrap(),
            vec![32, 768]
        );
        assert_eq!(
            broadcast_shapes(&[&[32, 1], &[1, 64]]).unwrap(),
            vec![32, 64]
        );
        assert_eq!(broadcast_shapes(&[&[], &[3]]).unwrap(), vec![3]);
        assert_eq!(
            broadcast_shapes(&[&[3, 4], &[5]]).unwrap_err().message,
            "operands could not be broadcast together with shapes (3,4) (5,) "
        );
    }

    #[test]
    fn coalesces_contiguous_and_walks_ranges() {
        // C-contiguous (2,3,4) f64: one axis of 24.
        let p = Plan::new(&[2, 3, 4], &[vec![96, 32, 8], vec![96, 32, 8]]);
        assert_eq!(p.shape, vec![24]);
        // Broadcast row: (3,4) + (4,) keeps two axes.
        let p = Plan::new(&[3, 4], &[vec![32, 8], vec![0, 8]]);
        assert_eq!(p.shape, vec![3, 4]);
        let mut seen = vec![];
        p.for_each_run(2, 11, |o, n| seen.push((o.to_vec(), n)));
        assert_eq!(
            seen,
            vec![(vec![16, 16], 2), (vec![32, 0], 4), (vec![64, 0], 3)]
        );
        // F-ordered operand is walked in memory order.
        let p = Plan::new(&[3, 4], &[vec![8, 24]]);
        assert_eq!(p.shape, vec![12]);
        assert_eq!(p.strides, vec![vec![8]]);
    }
}
