//! Ufunc calls from C: options, the generic entry point, weak scalars and
//! broadcasting helpers. The per-ufunc functions are in `ufuncs.rs`.

use std::ffi::{c_char, CStr};
use std::sync::atomic::AtomicUsize;
use std::sync::{Arc, OnceLock};

use num_complex::Complex64;

use super::error::ndc_status;
use super::{
    arc, arr, guard, into_handle, ndc_array, ndc_casting, ndc_complex, ndc_dtype, out_ptr, produce,
    shape_arg,
};
use crate::array::{Array, Order};
use crate::dtype::{Bool, Casting, DType, Element};
use crate::error::{Error, ErrorKind, Result};
use crate::ufunc::resolve::Weak;
use crate::ufunc::{self, Ufunc, UfuncOptions};

/// Options of a ufunc call (NumPy's keyword arguments). Zero-initialise,
/// set `struct_size = sizeof(ndc_ufunc_options)`, then the fields you need;
/// NULL options mean NumPy's defaults.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct ndc_ufunc_options {
    /// `sizeof(ndc_ufunc_options)` as compiled by the caller.
    pub struct_size: usize,
    /// `out=` for the first result (borrowed); NULL allocates a new array.
    /// In place is `out` = an input. Its dtype may differ from the loop's
    /// when `casting` allows.
    pub out: *mut ndc_array,
    /// `out=` for the second result of divmod, frexp and modf.
    pub out2: *mut ndc_array,
    /// `where=`: a mask (cast to bool) broadcast against the operands;
    /// elements where it is false keep the `out` value. Requires `out`.
    pub where_: *const ndc_array,
    /// `dtype=`: the loop's output dtype (`NDC_DTYPE_NONE` to resolve).
    pub dtype: ndc_dtype,
    /// `casting=`: `NDC_CASTING_DEFAULT` is same_kind.
    pub casting: ndc_casting,
}

pub(crate) fn read_options(opts: *const ndc_ufunc_options, nout: usize) -> Result<UfuncOptions> {
    if opts.is_null() {
        return Ok(UfuncOptions::default());
    }
    // SAFETY: the caller passes a struct of at least `struct_size` bytes.
    let size = unsafe { std::ptr::addr_of!((*opts).struct_size).read_unaligned() };
    if size < std::mem::size_of::<ndc_ufunc_options>() {
        return Err(Error::invalid(format!(
            "ndc_ufunc_options.struct_size is {size}, expected at least {}",
            std::mem::size_of::<ndc_ufunc_options>()
        )));
    }
    // SAFETY: size checked.
    let o = unsafe { *opts };
    let mut out = Vec::new();
    if !o.out.is_null() || !o.out2.is_null() {
        let both = [o.out, o.out2];
        for &p in both.iter().take(nout) {
            out.push(if p.is_null() {
                None
            } else {
                Some(arc(p, "out")?)
            });
        }
        if nout == 1 && !o.out2.is_null() {
            return Err(Error::invalid(
                "out2 is given but this ufunc has one output",
            ));
        }
    }
    Ok(UfuncOptions {
        out,
        where_: if o.where_.is_null() {
            None
        } else {
            Some(arc(o.where_, "where")?)
        },
        dtype: if o.dtype == 0 {
            None
        } else {
            Some(DType::from_code(o.dtype)?)
        },
        casting: Some(Casting::from_code(o.casting, Casting::SameKind)?),
    })
}

fn find(name: &str) -> Result<&'static Ufunc> {
    ufunc::lookup(name)
}

/// A per-entry-point cache: the ufunc a generated function calls, and the
/// loop its last direct call used.
pub(crate) struct UfuncCache {
    ufunc: OnceLock<&'static Ufunc>,
    last_loop: AtomicUsize,
}

impl UfuncCache {
    pub(crate) const fn new() -> Self {
        UfuncCache {
            ufunc: OnceLock::new(),
            last_loop: AtomicUsize::new(0),
        }
    }
}

fn cached(cache: &UfuncCache, name: &str) -> Result<&'static Ufunc> {
    if let Some(u) = cache.ufunc.get() {
        return Ok(u);
    }
    let u = find(name)?;
    let _ = cache.ufunc.set(u);
    Ok(u)
}

/// The direct path for small calls with every output given (no
/// allocation); `None` when the call needs the general path.
fn try_direct(
    u: &'static Ufunc,
    hint: &AtomicUsize,
    inputs: &[*const ndc_array],
    opts: *const ndc_ufunc_options,
    results: &[*mut *mut ndc_array],
) -> Option<Result<()>> {
    if opts.is_null() || inputs.len() > 3 {
        return None;
    }
    // SAFETY: non-NULL options have at least `struct_size` bytes.
    let size = unsafe { std::ptr::addr_of!((*opts).struct_size).read_unaligned() };
    if size < std::mem::size_of::<ndc_ufunc_options>() {
        return None;
    }
    // SAFETY: size checked.
    let o = unsafe { &*opts };
    if !o.where_.is_null() || o.dtype != 0 || !(1..=5).contains(&o.casting.max(1)) {
        return None;
    }
    let outs_p = [o.out, o.out2];
    if outs_p[..u.nout].iter().any(|p| p.is_null()) || (u.nout == 1 && !o.out2.is_null()) {
        return None;
    }
    // A NULL handle leaves the call to the general path, which reports it.
    let get = |p: *const ndc_array| arr(p, "").ok();
    let mut ins_ref: [&Array; 3] = [get(*inputs.first()?)?; 3];
    for (slot, &p) in ins_ref.iter_mut().zip(inputs).skip(1) {
        *slot = get(p)?;
    }
    let mut outs_ref: [&Array; 2] = [get(outs_p[0])?; 2];
    if u.nout == 2 {
        outs_ref[1] = get(outs_p[1])?;
    }
    let r = ufunc::exec::call_direct(u, &ins_ref[..inputs.len()], &outs_ref[..u.nout], hint)?;
    if r.is_ok() {
        for (k, &slot) in results.iter().enumerate() {
            if !slot.is_null() {
                // SAFETY: a live handle given as out; the slot receives a new
                // reference as documented.
                unsafe { *slot = super::array::ndc_array_retain(outs_p[k]) };
            }
        }
    }
    Some(r)
}

/// Shared body of every ufunc entry point.
pub(crate) fn ufunc_entry(
    cache: &UfuncCache,
    name: &str,
    inputs: &[*const ndc_array],
    opts: *const ndc_ufunc_options,
    results: &[*mut *mut ndc_array],
) -> ndc_status {
    guard(|| {
        let u = cached(cache, name)?;
        if let Some(r) = try_direct(u, &cache.last_loop, inputs, opts, results) {
            return r;
        }
        let o = read_options(opts, u.nout)?;
        let names = ["x1", "x2", "x3"];
        let ins: Vec<&Array> = inputs
            .iter()
            .enumerate()
            .map(|(i, &p)| arr(p, names[i.min(2)]))
            .collect::<Result<_>>()?;
        for (k, r) in results.iter().enumerate() {
            let given = o.out.get(k).is_some_and(|x| x.is_some());
            if r.is_null() && !given {
                return Err(Error::new(
                    ErrorKind::NullPointer,
                    format!("result slot {} is NULL and no out array is given", k + 1),
                ));
            }
        }
        let outs = ufunc::call(u, &ins, &o)?;
        for (r, a) in results.iter().zip(outs) {
            if !r.is_null() {
                // SAFETY: non-NULL result slots are writable (checked above).
                unsafe { **r = into_handle(a) };
            }
        }
        Ok(())
    })
}

/// Calls the ufunc named `name` (NumPy's name or alias, e.g. "add",
/// "true_divide") on `nin` inputs with `nout` result slots, for bindings
/// that dispatch by name. Slots follow the rules of the named functions.
#[no_mangle]
pub unsafe extern "C" fn ndc_ufunc(
    name: *const c_char,
    nin: i32,
    inputs: *const *const ndc_array,
    opts: *const ndc_ufunc_options,
    nout: i32,
    results: *mut *mut ndc_array,
) -> ndc_status {
    let prep = || -> Result<(String, Vec<*const ndc_array>, Vec<*mut *mut ndc_array>)> {
        if name.is_null() {
            return Err(Error::new(
                ErrorKind::NullPointer,
                "argument 'name' is NULL",
            ));
        }
        // SAFETY: NUL-terminated string from the caller.
        let n = unsafe { CStr::from_ptr(name) }
            .to_string_lossy()
            .into_owned();
        let u = find(&n)?;
        if nin != u.nin as i32 || nout != u.nout as i32 {
            return Err(Error::invalid(format!(
                "{} takes {} inputs and {} outputs, got {nin} and {nout}",
                u.name, u.nin, u.nout
            )));
        }
        if inputs.is_null() || results.is_null() {
            return Err(Error::new(
                ErrorKind::NullPointer,
                "inputs or results is NULL",
            ));
        }
        // SAFETY: the caller passes nin inputs and nout result slots.
        let ins = unsafe { std::slice::from_raw_parts(inputs, u.nin) }.to_vec();
        let outs = (0..u.nout)
            // SAFETY: as above.
            .map(|k| unsafe { results.add(k) })
            .collect();
        Ok((u.name.to_string(), ins, outs))
    };
    match prep() {
        Ok((n, ins, outs)) => ufunc_entry(&UfuncCache::new(), &n, &ins, opts, &outs),
        Err(e) => super::error::record(e),
    }
}

fn scalar<T: Element>(v: T, weak: Option<Weak>, out: *mut *mut ndc_array) -> ndc_status {
    produce(out, || {
        let a = Array::empty(T::DTYPE, &[], Order::C)?;
        a.set::<T>(&[], v)?;
        Ok(match weak {
            Some(w) => a.into_weak(w),
            None => a,
        })
    })
}

/// A Python-style float scalar (0-d float64, "weak" under NEP 50): in a
/// ufunc it takes the float or complex dtype of the other operands, so
/// `float32 array * 2.0` stays float32. New reference in `*out`.
#[no_mangle]
pub unsafe extern "C" fn ndc_scalar_double(value: f64, out: *mut *mut ndc_array) -> ndc_status {
    scalar(value, Some(Weak::Float), out)
}

/// A Python-style int scalar (0-d int64, weak): it takes the integer dtype
/// of the other operands and must fit in it (`int8 array + 300` fails as in
/// NumPy 2, `uint8 array + 1` stays uint8). New reference in `*out`.
#[no_mangle]
pub unsafe extern "C" fn ndc_scalar_int64(value: i64, out: *mut *mut ndc_array) -> ndc_status {
    scalar(value, Some(Weak::Int(value as i128)), out)
}

/// A Python-style int scalar above the int64 range (0-d uint64, weak).
#[no_mangle]
pub unsafe extern "C" fn ndc_scalar_uint64(value: u64, out: *mut *mut ndc_array) -> ndc_status {
    if value <= i64::MAX as u64 {
        return scalar(value as i64, Some(Weak::Int(value as i128)), out);
    }
    scalar(value, Some(Weak::Int(value as i128)), out)
}

/// A Python-style complex scalar (0-d complex128, weak). New reference.
#[no_mangle]
pub unsafe extern "C" fn ndc_scalar_complex(
    value: ndc_complex,
    out: *mut *mut ndc_array,
) -> ndc_status {
    scalar(Complex64::new(value.re, value.im), Some(Weak::Complex), out)
}

/// A bool scalar (0-d bool; bools are not weak in NumPy 2). New reference.
#[no_mangle]
pub unsafe extern "C" fn ndc_scalar_bool(value: bool, out: *mut *mut ndc_array) -> ndc_status {
    scalar(Bool(value as u8), None, out)
}

/// `np.broadcast_shapes`: the broadcast of `n` shapes (`ndims[i]` dims at
/// `shapes[i]`) into `out_shape` (room for `capacity` dims) and
/// `*out_ndim`. Incompatible shapes fail with `NDC_ERR_SHAPE` and NumPy's
/// text.
#[no_mangle]
pub unsafe extern "C" fn ndc_broadcast_shapes(
    n: i32,
    ndims: *const i32,
    shapes: *const *const i64,
    out_shape: *mut i64,
    capacity: i32,
    out_ndim: *mut i32,
) -> ndc_status {
    guard(|| {
        if n < 0 {
            return Err(Error::invalid("n must be non-negative"));
        }
        let nd_slot = out_ptr(out_ndim, "out_ndim")?;
        let mut all: Vec<Vec<usize>> = Vec::with_capacity(n as usize);
        if n > 0 {
            if ndims.is_null() || shapes.is_null() {
                return Err(Error::new(
                    ErrorKind::NullPointer,
                    "ndims or shapes is NULL",
                ));
            }
            for i in 0..n as usize {
                // SAFETY: the caller passes n entries in each list.
                let (nd, sp) = unsafe { (*ndims.add(i), *shapes.add(i)) };
                all.push(shape_arg(nd, sp)?);
            }
        }
        let refs: Vec<&[usize]> = all.iter().map(|s| s.as_slice()).collect();
        let shape = crate::iter::broadcast_shapes(&refs)?;
        if shape.len() > capacity.max(0) as usize {
            return Err(Error::invalid(format!(
                "out_shape has room for {capacity} dimensions, {} needed",
                shape.len()
            )));
        }
        if !shape.is_empty() {
            out_ptr(out_shape, "out_shape")?;
            for (i, &d) in shape.iter().enumerate() {
                // SAFETY: capacity checked.
                unsafe { *out_shape.add(i) = d as i64 };
            }
        }
        *nd_slot = shape.len() as i32;
        Ok(())
    })
}

fn broadcast_view(a: &Arc<Array>, shape: &[usize], readonly: bool) -> Result<Array> {
    let strides = crate::iter::broadcast_strides(a.shape(), a.strides(), shape)
        .ok_or_else(|| crate::iter::broadcast_to_error(a.shape(), shape))?;
    let v = a.view_unchecked(shape.to_vec(), strides, a.offset(), a.dtype());
    if readonly {
        v.set_writeable(false)?;
    }
    Ok(v)
}

/// `np.broadcast_to(a, shape)`: a read-only view with zero strides on the
/// stretched axes, as a new reference in `*out`.
#[no_mangle]
pub unsafe extern "C" fn ndc_broadcast_to(
    a: *const ndc_array,
    ndim: i32,
    shape: *const i64,
    out: *mut *mut ndc_array,
) -> ndc_status {
    produce(out, || {
        let a = arc(a, "a")?;
        let shape = shape_arg(ndim, shape)?;
        broadcast_view(&a, &shape, true)
    })
}

/// `np.broadcast_arrays(*arrays)`: `n` views broadcast to one shape, new
/// references written to `outs[0..n]` (read-only views, as NumPy
/// discourages writing through them). All or nothing: on failure no slot is
/// written.
#[no_mangle]
pub unsafe extern "C" fn ndc_broadcast_arrays(
    n: i32,
    arrays: *const *const ndc_array,
    outs: *mut *mut ndc_array,
) -> ndc_status {
    guard(|| {
        let arcs = super::handles_arg(n, arrays, "arrays")?;
        if arcs.is_empty() {
            return Ok(());
        }
        if outs.is_null() {
            return Err(Error::new(
                ErrorKind::NullPointer,
                "argument 'outs' is NULL",
            ));
        }
        let shapes: Vec<&[usize]> = arcs.iter().map(|a| a.shape()).collect();
        let shape = crate::iter::broadcast_shapes(&shapes)?;
        let views: Vec<Array> = arcs
            .iter()
            .map(|a| broadcast_view(a, &shape, true))
            .collect::<Result<_>>()?;
        for (i, v) in views.into_iter().enumerate() {
            // SAFETY: the caller gives n writable slots.
            unsafe { *outs.add(i) = into_handle(Arc::new(v)) };
        }
        Ok(())
    })
}
