//! Shape manipulation from C: reshape, ravel, flatten, transpose,
//! permute_dims, swapaxes, moveaxis, squeeze, expand_dims,
//! matrix_transpose, atleast_1d/2d/3d. Views share memory with their input
//! (writes through one show in the other); each result is a new reference
//! in `*out`.

use super::error::ndc_status;
use super::{
    arc, arr, handles_arg, int64_slice, ndc_array, ndc_order, opt_axes, produce, NDC_ORDER_A,
    NDC_ORDER_C, NDC_ORDER_DEFAULT, NDC_ORDER_F, NDC_ORDER_K,
};
use crate::array::{Array, Order};
use crate::error::{Error, Result};
use crate::manip::join;
use crate::manip::shape as sh;

fn view_order(order: ndc_order, a: &Array) -> Result<Order> {
    match order {
        NDC_ORDER_DEFAULT | NDC_ORDER_C => Ok(Order::C),
        NDC_ORDER_F => Ok(Order::F),
        NDC_ORDER_A => Ok(if a.is_f_contiguous() && !a.is_c_contiguous() {
            Order::F
        } else {
            Order::C
        }),
        NDC_ORDER_K => Err(Error::invalid("order 'K' is not permitted for reshaping")),
        _ => Err(Error::invalid(format!("invalid order code {order}"))),
    }
}

/// `np.reshape(a, shape, order)`: one entry of `shape` may be -1. A view
/// when the memory layout allows it (NumPy's rule), otherwise a copy. Size
/// mismatches fail with NumPy's "cannot reshape array of size 12 into shape
/// (5,3)".
#[no_mangle]
pub unsafe extern "C" fn ndc_reshape(
    a: *const ndc_array,
    ndim: i32,
    shape: *const i64,
    order: ndc_order,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        let a = arc(a, "a")?;
        let dims = int64_slice(ndim, shape, "shape")?;
        sh::reshape(&a, dims, view_order(order, &a)?)
    })
}

/// `np.ravel(a, order)`: a 1-d view when possible, else a copy.
#[no_mangle]
pub unsafe extern "C" fn ndc_ravel(
    a: *const ndc_array,
    order: ndc_order,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        let a = arc(a, "a")?;
        let o = view_order(order, &a)?;
        sh::ravel(&a, o)
    })
}

/// `a.flatten(order)`: always a new 1-d array.
#[no_mangle]
pub unsafe extern "C" fn ndc_flatten(
    a: *const ndc_array,
    order: ndc_order,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        let a = arc(a, "a")?;
        let o = view_order(order, &a)?;
        sh::flatten(&a, o)
    })
}

/// `np.transpose(a, axes)`: `axes` NULL (with `naxes` 0) reverses the axes;
/// otherwise `naxes` must equal ndim. A view.
#[no_mangle]
pub unsafe extern "C" fn ndc_transpose(
    a: *const ndc_array,
    naxes: i32,
    axes: *const i64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        let a = arc(a, "a")?;
        let ax = if axes.is_null() && naxes == 0 {
            None
        } else {
            Some(int64_slice(naxes, axes, "axes")?)
        };
        sh::transpose(&a, ax)
    })
}

/// `np.permute_dims(a, axes)`: the same as `ndc_transpose`.
#[no_mangle]
pub unsafe extern "C" fn ndc_permute_dims(
    a: *const ndc_array,
    naxes: i32,
    axes: *const i64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    unsafe { ndc_transpose(a, naxes, axes, out) }
}

/// `np.swapaxes(a, axis1, axis2)`: a view.
#[no_mangle]
pub unsafe extern "C" fn ndc_swapaxes(
    a: *const ndc_array,
    axis1: i64,
    axis2: i64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || sh::swapaxes(&arc(a, "a")?, axis1, axis2))
}

/// `np.moveaxis(a, source, destination)` with `n` axes in each list: a view.
#[no_mangle]
pub unsafe extern "C" fn ndc_moveaxis(
    a: *const ndc_array,
    n: i32,
    source: *const i64,
    destination: *const i64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        let a = arc(a, "a")?;
        sh::moveaxis(
            &a,
            int64_slice(n, source, "source")?,
            int64_slice(n, destination, "destination")?,
        )
    })
}

/// `np.squeeze(a, axis)`: `axes` NULL removes every axis of length 1. A view.
#[no_mangle]
pub unsafe extern "C" fn ndc_squeeze(
    a: *const ndc_array,
    naxes: i32,
    axes: *const i64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        let a = arc(a, "a")?;
        let ax = opt_axes(naxes, axes)?;
        sh::squeeze(&a, ax)
    })
}

/// `np.expand_dims(a, axis)` with `naxes` positions in the result. A view.
#[no_mangle]
pub unsafe extern "C" fn ndc_expand_dims(
    a: *const ndc_array,
    naxes: i32,
    axes: *const i64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        sh::expand_dims(&arc(a, "a")?, int64_slice(naxes, axes, "axes")?)
    })
}

/// `np.matrix_transpose(a)` (`a.mT`): swaps the last two axes. A view.
#[no_mangle]
pub unsafe extern "C" fn ndc_matrix_transpose(
    a: *const ndc_array,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || sh::matrix_transpose(&arc(a, "a")?))
}

/// `np.atleast_1d(a)`: a view with at least one dimension.
#[no_mangle]
pub unsafe extern "C" fn ndc_atleast_1d(
    a: *const ndc_array,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || sh::atleast(&arc(a, "a")?, 1))
}

/// `np.atleast_2d(a)`: a view with at least two dimensions.
#[no_mangle]
pub unsafe extern "C" fn ndc_atleast_2d(
    a: *const ndc_array,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || sh::atleast(&arc(a, "a")?, 2))
}

/// `np.atleast_3d(a)`: a view with at least three dimensions.
#[no_mangle]
pub unsafe extern "C" fn ndc_atleast_3d(
    a: *const ndc_array,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || sh::atleast(&arc(a, "a")?, 3))
}

/// `axis` value meaning Python's `axis=None` (for `ndc_concatenate`: join
/// the flattened arrays).
pub const NDC_AXIS_NONE: i64 = i64::MIN;

/// `np.flip(a, axis)`: `axes` NULL reverses every axis. A view.
#[no_mangle]
pub unsafe extern "C" fn ndc_flip(
    a: *const ndc_array,
    naxes: i32,
    axes: *const i64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        let a = arc(a, "a")?;
        let ax = opt_axes(naxes, axes)?;
        join::flip(&a, ax)
    })
}

/// `np.fliplr(a)`: reverses axis 1 (needs ndim >= 2). A view.
#[no_mangle]
pub unsafe extern "C" fn ndc_fliplr(a: *const ndc_array, out: *mut *mut ndc_array) -> ndc_status {
    produce(out, || join::flip_lr_ud(&arc(a, "a")?, 1))
}

/// `np.flipud(a)`: reverses axis 0 (needs ndim >= 1). A view.
#[no_mangle]
pub unsafe extern "C" fn ndc_flipud(a: *const ndc_array, out: *mut *mut ndc_array) -> ndc_status {
    produce(out, || join::flip_lr_ud(&arc(a, "a")?, 0))
}

/// `np.diagonal(a, offset, axis1, axis2)`: a read-only view with the
/// diagonal as its last axis.
#[no_mangle]
pub unsafe extern "C" fn ndc_diagonal(
    a: *const ndc_array,
    offset: i64,
    axis1: i64,
    axis2: i64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || join::diagonal(&arc(a, "a")?, offset, axis1, axis2))
}

fn handles(n: i32, arrays: *const *const ndc_array) -> Result<Vec<std::sync::Arc<Array>>> {
    let hs = handles_arg(n, arrays, "arrays")?;
    if hs.is_empty() {
        return Err(Error::invalid("need at least one array"));
    }
    Ok(hs)
}

/// `np.concatenate(arrays, axis)` of `n` arrays into a new array (dtype:
/// their promotion); `axis` `NDC_AXIS_NONE` joins the flattened arrays.
#[no_mangle]
pub unsafe extern "C" fn ndc_concatenate(
    n: i32,
    arrays: *const *const ndc_array,
    axis: i64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        let hs = handles(n, arrays)?;
        join::concatenate(
            &hs,
            if axis == NDC_AXIS_NONE {
                None
            } else {
                Some(axis)
            },
        )
    })
}

/// `np.stack(arrays, axis)`: `n` arrays of one shape joined along a new axis,
/// into a new array.
#[no_mangle]
pub unsafe extern "C" fn ndc_stack(
    n: i32,
    arrays: *const *const ndc_array,
    axis: i64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || join::stack(&handles(n, arrays)?, axis))
}

/// `np.tril(m, k)`: a new array with the elements above diagonal `k` of the
/// last two axes zeroed (a 1-d input broadcasts to a square, as NumPy).
#[no_mangle]
pub unsafe extern "C" fn ndc_tril(
    m: *const ndc_array,
    k: i64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || join::tri_part(arr(m, "m")?, k, false))
}

/// `np.triu(m, k)`: a new array with the elements below diagonal `k` of the
/// last two axes zeroed.
#[no_mangle]
pub unsafe extern "C" fn ndc_triu(
    m: *const ndc_array,
    k: i64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || join::tri_part(arr(m, "m")?, k, true))
}
