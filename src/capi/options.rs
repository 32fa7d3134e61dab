//! Option structs shared by several header sections.

use super::{arc, ndc_array, ndc_dtype, opt_axes};
use crate::dtype::DType;
use crate::error::{Error, Result};
use crate::reduce::ReduceOptions;

/// Keyword arguments of a reduction (sum, mean, std, min, argmax, median,
/// ...). NULL means NumPy's defaults; a zero-initialised struct with
/// `struct_size` set means the same. Fields a function does not take are
/// ignored (for example `ddof` outside var/std).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ndc_reduce_options {
    /// `sizeof(ndc_reduce_options)` as compiled by the caller.
    pub struct_size: usize,
    /// `axis=`: `naxes` axes (negative counts from the end). NULL means
    /// `axis=None` (every axis); non-NULL with `naxes == 0` means `axis=()`.
    pub axes: *const i64,
    /// The number of entries of `axes`.
    pub naxes: i32,
    /// `keepdims=`: non-zero keeps reduced axes as length-1 axes.
    pub keepdims: i32,
    /// `dtype=`: accumulator and result dtype; `NDC_DTYPE_NONE` for
    /// NumPy's default.
    pub dtype: ndc_dtype,
    /// `out=` (borrowed); NULL allocates the result.
    pub out: *mut ndc_array,
    /// `where=` (borrowed): a boolean mask broadcast against the input.
    pub where_: *const ndc_array,
    /// `initial=` (borrowed): a 0-d array (for example from
    /// `ndc_scalar_double`); NULL for none.
    pub initial: *const ndc_array,
    /// `ddof=` of var and std.
    pub ddof: f64,
}

/// Reads an `ndc_reduce_options` (NULL means the defaults).
pub(crate) fn read_reduce_options(opts: *const ndc_reduce_options) -> Result<ReduceOptions> {
    if opts.is_null() {
        return Ok(ReduceOptions::default());
    }
    // SAFETY: the caller passes a struct of at least `struct_size` bytes.
    let size = unsafe { std::ptr::addr_of!((*opts).struct_size).read_unaligned() };
    if size < std::mem::size_of::<ndc_reduce_options>() {
        return Err(Error::invalid(format!(
            "ndc_reduce_options.struct_size is {size}, expected at least {}",
            std::mem::size_of::<ndc_reduce_options>()
        )));
    }
    // SAFETY: size checked.
    let o = unsafe { *opts };
    let handle = |p: *const ndc_array, name: &str| {
        if p.is_null() {
            Ok(None)
        } else {
            arc(p, name).map(Some)
        }
    };
    Ok(ReduceOptions {
        axes: opt_axes(o.naxes, o.axes)?.map(|a| a.to_vec()),
        keepdims: o.keepdims != 0,
        dtype: if o.dtype == 0 {
            None
        } else {
            Some(DType::from_code(o.dtype)?)
        },
        out: handle(o.out, "out")?,
        where_: handle(o.where_, "where")?,
        initial: handle(o.initial, "initial")?,
        ddof: o.ddof,
    })
}

/// For functions that take only `axes` and `keepdims` of the reduction
/// options: NumPy's TypeError text for any other keyword that is set.
pub(crate) fn only_axes_keepdims(o: &ReduceOptions, func: &str) -> Result<()> {
    let extra = [
        ("out", o.out.is_some()),
        ("where", o.where_.is_some()),
        ("initial", o.initial.is_some()),
        ("dtype", o.dtype.is_some()),
    ];
    match extra.iter().find(|e| e.1) {
        Some((k, _)) => Err(Error::invalid(format!(
            "{func}() got an unexpected keyword argument '{k}'"
        ))),
        None => Ok(()),
    }
}
