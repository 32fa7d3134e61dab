//! The matrix-product gufuncs: `matmul` `(n?,k),(k,m?)->(n?,m?)`, `vecdot`
//! `(n),(n)->()`, `matvec` `(m,n),(n)->(m)` and `vecmat` `(n),(n,m)->(m)`,
//! broadcasting over leading (batch) axes, with `out=`, NumPy's type
//! resolution and NumPy's error texts.
//!
//! Execution (see [`run_batch`]): every batch item is one [`Product`],
//! run by ndc's register-tile kernels (float32/float64 items of a batch
//! run one per core that fit in L2, see [`super::gemm`]), by BLAS (float32/float64/
//! complex64/complex128, using the strides as transposes and leading
//! dimensions) or by the native kernel (integers, bool, and products too
//! small for a BLAS call to pay). float16 and bfloat16 compute in float32.
//!
//! Threads: a single product runs on the calling thread and BLAS uses its
//! own threads. A batch of products is spread over ndc's pool only when
//! each item is small enough that BLAS would gain little from threads
//! (`n*k*m < 2^22`); while it runs, BLAS is set to one thread (see
//! [`crate::blas::SingleThreaded`]), so multithreaded BLAS is never called
//! from inside the pool. Batches of large items run item by item on the
//! calling thread with BLAS threads.

use std::sync::Arc;

use rayon::prelude::*;

use super::gemm::TILE_MIN;
use super::kernel::{product, Dot, Product, SMALL_WORK};
use crate::array::{layout, Array, Order};
use crate::dispatch;
use crate::dtype::{can_cast, promote, Casting, DType};
use crate::error::{Error, Result};
use crate::iter::compact_shape;

/// Which gufunc: its name, signature and core layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sig {
    /// `matmul` `(n?,k),(k,m?)->(n?,m?)`.
    MatMul,
    /// `vecdot` `(n),(n)->()`: `sum conj(a) b`.
    VecDot,
    /// `matvec` `(m,n),(n)->(m)`.
    MatVec,
    /// `vecmat` `(n),(n,m)->(m)`: `conj(a) B`.
    VecMat,
}

impl Sig {
    fn name(self) -> &'static str {
        match self {
            Sig::MatMul => "matmul",
            Sig::VecDot => "vecdot",
            Sig::MatVec => "matvec",
            Sig::VecMat => "vecmat",
        }
    }
    fn text(self) -> &'static str {
        match self {
            Sig::MatMul => "(n?,k),(k,m?)->(n?,m?)",
            Sig::VecDot => "(n),(n)->()",
            Sig::MatVec => "(m,n),(n)->(m)",
            Sig::VecMat => "(n),(n,m)->(m)",
        }
    }
    /// Core dimensions of (a, b): 2 for a matrix, 1 for a vector.
    fn cores(self, a_nd: usize, b_nd: usize) -> (usize, usize) {
        match self {
            Sig::MatMul => (a_nd.min(2), b_nd.min(2)),
            Sig::VecDot => (1, 1),
            Sig::MatVec => (2, 1),
            Sig::VecMat => (1, 2),
        }
    }
    /// Whether the first operand is conjugated.
    fn conj_a(self) -> bool {
        matches!(self, Sig::VecDot | Sig::VecMat)
    }
}

/// The dtype a product of `a` and `b` gives: NumPy's promotion; a bfloat16
/// result becomes float32, as NumPy with ml_dtypes resolves these
/// gufuncs (they have no bfloat16 loop and bfloat16 casts safely to
/// float32).
pub fn result_dtype(a: DType, b: DType) -> DType {
    match promote(a, b) {
        DType::BFloat16 => DType::Float32,
        d => d,
    }
}

/// The dtype a product is computed in: float32 for the half types.
pub fn compute_dtype(d: DType) -> DType {
    match d {
        DType::Float16 | DType::BFloat16 => DType::Float32,
        d => d,
    }
}

fn core_error(sig: Sig, what: &str, op: usize, dim: usize, got: usize, want: usize) -> Error {
    Error::shape(format!(
        "{}: {what} operand {op} has a mismatch in its core dimension {dim}, with gufunc signature {} (size {got} is different from {want})",
        sig.name(),
        sig.text()
    ))
}

fn ndim_error(sig: Sig, what: &str, op: usize, has: usize, req: usize) -> Error {
    Error::shape(format!(
        "{}: {what} operand {op} does not have enough dimensions (has {has}, gufunc core with signature {} requires {req})",
        sig.name(),
        sig.text()
    ))
}

/// NumPy's text for an `out=` with fewer loop axes than the inputs need.
fn reduction_error() -> Error {
    Error::shape(
        "output operand requires a reduction along dimension -1, but the reduction is not enabled. The dimension size of 1 does not match the expected output shape.",
    )
}

/// NumPy's iterator text for `-1`-padded remapped shapes: leading missing
/// axes are skipped, later ones print as `newaxis`.
fn remapped(dims: &[Option<usize>]) -> String {
    let first = dims.iter().position(|d| d.is_some()).unwrap_or(dims.len());
    let parts: Vec<String> = dims[first..]
        .iter()
        .map(|d| d.map_or("newaxis".to_string(), |v| v.to_string()))
        .collect();
    match parts.len() {
        1 => format!("({},)", parts[0]),
        _ => format!("({})", parts.join(",")),
    }
}

/// NumPy's broadcast error of a gufunc's loop over `batches` (inputs then
/// the output, each with its full shape) with `core_out` output core sizes.
fn batch_error(ops: &[(&[usize], usize, bool)], nb: usize, core_out: &[usize]) -> Error {
    let mut parts = Vec::new();
    for &(shape, ncore, is_out) in ops {
        let batch = &shape[..shape.len() - ncore];
        let mut dims = vec![None; nb - batch.len()];
        dims.extend(batch.iter().map(|&d| Some(d)));
        if is_out {
            dims.extend(shape[shape.len() - ncore..].iter().map(|&d| Some(d)));
        } else {
            dims.extend(core_out.iter().map(|_| None));
        }
        parts.push(format!("{}->{}", compact_shape(shape), remapped(&dims)));
    }
    let mut req = vec![None; nb];
    req.extend(core_out.iter().map(|&d| Some(d)));
    Error::shape(format!(
        "operands could not be broadcast together with remapped shapes [original->remapped]: {}  and requested shape {}",
        parts.join(" "),
        remapped(&req)
    ))
}

/// Broadcasts batch shapes; `None` when they do not broadcast.
fn broadcast(shapes: &[&[usize]]) -> Option<Vec<usize>> {
    let nd = shapes.iter().map(|s| s.len()).max().unwrap_or(0);
    let mut out = vec![1usize; nd];
    for s in shapes {
        let pad = nd - s.len();
        for (i, &d) in s.iter().enumerate() {
            let o = &mut out[pad + i];
            if *o == 1 {
                *o = d;
            } else if d != 1 && d != *o {
                return None;
            }
        }
    }
    Some(out)
}

/// True when two arrays share a buffer whose byte ranges intersect.
pub(crate) fn overlaps(a: &Array, b: &Array) -> bool {
    if !Arc::ptr_eq(a.buffer(), b.buffer()) || a.size() == 0 || b.size() == 0 {
        return false;
    }
    let range = |x: &Array| {
        let (lo, hi) = layout::byte_extent(x.shape(), x.strides(), x.itemsize()).unwrap_or((0, 0));
        (x.offset() as i128 + lo, x.offset() as i128 + hi)
    };
    let ((a0, a1), (b0, b1)) = (range(a), range(b));
    a0 < b1 && b0 < a1
}

fn aligned(a: &Array) -> bool {
    layout::is_aligned(
        a.data_ptr() as usize,
        a.shape(),
        a.strides(),
        a.dtype().alignment(),
    )
}

/// `a` in dtype `d`, aligned, conjugated when `conj`: `a` itself when no
/// conversion is needed.
pub(crate) fn prepared(a: &Arc<Array>, d: DType, conj: bool) -> Result<Arc<Array>> {
    let conj = conj && d.kind() == crate::dtype::Kind::Complex;
    if a.dtype() == d && aligned(a) && !conj {
        return Ok(a.clone());
    }
    let c = a.astype(d, crate::array::convert::CopyOrder::K, Casting::Unsafe)?;
    if conj {
        let p = c.data_ptr();
        dispatch!(d, T => conj_in_place::<T>(&c, p));
    }
    Ok(Arc::new(c))
}

fn conj_in_place<T: Dot>(c: &Array, p: *mut u8) {
    // SAFETY: A3, A5 — `c` is a fresh writable array; offsets from its layout.
    c.for_each_offset(|o| unsafe {
        let e = p.offset(o) as *mut T;
        *e = (*e).conj();
    });
}

/// `matmul(a, b, out=out)` and the other product gufuncs (see [`Sig`]).
/// Returns `out` when given.
pub fn gufunc(
    sig: Sig,
    a: &Arc<Array>,
    b: &Arc<Array>,
    out: Option<&Arc<Array>>,
) -> Result<Arc<Array>> {
    let (ca, cb) = sig.cores(a.ndim(), b.ndim());
    let need_a = if sig == Sig::MatMul { 1 } else { ca };
    let need_b = if sig == Sig::MatMul { 1 } else { cb };
    if a.ndim() < need_a {
        return Err(ndim_error(sig, "Input", 0, a.ndim(), need_a));
    }
    if b.ndim() < need_b {
        return Err(ndim_error(sig, "Input", 1, b.ndim(), need_b));
    }
    let (ash, bsh) = (a.shape(), b.shape());
    // Core sizes: A is n x k, B is k x m (vectors have n = 1 / m = 1).
    let (n, ka) = if ca == 2 {
        (ash[ash.len() - 2], ash[ash.len() - 1])
    } else {
        (1, ash[ash.len() - 1])
    };
    let (kb, m) = if cb == 2 {
        (bsh[bsh.len() - 2], bsh[bsh.len() - 1])
    } else {
        (bsh[bsh.len() - 1], 1)
    };
    if ka != kb {
        return Err(core_error(sig, "Input", 1, 0, kb, ka));
    }
    let k = ka;
    let mut core_out = Vec::new();
    if ca == 2 {
        core_out.push(n);
    }
    if cb == 2 {
        core_out.push(m);
    }
    let ba = &ash[..ash.len() - ca];
    let bb = &bsh[..bsh.len() - cb];
    let rdt = result_dtype(a.dtype(), b.dtype());
    let mut shapes: Vec<&[usize]> = vec![ba, bb];
    if let Some(o) = out {
        let nc = core_out.len();
        if o.ndim() < nc {
            return Err(reduction_error());
        }
        for (d, (&got, &want)) in o.shape()[o.ndim() - nc..].iter().zip(&core_out).enumerate() {
            if got != want {
                return Err(core_error(sig, "Output", 0, d, got, want));
            }
        }
        shapes.push(&o.shape()[..o.ndim() - nc]);
    }
    let batch = match broadcast(&shapes) {
        Some(s) => s,
        None => {
            let mut ops = vec![(ash, ca, false), (bsh, cb, false)];
            if let Some(o) = out {
                ops.push((o.shape(), core_out.len(), true));
            }
            let nb = shapes.iter().map(|s| s.len()).max().unwrap_or(0);
            return Err(batch_error(&ops, nb, &core_out));
        }
    };
    let mut rshape = Vec::with_capacity(batch.len() + 2);
    rshape.extend(&batch);
    rshape.extend(&core_out);
    if let Some(o) = out {
        if o.shape() != rshape.as_slice() {
            return Err(reduction_error());
        }
        if !can_cast(rdt, o.dtype(), Casting::SameKind) {
            return Err(Error::dtype(format!(
                "Cannot cast ufunc '{}' output from {} to {} with casting rule 'same_kind'",
                sig.name(),
                crate::array::convert::dtype_repr(rdt),
                crate::array::convert::dtype_repr(o.dtype())
            )));
        }
        o.check_writeable()?;
    }
    let w = compute_dtype(rdt);
    let aw = prepared(a, w, sig.conj_a())?;
    let bw = prepared(b, w, false)?;
    let direct =
        out.filter(|o| o.dtype() == w && aligned(o) && !overlaps(o, &aw) && !overlaps(o, &bw));
    let target: Arc<Array> = match direct {
        Some(o) => o.clone(),
        None => Arc::new(Array::alloc(w, &rshape, Order::C, false)?),
    };
    if target.size() > 0 {
        let item = w.itemsize();
        let it = item as isize;
        // Batch strides in elements, broadcast to `batch` (0 on new and
        // stretched axes).
        let bstr = |x: &Array, nc: usize| -> Vec<isize> {
            let nb = x.ndim() - nc;
            let mut v = vec![0isize; batch.len()];
            let pad = batch.len() - nb;
            for (i, (&d, &s)) in x.shape()[..nb].iter().zip(&x.strides()[..nb]).enumerate() {
                v[pad + i] = if d == 1 { 0 } else { s / it };
            }
            v
        };
        // Core strides in elements; a vector's missing axis gets stride 0.
        let core = |x: &Array, nc: usize| -> [isize; 2] {
            let st = x.strides();
            match nc {
                2 => [st[st.len() - 2] / it, st[st.len() - 1] / it],
                1 => [st[st.len() - 1] / it, 0],
                _ => [0, 0],
            }
        };
        let sa = match core(&aw, ca) {
            s if ca == 2 => s,
            [s, _] => [0, s],
        };
        let sb = core(&bw, cb);
        let sc = match (ca, cb, core(&target, core_out.len())) {
            (2, 2, s) | (2, _, s) => s,
            (_, 2, [s, _]) => [0, s],
            _ => [0, 0],
        };
        let strides = [bstr(&aw, ca), bstr(&bw, cb), bstr(&target, core_out.len())];
        let job = Batch {
            shape: batch,
            strides,
            n,
            k,
            m,
            sa,
            sb,
            sc,
        };
        let (pa, pb, pc) = (aw.data_ptr(), bw.data_ptr(), target.data_ptr());
        dispatch!(w, T => run_batch::<T>(&job, pa as *const T, pb as *const T, pc as *mut T))?;
    }
    match out {
        Some(o) if Arc::ptr_eq(o, &target) => Ok(o.clone()),
        Some(o) => {
            crate::array::convert::copy_into(&target, o)?;
            Ok(o.clone())
        }
        None if w != rdt => Ok(Arc::new(target.astype(
            rdt,
            crate::array::convert::CopyOrder::K,
            Casting::Unsafe,
        )?)),
        None => Ok(target),
    }
}

/// `np.matmul(a, b, out=out)`.
pub fn matmul(a: &Arc<Array>, b: &Arc<Array>, out: Option<&Arc<Array>>) -> Result<Arc<Array>> {
    gufunc(Sig::MatMul, a, b, out)
}

/// A batch of products over a broadcast batch shape; strides in elements.
pub(crate) struct Batch {
    pub shape: Vec<usize>,
    /// Batch strides of A, B and C.
    pub strides: [Vec<isize>; 3],
    pub n: usize,
    pub k: usize,
    pub m: usize,
    pub sa: [isize; 2],
    pub sb: [isize; 2],
    pub sc: [isize; 2],
}

/// Products per item below which BLAS runs single-threaded and items are
/// spread over the pool instead: OpenBLAS itself runs products of
/// `n*k*m <= 2^18` on one thread; up to `2^22` its threads pay less than
/// running two items at once.
const POOL_ITEM_MAX: usize = 1 << 22;
/// Products (multiply-adds) OpenBLAS runs on one thread whatever its count.
const BLAS_ONE_THREAD: usize = 1 << 18;
/// Total multiply-adds of a batch below which it stays on the caller.
const POOL_MIN_WORK: usize = 1 << 15;

/// Base pointers of a batch's operands, shared by the pool's workers.
struct Ptrs<T>(*const T, *const T, *mut T);
// SAFETY: the pointers are only read to build items whose outputs are
// disjoint; the arrays outlive the batch.
unsafe impl<T> Sync for Ptrs<T> {}
unsafe impl<T> Send for Ptrs<T> {}

impl<T> Ptrs<T> {
    fn get(&self) -> (*const T, *const T, *mut T) {
        (self.0, self.1, self.2)
    }
}

/// Runs every product of a batch (see the module docs for the threading
/// policy).
pub(crate) fn run_batch<T: Dot>(job: &Batch, a: *const T, b: *const T, c: *mut T) -> Result<()> {
    let ptrs = Ptrs(a, b, c);
    let items: usize = job.shape.iter().product();
    let work = job.n * job.k.max(1) * job.m;
    let stream = crate::ufunc::kernels::can_stream()
        && items
            .saturating_mul(job.n * job.m)
            .saturating_mul(size_of::<T>())
            >= crate::ufunc::kernels::STREAM_MIN_BYTES;
    let item = |i: usize| -> Product<T> {
        let (a, b, c) = ptrs.get();
        let mut off = [0isize; 3];
        if job.shape.len() == 1 {
            // One batch axis (the common case): no index arithmetic.
            for (o, s) in off.iter_mut().zip(&job.strides) {
                *o = i as isize * s[0];
            }
        } else {
            let mut r = i;
            for d in (0..job.shape.len()).rev() {
                let (q, x) = (r / job.shape[d], r % job.shape[d]);
                r = q;
                for (o, s) in off.iter_mut().zip(&job.strides) {
                    *o += x as isize * s[d];
                }
            }
        }
        Product {
            n: job.n,
            k: job.k,
            m: job.m,
            // Offsets stay inside the operands' buffers (A3).
            a: a.wrapping_offset(off[0]),
            sa: job.sa,
            b: b.wrapping_offset(off[1]),
            sb: job.sb,
            c: c.wrapping_offset(off[2]),
            sc: job.sc,
            stream,
        }
    };
    let parallel = items > 1
        && crate::threads::num_threads() > 1
        && work < POOL_ITEM_MAX
        && items.saturating_mul(work) >= POOL_MIN_WORK;
    if !parallel {
        let one_core = items > 1 && (work <= BLAS_ONE_THREAD || crate::blas::num_threads() <= 1);
        // SAFETY: every item addresses elements of the operands (A3);
        // outputs of distinct items are distinct elements.
        unsafe { run_range(&item, 0..items, &mut Vec::new(), one_core, stream) };
        return Ok(());
    }
    let _one = (work > SMALL_WORK).then(crate::blas::SingleThreaded::enter);
    // Contiguous ranges of items, several per thread for balance.
    let per = (POOL_MIN_WORK / work.max(1))
        .max(items.div_ceil(2 * crate::threads::num_threads()))
        .max(1);
    crate::threads::install(|| {
        (0..items.div_ceil(per))
            .into_par_iter()
            .for_each_init(Vec::new, |scratch, r| {
                // SAFETY: as above; items write disjoint outputs.
                unsafe {
                    run_range(
                        &item,
                        r * per..items.min((r + 1) * per),
                        scratch,
                        true,
                        stream,
                    )
                }
            })
    })
}

/// Runs items `range` in order. Items big enough for the register-tile
/// kernels are told their successor, whose operands those kernels fetch
/// into cache meanwhile; smaller ones are not (building it would cost more
/// than their product). `stream`: the items may have used streaming stores,
/// which are fenced at the end.
///
/// # Safety
/// `item` gives valid products with disjoint outputs.
unsafe fn run_range<T: Dot>(
    item: &impl Fn(usize) -> Product<T>,
    range: std::ops::Range<usize>,
    scratch: &mut Vec<T>,
    one_core: bool,
    stream: bool,
) {
    let end = range.end;
    for i in range {
        let p = item(i);
        let next = (i + 1 < end && p.n * p.k * p.m > TILE_MIN).then(|| item(i + 1));
        product(&p, scratch, one_core, next.as_ref());
    }
    if stream {
        crate::ufunc::kernels::stream_fence();
    }
}
