//! Sorting, searching and set operations from C: sort, argsort, lexsort,
//! partition, argpartition, searchsorted, unique (and the Array API
//! unique_* forms), isin, intersect1d, union1d, setdiff1d, setxor1d,
//! sort_complex. Inputs are borrowed; each result is a new reference the
//! caller releases; on failure no out-parameter is written.

use super::error::ndc_status;
use super::shape::NDC_AXIS_NONE;
use super::{
    arc, arr, axis_arg, guard, handles_arg, int64_slice, into_handle, ndc_array, opt_arr, out_ptr,
    produce,
};
use crate::array::Array;
use crate::error::{Error, Result};
use crate::sort::{ops, search, set, SortKind};

/// A sorting algorithm (`kind=` of sort and argsort).
pub type ndc_sort_kind = i32;
/// 'quicksort', NumPy's default.
pub const NDC_SORT_QUICKSORT: ndc_sort_kind = 0;
/// 'stable' (also NumPy's 'mergesort'): equal elements keep their order.
pub const NDC_SORT_STABLE: ndc_sort_kind = 1;
/// 'heapsort'.
pub const NDC_SORT_HEAPSORT: ndc_sort_kind = 2;

/// `side=` of searchsorted.
pub type ndc_side = i32;
/// 'left': the first suitable index.
pub const NDC_SIDE_LEFT: ndc_side = 0;
/// 'right': the last suitable index.
pub const NDC_SIDE_RIGHT: ndc_side = 1;

fn kind_arg(kind: ndc_sort_kind) -> Result<SortKind> {
    match kind {
        NDC_SORT_QUICKSORT => Ok(SortKind::Quick),
        NDC_SORT_STABLE => Ok(SortKind::Stable),
        NDC_SORT_HEAPSORT => Ok(SortKind::Heap),
        k => Err(Error::invalid(format!(
            "sort kind must be one of 'quick', 'heap', or 'stable' (got {k})"
        ))),
    }
}

/// Stores `v` in `*slot` when `slot` is not NULL (else releases it).
unsafe fn put(slot: *mut *mut ndc_array, v: Option<Array>) {
    if let (false, Some(v)) = (slot.is_null(), v) {
        *slot = into_handle(std::sync::Arc::new(v));
    }
}

/// `np.sort(a, axis, kind)`: a sorted copy; `axis` `NDC_AXIS_NONE` sorts
/// the flattened array. Nans sort last; complex numbers lexicographically.
/// Equal elements keep their order whatever the kind.
#[no_mangle]
pub unsafe extern "C" fn ndc_sort(
    a: *const ndc_array,
    axis: i64,
    kind: ndc_sort_kind,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        ops::sort(&arc(a, "a")?, axis_arg(axis), kind_arg(kind)?)
    })
}

/// `a.sort(axis, kind)`: sorts `a` in place (it must be writeable).
/// `NDC_AXIS_NONE` is refused, as NumPy's method.
#[no_mangle]
pub unsafe extern "C" fn ndc_sort_inplace(
    a: *const ndc_array,
    axis: i64,
    kind: ndc_sort_kind,
) -> ndc_status {
    guard(|| {
        let a = arr(a, "a")?;
        let k = kind_arg(kind)?;
        if axis == NDC_AXIS_NONE {
            return Err(Error::new(
                crate::error::ErrorKind::DType,
                "'NoneType' object cannot be interpreted as an integer",
            ));
        }
        ops::sort_inplace(a, axis, k)
    })
}

/// `np.argsort(a, axis, kind)`: int64 indices sorting `a` along `axis`
/// (`NDC_AXIS_NONE`: the flattened array). Ties keep index order.
#[no_mangle]
pub unsafe extern "C" fn ndc_argsort(
    a: *const ndc_array,
    axis: i64,
    kind: ndc_sort_kind,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        ops::argsort(&arc(a, "a")?, axis_arg(axis), kind_arg(kind)?)
    })
}

/// `np.lexsort(keys, axis)`: int64 indices sorting by the last of the
/// `nkeys` keys (same shape), then the one before, and so on.
#[no_mangle]
pub unsafe extern "C" fn ndc_lexsort(
    nkeys: i32,
    keys: *const *const ndc_array,
    axis: i64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        ops::lexsort(&handles_arg(nkeys, keys, "keys")?, axis)
    })
}

/// `np.partition(a, kth, axis)`: a copy in which each of the `nkth`
/// positions `kth` holds the element a full sort puts there, smaller or
/// equal elements before it and greater or equal ones after it.
#[no_mangle]
pub unsafe extern "C" fn ndc_partition(
    a: *const ndc_array,
    nkth: i32,
    kth: *const i64,
    axis: i64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        ops::partition(
            &arc(a, "a")?,
            int64_slice(nkth, kth, "kth")?,
            axis_arg(axis),
        )
    })
}

/// `np.argpartition(a, kth, axis)`: the int64 indices of `ndc_partition`'s
/// arrangement.
#[no_mangle]
pub unsafe extern "C" fn ndc_argpartition(
    a: *const ndc_array,
    nkth: i32,
    kth: *const i64,
    axis: i64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        ops::argpartition(
            &arc(a, "a")?,
            int64_slice(nkth, kth, "kth")?,
            axis_arg(axis),
        )
    })
}

/// `np.searchsorted(a, v, side, sorter)`: for sorted 1-d `a` (or `a`
/// ordered by the optional 1-d int `sorter`), the int64 insertion index of
/// each element of `v` (result of `v`'s shape).
#[no_mangle]
pub unsafe extern "C" fn ndc_searchsorted(
    a: *const ndc_array,
    v: *const ndc_array,
    side: ndc_side,
    sorter: *const ndc_array,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        let right = match side {
            NDC_SIDE_LEFT => false,
            NDC_SIDE_RIGHT => true,
            s => {
                return Err(Error::invalid(format!(
                    "search side must be 'left' or 'right' (got {s})"
                )))
            }
        };
        search::searchsorted(
            arr(a, "a")?,
            arr(v, "v")?,
            right,
            opt_arr(sorter, "sorter")?,
        )
    })
}

/// `np.unique(a, return_index, return_inverse, return_counts, axis,
/// equal_nan)`: the sorted unique values in `*values`; each of `index`,
/// `inverse`, `counts` that is not NULL requests that result (int64).
/// `axis` `NDC_AXIS_NONE` flattens (the inverse then has `a`'s shape);
/// otherwise unique sub-arrays along `axis` (a 1-d inverse).
#[no_mangle]
pub unsafe extern "C" fn ndc_unique(
    a: *const ndc_array,
    axis: i64,
    equal_nan: bool,
    values: *mut *mut ndc_array,
    index: *mut *mut ndc_array,
    inverse: *mut *mut ndc_array,
    counts: *mut *mut ndc_array,
) -> ndc_status {
    guard(|| {
        let a = arc(a, "a")?;
        out_ptr(values, "values")?;
        let o = set::UniqueOptions {
            return_index: !index.is_null(),
            return_inverse: !inverse.is_null(),
            return_counts: !counts.is_null(),
            equal_nan,
        };
        let u = set::unique(&a, axis_arg(axis), &o)?;
        put(values, Some(u.values));
        put(index, u.index);
        put(inverse, u.inverse);
        put(counts, u.counts);
        Ok(())
    })
}

/// Array API unique with `equal_nan=False` on the flattened input.
unsafe fn unique_api(
    x: *const ndc_array,
    values: *mut *mut ndc_array,
    index: *mut *mut ndc_array,
    inverse: *mut *mut ndc_array,
    counts: *mut *mut ndc_array,
    need: [bool; 3],
) -> ndc_status {
    guard(|| {
        let x = arc(x, "x")?;
        out_ptr(values, "values")?;
        for (p, (n, name)) in [index, inverse, counts].iter().zip(need.iter().zip([
            "indices",
            "inverse_indices",
            "counts",
        ])) {
            if *n {
                out_ptr(*p, name)?;
            }
        }
        let o = set::UniqueOptions {
            return_index: need[0],
            return_inverse: need[1],
            return_counts: need[2],
            equal_nan: false,
        };
        let u = set::unique(&x, None, &o)?;
        put(values, Some(u.values));
        put(index, u.index);
        put(inverse, u.inverse);
        put(counts, u.counts);
        Ok(())
    })
}

/// `np.unique_values(x)`: the unique values (every nan distinct).
#[no_mangle]
pub unsafe extern "C" fn ndc_unique_values(
    x: *const ndc_array,
    values: *mut *mut ndc_array,
) -> ndc_status {
    let n = std::ptr::null_mut();
    unique_api(x, values, n, n, n, [false; 3])
}

/// `np.unique_counts(x)`: the unique values and their int64 counts.
#[no_mangle]
pub unsafe extern "C" fn ndc_unique_counts(
    x: *const ndc_array,
    values: *mut *mut ndc_array,
    counts: *mut *mut ndc_array,
) -> ndc_status {
    let n = std::ptr::null_mut();
    unique_api(x, values, n, n, counts, [false, false, true])
}

/// `np.unique_inverse(x)`: the unique values and, for each element of `x`,
/// its int64 index among them (`x`'s shape).
#[no_mangle]
pub unsafe extern "C" fn ndc_unique_inverse(
    x: *const ndc_array,
    values: *mut *mut ndc_array,
    inverse_indices: *mut *mut ndc_array,
) -> ndc_status {
    let n = std::ptr::null_mut();
    unique_api(x, values, n, inverse_indices, n, [false, true, false])
}

/// `np.unique_all(x)`: values, first indices, inverse indices and counts.
#[no_mangle]
pub unsafe extern "C" fn ndc_unique_all(
    x: *const ndc_array,
    values: *mut *mut ndc_array,
    indices: *mut *mut ndc_array,
    inverse_indices: *mut *mut ndc_array,
    counts: *mut *mut ndc_array,
) -> ndc_status {
    unique_api(x, values, indices, inverse_indices, counts, [true; 3])
}

/// `np.isin(element, test_elements, assume_unique, invert)`: a bool array
/// of `element`'s shape, true where the element is in `test_elements`
/// (false everywhere else; the reverse with `invert`). Nan is in nothing.
/// `assume_unique` only allows a faster path in NumPy; the result is the
/// same.
#[no_mangle]
pub unsafe extern "C" fn ndc_isin(
    element: *const ndc_array,
    test_elements: *const ndc_array,
    assume_unique: bool,
    invert: bool,
    out: *mut *mut ndc_array,
) -> ndc_status {
    let _ = assume_unique;
    produce(out, || {
        set::isin(
            arr(element, "element")?,
            arr(test_elements, "test_elements")?,
            invert,
        )
    })
}

/// `np.intersect1d(ar1, ar2, assume_unique, return_indices)`: the sorted
/// values common to both (flattened). `ind1` and `ind2` both NULL, or both
/// set to request the int64 indices of those values in each input.
#[no_mangle]
pub unsafe extern "C" fn ndc_intersect1d(
    ar1: *const ndc_array,
    ar2: *const ndc_array,
    assume_unique: bool,
    out: *mut *mut ndc_array,
    ind1: *mut *mut ndc_array,
    ind2: *mut *mut ndc_array,
) -> ndc_status {
    guard(|| {
        let (a, b) = (arr(ar1, "ar1")?, arr(ar2, "ar2")?);
        out_ptr(out, "out")?;
        if ind1.is_null() != ind2.is_null() {
            return Err(Error::invalid(
                "ind1 and ind2 must both be NULL or both be given",
            ));
        }
        let r = set::intersect1d(a, b, assume_unique, !ind1.is_null())?;
        put(out, Some(r.values));
        if let Some((i1, i2)) = r.indices {
            put(ind1, Some(i1));
            put(ind2, Some(i2));
        }
        Ok(())
    })
}

/// `np.union1d(ar1, ar2)`: the sorted unique values of both (flattened).
#[no_mangle]
pub unsafe extern "C" fn ndc_union1d(
    ar1: *const ndc_array,
    ar2: *const ndc_array,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || set::union1d(arr(ar1, "ar1")?, arr(ar2, "ar2")?))
}

/// `np.setdiff1d(ar1, ar2, assume_unique)`: the values of `ar1` not in
/// `ar2` (sorted and unique unless `assume_unique`).
#[no_mangle]
pub unsafe extern "C" fn ndc_setdiff1d(
    ar1: *const ndc_array,
    ar2: *const ndc_array,
    assume_unique: bool,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        set::setdiff1d(arr(ar1, "ar1")?, arr(ar2, "ar2")?, assume_unique)
    })
}

/// `np.setxor1d(ar1, ar2, assume_unique)`: the sorted values in exactly
/// one of the inputs.
#[no_mangle]
pub unsafe extern "C" fn ndc_setxor1d(
    ar1: *const ndc_array,
    ar2: *const ndc_array,
    assume_unique: bool,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        set::setxor1d(arr(ar1, "ar1")?, arr(ar2, "ar2")?, assume_unique)
    })
}

/// `np.sort_complex(a)`: `a` sorted along its last axis, as complex64
/// (int8/uint8/int16/uint16 input) or complex128 (other real input; complex
/// input keeps its dtype).
#[no_mangle]
pub unsafe extern "C" fn ndc_sort_complex(
    a: *const ndc_array,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || ops::sort_complex(&arc(a, "a")?))
}
