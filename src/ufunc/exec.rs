//! Running a ufunc: broadcasting, output allocation and checks, input
//! casting, copy-if-overlap, `where=`, and the split over ndc's pool.
//!
//! Fast path: every operand already has the loop's dtype and no `where=`:
//! outputs are written directly. Otherwise the loop writes a temporary of
//! the loop's dtype which is then cast (and masked) into `out`.

use std::sync::atomic::{AtomicUsize, Ordering as AtomicOrdering};
use std::sync::Arc;

use super::resolve::{find_loop, input_dtypes};
use super::{Flags, Loop, Ufunc};
use crate::array::convert::{check_cast, copy_into, dtype_repr, CopyOrder};
use crate::array::{Array, Order};
use crate::dtype::{can_cast, Casting, DType};
use crate::error::{Error, ErrorKind, Result};
use crate::iter::{broadcast_shapes, broadcast_strides, compact_shape, Plan};

/// Options of a ufunc call (NumPy's keyword arguments).
#[derive(Clone, Default)]
pub struct UfuncOptions {
    /// `out=`: one entry per output, `None` to allocate.
    pub out: Vec<Option<Arc<Array>>>,
    /// `where=`: a boolean mask broadcast against the operands; needs `out`.
    pub where_: Option<Arc<Array>>,
    /// `dtype=`: the loop's output dtype.
    pub dtype: Option<DType>,
    /// `casting=` (default same_kind).
    pub casting: Option<Casting>,
}

/// Elements below which a cheap loop runs on the calling thread.
const PAR_MIN_CHEAP: usize = 1 << 17;
/// Elements below which an expensive loop runs on the calling thread.
const PAR_MIN_EXPENSIVE: usize = 1 << 13;

/// Raw operand pointers shared with pool workers.
#[derive(Clone, Copy)]
struct Ptrs<'a>(&'a [*mut u8]);
// SAFETY: workers write disjoint element ranges of the outputs and only read
// inputs (overlap was removed before), so sharing the pointers is sound.
unsafe impl Send for Ptrs<'_> {}
// SAFETY: as above.
unsafe impl Sync for Ptrs<'_> {}

impl<'a> Ptrs<'a> {
    fn get(self) -> &'a [*mut u8] {
        self.0
    }
}

/// Runs `f` over the flat range of `plan`, on the pool when large.
pub(crate) fn run_plan(plan: &Plan, bases: &[*mut u8], expensive: bool, f: LoopRef) -> Result<()> {
    let min = if expensive {
        PAR_MIN_EXPENSIVE
    } else {
        PAR_MIN_CHEAP
    };
    let threads = crate::threads::num_threads();
    let steps = plan.inner_strides();
    let ptrs = Ptrs(bases);
    let work = |start: usize, end: usize| -> Result<()> {
        let bases = ptrs.get();
        let mut p: Vec<*mut u8> = vec![std::ptr::null_mut(); bases.len()];
        let mut res = Ok(());
        plan.for_each_run(start, end, |offs, n| {
            if res.is_err() {
                return;
            }
            for (k, o) in offs.iter().enumerate() {
                p[k] = bases[k].wrapping_offset(*o);
            }
            // SAFETY: the plan's offsets address elements inside each
            // operand (A3 of every operand array), and the loop's types match
            // the operands' dtypes (chosen by resolution, casts done).
            res = unsafe { f(&p, n, &steps) };
        });
        res
    };
    if threads <= 1 || plan.size < min {
        return work(0, plan.size);
    }
    let chunks = threads.min(plan.size / (min / 2).max(1)).max(1);
    let per = plan.size.div_ceil(chunks);
    crate::threads::install(|| {
        use rayon::prelude::*;
        (0..chunks)
            .into_par_iter()
            .map(|c| work(c * per, ((c + 1) * per).min(plan.size)))
            .collect::<Result<Vec<()>>>()
            .map(|_| ())
    })?
}

/// An inner loop as the executor calls it.
pub(crate) type LoopRef = unsafe fn(&[*mut u8], usize, &[isize]) -> Result<()>;

/// True when two arrays' byte ranges intersect. Addresses are compared, not
/// buffers, so two wraps of the same caller memory are caught too.
fn overlaps(a: &Array, b: &Array) -> bool {
    if a.size() == 0 || b.size() == 0 {
        return false;
    }
    let range = |x: &Array| {
        let (lo, hi) = crate::array::layout::byte_extent(x.shape(), x.strides(), x.itemsize())
            .unwrap_or((0, 0));
        let base = x.data_ptr() as usize as i128;
        (base + lo, base + hi)
    };
    let (a0, a1) = range(a);
    let (b0, b1) = range(b);
    a0 < b1 && b0 < a1
}

/// The memory order of a new output: F when the first full-rank input is
/// F-contiguous only, else C (NumPy's K order for the common cases).
fn output_order(inputs: &[Arc<Array>], ndim: usize) -> Order {
    match inputs.iter().find(|a| a.ndim() == ndim && a.size() > 1) {
        Some(a) if a.is_f_contiguous() && !a.is_c_contiguous() => Order::F,
        _ => Order::C,
    }
}

/// Calls ufunc `u` on `inputs`; returns the outputs (the `out=` arrays
/// themselves when given).
pub fn call(u: &'static Ufunc, inputs: &[&Array], opts: &UfuncOptions) -> Result<Vec<Arc<Array>>> {
    if inputs.len() != u.nin {
        return Err(Error::invalid(format!(
            "{} takes {} inputs, {} given",
            u.name,
            u.nin,
            inputs.len()
        )));
    }
    let outs: Vec<Option<Arc<Array>>> = if opts.out.is_empty() {
        vec![None; u.nout]
    } else if opts.out.len() == u.nout {
        opts.out.clone()
    } else {
        return Err(Error::invalid(format!(
            "The 'out' tuple must have exactly {} entries: one per ufunc output",
            u.nout
        )));
    };
    let casting = opts.casting.unwrap_or(Casting::SameKind);
    if let Some(r) = fast(u, inputs, &outs, opts, casting)? {
        return Ok(r);
    }
    let types = input_dtypes(u, inputs)?;
    let lp: &Loop = find_loop(u, &types, opts.dtype, casting)?;

    // Broadcast inputs and given outputs together.
    let mut shapes: Vec<&[usize]> = inputs.iter().map(|a| a.shape()).collect();
    shapes.extend(outs.iter().flatten().map(|o| o.shape()));
    let shape = broadcast_shapes(&shapes)?;
    let in_shape = broadcast_shapes(&shapes[..u.nin])?;
    for o in outs.iter().flatten() {
        if o.shape() != shape.as_slice() {
            return Err(Error::shape(format!(
                "non-broadcastable output operand with shape {} doesn't match the broadcast shape {}",
                compact_shape(o.shape()),
                compact_shape(&shape)
            )));
        }
        if !o.is_writeable() {
            return Err(Error::new(ErrorKind::ReadOnly, "output array is read-only"));
        }
    }
    let _ = in_shape;
    for (k, o) in outs.iter().enumerate() {
        if let Some(o) = o {
            let t = lp.types[u.nin + k];
            if !can_cast(t, o.dtype(), casting) {
                // NumPy numbers the operand when a ufunc has several outputs.
                let which = if u.nout > 1 {
                    format!("output {}", u.nin + k)
                } else {
                    "output".to_string()
                };
                return Err(Error::dtype(format!(
                    "Cannot cast ufunc '{}' {which} from {} to {} with casting rule '{}'",
                    u.name,
                    dtype_repr(t),
                    dtype_repr(o.dtype()),
                    casting.name()
                )));
            }
        }
    }
    let mask = match &opts.where_ {
        None => None,
        Some(w) => {
            if outs.iter().any(|o| o.is_none()) {
                return Err(Error::invalid(
                    "'where' needs 'out': elements where the mask is False would be left uninitialized",
                ));
            }
            // The mask must cast safely to bool, checked before broadcasting.
            check_cast(w.dtype(), DType::Bool, Casting::Safe)?;
            let w = if w.dtype() == DType::Bool {
                w.clone()
            } else {
                Arc::new(w.astype(DType::Bool, CopyOrder::K, Casting::Unsafe)?)
            };
            if broadcast_strides(w.shape(), w.strides(), &shape).is_none() {
                let mut all = shapes.clone();
                all.push(w.shape());
                return Err(crate::iter::broadcast_error(&all));
            }
            Some(w)
        }
    };

    // Inputs in the loop's dtypes, without overlap with any output.
    let mut ins: Vec<Arc<Array>> = Vec::with_capacity(u.nin);
    for (i, a) in inputs.iter().enumerate() {
        let need = lp.types[i];
        let mut arr = if a.dtype() == need {
            Arc::new((*a).clone())
        } else {
            Arc::new(a.astype(need, CopyOrder::K, Casting::Unsafe)?)
        };
        for o in outs.iter().flatten() {
            let same = arr.data_ptr() == o.data_ptr()
                && broadcast_strides(arr.shape(), arr.strides(), &shape).as_deref()
                    == Some(o.strides())
                && arr.shape() == o.shape();
            if !same && overlaps(&arr, o) {
                arr = Arc::new(arr.copy(CopyOrder::K)?);
            }
        }
        ins.push(arr);
    }

    let order = output_order(&ins, shape.len());
    // Where the loop writes: the out array itself, or a temporary.
    let mut targets: Vec<Arc<Array>> = Vec::with_capacity(u.nout);
    for (k, o) in outs.iter().enumerate() {
        let t = lp.types[u.nin + k];
        match o {
            Some(o) if o.dtype() == t && mask.is_none() => targets.push(o.clone()),
            _ => targets.push(Arc::new(Array::empty(t, &shape, order)?)),
        }
    }

    if shape.iter().product::<usize>() > 0 {
        let mut strides: Vec<Vec<isize>> = Vec::with_capacity(u.nin + u.nout);
        for a in ins.iter().chain(targets.iter()) {
            strides.push(
                broadcast_strides(a.shape(), a.strides(), &shape)
                    .ok_or_else(|| Error::new(ErrorKind::Internal, "operand does not broadcast"))?,
            );
        }
        let plan = Plan::ordered_by(&shape, &strides, u.nin);
        let bases: Vec<*mut u8> = ins
            .iter()
            .chain(targets.iter())
            .map(|a| a.data_ptr())
            .collect();
        run_plan(&plan, &bases, u.flags.has(Flags::EXPENSIVE), lp.func)?;
    }

    // Move temporaries into the given outputs.
    let mut results = Vec::with_capacity(u.nout);
    for (k, o) in outs.into_iter().enumerate() {
        let t = targets[k].clone();
        match o {
            Some(o) if !Arc::ptr_eq(&o, &t) => {
                match &mask {
                    None => copy_into(&t, &o)?,
                    Some(m) => masked_copy(&t, &o, m)?,
                }
                results.push(o);
            }
            Some(o) => results.push(o),
            None => results.push(t),
        }
    }
    Ok(results)
}

/// The zero-allocation path for small calls whose outputs are all given:
/// inputs and outputs of one shape, C-contiguous, no weak scalars, and a
/// loop whose types are exactly the operands' dtypes (for exact input types
/// NumPy's linear search picks the first such loop). Returns `None` when
/// the call does not qualify; large calls also return `None` so that the
/// general path can split them over threads.
///
/// `hint` remembers the index (plus one) of the loop the previous call
/// used, checked first: a caller's repeated calls skip the search.
pub fn call_direct(
    u: &Ufunc,
    inputs: &[&Array],
    outs: &[&Array],
    hint: &AtomicUsize,
) -> Option<Result<()>> {
    const MAX_OPS: usize = 5;
    if inputs.len() != u.nin || outs.len() != u.nout || u.nin + u.nout > MAX_OPS {
        return None;
    }
    let shape = outs[0].shape();
    let n: usize = shape.iter().product();
    let min = if u.flags.has(Flags::EXPENSIVE) {
        PAR_MIN_EXPENSIVE
    } else {
        PAR_MIN_CHEAP
    };
    if n >= min {
        return None;
    }
    // Element-wise comparison (a call to memcmp costs more for a few axes).
    let same = |s: &[usize]| s.len() == shape.len() && s.iter().zip(shape).all(|(x, y)| x == y);
    for a in inputs {
        if a.weak().is_some() || !same(a.shape()) || !a.is_c_contiguous() {
            return None;
        }
    }
    for o in outs {
        if !same(o.shape()) || !o.is_c_contiguous() || !o.is_writeable() {
            return None;
        }
        // Both are C-contiguous with n elements: byte ranges decide. Only
        // an input that is exactly the output (in place) may overlap it.
        let (o0, o1) = (
            o.data_ptr() as usize,
            o.data_ptr() as usize + n * o.itemsize(),
        );
        for a in inputs {
            let (a0, a1) = (
                a.data_ptr() as usize,
                a.data_ptr() as usize + n * a.itemsize(),
            );
            if (a0, a1) != (o0, o1) && a0 < o1 && o0 < a1 {
                return None;
            }
        }
    }
    let fits = |l: &Loop| {
        l.types[..u.nin]
            .iter()
            .zip(inputs)
            .all(|(&t, a)| t == a.dtype())
    };
    let lp = match u
        .loops
        .get(hint.load(AtomicOrdering::Relaxed).wrapping_sub(1))
    {
        Some(l) if fits(l) => l,
        _ => {
            let k = u.loops.iter().position(fits)?;
            hint.store(k + 1, AtomicOrdering::Relaxed);
            &u.loops[k]
        }
    };
    if !lp.types[u.nin..]
        .iter()
        .zip(outs)
        .all(|(&t, o)| t == o.dtype())
    {
        return None;
    }
    let mut ptrs = [std::ptr::null_mut::<u8>(); MAX_OPS];
    let mut steps = [0isize; MAX_OPS];
    for (k, a) in inputs.iter().chain(outs).enumerate() {
        ptrs[k] = a.data_ptr();
        steps[k] = a.itemsize() as isize;
    }
    let k = u.nin + u.nout;
    if n == 0 {
        return Some(Ok(()));
    }
    // SAFETY: every operand is C-contiguous with `n` elements of the loop's
    // dtype (checked above, A3), outputs are writeable and either identical
    // to an input or disjoint from it.
    Some(unsafe { (lp.func)(&ptrs[..k], n, &steps[..k]) })
}

/// The early path for the common call: no `where=`/`dtype=`; array inputs
/// of one shape, C-contiguous and already in the loop's dtypes; 0-d inputs
/// (weak scalars included) are read through a zero stride, cast to the
/// loop's dtype first when needed; outputs (given or new) C-contiguous of
/// the loop's dtypes that either are an input exactly or do not overlap one.
/// Anything else returns `None` and takes the general path.
fn fast(
    u: &'static Ufunc,
    inputs: &[&Array],
    outs: &[Option<Arc<Array>>],
    opts: &UfuncOptions,
    casting: Casting,
) -> Result<Option<Vec<Arc<Array>>>> {
    if opts.where_.is_some() || opts.dtype.is_some() {
        return Ok(None);
    }
    let Some(full) = inputs.iter().find(|a| a.ndim() > 0) else {
        return Ok(None);
    };
    let shape = full.shape();
    let arrays_ok = inputs.iter().all(|a| {
        (a.ndim() == 0 && a.size() == 1)
            || (a.shape() == shape && a.is_c_contiguous() && a.weak().is_none())
    });
    if !arrays_ok {
        return Ok(None);
    }
    let types = input_dtypes(u, inputs)?;
    let lp = find_loop(u, &types, None, casting)?;
    // Array inputs must already have the loop's dtype; scalars are cast.
    let mut scalars: Vec<Array> = Vec::new();
    for (i, a) in inputs.iter().enumerate() {
        let need = lp.types[i];
        if a.ndim() > 0 && a.dtype() != need {
            return Ok(None);
        }
        if a.ndim() == 0 && a.dtype() != need {
            scalars.push(a.astype(need, CopyOrder::C, Casting::Unsafe)?);
        }
    }
    let mut results: Vec<Arc<Array>> = Vec::with_capacity(u.nout);
    for (k, o) in outs.iter().enumerate() {
        let t = lp.types[u.nin + k];
        match o {
            Some(o) => {
                let ok = o.shape() == shape
                    && o.dtype() == t
                    && o.is_c_contiguous()
                    && o.is_writeable()
                    && inputs
                        .iter()
                        .all(|a| a.data_ptr() == o.data_ptr() && a.ndim() > 0 || !overlaps(a, o));
                if !ok {
                    return Ok(None);
                }
                results.push(o.clone());
            }
            None => results.push(Arc::new(Array::empty(t, shape, Order::C)?)),
        }
    }
    let n = full.size();
    if n > 0 {
        let mut bases: Vec<*mut u8> = Vec::with_capacity(u.nin + u.nout);
        let mut steps: Vec<Vec<isize>> = Vec::with_capacity(u.nin + u.nout);
        let mut cast = scalars.iter();
        for (i, a) in inputs.iter().enumerate() {
            if a.ndim() == 0 {
                let src = if a.dtype() == lp.types[i] {
                    *a
                } else {
                    cast.next().expect("cast above")
                };
                bases.push(src.data_ptr());
                steps.push(vec![0]);
            } else {
                bases.push(a.data_ptr());
                steps.push(vec![a.itemsize() as isize]);
            }
        }
        for r in &results {
            bases.push(r.data_ptr());
            steps.push(vec![r.itemsize() as isize]);
        }
        let plan = Plan {
            shape: vec![n],
            strides: steps,
            size: n,
        };
        run_plan(&plan, &bases, u.flags.has(Flags::EXPENSIVE), lp.func)?;
    }
    Ok(Some(results))
}

/// Copies `src` into `dst` (same shape) where the broadcast bool `mask` is
/// true, converting to `dst`'s dtype.
pub(crate) fn masked_copy(src: &Array, dst: &Array, mask: &Array) -> Result<()> {
    let src = if src.dtype() == dst.dtype() {
        src.clone()
    } else {
        src.astype(dst.dtype(), CopyOrder::K, Casting::Unsafe)?
    };
    let shape = dst.shape().to_vec();
    let mstrides = broadcast_strides(mask.shape(), mask.strides(), &shape)
        .ok_or_else(|| Error::shape("mask does not broadcast"))?;
    let strides = vec![dst.strides().to_vec(), src.strides().to_vec(), mstrides];
    let plan = Plan::new(&shape, &strides);
    let item = dst.itemsize();
    let (d, s, m) = (dst.data_ptr(), src.data_ptr(), mask.data_ptr());
    plan.for_each_run(0, plan.size, |offs, n| {
        let (mut pd, mut ps, mut pm) = (
            d.wrapping_offset(offs[0]),
            s.wrapping_offset(offs[1]) as *const u8,
            m.wrapping_offset(offs[2]) as *const u8,
        );
        for _ in 0..n {
            // SAFETY: offsets come from each array's own layout (A3); the
            // mask is a bool array; dst is writeable (checked by the caller).
            unsafe {
                if *pm != 0 {
                    std::ptr::copy_nonoverlapping(ps, pd, item);
                }
            }
            pd = pd.wrapping_offset(plan.strides[0][plan.strides[0].len() - 1]);
            ps = ps.wrapping_offset(plan.strides[1][plan.strides[1].len() - 1]);
            pm = pm.wrapping_offset(plan.strides[2][plan.strides[2].len() - 1]);
        }
    });
    Ok(())
}
