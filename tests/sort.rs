//! Sorting, searching, set operations, order statistics and histograms
//! checked case by case against NumPy's results in `tests/fixtures/sort.json`
//! (written by `scripts/gen_sort_fixtures.py`, which documents the encoding).
//!
//! Comparison modes recorded per case:
//! - exact: dtype, shape and the bytes of every element;
//! - value: dtype, shape, and equal values (nans equal to nans whatever
//!   their sign or payload, `-0.0 == 0.0`): NumPy's unstable sorts and its
//!   unique/set routines may keep either zero or any nan;
//! - ulp: values within 2 units of the dtype's precision (NumPy computes
//!   float16/float32 quantiles partly in other precisions);
//! - partition: every kth element equals the sorted one, nothing before it
//!   is greater, nothing after it smaller, and the lane is a permutation.

mod common;
use common::*;

use std::sync::Arc;

use ndc::array::convert::{copy_into, CopyOrder};
use ndc::array::Order;
use ndc::dtype::Casting;
use ndc::reduce::histogram::{self as hist, Bins};
use ndc::reduce::quantile::{self as qu, Method};
use ndc::reduce::ReduceOptions;
use ndc::sort::{ops, search, set, SortKind};
use ndc::ufunc::resolve::Weak;
use ndc::{Array, DType};
use serde_json::Value;

/// An array from its encoding; inputs are laid out as recorded.
fn decode(spec: &Value, table: &[Value]) -> Array {
    let dtype = dtype_named(spec["dtype"].as_str().unwrap());
    let shape = usizes(&spec["shape"]);
    let raw = unhex(
        table[spec["data"].as_u64().unwrap() as usize]
            .as_str()
            .unwrap(),
    );
    let c = Array::zeros(dtype, &shape, Order::C).unwrap();
    // SAFETY: a fresh C-contiguous array of exactly raw.len() bytes.
    unsafe { std::ptr::copy_nonoverlapping(raw.as_ptr(), c.data_ptr(), raw.len()) };
    let layout = spec.get("layout").and_then(|l| l.as_str()).unwrap_or("C");
    let dst = match layout {
        "C" => return c,
        "F" => Array::zeros(dtype, &shape, Order::F).unwrap(),
        "strided" => {
            let big: Vec<usize> = shape.iter().map(|&n| 2 * n).collect();
            let owner = Array::zeros(dtype, &big, Order::C).unwrap();
            let strides = owner.strides().iter().map(|s| 2 * s).collect();
            Array::from_parts(
                owner.buffer().clone(),
                dtype,
                shape.clone(),
                strides,
                0,
                true,
            )
            .unwrap()
        }
        "neg" => {
            let owner = Array::zeros(dtype, &shape, Order::C).unwrap();
            let strides: Vec<isize> = owner.strides().iter().map(|s| -s).collect();
            let off: isize = shape
                .iter()
                .zip(owner.strides())
                .map(|(&n, &s)| (n.max(1) as isize - 1) * s)
                .sum();
            let off = if c.size() == 0 { 0 } else { off as usize };
            Array::from_parts(
                owner.buffer().clone(),
                dtype,
                shape.clone(),
                strides,
                off,
                true,
            )
            .unwrap()
        }
        l => panic!("layout {l}"),
    };
    copy_into(&c, &dst).unwrap();
    dst
}

/// Elements as complex values (real types: imaginary 0), C order.
fn values(a: &Array) -> Vec<(f64, f64)> {
    let c = a
        .astype(DType::Complex128, CopyOrder::C, Casting::Unsafe)
        .unwrap();
    c_bytes(&c)
        .chunks(16)
        .map(|b| {
            (
                f64::from_le_bytes(b[..8].try_into().unwrap()),
                f64::from_le_bytes(b[8..].try_into().unwrap()),
            )
        })
        .collect()
}

fn same(x: f64, y: f64, tol: f64) -> bool {
    (x.is_nan() && y.is_nan()) || x == y || (x - y).abs() <= tol * x.abs().max(y.abs())
}

/// The precision allowed by "ulp" for a dtype.
fn eps(d: DType) -> f64 {
    match d {
        DType::Float16 => 2.0 * 2f64.powi(-10),
        DType::BFloat16 => 2.0 * 2f64.powi(-7),
        DType::Float32 | DType::Complex64 => 2.0 * 2f64.powi(-23),
        _ => 2.0 * 2f64.powi(-52),
    }
}

/// NumPy's complex `LT` (nans last), on value pairs.
fn lt(a: (f64, f64), b: (f64, f64)) -> bool {
    let ((ar, ai), (br, bi)) = (a, b);
    if ar < br {
        !ai.is_nan() || bi.is_nan()
    } else if ar > br {
        bi.is_nan() && !ai.is_nan()
    } else if ar == br || (ar.is_nan() && br.is_nan()) {
        ai < bi || (bi.is_nan() && !ai.is_nan())
    } else {
        br.is_nan()
    }
}

fn eqv(a: (f64, f64), b: (f64, f64)) -> bool {
    same(a.0, b.0, 0.0) && same(a.1, b.1, 0.0)
}

/// A complex value with a nan part (NumPy's unique treats all as one nan).
fn has_nan(a: (f64, f64)) -> bool {
    a.0.is_nan() || a.1.is_nan()
}

/// Lanes (as index lists into the C-order elements) along `axis`.
fn lane_indices(shape: &[usize], axis: Option<usize>) -> Vec<Vec<usize>> {
    let size: usize = shape.iter().product();
    let Some(ax) = axis else {
        return vec![(0..size).collect()];
    };
    let inner: usize = shape[ax + 1..].iter().product();
    let n = shape[ax];
    let outer: usize = shape[..ax].iter().product();
    let mut out = Vec::new();
    for o in 0..outer {
        for i in 0..inner {
            out.push((0..n).map(|k| (o * n + k) * inner + i).collect());
        }
    }
    out
}

fn check_partition(
    got: &Array,
    input: &Array,
    sorted: &Array,
    arg: bool,
    c: &Value,
) -> Result<(), String> {
    let ax = c["args"]["axis"].as_i64();
    let axis = ax.map(|a| a.rem_euclid(input.ndim() as i64) as usize);
    let s = values(sorted);
    let vals = if arg {
        let idx: Vec<i64> = values(got).iter().map(|v| v.0 as i64).collect();
        let inp = values(input);
        let lanes = lane_indices(input.shape(), axis);
        let mut out = vec![(0.0, 0.0); inp.len()];
        for l in &lanes {
            let mut seen = vec![false; l.len()];
            for &p in l {
                let k = idx[p] as usize;
                if k >= l.len() || seen[k] {
                    return Err(format!("indices are not a permutation: {idx:?}"));
                }
                seen[k] = true;
                out[p] = inp[l[k]];
            }
        }
        out
    } else {
        values(got)
    };
    for l in lane_indices(input.shape(), axis) {
        let n = l.len();
        let mut lane: Vec<(f64, f64)> = l.iter().map(|&p| vals[p]).collect();
        let want: Vec<(f64, f64)> = l.iter().map(|&p| s[p]).collect();
        for k in c["args"]["kth"].as_array().unwrap() {
            let k = k.as_i64().unwrap().rem_euclid(n as i64) as usize;
            if !eqv(lane[k], want[k]) {
                return Err(format!("kth {k}: {:?} vs sorted {:?}", lane[k], want[k]));
            }
            if lane[..k].iter().any(|&x| lt(lane[k], x))
                || lane[k + 1..].iter().any(|&x| lt(x, lane[k]))
            {
                return Err(format!("partition property fails at {k}: {lane:?}"));
            }
        }
        lane.sort_by(|&a, &b| {
            if lt(a, b) {
                std::cmp::Ordering::Less
            } else if lt(b, a) {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        });
        if !lane.iter().zip(&want).all(|(&a, &b)| eqv(a, b)) {
            return Err(format!(
                "not a permutation of the input: {lane:?} vs {want:?}"
            ));
        }
    }
    Ok(())
}

fn compare(got: &Array, want: &Array, mode: &str) -> Result<(), String> {
    if got.dtype() != want.dtype() || got.shape() != want.shape() {
        return Err(format!(
            "{} {:?} vs numpy {} {:?}",
            got.dtype().name(),
            got.shape(),
            want.dtype().name(),
            want.shape()
        ));
    }
    if mode == "exact" {
        if c_bytes(got) != c_bytes(want) {
            return Err(format!(
                "data {} vs numpy {}",
                hex(&c_bytes(got)),
                hex(&c_bytes(want))
            ));
        }
        return Ok(());
    }
    let tol = if mode == "ulp" { eps(got.dtype()) } else { 0.0 };
    let (g, w) = (values(got), values(want));
    if g.iter()
        .zip(&w)
        .all(|(&a, &b)| (has_nan(a) && has_nan(b)) || (same(a.0, b.0, tol) && same(a.1, b.1, tol)))
    {
        Ok(())
    } else {
        Err(format!("values {g:?} vs numpy {w:?}"))
    }
}

fn axis_of(v: &Value) -> Option<i64> {
    v.as_i64()
}

fn kind(v: &Value) -> SortKind {
    match v.as_str().unwrap_or("quicksort") {
        "stable" => SortKind::Stable,
        _ => SortKind::Quick,
    }
}

fn reduce_opts(args: &Value) -> ReduceOptions {
    ReduceOptions {
        axes: args["axes"]
            .as_array()
            .map(|v| v.iter().map(|x| x.as_i64().unwrap()).collect()),
        keepdims: args["keepdims"].as_bool().unwrap_or(false),
        ..Default::default()
    }
}

fn range_of(v: &Value) -> Option<(f64, f64)> {
    let f = |x: &Value| x.as_str().unwrap().parse::<f64>().unwrap();
    v.as_array().map(|r| (f(&r[0]), f(&r[1])))
}

fn bins_of(v: &Value) -> Bins {
    match v.as_str() {
        Some(name) => Bins::Estimator(name.to_string()),
        None => Bins::Count(v.as_i64().unwrap()),
    }
}

/// Runs one case's function.
fn run(c: &Value, ins: &[Option<Arc<Array>>]) -> ndc::Result<Vec<Array>> {
    let args = &c["args"];
    let a = || ins[0].clone().unwrap();
    let b = || ins[1].clone().unwrap();
    let opt = |k: usize| ins.get(k).cloned().flatten();
    let kth = || -> Vec<i64> {
        args["kth"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k.as_i64().unwrap())
            .collect()
    };
    let flag = |k: &str| args[k].as_bool().unwrap_or(false);
    Ok(match c["fn"].as_str().unwrap() {
        "sort" => vec![ops::sort(
            &a(),
            axis_of(&args["axis"]),
            kind(&args["kind"]),
        )?],
        "sort_inplace" => {
            let x = a();
            ops::sort_inplace(&x, args["axis"].as_i64().unwrap(), SortKind::Stable)?;
            vec![x.copy(CopyOrder::C)?]
        }
        "argsort" => vec![ops::argsort(
            &a(),
            axis_of(&args["axis"]),
            SortKind::Stable,
        )?],
        "partition" => vec![ops::partition(&a(), &kth(), axis_of(&args["axis"]))?],
        "argpartition" => vec![ops::argpartition(&a(), &kth(), axis_of(&args["axis"]))?],
        "lexsort" => {
            let keys: Vec<Arc<Array>> = ins.iter().map(|k| k.clone().unwrap()).collect();
            vec![ops::lexsort(&keys, args["axis"].as_i64().unwrap())?]
        }
        "searchsorted" => {
            let s = opt(2);
            vec![search::searchsorted(
                &a(),
                &b(),
                args["side"] == "right",
                s.as_deref(),
            )?]
        }
        "unique" => {
            let o = set::UniqueOptions {
                return_index: true,
                return_inverse: true,
                return_counts: true,
                equal_nan: flag("equal_nan"),
            };
            let u = set::unique(&a(), axis_of(&args["axis"]), &o)?;
            vec![
                u.values,
                u.index.unwrap(),
                u.inverse.unwrap(),
                u.counts.unwrap(),
            ]
        }
        f @ ("unique_values" | "unique_all" | "unique_counts" | "unique_inverse") => {
            let o = set::UniqueOptions {
                return_index: f == "unique_all",
                return_inverse: f == "unique_all" || f == "unique_inverse",
                return_counts: f == "unique_all" || f == "unique_counts",
                equal_nan: false,
            };
            let u = set::unique(&a(), None, &o)?;
            [Some(u.values), u.index, u.inverse, u.counts]
                .into_iter()
                .flatten()
                .collect()
        }
        "isin" => vec![set::isin(&a(), &b(), flag("invert"))?],
        "intersect1d" => {
            let r = set::intersect1d(&a(), &b(), flag("assume_unique"), true)?;
            let (i1, i2) = r.indices.unwrap();
            vec![r.values, i1, i2]
        }
        "union1d" => vec![set::union1d(&a(), &b())?],
        "setdiff1d" => vec![set::setdiff1d(&a(), &b(), flag("assume_unique"))?],
        "setxor1d" => vec![set::setxor1d(&a(), &b(), flag("assume_unique"))?],
        "sort_complex" => vec![ops::sort_complex(&a())?],
        f @ ("median" | "nanmedian") => {
            let r = qu::median(&a(), &reduce_opts(args), f == "nanmedian")?;
            vec![(*r).clone()]
        }
        f @ ("quantile" | "percentile" | "nanquantile" | "nanpercentile") => {
            let mut q = (*b()).clone();
            if flag("weak") {
                q = q.into_weak(Weak::Float);
            }
            let m = Method::parse(args["method"].as_str().unwrap())?;
            let r = qu::quantile(
                &a(),
                &q,
                m,
                &reduce_opts(args),
                f.contains("percentile"),
                f.starts_with("nan"),
            )?;
            vec![(*r).clone()]
        }
        "histogram" => {
            let bins = match opt(2) {
                Some(e) => Bins::Edges(e),
                None => bins_of(&args["bins"]),
            };
            let w = opt(1);
            let (h, e) = hist::histogram(
                &a(),
                &bins,
                range_of(&args["range"]),
                flag("density"),
                w.as_deref(),
            )?;
            vec![h, e]
        }
        "histogram_bin_edges" => {
            let bins = bins_of(&args["bins"]);
            vec![hist::histogram_bin_edges(
                &a(),
                &bins,
                range_of(&args["range"]),
            )?]
        }
        "bincount" => {
            let w = opt(1);
            vec![hist::bincount(
                &a(),
                w.as_deref(),
                args["minlength"].as_i64().unwrap(),
            )?]
        }
        "digitize" => vec![hist::digitize(&a(), &b(), flag("right"))?],
        f => panic!("unknown function {f}"),
    })
}

#[test]
fn sort_fixtures() {
    let text = std::fs::read_to_string("tests/fixtures/sort.json").unwrap();
    let fx: Value = serde_json::from_str(&text).unwrap();
    let table = fx["data"].as_array().unwrap();
    let cases = fx["cases"].as_array().unwrap();
    let mut failures = Vec::new();
    for (k, c) in cases.iter().enumerate() {
        let ins: Vec<Option<Arc<Array>>> = c["inputs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| (!s.is_null()).then(|| Arc::new(decode(s, table))))
            .collect();
        let got = run(c, &ins);
        let res = match (got, c.get("error")) {
            (Err(e), Some(msg)) if e.message == msg.as_str().unwrap() => Ok(()),
            (Err(e), Some(msg)) => Err(format!("error {:?} vs numpy {msg}", e.message)),
            (Ok(_), Some(msg)) => Err(format!("no error; numpy: {msg}")),
            (Err(e), None) => Err(format!("error {:?}", e.message)),
            (Ok(got), None) => {
                let want: Vec<Array> = c["expect"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|s| decode(s, table))
                    .collect();
                let mode = c["cmp"].as_str().unwrap();
                if got.len() != want.len() {
                    Err(format!("{} results vs numpy {}", got.len(), want.len()))
                } else if mode == "partition" {
                    let arg = c["fn"] == "argpartition";
                    check_partition(&got[0], ins[0].as_ref().unwrap(), &want[0], arg, c)
                } else {
                    got.iter()
                        .zip(&want)
                        .enumerate()
                        .try_for_each(|(i, (g, w))| {
                            compare(g, w, mode).map_err(|e| format!("result {i}: {e}"))
                        })
                }
            }
        };
        if let Err(e) = res {
            let dt = c["inputs"]
                .get(0)
                .map_or(Value::Null, |i| i["dtype"].clone());
            failures.push(format!("case {k} {} {dt} {}: {e}", c["fn"], c["args"]));
        }
    }
    for f in failures.iter().take(40) {
        eprintln!("{f}");
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ from NumPy",
        failures.len(),
        cases.len()
    );
    eprintln!("{} cases match NumPy", cases.len());
}
