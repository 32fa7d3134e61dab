//! NumPy's indexing functions from C: take / put and their along-axis and
//! mask forms, compress, extract, choose, argwhere, the one-argument where,
//! diag and the index constructors (diag_indices, tril/triu_indices,
//! unravel_index, ravel_multi_index, ix_). Functions returning several
//! arrays follow `ndc_nonzero`: `outs` with room for `capacity` handles and
//! the number written in `*count`, all or nothing.

use super::error::ndc_status;
use super::index::produce_many;
use super::{arc, arr, axis_arg, guard, handles_arg, ndc_array, ndc_order, produce, shape_arg};
use crate::error::{Error, Result};
use crate::index::take::ClipMode;
use crate::index::{multi, put, take};

/// NumPy's `mode=` argument of take, put, choose and ravel_multi_index.
pub type ndc_clipmode = i32;
/// `mode='raise'`: an out-of-range index is an error.
pub const NDC_MODE_RAISE: ndc_clipmode = 0;
/// `mode='wrap'`: indices wrap around (`i mod n`).
pub const NDC_MODE_WRAP: ndc_clipmode = 1;
/// `mode='clip'`: indices are clipped to `[0, n-1]`.
pub const NDC_MODE_CLIP: ndc_clipmode = 2;

fn mode_arg(m: ndc_clipmode) -> Result<ClipMode> {
    match m {
        NDC_MODE_RAISE => Ok(ClipMode::Raise),
        NDC_MODE_WRAP => Ok(ClipMode::Wrap),
        NDC_MODE_CLIP => Ok(ClipMode::Clip),
        _ => Err(Error::invalid(format!(
            "clipmode must be one of NDC_MODE_CLIP, NDC_MODE_RAISE, or NDC_MODE_WRAP (got {m})"
        ))),
    }
}

fn count_arg(n: i64, name: &str) -> Result<usize> {
    usize::try_from(n).map_err(|_| Error::invalid(format!("{name} must be non-negative, got {n}")))
}

/// `np.take(a, indices, axis, mode)`: a new array of the elements of `a` at
/// `indices` along `axis` (`NDC_AXIS_NONE`: the flattened array), shape
/// `a.shape[:axis] + indices.shape + a.shape[axis+1:]`. Indices are cast to
/// int64 under same_kind rules (float indices fail with `NDC_ERR_DTYPE`).
#[no_mangle]
pub unsafe extern "C" fn ndc_take(
    a: *const ndc_array,
    indices: *const ndc_array,
    axis: i64,
    mode: ndc_clipmode,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        let m = mode_arg(mode)?;
        take::take(&arc(a, "a")?, &arc(indices, "indices")?, axis_arg(axis), m)
    })
}

/// `np.take_along_axis(arr, indices, axis)`: a new array with
/// `out[..., j, ...] = arr[..., indices[..., j, ...], ...]` along `axis`
/// (`NDC_AXIS_NONE`: the flattened array, 1-D indices); `indices` has
/// `arr`'s ndim and broadcasts against it.
#[no_mangle]
pub unsafe extern "C" fn ndc_take_along_axis(
    arr: *const ndc_array,
    indices: *const ndc_array,
    axis: i64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        take::take_along_axis(&arc(arr, "arr")?, &arc(indices, "indices")?, axis_arg(axis))
    })
}

/// `np.put(a, ind, v, mode)`: in place, `a.flat[ind[k]] = v.flat[k %
/// len(v)]` in order (the last write wins). `ind` is cast to int64 under
/// safe rules, `v` to `a`'s dtype under unsafe rules. A read-only `a` fails
/// with `NDC_ERR_READONLY`. All arguments are borrowed.
#[no_mangle]
pub unsafe extern "C" fn ndc_put(
    a: *const ndc_array,
    ind: *const ndc_array,
    v: *const ndc_array,
    mode: ndc_clipmode,
) -> ndc_status {
    guard(|| {
        let m = mode_arg(mode)?;
        put::put(arr(a, "a")?, arr(ind, "ind")?, arr(v, "v")?, m)
    })
}

/// `np.put_along_axis(arr, indices, values, axis)`: in place,
/// `arr[..., indices[..., j, ...], ...] = values` (broadcast) along `axis`
/// (`NDC_AXIS_NONE`: the flattened array).
#[no_mangle]
pub unsafe extern "C" fn ndc_put_along_axis(
    arr: *const ndc_array,
    indices: *const ndc_array,
    values: *const ndc_array,
    axis: i64,
) -> ndc_status {
    guard(|| {
        take::put_along_axis(
            &arc(arr, "arr")?,
            &arc(indices, "indices")?,
            super::arr(values, "values")?,
            axis_arg(axis),
        )
    })
}

/// `np.place(arr, mask, vals)`: in place, the k-th true position of `mask`
/// (same size as `arr`, row-major) receives `vals.flat[k % len(vals)]`;
/// `vals` is cast under safe rules.
#[no_mangle]
pub unsafe extern "C" fn ndc_place(
    arr: *const ndc_array,
    mask: *const ndc_array,
    vals: *const ndc_array,
) -> ndc_status {
    guard(|| {
        put::place(
            super::arr(arr, "arr")?,
            super::arr(mask, "mask")?,
            super::arr(vals, "vals")?,
        )
    })
}

/// `np.putmask(a, mask, values)`: in place, `a.flat[i] = values.flat[i %
/// len(values)]` where `mask.flat[i]` is true; `values` is cast under safe
/// rules.
#[no_mangle]
pub unsafe extern "C" fn ndc_putmask(
    a: *const ndc_array,
    mask: *const ndc_array,
    values: *const ndc_array,
) -> ndc_status {
    guard(|| put::putmask(arr(a, "a")?, arr(mask, "mask")?, arr(values, "values")?))
}

/// `np.compress(condition, a, axis)`: a new array of the slices of `a`
/// along `axis` (`NDC_AXIS_NONE`: flattened) where the 1-D `condition` is
/// true.
#[no_mangle]
pub unsafe extern "C" fn ndc_compress(
    condition: *const ndc_array,
    a: *const ndc_array,
    axis: i64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        take::compress(arr(condition, "condition")?, &arc(a, "a")?, axis_arg(axis))
    })
}

/// `np.extract(condition, arr)`: a new 1-D array of the elements of the
/// flattened `arr` where the flattened `condition` is non-zero.
#[no_mangle]
pub unsafe extern "C" fn ndc_extract(
    condition: *const ndc_array,
    arr: *const ndc_array,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        take::extract(&arc(condition, "condition")?, &arc(arr, "arr")?)
    })
}

/// `np.choose(a, choices, mode)`: a new array with `out[i] =
/// choices[a[i]][i]`, `a` (cast to int64 under safe rules) and the `n`
/// choices broadcast together; the dtype is the promotion of the choices.
#[no_mangle]
pub unsafe extern "C" fn ndc_choose(
    a: *const ndc_array,
    n: i32,
    choices: *const *const ndc_array,
    mode: ndc_clipmode,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        let m = mode_arg(mode)?;
        take::choose(arr(a, "a")?, &handles_arg(n, choices, "choices")?, m)
    })
}

/// `np.argwhere(a)`: a new `(N, a.ndim)` int64 array of the indices of the
/// non-zero elements (0-d input: shape (1, 0) if true, (0, 0) if false).
#[no_mangle]
pub unsafe extern "C" fn ndc_argwhere(a: *const ndc_array, out: *mut *mut ndc_array) -> ndc_status {
    produce(out, || multi::argwhere(arr(a, "a")?))
}

/// `np.where(condition)` with one argument, which NumPy defines as
/// `np.nonzero(condition)`: identical to `ndc_nonzero` (same outputs and
/// errors).
#[no_mangle]
pub unsafe extern "C" fn ndc_where_nonzero(
    condition: *const ndc_array,
    outs: *mut *mut ndc_array,
    capacity: i32,
    count: *mut i32,
) -> ndc_status {
    produce_many(outs, capacity, count, || {
        crate::index::nonzero(arr(condition, "condition")?)
    })
}

/// `np.diag(v, k)`: for 1-D `v` a new 2-D array with `v` on the k-th
/// diagonal; for 2-D `v` its k-th diagonal as a read-only view (as NumPy).
/// Other ranks fail with NumPy's "Input must be 1- or 2-d.".
#[no_mangle]
pub unsafe extern "C" fn ndc_diag(
    v: *const ndc_array,
    k: i64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || multi::diag(&arc(v, "v")?, k))
}

/// `np.diag_indices(n, ndim)`: `ndim` new int64 arrays `arange(n)` in
/// `outs` (see the module rule for `outs`, `capacity`, `count`).
#[no_mangle]
pub unsafe extern "C" fn ndc_diag_indices(
    n: i64,
    ndim: i32,
    outs: *mut *mut ndc_array,
    capacity: i32,
    count: *mut i32,
) -> ndc_status {
    produce_many(outs, capacity, count, || {
        let nd = count_arg(ndim as i64, "ndim")?;
        crate::array::layout::check_ndim(nd)?;
        multi::diag_indices(count_arg(n, "n")?, nd)
    })
}

/// `np.diag_indices_from(arr)`: `diag_indices(arr.shape[0], arr.ndim)` for
/// an array of at least 2 equal dimensions.
#[no_mangle]
pub unsafe extern "C" fn ndc_diag_indices_from(
    arr: *const ndc_array,
    outs: *mut *mut ndc_array,
    capacity: i32,
    count: *mut i32,
) -> ndc_status {
    produce_many(outs, capacity, count, || {
        multi::diag_indices_from(super::arr(arr, "arr")?)
    })
}

fn tri_m(m: i64) -> Result<Option<usize>> {
    if m == -1 {
        Ok(None)
    } else {
        count_arg(m, "m").map(Some)
    }
}

/// `np.tril_indices(n, k, m)`: two new int64 arrays (rows, columns) of the
/// lower triangle `j <= i + k` of an `(n, m)` array; `m == -1` means `m = n`.
#[no_mangle]
pub unsafe extern "C" fn ndc_tril_indices(
    n: i64,
    k: i64,
    m: i64,
    outs: *mut *mut ndc_array,
    capacity: i32,
    count: *mut i32,
) -> ndc_status {
    produce_many(outs, capacity, count, || {
        multi::tri_indices(count_arg(n, "n")?, k, tri_m(m)?, false)
    })
}

/// `np.triu_indices(n, k, m)`: two new int64 arrays (rows, columns) of the
/// upper triangle `j >= i + k` of an `(n, m)` array; `m == -1` means `m = n`.
#[no_mangle]
pub unsafe extern "C" fn ndc_triu_indices(
    n: i64,
    k: i64,
    m: i64,
    outs: *mut *mut ndc_array,
    capacity: i32,
    count: *mut i32,
) -> ndc_status {
    produce_many(outs, capacity, count, || {
        multi::tri_indices(count_arg(n, "n")?, k, tri_m(m)?, true)
    })
}

/// `np.tril_indices_from(arr, k)` for a 2-D `arr`.
#[no_mangle]
pub unsafe extern "C" fn ndc_tril_indices_from(
    arr: *const ndc_array,
    k: i64,
    outs: *mut *mut ndc_array,
    capacity: i32,
    count: *mut i32,
) -> ndc_status {
    produce_many(outs, capacity, count, || {
        multi::tri_indices_from(super::arr(arr, "arr")?, k, false)
    })
}

/// `np.triu_indices_from(arr, k)` for a 2-D `arr`.
#[no_mangle]
pub unsafe extern "C" fn ndc_triu_indices_from(
    arr: *const ndc_array,
    k: i64,
    outs: *mut *mut ndc_array,
    capacity: i32,
    count: *mut i32,
) -> ndc_status {
    produce_many(outs, capacity, count, || {
        multi::tri_indices_from(super::arr(arr, "arr")?, k, true)
    })
}

/// `np.unravel_index(indices, shape, order)`: `ndim` new int64 arrays (each
/// of `indices`' shape), the multi-indices of the flat `indices` in an
/// array of `shape` (`order` `NDC_ORDER_C`/`DEFAULT` or `NDC_ORDER_F`).
#[no_mangle]
pub unsafe extern "C" fn ndc_unravel_index(
    indices: *const ndc_array,
    ndim: i32,
    shape: *const i64,
    order: ndc_order,
    outs: *mut *mut ndc_array,
    capacity: i32,
    count: *mut i32,
) -> ndc_status {
    produce_many(outs, capacity, count, || {
        let dims = shape_arg(ndim, shape)?;
        let o = super::new_order(order)?;
        multi::unravel_index(arr(indices, "indices")?, &dims, o)
    })
}

/// `np.ravel_multi_index(multi_index, dims, mode, order)`: a new int64
/// array of the flat indices of the `n` broadcast coordinate arrays in an
/// array of shape `dims`. `nmodes` 0 means one mode, `*modes`, for every
/// dimension (NumPy's `mode='clip'`); otherwise `modes` lists one mode per
/// dimension (NumPy's `mode=('wrap', 'clip')`) and `nmodes` must be `ndim`.
#[no_mangle]
pub unsafe extern "C" fn ndc_ravel_multi_index(
    n: i32,
    multi_index: *const *const ndc_array,
    ndim: i32,
    dims: *const i64,
    nmodes: i32,
    modes: *const ndc_clipmode,
    order: ndc_order,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        let idx = handles_arg(n, multi_index, "multi_index")?;
        let d = shape_arg(ndim, dims)?;
        if nmodes < 0 {
            return Err(Error::invalid(format!(
                "nmodes must be non-negative, got {nmodes}"
            )));
        }
        if modes.is_null() {
            return Err(Error::new(
                crate::error::ErrorKind::NullPointer,
                "argument 'modes' is NULL",
            ));
        }
        // SAFETY: the caller passes max(nmodes, 1) modes.
        let raw = unsafe { std::slice::from_raw_parts(modes, nmodes.max(1) as usize) };
        let m = raw
            .iter()
            .map(|&x| mode_arg(x))
            .collect::<Result<Vec<_>>>()?;
        let o = super::new_order(order)?;
        let spec = if nmodes == 0 {
            multi::Modes::One(m[0])
        } else {
            multi::Modes::PerDim(&m)
        };
        multi::ravel_multi_index(&idx, &d, spec, o)
    })
}

/// `np.ix_(*args)`: for `n` 1-D arrays, `n` new handles, the k-th a view of
/// `args[k]` reshaped to `(1, .., len, .., 1)` (boolean masks become the
/// int64 positions of their true entries), so that `a[ix_(...)]` indexes
/// the cross product.
#[no_mangle]
pub unsafe extern "C" fn ndc_ix_(
    n: i32,
    args: *const *const ndc_array,
    outs: *mut *mut ndc_array,
    capacity: i32,
    count: *mut i32,
) -> ndc_status {
    produce_many(outs, capacity, count, || {
        multi::ix_(&handles_arg(n, args, "args")?)
    })
}
