//! numpy.linalg checked against NumPy case by case
//! (`tests/fixtures/linalg.json`, written by `scripts/gen_linalg_fixtures.py`)
//! and by identities on random and ill-conditioned matrices.
//!
//! Compared: dtype, shape and values of every output, or the error category
//! and NumPy's text. LAPACK builds differ in rounding (NumPy bundles
//! another OpenBLAS), so values agree within `tol * max(1, max |want|)`:
//! tol = 1e-9 for float64/complex128 results, 2e-4 for float32/complex64
//! (the inputs are well conditioned). Eigenvalues of `eig` are matched as
//! multisets; eigen- and singular vectors are compared up to sign or phase
//! (|<got, want>| = 1 for unit vectors), as NumPy's own tests do; only the
//! first min(M, N) singular vectors are unique. Nan inputs ("loose") check
//! only success, dtype and shape.

mod common;
use common::*;

use std::sync::Arc;

use ndc::array::convert::{copy_into, CopyOrder};
use ndc::array::Order;
use ndc::dtype::Casting;
use ndc::linalg::norm::NormOrd;
use ndc::linalg::{cholesky, det, eig, lstsq, norm, qr, solve, svd};
use ndc::manip::{join, shape as sh};
use ndc::{Array, DType, ErrorKind};
use num_complex::Complex64;
use serde_json::Value;

fn num(v: &Value) -> f64 {
    match v {
        Value::String(s) => match s.as_str() {
            "nan" => f64::NAN,
            "inf" => f64::INFINITY,
            "-inf" => f64::NEG_INFINITY,
            _ => panic!("number {s}"),
        },
        Value::Bool(b) => *b as u8 as f64,
        _ => v.as_f64().unwrap(),
    }
}

fn values(spec: &Value) -> Vec<Complex64> {
    spec["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| match x {
            Value::Array(p) => Complex64::new(num(&p[0]), num(&p[1])),
            v => Complex64::new(num(v), 0.0),
        })
        .collect()
}

/// A C-ordered array from a fixture spec.
fn build(spec: &Value) -> Array {
    let dt = dtype_named(spec["dtype"].as_str().unwrap());
    let shape = usizes(&spec["shape"]);
    let src = Array::alloc(DType::Complex128, &shape, Order::C, true).unwrap();
    let vals = values(spec);
    // SAFETY: a fresh C-ordered complex128 array of vals.len() elements.
    unsafe { std::slice::from_raw_parts_mut(src.data_ptr() as *mut Complex64, vals.len()) }
        .copy_from_slice(&vals);
    src.astype(dt, CopyOrder::C, Casting::Unsafe).unwrap()
}

/// `c` rebuilt in the named memory layout (same values).
fn relayout(c: Array, lay: &str) -> Arc<Array> {
    let nd = c.ndim();
    let dst: Array = match lay {
        "F" => Array::alloc(c.dtype(), c.shape(), Order::F, true).unwrap(),
        "T" if nd >= 2 => {
            let mut s = c.shape().to_vec();
            s.swap(nd - 1, nd - 2);
            let base = Arc::new(Array::alloc(c.dtype(), &s, Order::C, true).unwrap());
            sh::swapaxes(&base, -1, -2).unwrap()
        }
        "neg" => {
            let base = Arc::new(Array::alloc(c.dtype(), c.shape(), Order::C, true).unwrap());
            join::flip(&base, None).unwrap()
        }
        "strided" if nd >= 1 => {
            let mut s = c.shape().to_vec();
            s[nd - 1] *= 2;
            let base = Array::alloc(c.dtype(), &s, Order::C, true).unwrap();
            let mut st = base.strides().to_vec();
            st[nd - 1] *= 2;
            Array::from_parts(
                base.buffer().clone(),
                c.dtype(),
                c.shape().to_vec(),
                st,
                0,
                true,
            )
            .unwrap()
        }
        _ => return Arc::new(c),
    };
    copy_into(&c, &dst).unwrap();
    Arc::new(dst)
}

fn ord(v: &Value) -> NormOrd {
    match v {
        Value::Null => NormOrd::Default,
        Value::String(s) if s == "fro" => NormOrd::Fro,
        Value::String(s) if s == "nuc" => NormOrd::Nuc,
        v => NormOrd::P(num(v)),
    }
}

fn axes(v: &Value) -> Option<Vec<i64>> {
    v.as_array()
        .map(|a| a.iter().map(|x| x.as_i64().unwrap()).collect())
}

fn scalar_i64(v: i64) -> Array {
    let a = Array::alloc(DType::Int64, &[], Order::C, true).unwrap();
    a.fill(v).unwrap();
    a
}

fn run(f: &str, ins: &[Arc<Array>], a: &Value) -> ndc::Result<Vec<Array>> {
    let opt = |k: &str| a.get(k).and_then(Value::as_f64);
    let flag = |k: &str, d: bool| a.get(k).and_then(Value::as_bool).unwrap_or(d);
    let x = &ins[0];
    Ok(match f {
        "inv" => vec![solve::inv(x)?],
        "det" => vec![det::det(x)?],
        "slogdet" => {
            let (s, l) = det::slogdet(x)?;
            vec![s, l]
        }
        "solve" => vec![solve::solve(x, &ins[1])?],
        "tensorsolve" => vec![solve::tensorsolve(x, &ins[1], axes(&a["axes"]).as_deref())?],
        "tensorinv" => vec![solve::tensorinv(x, a["ind"].as_i64().unwrap_or(2))?],
        "cholesky" => vec![cholesky::cholesky(x, flag("upper", false))?],
        "eig" => {
            let (w, v) = eig::eig(x)?;
            vec![w, v]
        }
        "eigvals" => vec![eig::eigvals(x)?],
        "eigh" | "eigvalsh" => {
            let lower = eig::uplo_lower(a["uplo"].as_str().unwrap_or("L").as_bytes()[0])?;
            if f == "eigh" {
                let (w, v) = eig::eigh(x, lower)?;
                vec![w, v]
            } else {
                vec![eig::eigvalsh(x, lower)?]
            }
        }
        "svd" => {
            if flag("uv", true) {
                let (u, s, v) = svd::svd(x, flag("full", true), flag("herm", false))?;
                vec![u, s, v]
            } else {
                vec![svd::svdvals_h(x, flag("herm", false))?]
            }
        }
        "svdvals" => vec![svd::svdvals(x)?],
        "pinv" => {
            let c = if a.get("rtol").is_some_and(Value::is_null) {
                svd::Cutoff::Eps
            } else {
                svd::Cutoff::Given(opt("rcond").or(opt("rtol")).unwrap_or(1e-15))
            };
            vec![svd::pinv(x, c, flag("herm", false))?]
        }
        "matrix_rank" => vec![svd::matrix_rank(
            x,
            opt("tol"),
            opt("rtol"),
            flag("herm", false),
        )?],
        "qr" => {
            let (q, r) = qr::qr(
                x,
                qr::QrMode::parse(a["mode"].as_str().unwrap_or("reduced"))?,
            )?;
            std::iter::once(q).chain(r).collect()
        }
        "lstsq" => {
            let r = lstsq::lstsq(x, &ins[1], opt("rcond"))?;
            vec![r.x, r.residuals, scalar_i64(r.rank), r.s]
        }
        "norm" => vec![norm::norm(
            x,
            ord(&a["ord"]),
            axes(&a["axes"]).as_deref(),
            flag("keepdims", false),
        )?],
        "vector_norm" => {
            let o = match ord(a.get("ord").unwrap_or(&Value::from(2.0))) {
                NormOrd::P(p) => p,
                _ => 2.0,
            };
            vec![norm::vector_norm(
                x,
                o,
                axes(&a["axes"]).as_deref(),
                flag("keepdims", false),
            )?]
        }
        "matrix_norm" => vec![norm::matrix_norm(
            x,
            ord(&a["ord"]),
            flag("keepdims", false),
        )?],
        "cond" => vec![norm::cond(x, ord(&a["ord"]))?],
        f => panic!("unknown function {f}"),
    })
}

fn got_values(a: &Array) -> Vec<Complex64> {
    a.to_vec::<Complex64>()
}

fn tol(d: DType) -> f64 {
    match d {
        DType::Float32 | DType::Complex64 | DType::Float16 => 2e-4,
        _ => 1e-9,
    }
}

fn close(g: Complex64, w: Complex64, t: f64) -> bool {
    let part = |g: f64, w: f64| {
        if w.is_nan() {
            g.is_nan()
        } else if w.is_infinite() {
            g == w
        } else {
            (g - w).abs() <= t
        }
    };
    part(g.re, w.re) && part(g.im, w.im)
}

fn scale(w: &[Complex64]) -> f64 {
    w.iter()
        .filter(|z| z.is_finite())
        .fold(1.0f64, |m, z| m.max(z.norm()))
}

fn compare_values(g: &[Complex64], w: &[Complex64], d: DType) -> Result<(), String> {
    let t = tol(d) * scale(w);
    for (k, (x, y)) in g.iter().zip(w).enumerate() {
        if !close(*x, *y, t) {
            return Err(format!("element {k}: got {x}, want {y} (tol {t:e})"));
        }
    }
    Ok(())
}

/// Columns (`cols`) or rows of the trailing (r, c) matrices compared up
/// to a unit factor: |<g_k, w_k>| = |g_k| |w_k| for the first `count`.
fn compare_up_to_phase(
    g: &[Complex64],
    w: &[Complex64],
    r: usize,
    c: usize,
    count: usize,
    cols: bool,
    d: DType,
) -> Result<(), String> {
    let per = r * c;
    if per == 0 {
        return Ok(());
    }
    for b in 0..g.len() / per {
        for k in 0..count {
            let (len, at): (usize, Box<dyn Fn(usize) -> usize>) = if cols {
                (r, Box::new(move |i| b * per + i * c + k))
            } else {
                (c, Box::new(move |j| b * per + k * c + j))
            };
            let (mut dot, mut ng, mut nw) = (Complex64::new(0.0, 0.0), 0.0, 0.0);
            for i in 0..len {
                dot += g[at(i)].conj() * w[at(i)];
                ng += g[at(i)].norm_sqr();
                nw += w[at(i)].norm_sqr();
            }
            let t = 10.0 * tol(d);
            if (dot.norm() - (ng * nw).sqrt()).abs() > t * (1.0 + nw) {
                return Err(format!(
                    "matrix {b} vector {k}: |<g,w>| = {} vs {}",
                    dot.norm(),
                    (ng * nw).sqrt()
                ));
            }
        }
    }
    Ok(())
}

/// Eigenvalues as multisets (each wanted value paired with the nearest
/// unused one), and the eigenvectors of each pair up to phase.
fn compare_eig(got: &[Array], want: &[Value], d: DType) -> Result<(), String> {
    let (gw, ww) = (got_values(&got[0]), values(&want[0]));
    let n = *usizes(&want[0]["shape"]).last().unwrap_or(&0);
    if n == 0 {
        return Ok(());
    }
    let t = tol(d) * 10.0 * scale(&ww);
    let vecs = got.len() > 1;
    let (gv, wv) = if vecs {
        (got_values(&got[1]), values(&want[1]))
    } else {
        (vec![], vec![])
    };
    for b in 0..ww.len() / n {
        let mut used = vec![false; n];
        for i in 0..n {
            let w = ww[b * n + i];
            let (j, dist) = (0..n)
                .filter(|&j| !used[j])
                .map(|j| (j, (gw[b * n + j] - w).norm()))
                .min_by(|x, y| x.1.partial_cmp(&y.1).unwrap())
                .unwrap();
            if dist > t {
                return Err(format!(
                    "matrix {b}: eigenvalue {w} not found (nearest at {dist:e})"
                ));
            }
            used[j] = true;
            if vecs {
                let (mut dot, mut ng, mut nw) = (Complex64::new(0.0, 0.0), 0.0, 0.0);
                for r in 0..n {
                    let (x, y) = (gv[b * n * n + r * n + j], wv[b * n * n + r * n + i]);
                    dot += x.conj() * y;
                    ng += x.norm_sqr();
                    nw += y.norm_sqr();
                }
                if (dot.norm() - (ng * nw).sqrt()).abs() > 100.0 * tol(d) {
                    return Err(format!("matrix {b}: eigenvector {i} differs"));
                }
            }
        }
    }
    Ok(())
}

fn check_case(c: &Value) -> Result<(), String> {
    let f = c["fn"].as_str().unwrap();
    let lay = c["layout"].as_str().unwrap();
    let ins: Vec<Arc<Array>> = c["in"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| relayout(build(s), lay))
        .collect();
    let res = run(f, &ins, &c["args"]);
    if let Some(err) = c.get("err") {
        let (class, msg) = (err[0].as_str().unwrap(), err[1].as_str().unwrap());
        let e = match res {
            Ok(_) => return Err(format!("expected {class}: {msg}, got success")),
            Err(e) => e,
        };
        let kind_ok = match class {
            "LinAlgError" => e.kind == ErrorKind::Linalg,
            "TypeError" => e.kind == ErrorKind::DType,
            "AxisError" => e.kind == ErrorKind::Index,
            _ => matches!(e.kind, ErrorKind::InvalidArgument | ErrorKind::Shape),
        };
        if !kind_ok || e.message != msg {
            return Err(format!(
                "want {class} '{msg}', got {:?} '{}'",
                e.kind, e.message
            ));
        }
        return Ok(());
    }
    let got = res.map_err(|e| format!("unexpected error {:?}: {}", e.kind, e.message))?;
    let want = c["out"].as_array().unwrap();
    if got.len() != want.len() {
        return Err(format!("{} outputs, want {}", got.len(), want.len()));
    }
    for (k, (g, w)) in got.iter().zip(want).enumerate() {
        let wd = dtype_named(w["dtype"].as_str().unwrap());
        if g.dtype() != wd || g.shape() != usizes(&w["shape"]).as_slice() {
            return Err(format!(
                "output {k}: got {:?} {:?}, want {:?} {:?}",
                g.dtype(),
                g.shape(),
                wd,
                usizes(&w["shape"])
            ));
        }
    }
    if c.get("loose").is_some() {
        return Ok(());
    }
    let d = got[0].dtype();
    match f {
        "eig" | "eigvals" => compare_eig(&got, want, d),
        "eigh" => {
            compare_values(&got_values(&got[0]), &values(&want[0]), got[0].dtype())?;
            let s = got[1].shape();
            let n = s[s.len() - 1];
            compare_up_to_phase(&got_values(&got[1]), &values(&want[1]), n, n, n, true, d)
        }
        "svd" if got.len() == 3 => {
            compare_values(&got_values(&got[1]), &values(&want[1]), got[1].dtype())?;
            let (us, vs) = (got[0].shape(), got[2].shape());
            let (m, uc) = (us[us.len() - 2], us[us.len() - 1]);
            let (vr, n) = (vs[vs.len() - 2], vs[vs.len() - 1]);
            let k = m.min(n);
            compare_up_to_phase(&got_values(&got[0]), &values(&want[0]), m, uc, k, true, d)?;
            compare_up_to_phase(&got_values(&got[2]), &values(&want[2]), vr, n, k, false, d)
        }
        _ => {
            for (k, (g, w)) in got.iter().zip(want).enumerate() {
                compare_values(&got_values(g), &values(w), g.dtype())
                    .map_err(|e| format!("output {k}: {e}"))?;
            }
            Ok(())
        }
    }
}

#[test]
fn linalg_matches_numpy() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/linalg.json"
    ))
    .unwrap();
    let doc: Value = serde_json::from_str(&text).unwrap();
    let cases = doc["cases"].as_array().unwrap();
    let mut failures = Vec::new();
    for c in cases {
        let id = c["id"].as_str().unwrap();
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check_case(c)))
            .unwrap_or_else(|_| Err("panic".to_string()));
        if let Err(e) = r {
            failures.push(format!("{id} [{}] {}: {e}", c["layout"], c["args"]));
        }
    }
    for f in &failures {
        eprintln!("{f}");
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed",
        failures.len(),
        cases.len()
    );
    eprintln!("{} cases", cases.len());
}

// ---- identities on random and ill-conditioned matrices ----

/// Row-major (r x k) times (k x c).
fn mm(a: &[Complex64], b: &[Complex64], r: usize, k: usize, c: usize) -> Vec<Complex64> {
    let mut out = vec![Complex64::new(0.0, 0.0); r * c];
    for i in 0..r {
        for l in 0..k {
            let x = a[i * k + l];
            for j in 0..c {
                out[i * c + j] += x * b[l * c + j];
            }
        }
    }
    out
}

/// Conjugate transpose of a row-major r x c matrix.
fn ct(a: &[Complex64], r: usize, c: usize) -> Vec<Complex64> {
    let mut out = vec![Complex64::new(0.0, 0.0); r * c];
    for i in 0..r {
        for j in 0..c {
            out[j * r + i] = a[i * c + j].conj();
        }
    }
    out
}

fn max_diff(a: &[Complex64], b: &[Complex64]) -> f64 {
    a.iter()
        .zip(b)
        .map(|(x, y)| (x - y).norm())
        .fold(0.0, f64::max)
}

fn eye(n: usize) -> Vec<Complex64> {
    (0..n * n)
        .map(|k| Complex64::new((k / n == k % n) as u8 as f64, 0.0))
        .collect()
}

/// A stack of `count` n x n matrices of `dt`: random, or Hilbert matrices.
fn stack(dt: DType, count: usize, r: usize, c: usize, hilbert: bool, seed: u64) -> Arc<Array> {
    let mut g = Lcg(seed);
    let cplx = matches!(dt, DType::Complex64 | DType::Complex128);
    let vals: Vec<Complex64> = (0..count * r * c)
        .map(|k| {
            if hilbert {
                let (i, j) = ((k % (r * c)) / c, k % c);
                Complex64::new(1.0 / (i + j + 1) as f64, 0.0)
            } else {
                Complex64::new(g.next(), if cplx { g.next() } else { 0.0 })
            }
        })
        .collect();
    let a = Array::alloc(DType::Complex128, &[count, r, c], Order::C, true).unwrap();
    // SAFETY: fresh C-ordered complex128 array of vals.len() elements.
    unsafe { std::slice::from_raw_parts_mut(a.data_ptr() as *mut Complex64, vals.len()) }
        .copy_from_slice(&vals);
    Arc::new(a.astype(dt, CopyOrder::C, Casting::Unsafe).unwrap())
}

fn mats(a: &Array) -> Vec<Complex64> {
    a.to_vec::<Complex64>()
}

fn eps(dt: DType) -> f64 {
    match dt {
        DType::Float32 | DType::Complex64 => f32::EPSILON as f64,
        _ => f64::EPSILON,
    }
}

const TYPES: [DType; 4] = [
    DType::Float32,
    DType::Float64,
    DType::Complex64,
    DType::Complex128,
];

#[test]
fn inverse_and_solve_identities() {
    for dt in TYPES {
        // Native small path over the pool (1000 matrices) and LAPACK (n > 8).
        for (n, count) in [(2, 1000), (3, 1000), (5, 1000), (8, 1000), (12, 3), (40, 2)] {
            let a = stack(dt, count, n, n, false, n as u64);
            let inv = solve::inv(&a).unwrap();
            let (av, iv) = (mats(&a), mats(&inv));
            let b = stack(dt, count, n, 2, false, 7);
            let x = solve::solve(&a, &b).unwrap();
            let (bv, xv) = (mats(&b), mats(&x));
            // The same stack read through a transposed view (the pool path
            // and LAPACK both read strided input): inv(A^T) = inv(A)^T.
            let at = Arc::new(sh::swapaxes(&a, -1, -2).unwrap());
            let it = mats(&solve::inv(&at).unwrap());
            for k in 0..count {
                for i in 0..n {
                    for j in 0..n {
                        let (x, y) = (it[k * n * n + i * n + j], iv[k * n * n + j * n + i]);
                        let t = 1e3 * eps(dt) * (1.0 + y.norm()) * n as f64;
                        assert!(
                            (x - y).norm() <= t,
                            "{dt:?} n={n} #{k}: inv(A^T) {x} vs {y}"
                        );
                    }
                }
            }
            let d = det::det(&a).unwrap().to_vec::<Complex64>();
            let di = det::det(&Arc::new(inv)).unwrap().to_vec::<Complex64>();
            for k in 0..count {
                let m = &av[k * n * n..(k + 1) * n * n];
                let mi = &iv[k * n * n..(k + 1) * n * n];
                // Residual bounds relative to |A| |A^-1| (a condition estimate).
                let na = m.iter().map(|z| z.norm()).fold(0.0, f64::max) * n as f64;
                let ni = mi.iter().map(|z| z.norm()).fold(0.0, f64::max) * n as f64;
                let bound = 50.0 * n as f64 * eps(dt) * na * ni;
                let r = max_diff(&mm(m, mi, n, n, n), &eye(n));
                assert!(
                    r <= bound,
                    "{dt:?} n={n} #{k}: |A inv(A) - I| = {r:e} > {bound:e}"
                );
                let ax = mm(m, &xv[k * n * 2..(k + 1) * n * 2], n, n, 2);
                let r = max_diff(&ax, &bv[k * n * 2..(k + 1) * n * 2]);
                assert!(r <= bound, "{dt:?} n={n} #{k}: |A x - b| = {r:e}");
                let p = d[k] * di[k];
                assert!(
                    (p - 1.0).norm() <= bound,
                    "{dt:?} n={n} #{k}: det(A) det(inv A) = {p}"
                );
            }
        }
    }
    // Ill-conditioned: Hilbert matrices (cond ~ 1.5e7 for n = 6, 3.5e10 for 8).
    for n in [6, 8, 10] {
        let a = stack(DType::Float64, 2, n, n, true, 0);
        let inv = solve::inv(&a).unwrap();
        let (av, iv) = (mats(&a), mats(&inv));
        let ni = iv[..n * n].iter().map(|z| z.norm()).fold(0.0, f64::max) * n as f64;
        let r = max_diff(&mm(&av[..n * n], &iv[..n * n], n, n, n), &eye(n));
        assert!(
            r <= 100.0 * n as f64 * f64::EPSILON * ni * 2.0,
            "hilbert {n}: {r:e}"
        );
    }
}

#[test]
fn factorisation_identities() {
    for dt in TYPES {
        let t = 200.0 * eps(dt);
        for (m, n, hilbert) in [
            (4, 4, false),
            (6, 3, false),
            (3, 7, false),
            (7, 7, true),
            (20, 20, false),
        ] {
            let a = stack(dt, 3, m, n, hilbert, (m * n) as u64);
            let av = mats(&a);
            let k = m.min(n);
            let scale = 1.0 + av.iter().map(|z| z.norm()).fold(0.0, f64::max) * (m.max(n) as f64);
            // U S Vh = A, U^H U = I.
            let (u, s, vh) = svd::svd(&a, false, false).unwrap();
            let (uv, sv, vv) = (mats(&u), mats(&s), mats(&vh));
            // Q R = A, Q^H Q = I.
            let (q, r) = qr::qr(&a, qr::QrMode::Reduced).unwrap();
            let (qv, rv) = (mats(&q), mats(&r.unwrap()));
            for b in 0..3 {
                let ub = &uv[b * m * k..(b + 1) * m * k];
                let mut us = ub.to_vec();
                for i in 0..m {
                    for j in 0..k {
                        us[i * k + j] *= sv[b * k + j];
                    }
                }
                let rec = mm(&us, &vv[b * k * n..(b + 1) * k * n], m, k, n);
                let ab = &av[b * m * n..(b + 1) * m * n];
                let e = max_diff(&rec, ab);
                assert!(e <= t * scale, "{dt:?} svd {m}x{n}: |U S Vh - A| = {e:e}");
                let e = max_diff(&mm(&ct(ub, m, k), ub, k, m, k), &eye(k));
                assert!(
                    e <= t * m as f64,
                    "{dt:?} svd {m}x{n}: U not orthonormal ({e:e})"
                );
                let qb = &qv[b * m * k..(b + 1) * m * k];
                let e = max_diff(&mm(qb, &rv[b * k * n..(b + 1) * k * n], m, k, n), ab);
                assert!(e <= t * scale, "{dt:?} qr {m}x{n}: |Q R - A| = {e:e}");
                let e = max_diff(&mm(&ct(qb, m, k), qb, k, m, k), &eye(k));
                assert!(
                    e <= t * m as f64,
                    "{dt:?} qr {m}x{n}: Q not orthonormal ({e:e})"
                );
            }
            if m != n {
                continue;
            }
            // L L^H = A for A = B B^H + n I; A v = w v for eig and eigh.
            let mut spd = Vec::new();
            for b in 0..3 {
                let ab = &av[b * n * n..(b + 1) * n * n];
                let mut p = mm(ab, &ct(ab, n, n), n, n, n);
                for i in 0..n {
                    p[i * n + i] += n as f64;
                }
                spd.extend(p);
            }
            let pa = Array::alloc(DType::Complex128, &[3, n, n], Order::C, true).unwrap();
            // SAFETY: fresh complex128 array of spd.len() elements.
            unsafe { std::slice::from_raw_parts_mut(pa.data_ptr() as *mut Complex64, spd.len()) }
                .copy_from_slice(&spd);
            let pa = Arc::new(pa.astype(dt, CopyOrder::C, Casting::Unsafe).unwrap());
            let spd = mats(&pa);
            let pscale = 1.0 + spd.iter().map(|z| z.norm()).fold(0.0, f64::max) * n as f64;
            let l = mats(&cholesky::cholesky(&pa, false).unwrap());
            let (hw, hv) = eig::eigh(&pa, true).unwrap();
            let (hw, hv) = (mats(&hw), mats(&hv));
            let (gw, gv) = eig::eig(&a).unwrap();
            let (gw, gv) = (mats(&gw), mats(&gv));
            for b in 0..3 {
                let lb = &l[b * n * n..(b + 1) * n * n];
                let pb = &spd[b * n * n..(b + 1) * n * n];
                let e = max_diff(&mm(lb, &ct(lb, n, n), n, n, n), pb);
                assert!(e <= t * pscale, "{dt:?} cholesky {n}: {e:e}");
                for (w, v, mat, sc) in [
                    (&hw, &hv, pb, pscale),
                    (&gw, &gv, &av[b * n * n..(b + 1) * n * n], scale),
                ] {
                    let vb = &v[b * n * n..(b + 1) * n * n];
                    let av_ = mm(mat, vb, n, n, n);
                    let mut wv = vb.to_vec();
                    for i in 0..n {
                        for j in 0..n {
                            wv[i * n + j] *= w[b * n + j];
                        }
                    }
                    let e = max_diff(&av_, &wv);
                    assert!(
                        e <= 10.0 * t * sc,
                        "{dt:?} eig {n}{}: |A v - w v| = {e:e}",
                        if hilbert { " hilbert" } else { "" }
                    );
                }
            }
        }
    }
}
