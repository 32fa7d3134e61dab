//! `searchsorted`: binary search in a sorted 1-d array.

use super::{cast_vec, common_dtype, from_vec, SortKey};
use crate::array::Array;
use crate::dispatch;
use crate::error::{Error, Result};

/// The insertion point of `x` in sorted `a` (NumPy's order): the first
/// index `i` with `!(a[i] < x)` (left) or with `x < a[i]` (right). `at(i)`
/// reads the i-th element in sorted order.
#[inline]
pub fn insertion_point<T: SortKey>(n: usize, at: impl Fn(usize) -> T, x: T, right: bool) -> usize {
    let (mut lo, mut hi) = (0usize, n);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let m = at(mid);
        let go_right = if right { !T::lt(x, m) } else { T::lt(m, x) };
        if go_right {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

/// Checks `a` is 1-d, as NumPy's searchsorted.
fn check_1d(a: &Array) -> Result<()> {
    match a.ndim() {
        1 => Ok(()),
        0 => Err(Error::invalid(
            "object of too small depth for desired array",
        )),
        _ => Err(Error::invalid("object too deep for desired array")),
    }
}

/// Reads `sorter` (a 1-d integer array of `n` indices in range).
fn read_sorter(sorter: &Array, n: usize) -> Result<Vec<i64>> {
    if !matches!(
        sorter.dtype().kind(),
        crate::dtype::Kind::Int | crate::dtype::Kind::UInt | crate::dtype::Kind::Bool
    ) {
        return Err(Error::dtype("sorter must only contain integers"));
    }
    check_1d(sorter)?;
    if sorter.size() != n {
        return Err(Error::invalid("sorter.size must equal a.size"));
    }
    let s: Vec<i64> = cast_vec(sorter)?;
    if s.iter().any(|&i| i < 0 || i as usize >= n) {
        return Err(Error::invalid("Sorter index out of range."));
    }
    Ok(s)
}

/// The dtype `v` is compared with `a` in: their promotion, or `a`'s own for
/// a Python-style ("weak") scalar `v` of a kind `a`'s dtype holds (NEP 50).
pub(crate) fn search_dtype(a: &Array, v: &Array) -> crate::dtype::DType {
    use crate::dtype::Kind;
    let rank = |k: Kind| match k {
        Kind::Bool => 0,
        Kind::Int | Kind::UInt => 1,
        Kind::Float => 2,
        Kind::Complex => 3,
    };
    if v.weak().is_some() && rank(v.dtype().kind()) <= rank(a.dtype().kind()) {
        a.dtype()
    } else {
        common_dtype(a.dtype(), v.dtype())
    }
}

/// `np.searchsorted(a, v, side, sorter)`: for each element of `v`, the
/// index where inserting it keeps `a` (or `a[sorter]`) sorted; an int64
/// array of `v`'s shape. `a` and `v` are compared in their common dtype.
pub fn searchsorted(a: &Array, v: &Array, right: bool, sorter: Option<&Array>) -> Result<Array> {
    check_1d(a)?;
    let n = a.size();
    let perm = sorter.map(|s| read_sorter(s, n)).transpose()?;
    let dt = search_dtype(a, v);
    let mut res = Vec::with_capacity(v.size());
    dispatch!(dt, T => {
        let av: Vec<T> = cast_vec(a)?;
        let vv: Vec<T> = cast_vec(v)?;
        match &perm {
            None => res.extend(vv.iter().map(|&x| insertion_point(n, |i| av[i], x, right) as i64)),
            Some(p) => res.extend(
                vv.iter().map(|&x| insertion_point(n, |i| av[p[i] as usize], x, right) as i64),
            ),
        }
    });
    from_vec(&res, v.shape())
}
