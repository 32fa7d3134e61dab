//! Memory overlap: `may_share_memory` (byte extents) and `shares_memory`
//! (exact, as NumPy's bounded Diophantine solver).
//!
//! Two arrays share memory when some byte address is reached by both:
//!
//! ```text
//! start1 + sum_i |s1_i| x_i  ==  start2 + sum_j |s2_j| y_j,
//! 0 <= x_i <= n1_i - 1,  0 <= y_j <= n2_j - 1
//! ```
//!
//! (plus one term per item of more than one byte). Rewritten with the
//! extents' ends it becomes `sum_k a_k z_k == b` with every `a_k > 0`,
//! `0 <= z_k <= u_k` and `b` the smaller of the two possible right-hand
//! sides; NumPy decides it by a depth-first search over Euclid's reduction
//! of the coefficients, counting the candidates it rejects, and gives up
//! when `max_work` of them have been rejected. The same search (and count)
//! is used here, so a `max_work` limit stops at the same point.

use crate::array::{layout, Array};
use crate::error::{Error, ErrorKind, Result};

/// The answer of the solver.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overlap {
    /// No shared byte.
    No,
    /// At least one shared byte.
    Yes,
    /// The search exceeded `max_work`.
    TooHard,
    /// The problem does not fit 64-bit integers.
    Overflow,
}

#[derive(Clone, Copy, Debug)]
struct Term {
    a: i64,
    ub: i64,
}

/// Byte range `[start, end)` of an array's memory (absolute addresses).
fn extent(x: &Array) -> (i128, i128) {
    let base = x.data_ptr() as usize as i128;
    match layout::byte_extent(x.shape(), x.strides(), x.itemsize()) {
        Some((lo, hi)) => (base + lo, base + hi),
        None => (base, base),
    }
}

/// `(gcd, gamma, epsilon)` with `gamma*a1 + epsilon*a2 == gcd`.
fn euclid(mut a1: i64, mut a2: i64) -> (i64, i64, i64) {
    let (mut g1, mut g2, mut e1, mut e2) = (1i64, 0i64, 0i64, 1i64);
    loop {
        if a2 > 0 {
            let r = a1 / a2;
            a1 -= r * a2;
            g1 -= r * g2;
            e1 -= r * e2;
        } else {
            return (a1, g1, e1);
        }
        if a1 > 0 {
            let r = a2 / a1;
            a2 -= r * a1;
            g2 -= r * g1;
            e2 -= r * e1;
        } else {
            return (a2, g2, e2);
        }
    }
}

fn floordiv(a: i128, b: i128) -> i128 {
    a.div_euclid(b) - if b < 0 && a.rem_euclid(b) != 0 { 1 } else { 0 }
}

fn ceildiv(a: i128, b: i128) -> i128 {
    -floordiv(-a, b)
}

fn fits(v: i128) -> Option<i64> {
    i64::try_from(v).ok()
}

/// The search state: terms sorted by decreasing coefficient, their running
/// gcds `ep` with Euclid's coefficients, the work count and its limit.
struct Search {
    e: Vec<Term>,
    ep: Vec<Term>,
    gamma: Vec<i64>,
    epsilon: Vec<i64>,
    max_work: i64,
    count: i64,
}

impl Search {
    fn dfs(&mut self, v: usize, b: i64) -> Overlap {
        if self.max_work >= 0 && self.count >= self.max_work {
            return Overlap::TooHard;
        }
        let (a1, u1) = if v == 1 {
            (self.e[0].a, self.e[0].ub)
        } else {
            (self.ep[v - 2].a, self.ep[v - 2].ub)
        };
        let (a2, u2) = (self.e[v].a, self.e[v].ub);
        let g = self.ep[v - 1].a;
        let (gamma, epsilon) = (self.gamma[v - 1], self.epsilon[v - 1]);
        if b % g != 0 {
            self.count += 1;
            return Overlap::No;
        }
        let c = (b / g) as i128;
        let (c1, c2) = ((a2 / g) as i128, (a1 / g) as i128);
        // x1 = gamma*c + c1*t, x2 = epsilon*c - c2*t, 0 <= x1 <= u1, 0 <= x2 <= u2.
        let (x10, x20) = (gamma as i128 * c, epsilon as i128 * c);
        let t_l = ceildiv(-x10, c1).max(ceildiv(x20 - u2 as i128, c2));
        let t_u = floordiv(u1 as i128 - x10, c1).min(floordiv(x20, c2));
        if t_l > t_u {
            self.count += 1;
            return Overlap::No;
        }
        let x2 = x20 - c2 * t_l;
        let span = t_u - t_l;
        if v == 1 {
            return Overlap::Yes;
        }
        for t in 0..=span {
            let xv = x2 - c2 * t;
            let Some(b2) = fits(b as i128 - a2 as i128 * xv) else {
                return Overlap::Overflow;
            };
            let r = self.dfs(v - 1, b2);
            if r != Overlap::No {
                return r;
            }
        }
        self.count += 1;
        Overlap::No
    }
}

/// Decides `sum a_k z_k == b`, `0 <= z_k <= ub_k` (NumPy's
/// `solve_diophantine` without the non-trivial-solution option).
fn solve(e: Vec<Term>, b: i64, max_work: i64) -> Overlap {
    if e.iter().any(|t| t.ub < 0) || b < 0 {
        return Overlap::No;
    }
    match e.len() {
        0 => {
            if b == 0 {
                Overlap::Yes
            } else {
                Overlap::No
            }
        }
        1 => {
            if b % e[0].a == 0 && b / e[0].a <= e[0].ub {
                Overlap::Yes
            } else {
                Overlap::No
            }
        }
        n => {
            let mut ep = vec![Term { a: 0, ub: 0 }; n];
            let mut gamma = vec![0i64; n];
            let mut epsilon = vec![0i64; n];
            let (g, ga, eps) = euclid(e[0].a, e[1].a);
            ep[0].a = g;
            gamma[0] = ga;
            epsilon[0] = eps;
            if n > 2 {
                let ub =
                    e[0].ub as i128 * (e[0].a / g) as i128 + e[1].ub as i128 * (e[1].a / g) as i128;
                match fits(ub) {
                    Some(u) => ep[0].ub = u,
                    None => return Overlap::Overflow,
                }
            }
            for j in 2..n {
                let (g, ga, eps) = euclid(ep[j - 2].a, e[j].a);
                ep[j - 1].a = g;
                gamma[j - 1] = ga;
                epsilon[j - 1] = eps;
                if j < n - 1 {
                    let ub = (ep[j - 2].a / g) as i128 * ep[j - 2].ub as i128
                        + (e[j].a / g) as i128 * e[j].ub as i128;
                    match fits(ub) {
                        Some(u) => ep[j - 1].ub = u,
                        None => return Overlap::Overflow,
                    }
                }
            }
            let mut s = Search {
                e,
                ep,
                gamma,
                epsilon,
                max_work,
                count: 0,
            };
            s.dfs(n - 1, b)
        }
    }
}

/// Sorts by decreasing coefficient, merges equal coefficients, trims the
/// bounds to `b / a` and drops the variables bounded by 0.
fn simplify(mut e: Vec<Term>, b: i64) -> Option<Vec<Term>> {
    if e.iter().any(|t| t.ub < 0) || b < 0 {
        return Some(e);
    }
    e.sort_by_key(|t| std::cmp::Reverse(t.a));
    let mut merged: Vec<Term> = Vec::with_capacity(e.len());
    for t in e {
        match merged.last_mut() {
            Some(m) if m.a == t.a => m.ub = m.ub.checked_add(t.ub)?,
            _ => merged.push(t),
        }
    }
    Some(
        merged
            .into_iter()
            .map(|t| Term {
                a: t.a,
                ub: t.ub.min(b / t.a),
            })
            .filter(|t| t.ub != 0)
            .collect(),
    )
}

/// NumPy's `solve_may_share_memory`: `max_work` -1 exact, 0 extents only
/// (`TooHard` when they overlap), > 0 a bound on the search.
pub fn overlap(x: &Array, y: &Array, max_work: i64) -> Overlap {
    let (s1, e1) = extent(x);
    let (s2, e2) = extent(y);
    if !(s1 < e2 && s2 < e1 && s1 < e1 && s2 < e2) {
        return Overlap::No;
    }
    if max_work == 0 {
        return Overlap::TooHard;
    }
    let Some(rhs) = fits((e2 - 1 - s1).min(e1 - 1 - s2)) else {
        return Overlap::Overflow;
    };
    let mut terms = Vec::new();
    for arr in [x, y] {
        for (&d, &s) in arr.shape().iter().zip(arr.strides()) {
            if d > 1 && s != 0 {
                terms.push(Term {
                    a: (s as i64).unsigned_abs() as i64,
                    ub: d as i64 - 1,
                });
            }
        }
    }
    for arr in [x, y] {
        if arr.itemsize() > 1 {
            terms.push(Term {
                a: 1,
                ub: arr.itemsize() as i64 - 1,
            });
        }
    }
    match simplify(terms, rhs) {
        Some(t) => solve(t, rhs, max_work),
        None => Overlap::Overflow,
    }
}

fn check_max_work(max_work: i64) -> Result<()> {
    if max_work < -1 {
        return Err(Error::invalid("Invalid value for max_work"));
    }
    Ok(())
}

/// `np.may_share_memory(a, b, max_work)`: `max_work` 0 (NumPy's default)
/// compares byte extents only; an undecided answer counts as true.
pub fn may_share_memory(x: &Array, y: &Array, max_work: i64) -> Result<bool> {
    check_max_work(max_work)?;
    Ok(overlap(x, y, max_work) != Overlap::No)
}

/// `np.shares_memory(a, b, max_work)`: exact for `max_work` -1 (NumPy's
/// default); "Exceeded max_work" when the search gives up, NumPy's
/// overflow text when the problem does not fit 64-bit integers.
pub fn shares_memory(x: &Array, y: &Array, max_work: i64) -> Result<bool> {
    check_max_work(max_work)?;
    match overlap(x, y, max_work) {
        Overlap::No => Ok(false),
        Overlap::Yes => Ok(true),
        Overlap::TooHard => Err(Error::new(ErrorKind::InvalidArgument, "Exceeded max_work")),
        Overlap::Overflow => Err(Error::overflow("Integer overflow in computing overlap")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diophantine_cases() {
        let t = |a, ub| Term { a, ub };
        // 3x + 5y == 7 with x, y <= 10 has no solution; == 8 has one.
        assert_eq!(solve(vec![t(5, 10), t(3, 10)], 7, -1), Overlap::No);
        assert_eq!(solve(vec![t(5, 10), t(3, 10)], 8, -1), Overlap::Yes);
        assert_eq!(solve(vec![t(4, 3), t(2, 1)], 3, -1), Overlap::No);
        assert_eq!(euclid(240, 46), (2, -9, 47));
    }
}
