//! Matrix and vector products against NumPy's fixtures
//! (scripts/gen_linalg_products_fixtures.py): every function over dtypes,
//! batch shapes, layouts (C, F, transposed, reversed, strided, padded
//! leading dimension), out= and error texts.
//!
//! Integer, bool and the elementwise products are compared bit-exactly;
//! floating results of sums within `4 (k+1) eps max(1, |expected|)` where
//! `k` is the length of the sums (BLAS sums in another order than NumPy's
//! loops and kernels).

mod common;

use std::sync::Arc;

use common::{c_bytes, dtype_named, unhex, usizes};
use half::{bf16, f16};
use ndc::array::Buffer;
use ndc::dtype::Kind;
use ndc::linalg::{elementwise, matmul, products};
use ndc::{Array, DType, ErrorKind, Result};
use serde_json::Value;

fn operand(spec: &Value) -> Arc<Array> {
    let dtype = dtype_named(spec["dtype"].as_str().unwrap());
    let raw = unhex(spec["raw"].as_str().unwrap());
    let buffer = Buffer::alloc(raw.len(), false).unwrap();
    // SAFETY: a fresh buffer of raw.len() bytes.
    unsafe { std::ptr::copy_nonoverlapping(raw.as_ptr(), buffer.ptr(), raw.len()) };
    let strides: Vec<isize> = spec["strides"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_i64().unwrap() as isize)
        .collect();
    Arc::new(
        Array::from_parts(
            Arc::new(buffer),
            dtype,
            usizes(&spec["shape"]),
            strides,
            spec["offset"].as_u64().unwrap() as usize,
            true,
        )
        .unwrap(),
    )
}

fn i64s(v: &Value) -> Vec<i64> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_i64().unwrap())
        .collect()
}

fn run(c: &Value, ins: &[Arc<Array>]) -> Result<Arc<Array>> {
    let args = &c["args"];
    let out = args
        .get("out")
        .map(|i| ins[i.as_u64().unwrap() as usize].clone());
    let (a, b) = (&ins[0], ins.get(1));
    let b = || b.unwrap();
    match c["fn"].as_str().unwrap() {
        "matmul" => matmul::matmul(a, b(), out.as_ref()),
        "vecdot" => matmul::gufunc(matmul::Sig::VecDot, a, b(), out.as_ref()),
        "matvec" => matmul::gufunc(matmul::Sig::MatVec, a, b(), out.as_ref()),
        "vecmat" => matmul::gufunc(matmul::Sig::VecMat, a, b(), out.as_ref()),
        "dot" => products::dot(a, b(), out.as_ref()),
        "vdot" => products::vdot(a, b()),
        "inner" => products::inner(a, b()),
        "outer" => elementwise::outer(a, b()).map(Arc::new),
        "kron" => elementwise::kron(a, b()).map(Arc::new),
        "tensordot" => match args.get("n") {
            Some(n) => products::tensordot_n(a, b(), n.as_i64().unwrap()),
            None => products::tensordot(a, b(), &i64s(&args["axes_a"]), &i64s(&args["axes_b"])),
        },
        "cross" => {
            let get = |k: &str| args.get(k).and_then(|v| v.as_i64());
            let (xa, xb, xc) = match get("axis") {
                Some(x) => (x, x, x),
                None => (
                    get("axisa").unwrap_or(-1),
                    get("axisb").unwrap_or(-1),
                    get("axisc").unwrap_or(-1),
                ),
            };
            elementwise::cross(a, b(), xa, xb, xc).map(Arc::new)
        }
        "matrix_power" => products::matrix_power(a, args["n"].as_i64().unwrap()),
        "multi_dot" => products::multi_dot(ins),
        f => panic!("unknown function {f}"),
    }
}

/// Element values as complex f64 pairs, for tolerance comparisons.
fn values(d: DType, bytes: &[u8]) -> Vec<(f64, f64)> {
    let n = d.itemsize();
    bytes
        .chunks(n)
        .map(|e| match d {
            DType::Float16 => (f16::from_le_bytes([e[0], e[1]]).to_f64(), 0.0),
            DType::BFloat16 => (bf16::from_le_bytes([e[0], e[1]]).to_f64(), 0.0),
            DType::Float32 => (f32::from_le_bytes(e.try_into().unwrap()) as f64, 0.0),
            DType::Float64 => (f64::from_le_bytes(e.try_into().unwrap()), 0.0),
            DType::Complex64 => (
                f32::from_le_bytes(e[..4].try_into().unwrap()) as f64,
                f32::from_le_bytes(e[4..].try_into().unwrap()) as f64,
            ),
            DType::Complex128 => (
                f64::from_le_bytes(e[..8].try_into().unwrap()),
                f64::from_le_bytes(e[8..].try_into().unwrap()),
            ),
            _ => unreachable!(),
        })
        .collect()
}

fn eps(d: DType) -> f64 {
    match d {
        DType::Float16 => 2f64.powi(-10),
        DType::BFloat16 => 2f64.powi(-7),
        DType::Float32 | DType::Complex64 => f32::EPSILON as f64,
        _ => f64::EPSILON,
    }
}

fn kind_ok(class: &str, kind: ErrorKind) -> bool {
    use ErrorKind::*;
    match class {
        "ValueError" => matches!(kind, InvalidArgument | Shape | Index | Linalg),
        "TypeError" => kind == DType,
        "IndexError" => kind == Index,
        _ => false,
    }
}

#[test]
fn fixtures() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/linalg_products.json"
    ))
    .unwrap();
    let doc: Value = serde_json::from_str(&text).unwrap();
    let cases = doc["cases"].as_array().unwrap();
    let mut failures = Vec::new();
    let (mut exact, mut approx, mut errors) = (0, 0, 0);
    for c in cases {
        let id = c["id"].as_str().unwrap();
        let ins: Vec<Arc<Array>> = c["in"].as_array().unwrap().iter().map(operand).collect();
        let got = run(c, &ins);
        if let Some(e) = c.get("error") {
            errors += 1;
            let (class, msg) = (e[0].as_str().unwrap(), e[1].as_str().unwrap());
            match got {
                Ok(_) => failures.push(format!("{id}: expected error {msg:?}, got a result")),
                Err(g) if g.message != msg || !kind_ok(class, g.kind) => failures.push(format!(
                    "{id}: error {:?} {:?}, expected {class} {msg:?}",
                    g.kind, g.message
                )),
                Err(_) => {}
            }
            continue;
        }
        let r = &c["res"];
        let got = match got {
            Ok(g) => g,
            Err(e) => {
                failures.push(format!("{id}: {}", e.message));
                continue;
            }
        };
        let dt = dtype_named(r["dtype"].as_str().unwrap());
        if got.dtype() != dt || got.shape() != usizes(&r["shape"]).as_slice() {
            failures.push(format!(
                "{id}: got {:?} {:?}, expected {dt:?} {:?}",
                got.dtype(),
                got.shape(),
                usizes(&r["shape"])
            ));
            continue;
        }
        let want = unhex(r["hex"].as_str().unwrap());
        let have = c_bytes(&got);
        let fp = matches!(dt.kind(), Kind::Float | Kind::Complex);
        let k = c["k"].as_u64().unwrap() as f64;
        if !fp || k == 0.0 {
            exact += 1;
            if have != want {
                failures.push(format!("{id}: bytes differ"));
            }
            continue;
        }
        approx += 1;
        let (w, h) = (values(dt, &want), values(dt, &have));
        let scale = w
            .iter()
            .map(|&(re, im)| re.abs().max(im.abs()))
            .fold(1.0f64, f64::max);
        let tol = 4.0 * (k + 1.0) * eps(dt) * scale;
        for (i, (x, y)) in w.iter().zip(&h).enumerate() {
            let ok = |p: f64, q: f64| (p - q).abs() <= tol || (p.is_nan() && q.is_nan()) || p == q;
            if !ok(x.0, y.0) || !ok(x.1, y.1) {
                failures.push(format!(
                    "{id}: element {i}: got {y:?}, expected {x:?} (tol {tol:e})"
                ));
                break;
            }
        }
    }
    eprintln!(
        "{} cases: {exact} exact, {approx} within k*eps, {errors} error texts",
        cases.len()
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A product larger than the BLAS threshold on every layout pair agrees
/// with the native kernel (the float path is checked bit-for-bit against
/// integers held exactly in float64).
#[test]
fn blas_and_native_agree_on_integers_in_floats() {
    let n = 37;
    let a = Arc::new(Array::alloc(DType::Float64, &[n, n], ndc::array::Order::C, false).unwrap());
    let p = a.data_ptr() as *mut f64;
    for i in 0..n * n {
        // SAFETY: a fresh contiguous array of n*n doubles.
        unsafe { *p.add(i) = ((i * 7) % 11) as f64 - 5.0 };
    }
    let ai = Arc::new(
        a.astype(
            DType::Int64,
            ndc::array::convert::CopyOrder::C,
            ndc::dtype::Casting::Unsafe,
        )
        .unwrap(),
    );
    let at = Arc::new(ndc::manip::shape::transpose(&a, None).unwrap());
    let ait = Arc::new(ndc::manip::shape::transpose(&ai, None).unwrap());
    let f = matmul::matmul(&a, &at, None).unwrap();
    let i = matmul::matmul(&ai, &ait, None).unwrap();
    let fi = f
        .astype(
            DType::Int64,
            ndc::array::convert::CopyOrder::C,
            ndc::dtype::Casting::Unsafe,
        )
        .unwrap();
    assert_eq!(c_bytes(&fi), c_bytes(&i));
}

#[test]
fn negative_matrix_power_inverts_first() {
    // np.linalg.matrix_power(np.array([[1, 2], [3, 4]]), -2)
    let matrix = |v: [f64; 4], d: DType| {
        let flat = Arc::new(Array::arange(0.0, 4.0, 1.0, DType::Float64).unwrap());
        let m = Arc::new(ndc::manip::shape::reshape(&flat, &[2, 2], ndc::array::Order::C).unwrap());
        let p = m.data_ptr() as *mut f64;
        for (i, x) in v.iter().enumerate() {
            // SAFETY: a fresh contiguous array of 4 doubles.
            unsafe { *p.add(i) = *x };
        }
        let cast = m
            .astype(
                d,
                ndc::array::convert::CopyOrder::C,
                ndc::dtype::Casting::Unsafe,
            )
            .unwrap();
        Arc::new(cast)
    };
    let a = matrix([1.0, 2.0, 3.0, 4.0], DType::Int64);
    let r = products::matrix_power(&a, -2).unwrap();
    assert_eq!(r.dtype(), DType::Float64);
    let got: Vec<f64> = values(DType::Float64, &c_bytes(&r))
        .iter()
        .map(|v| v.0)
        .collect();
    let want = [5.5, -2.5, -3.75, 1.75];
    for (g, w) in got.iter().zip(want) {
        assert!((g - w).abs() < 1e-12, "{got:?}");
    }
    let singular = matrix([1.0, 2.0, 2.0, 4.0], DType::Float64);
    let e = products::matrix_power(&singular, -1).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Linalg);
    assert_eq!(e.message, "Singular matrix");
}

#[test]
fn blas_threads_round_trip() {
    let before = ndc::blas::num_threads();
    ndc::blas::set_num_threads(1).unwrap();
    assert_eq!(ndc::blas::num_threads(), 1);
    {
        let _s = ndc::blas::SingleThreaded::enter();
        ndc::blas::set_num_threads(2).unwrap();
        assert_eq!(ndc::blas::num_threads(), 2);
    }
    assert_eq!(ndc::blas::num_threads(), 2);
    ndc::blas::set_num_threads(before).unwrap();
    assert_eq!(ndc::blas::num_threads(), before);
}

/// The register-tile kernels (float32/float64 items of a batch that fit in
/// L2) on integers held exactly in floats: every result must equal the int64
/// product bit for bit, for edge row and column counts, transposed and
/// strided operands, batches, and outputs whose columns are not adjacent.
#[test]
fn packed_kernels_exact_on_integer_floats() {
    use ndc::array::convert::CopyOrder;
    use ndc::array::Order;
    use ndc::dtype::Casting;
    use ndc::manip::shape::transpose;
    let ints = |shape: &[usize], seed: usize| -> Arc<Array> {
        let a = Array::alloc(DType::Int64, shape, Order::C, false).unwrap();
        let p = a.data_ptr() as *mut i64;
        for i in 0..a.size() {
            // SAFETY: a fresh contiguous int64 array.
            unsafe { *p.add(i) = ((i * 7 + seed * 13) % 11) as i64 - 5 };
        }
        Arc::new(a)
    };
    let cast = |a: &Array, d: DType| Arc::new(a.astype(d, CopyOrder::K, Casting::Unsafe).unwrap());
    // Last two axes swapped: a view whose rows are strided.
    let swap = |a: &Arc<Array>| -> Arc<Array> {
        let nd = a.ndim() as i64;
        let mut axes: Vec<i64> = (0..nd).collect();
        axes.swap(nd as usize - 1, nd as usize - 2);
        Arc::new(transpose(a, Some(&axes)).unwrap())
    };
    // Batches (the kernels take items of a batch above 2^16 multiply-adds).
    let shapes: [(&[usize], &[usize]); 6] = [
        (&[2, 61, 40], &[2, 40, 37]),
        (&[3, 48, 32], &[3, 32, 64]),
        (&[2, 1, 300], &[2, 300, 250]),
        (&[2, 250, 300], &[300, 1]),
        (&[2, 30, 70], &[2, 70, 33]),
        (&[3, 1, 25, 90], &[2, 90, 65]),
    ];
    for d in [DType::Float64, DType::Float32] {
        for (sa, sb) in shapes {
            for (ta, tb) in [(false, false), (true, false), (false, true), (true, true)] {
                // A transposed operand is built transposed and swapped
                // back, so its values are the same as the plain one's.
                let make = |s: &[usize], seed: usize, t: bool| {
                    if !t {
                        return ints(s, seed);
                    }
                    let mut st = s.to_vec();
                    let nd = st.len();
                    st.swap(nd - 1, nd - 2);
                    swap(&ints(&st, seed))
                };
                let (ai, bi) = (make(sa, 1, ta), make(sb, 2, tb));
                let want = matmul::matmul(&ai, &bi, None).unwrap();
                let (af, bf) = (cast(&ai, d), cast(&bi, d));
                let got = matmul::matmul(&af, &bf, None).unwrap();
                let what = format!("{d:?} {sa:?}@{sb:?} T{ta}{tb}");
                assert_eq!(c_bytes(&cast(&got, DType::Int64)), c_bytes(&want), "{what}");
                // Into an out= whose columns are strided (an F-order array).
                let out = Arc::new(Array::alloc(d, want.shape(), Order::F, true).unwrap());
                matmul::matmul(&af, &bf, Some(&out)).unwrap();
                assert_eq!(
                    c_bytes(&cast(&out, DType::Int64)),
                    c_bytes(&want),
                    "{what} out=F"
                );
            }
        }
    }
}

/// Batches of small products whose output is 16 MiB or more write C's rows
/// with streaming stores. The small kernel sums each element in increasing
/// order with separate multiplies and adds, so a plain loop gives the same
/// bits; checked for float64 and float32 rows of 2 to 8 elements (some of
/// which stream, some not), on one and two threads.
#[test]
fn streamed_small_batches_equal_plain_sums() {
    use ndc::array::Order;
    fn check<T: Copy + Default + std::ops::Add<Output = T> + std::ops::Mul<Output = T>>(
        d: DType,
        n: usize,
        from: impl Fn(f64) -> T,
        bits: impl Fn(T) -> u64,
    ) {
        let items = (16usize << 20) / (n * n * std::mem::size_of::<T>()) + 3;
        let fill = |seed: usize| -> (Arc<Array>, Vec<T>) {
            let a = Array::alloc(d, &[items, n, n], Order::C, false).unwrap();
            let p = a.data_ptr() as *mut T;
            let mut v = Vec::with_capacity(a.size());
            for i in 0..a.size() {
                let x = from((((i * 2654435761 + seed * 97) % 1999) as f64 - 999.0) / 97.0);
                // SAFETY: a fresh contiguous array of T.
                unsafe { *p.add(i) = x };
                v.push(x);
            }
            (Arc::new(a), v)
        };
        let ((a, va), (b, vb)) = (fill(1), fill(2));
        for threads in [1, 2] {
            ndc::threads::set_num_threads(threads).unwrap();
            let got = matmul::matmul(&a, &b, None).unwrap();
            // SAFETY: a fresh contiguous result of T.
            let g = unsafe { std::slice::from_raw_parts(got.data_ptr() as *const T, got.size()) };
            for t in 0..items {
                for i in 0..n {
                    for j in 0..n {
                        let mut s = T::default();
                        for q in 0..n {
                            s = s + va[t * n * n + i * n + q] * vb[t * n * n + q * n + j];
                        }
                        let k = t * n * n + i * n + j;
                        assert_eq!(
                            bits(g[k]),
                            bits(s),
                            "{d:?} n={n} threads={threads} item {t} ({i},{j})"
                        );
                    }
                }
            }
        }
    }
    for n in [2, 4, 5, 8] {
        check::<f64>(DType::Float64, n, |x| x, f64::to_bits);
        check::<f32>(DType::Float32, n, |x| x as f32, |x| x.to_bits() as u64);
    }
}
