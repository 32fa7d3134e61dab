//! `unique` (and the Array API's `unique_values` / `unique_counts` /
//! `unique_inverse` / `unique_all`), `isin`, `intersect1d`, `union1d`,
//! `setdiff1d`, `setxor1d`: NumPy's sort-based algorithms.

use std::sync::Arc;

use super::search::insertion_point;
use super::{cast_vec, common_dtype, from_vec, index_array, radix, to_vec, SortKey};
use crate::array::{convert::CopyOrder, Array};
use crate::dispatch;
use crate::dtype::Bool;
use crate::error::Result;
use crate::manip::{normalize_axis, shape as sh};

/// Which extra results `unique` returns.
#[derive(Clone, Copy, Debug, Default)]
pub struct UniqueOptions {
    /// `return_index=`: first occurrence of each unique value.
    pub return_index: bool,
    /// `return_inverse=`: the index of each input element in the result.
    pub return_inverse: bool,
    /// `return_counts=`: occurrences of each unique value.
    pub return_counts: bool,
    /// `equal_nan=`: all nans are one value.
    pub equal_nan: bool,
}

/// The results of `unique`: the values and the requested extras.
#[derive(Debug)]
pub struct Unique {
    /// The sorted unique values (rows along the axis with `axis=`).
    pub values: Array,
    /// `return_index`.
    pub index: Option<Array>,
    /// `return_inverse`.
    pub inverse: Option<Array>,
    /// `return_counts`.
    pub counts: Option<Array>,
}

/// The unique run structure of a sorted sequence: `starts[k]` is where the
/// k-th distinct value begins; `same(i)` says whether sorted element `i`
/// equals element `i - 1`.
fn run_starts(n: usize, same: impl Fn(usize) -> bool) -> Vec<usize> {
    (0..n).filter(|&i| i == 0 || !same(i)).collect()
}

/// The extras from the run starts, the sorting permutation and the input
/// shape (for the inverse).
fn extras(
    starts: &[usize],
    perm: &[i64],
    n: usize,
    inv_shape: &[usize],
    o: &UniqueOptions,
) -> Result<(Option<Array>, Option<Array>, Option<Array>)> {
    let index = if o.return_index {
        let v: Vec<i64> = starts.iter().map(|&s| perm[s]).collect();
        Some(index_array(&v)?)
    } else {
        None
    };
    let inverse = if o.return_inverse {
        let mut inv = vec![0i64; n];
        let mut k = 0i64;
        let mut next = 1;
        for (i, &p) in perm.iter().enumerate() {
            if next < starts.len() && starts[next] == i {
                k += 1;
                next += 1;
            }
            inv[p as usize] = k;
        }
        Some(from_vec(&inv, inv_shape)?)
    } else {
        None
    };
    let counts = if o.return_counts {
        let v: Vec<i64> = (0..starts.len())
            .map(|k| (starts.get(k + 1).copied().unwrap_or(n) - starts[k]) as i64)
            .collect();
        Some(index_array(&v)?)
    } else {
        None
    };
    Ok((index, inverse, counts))
}

/// Sorted 1-d `unique` of `v` (with NumPy's equal_nan rule: every nan after
/// the first sorted nan merges into it): values, permutation, run starts.
fn unique_1d<T: SortKey>(
    v: &[T],
    equal_nan: bool,
    need_perm: bool,
) -> (Vec<T>, Vec<i64>, Vec<usize>) {
    let (aux, perm) = if need_perm {
        let mut perm = vec![0i64; v.len()];
        radix::argsort(v, &mut perm);
        (
            perm.iter().map(|&p| v[p as usize]).collect::<Vec<T>>(),
            perm,
        )
    } else {
        let mut aux = v.to_vec();
        radix::sort(&mut aux);
        (aux, Vec::new())
    };
    let first_nan = if equal_nan && aux.last().is_some_and(|x| x.is_nan()) {
        aux.partition_point(|x| !x.is_nan())
    } else {
        aux.len()
    };
    let starts = run_starts(aux.len(), |i| {
        i > first_nan || (i < first_nan && T::same(aux[i], aux[i - 1]))
    });
    let vals = starts.iter().map(|&s| aux[s]).collect();
    (vals, perm, starts)
}

/// `np.unique(ar, return_index, return_inverse, return_counts, axis,
/// equal_nan)`. With `axis = None` the input is flattened and the inverse
/// has the input's shape (NumPy 2); with an axis, the unique sub-arrays
/// along it, sorted lexicographically, and a 1-d inverse.
pub fn unique(a: &Arc<Array>, axis: Option<i64>, o: &UniqueOptions) -> Result<Unique> {
    if let Some(ax) = axis {
        return unique_axis(a, normalize_axis(ax, a.ndim(), None)?, o);
    }
    let need_perm = o.return_index || o.return_inverse;
    dispatch!(a.dtype(), T => {
        let v: Vec<T> = to_vec(a);
        let (vals, perm, starts) = unique_1d(&v, o.equal_nan, need_perm);
        let (index, inverse, counts) = extras(&starts, &perm, v.len(), a.shape(), o)?;
        Ok(Unique { values: from_vec(&vals, &[vals.len()])?, index, inverse, counts })
    })
}

/// `unique` along an axis: rows are the sub-arrays `a[..., i, ...]`,
/// compared element by element in NumPy's order (equal only when every
/// element is equal).
fn unique_axis(a: &Arc<Array>, axis: usize, o: &UniqueOptions) -> Result<Unique> {
    let moved = Arc::new(sh::moveaxis(a, &[axis as i64], &[0])?);
    let n = moved.shape()[0];
    let rest: Vec<usize> = moved.shape()[1..].to_vec();
    let m: usize = rest.iter().product();
    dispatch!(a.dtype(), T => {
        let flat: Vec<T> = to_vec(&moved);
        let row = |i: usize| &flat[i * m..(i + 1) * m];
        let mut perm: Vec<i64> = (0..n as i64).collect();
        perm.sort_by(|&x, &y| {
            let (rx, ry) = (row(x as usize), row(y as usize));
            rx.iter()
                .zip(ry)
                .map(|(p, q)| T::order(p, q))
                .find(|c| c.is_ne())
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        let starts = run_starts(n, |i| {
            row(perm[i] as usize)
                .iter()
                .zip(row(perm[i - 1] as usize))
                .all(|(&p, &q)| T::same(p, q))
        });
        let mut vals: Vec<T> = Vec::with_capacity(starts.len() * m);
        for &s in &starts {
            vals.extend_from_slice(row(perm[s] as usize));
        }
        let mut shape = vec![starts.len()];
        shape.extend_from_slice(&rest);
        let u = Arc::new(from_vec(&vals, &shape)?);
        let values = sh::moveaxis(&u, &[0], &[axis as i64])?.copy(CopyOrder::C)?;
        let (index, inverse, counts) = extras(&starts, &perm, n, &[n], o)?;
        Ok(Unique { values, index, inverse, counts })
    })
}

/// `isin` on vectors of one type: `x in test` by binary search in the
/// sorted `test` (nan is in nothing).
fn isin_vec<T: SortKey>(x: &[T], test: &[T], invert: bool) -> Vec<Bool> {
    let mut t = test.to_vec();
    radix::sort(&mut t);
    x.iter()
        .map(|&v| {
            let p = insertion_point(t.len(), |i| t[i], v, false);
            Bool(((p < t.len() && T::same(t[p], v)) != invert) as u8)
        })
        .collect()
}

/// `np.isin(element, test_elements, assume_unique, invert)`: a bool array
/// of `element`'s shape, compared in the common dtype.
pub fn isin(element: &Array, test: &Array, invert: bool) -> Result<Array> {
    let dt = common_dtype(element.dtype(), test.dtype());
    dispatch!(dt, T => {
        let x: Vec<T> = cast_vec(element)?;
        let t: Vec<T> = cast_vec(test)?;
        from_vec(&isin_vec(&x, &t, invert), element.shape())
    })
}

/// Sorted unique values of `v` with their first indices (NumPy's
/// `unique(return_index=True)`, equal_nan).
fn uniq_index<T: SortKey>(v: &[T]) -> (Vec<T>, Vec<i64>) {
    let (vals, perm, starts) = unique_1d(v, true, true);
    (vals, starts.iter().map(|&s| perm[s]).collect())
}

/// The results of `intersect1d`.
#[derive(Debug)]
pub struct Intersect {
    /// The sorted common values.
    pub values: Array,
    /// With `return_indices`: their indices in the flattened inputs.
    pub indices: Option<(Array, Array)>,
}

/// `np.intersect1d(ar1, ar2, assume_unique, return_indices)`, NumPy's
/// algorithm: concatenate the (unique) inputs, sort, keep elements equal to
/// their successor.
pub fn intersect1d(
    a: &Array,
    b: &Array,
    assume_unique: bool,
    return_indices: bool,
) -> Result<Intersect> {
    let dt = common_dtype(a.dtype(), b.dtype());
    dispatch!(dt, T => {
        let (mut x, mut y): (Vec<T>, Vec<T>) = (cast_vec(a)?, cast_vec(b)?);
        let (mut ix, mut iy) = (Vec::new(), Vec::new());
        if !assume_unique {
            (x, ix) = uniq_index(&x);
            (y, iy) = uniq_index(&y);
        }
        let mut aux = x.clone();
        aux.extend_from_slice(&y);
        let mut perm = vec![0i64; aux.len()];
        radix::argsort(&aux, &mut perm);
        let sorted: Vec<T> = perm.iter().map(|&p| aux[p as usize]).collect();
        let hits: Vec<usize> = (1..sorted.len()).filter(|&i| T::same(sorted[i], sorted[i - 1])).collect();
        let vals: Vec<T> = hits.iter().map(|&i| sorted[i - 1]).collect();
        let indices = if return_indices {
            let mut i1: Vec<i64> = hits.iter().map(|&i| perm[i - 1]).collect();
            let mut i2: Vec<i64> = hits.iter().map(|&i| perm[i] - x.len() as i64).collect();
            if !assume_unique {
                i1 = i1.iter().map(|&k| ix[k as usize]).collect();
                i2 = i2.iter().map(|&k| iy[k as usize]).collect();
            }
            Some((index_array(&i1)?, index_array(&i2)?))
        } else {
            None
        };
        Ok(Intersect { values: from_vec(&vals, &[vals.len()])?, indices })
    })
}

/// Flattened `a` and `b` in their common dtype, as one array.
fn concat(a: &Array, b: &Array) -> Result<Array> {
    let dt = common_dtype(a.dtype(), b.dtype());
    dispatch!(dt, T => {
        let mut v: Vec<T> = cast_vec(a)?;
        v.extend(cast_vec::<T>(b)?);
        from_vec(&v, &[v.len()])
    })
}

/// `np.union1d(ar1, ar2)`: the sorted unique values of both.
pub fn union1d(a: &Array, b: &Array) -> Result<Array> {
    let c = Arc::new(concat(a, b)?);
    let o = UniqueOptions {
        equal_nan: true,
        ..Default::default()
    };
    Ok(unique(&c, None, &o)?.values)
}

/// The sorted unique values of `a` (equal_nan), flattened, as an array.
fn uniq_values(a: &Array) -> Result<Array> {
    dispatch!(a.dtype(), T => {
        let v: Vec<T> = to_vec(a);
        let (vals, _, _) = unique_1d(&v, true, false);
        from_vec(&vals, &[vals.len()])
    })
}

/// `np.setdiff1d(ar1, ar2, assume_unique)`: the values of `ar1` not in
/// `ar2` (sorted unique unless `assume_unique`, then in `ar1`'s order), of
/// `ar1`'s dtype.
pub fn setdiff1d(a: &Array, b: &Array, assume_unique: bool) -> Result<Array> {
    let x = if assume_unique {
        let v = a.copy(CopyOrder::C)?;
        let n = v.size();
        Array::from_parts(
            v.buffer().clone(),
            v.dtype(),
            vec![n],
            vec![v.itemsize() as isize],
            0,
            true,
        )?
    } else {
        uniq_values(a)?
    };
    let keep = isin(&x, b, true)?;
    dispatch!(x.dtype(), T => {
        let v: Vec<T> = to_vec(&x);
        let k: Vec<Bool> = to_vec(&keep);
        let out: Vec<T> = v.iter().zip(&k).filter(|(_, k)| k.get()).map(|(v, _)| *v).collect();
        from_vec(&out, &[out.len()])
    })
}

/// `np.setxor1d(ar1, ar2, assume_unique)`: the sorted values in exactly one
/// of the inputs (NumPy's algorithm: sorted concatenation of the unique
/// inputs, keep elements unequal to both neighbours).
pub fn setxor1d(a: &Array, b: &Array, assume_unique: bool) -> Result<Array> {
    let (x, y) = if assume_unique {
        (a.copy(CopyOrder::C)?, b.copy(CopyOrder::C)?)
    } else {
        (uniq_values(a)?, uniq_values(b)?)
    };
    let c = concat(&x, &y)?;
    dispatch!(c.dtype(), T => {
        let mut v: Vec<T> = to_vec(&c);
        radix::sort(&mut v);
        let n = v.len();
        let out: Vec<T> = (0..n)
            .filter(|&i| (i == 0 || !T::same(v[i], v[i - 1])) && (i + 1 == n || !T::same(v[i + 1], v[i])))
            .map(|i| v[i])
            .collect();
        from_vec(&out, &[out.len()])
    })
}
