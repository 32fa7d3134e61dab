#!/usr/bin/env python3
"""Generate the golden fixtures for ndc's reductions and statistics.

NumPy (with ml_dtypes for bfloat16) is the oracle; the output is
deterministic (fixed values and seeds).

    python3 scripts/gen_reduce_fixtures.py

writes tests/fixtures/reduce.json, tests/fixtures/reduce2.json (nanvar,
nanstd, count_nonzero, trace) and tests/fixtures/reduce3.json (diff,
ediff1d, cumulative_sum, cumulative_prod, average, cov, corrcoef), read by
tests/reduce.rs.

Encoding:
- {"bases": {name: hex}, "cases": [...]}, one case per line;
- an array is {"dtype", "base", "shape", "strides", "offset"}: the raw
  memory of the array owning the data (a name in "bases") and the array's
  layout in it, in bytes;
- a case is {"id", "fn", "a": array, "axes": null | [ints], "keepdims"
  (absent: false),
  optional "dtype", "where": array, "initial": {"dtype", "hex"} (a 0-d
  value), "out": array, "ddof"} and either "res": {"dtype", "shape", "hex"}
  (C-ordered element bytes; for out= the out array after the call) or
  "error": [builtin exception class, message].
- "fn" is a NumPy function name (sum, prod, max, min, ptp, any, all, mean,
  var, std, argmax, argmin, nansum, nanprod, nanmax, nanmin, nanmean,
  nanargmax, nanargmin, cumsum, cumprod, nancumsum, nancumprod) or
  "reduce:<ufunc>" for ufunc.reduce; further keyword arguments (trace's
  offset, axis1, axis2; diff's n, axis, prepend, append; ...) are in
  "args" (arrays as array specs).
- a function with two results (average with returned=True) has the second
  in "res2"; "rtol" (when present) allows that relative difference for
  results that go through a matrix product (cov, corrcoef), whose order
  of additions differs between BLAS builds.
"""

import json
import os
import warnings

import ml_dtypes
import numpy as np

warnings.simplefilter("ignore")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "reduce.json")
OUT2 = os.path.join(ROOT, "tests", "fixtures", "reduce2.json")
OUT3 = os.path.join(ROOT, "tests", "fixtures", "reduce3.json")

BF16 = np.dtype(ml_dtypes.bfloat16)
NAMES = [
    "bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32",
    "uint64", "float16", "bfloat16", "float32", "float64", "complex64",
    "complex128",
]
FLOATS = ["float16", "bfloat16", "float32", "float64"]


def dt(name):
    return BF16 if name == "bfloat16" else np.dtype(name)


def err(e):
    for k in type(e).__mro__:
        if k.__module__ == "builtins":
            return [k.__name__, str(e)]
    return [type(e).__name__, str(e)]


def result(a):
    a = np.asarray(a)
    name = "bfloat16" if a.dtype == BF16 else a.dtype.name
    return {"dtype": name, "shape": list(a.shape),
            "hex": np.ascontiguousarray(a).tobytes().hex()}


BASES = {}


def spec(base, view):
    while base.base is not None:
        base = base.base
    assert base.flags.owndata and (base.flags.c_contiguous or base.flags.f_contiguous)
    off = view.__array_interface__["data"][0] - base.__array_interface__["data"][0]
    raw = base.tobytes(order="A").hex()
    name = "b%d" % len(BASES)
    for k, v in BASES.items():
        if v == raw:
            name = k
            break
    BASES[name] = raw
    dname = "bfloat16" if base.dtype == BF16 else base.dtype.name
    return {"dtype": dname, "base": name, "shape": list(view.shape),
            "strides": list(view.strides), "offset": off}


def values(name, n, rng, nan=False):
    """n values of dtype `name`: small integers and exact binary fractions,
    so that most sums are exact whatever the order."""
    if name == "bool":
        return rng.integers(0, 2, n).astype(bool)
    if "int" in name:
        info = np.iinfo(name)
        lo = max(info.min, -20)
        v = rng.integers(lo, 21, n)
        if name in ("int8", "uint8"):
            v = rng.integers(max(info.min, -3), 4, n)
        return v.astype(name)
    if name.startswith("complex"):
        v = (rng.integers(-8, 9, n) / 4 + 1j * (rng.integers(-8, 9, n) / 4)).astype(name)
        if nan and n > 3:
            v[2] = complex(np.nan, 1)
        return v
    v = (rng.integers(-16, 17, n) / 8).astype(dt(name))
    if nan and n > 3:
        v[2] = np.nan
    return v


def layouts(name, rng, nan=False):
    """(label, base, view) triples of 3-d shapes in several layouts."""
    out = []
    b = values(name, 24, rng, nan).reshape(2, 3, 4)
    out.append(("C", b, b))
    f = np.asfortranarray(values(name, 24, rng, nan).reshape(2, 3, 4))
    out.append(("F", f, f))
    s = values(name, 2 * 6 * 4, rng, nan).reshape(2, 6, 4)
    out.append(("strided", s, s[:, ::2, ::-1]))
    z = np.empty((2, 0, 3), dt(name))
    out.append(("empty", z, z))
    return out


CASES = []


def run(fn, a, **kw):
    if fn.startswith("reduce:"):
        return getattr(np, fn[7:]).reduce(a, **kw)
    return getattr(np, fn)(a, **kw)


def arg_spec(v):
    if isinstance(v, np.ndarray):
        return spec(v, v)
    if isinstance(v, np.dtype):
        return v.name
    return v


def case(cid, fn, base, view, axes="none", keepdims=False, dtype=None,
         where=None, initial=None, out=None, ddof=None, args=None):
    if axes is None:
        js = None
    elif axes == "none":
        js = [0] if fn.startswith("reduce:") else None
    else:
        js = list(axes) if isinstance(axes, tuple) else [axes]
    c = {"id": cid, "fn": fn, "a": spec(base, view), "axes": js}
    if keepdims:
        c["keepdims"] = True
    kw = {}
    if axes != "none":
        kw["axis"] = axes
    if keepdims:
        kw["keepdims"] = True
    if dtype is not None:
        c["dtype"] = dtype
        kw["dtype"] = dt(dtype)
    if where is not None:
        c["where"] = spec(where, where)
        kw["where"] = where
    if initial is not None:
        v = np.asarray(initial)
        c["initial"] = result(v)
        kw["initial"] = v[()]
    if ddof is not None:
        c["ddof"] = ddof
        kw["ddof"] = ddof
    if out is not None:
        c["out"] = spec(out, out)
        kw["out"] = out
    if args:
        c["args"] = {k: arg_spec(v) for k, v in args.items()}
        kw.update(args)
    try:
        r = run(fn, view, **kw)
        if isinstance(r, tuple):
            c["res2"] = result(r[1])
            r = r[0]
        c["res"] = result(out if out is not None else r)
    except Exception as e:  # noqa: BLE001
        c["error"] = err(e)
    CASES.append(c)


def main():
    rng = np.random.default_rng(1234)
    fns = ["sum", "prod", "max", "min", "ptp", "any", "all", "mean", "var", "std"]
    axes_list = ["none", 0, -1, (0, 2), (), (1,)]
    light = ("ptp", "any", "all", "prod", "min", "var", "mean", "std")
    for name in NAMES:
        for label, base, view in layouts(name, rng):
            for fn in fns:
                for ax in axes_list:
                    if ax == (1,) and fn not in ("sum", "max"):
                        continue
                    if ax == () and fn != "sum":
                        continue
                    if fn in light and ax != "none" and label != "C":
                        continue
                    if label == "empty" and ax in (-1, (1,)):
                        continue
                    for kd in (False, True):
                        if kd and (ax != (0, 2) or fn not in ("sum", "max", "mean", "var")):
                            continue
                        case(f"{fn}/{name}/{label}/{ax}/{kd}", fn, base, view, ax, kd)
        # nan inputs
        if name in FLOATS or name.startswith("complex"):
            for label, base, view in layouts(name, rng, nan=True)[:1]:
                for fn in fns:
                    for ax in ("none", 1):
                        case(f"nan/{fn}/{name}/{label}/{ax}", fn, base, view, ax)
    # argmax / argmin (first occurrence, nan wins)
    for name in NAMES:
        for nan in (False, True):
            if nan and not (name in FLOATS or name.startswith("complex")):
                continue
            for label, base, view in layouts(name, rng, nan=nan):
                if label == "F" or (nan and label != "C"):
                    continue
                for fn in ("argmax", "argmin"):
                    for ax in ("none", 0, -1):
                        for kd in (False, True):
                            if kd and (ax != "none" or label != "C"):
                                continue
                            case(f"{fn}/{name}/{nan}/{label}/{ax}/{kd}", fn, base, view, ax, kd)
    # nan functions and cumulative sums/products
    for name in NAMES:
        for nan in (False, True):
            if nan and not (name in FLOATS or name.startswith("complex")):
                continue
            lays = layouts(name, rng, nan=nan)
            for label, base, view in (lays if not nan else lays[:1]):
                if label == "F" and name not in ("float64", "int32"):
                    continue
                for fn in ("nansum", "nanprod", "nanmax", "nanmin", "nanmean"):
                    if nan or name in ("int8", "float32"):
                        for ax in ("none", 1):
                            case(f"{fn}/{name}/{nan}/{label}/{ax}", fn, base, view, ax)
                for fn in ("nanargmax", "nanargmin"):
                    if nan or name == "float64":
                        case(f"{fn}/{name}/{nan}/{label}/-1", fn, base, view, -1)
                for fn in ("cumsum", "cumprod", "nancumsum", "nancumprod"):
                    if fn.startswith("nan") and not nan and name != "int16":
                        continue
                    for ax in ("none", 1):
                        case(f"{fn}/{name}/{nan}/{label}/{ax}", fn, base, view, ax)
    allnan = np.array([[1.0, np.nan], [np.nan, np.nan]])
    case("err/nanargmin-allnan", "nanargmin", allnan, allnan, 1)
    case("nanmax/allnan", "nanmax", allnan, allnan, 1)
    case("nanmean/allnan", "nanmean", allnan, allnan, 1)
    b16 = values("int8", 12, rng).reshape(3, 4)
    case("cumsum/dtype", "cumsum", b16, b16, 1, dtype="int8")
    case("cumprod/dtype", "cumprod", b16, b16, 0, dtype="float32")
    # ufunc.reduce for every reducible ufunc and dtype
    ops = ["add", "multiply", "maximum", "minimum", "fmax", "fmin",
           "logical_and", "logical_or", "logical_xor", "bitwise_and",
           "bitwise_or", "bitwise_xor"]
    for op in ops:
        for name in NAMES:
            if op in ("fmin", "logical_xor", "bitwise_xor") and name not in ("bool", "int8", "uint64", "float16", "float64", "complex64"):
                continue
            b = values(name, 12, rng).reshape(3, 4)
            case(f"reduce/{op}/{name}/0", "reduce:" + op, b, b, 0)
            case(f"reduce/{op}/{name}/all", "reduce:" + op, b, b, None)
            if name in ("bool", "int8", "float64", "complex64"):
                e = np.empty((0, 3), dt(name))
                case(f"reduce/{op}/{name}/empty", "reduce:" + op, e, e, 0)
    # where=, initial=, dtype=, out=, ddof
    for name in ["int8", "uint16", "float32", "float64", "complex128", "float16", "bool"]:
        b = values(name, 24, rng).reshape(2, 3, 4)
        w = rng.integers(0, 2, 12).astype(bool).reshape(3, 4)
        for fn in ["sum", "max", "min", "any", "mean", "var", "std"]:
            case(f"where/{fn}/{name}", fn, b, b, (0, 2), where=w)
            case(f"where/{fn}/{name}/none", fn, b, b, "none", where=w)
        for fn in ["sum", "prod", "max", "min"]:
            case(f"initial/{fn}/{name}", fn, b, b, 1, initial=np.asarray(3, dt(name)))
            case(f"initial-where/{fn}/{name}", fn, b, b, 1, where=w, initial=np.asarray(3, dt(name)))
        for d in ["float32", "int16", "complex64"]:
            for fn in ["sum", "prod", "mean", "var"]:
                case(f"dtype/{fn}/{name}/{d}", fn, b, b, -1, dtype=d)
        for fn in ["var", "std"]:
            for dd in (1, 2.5, 5):
                case(f"ddof/{fn}/{name}/{dd}", fn, b, b, -1, ddof=dd)
        for od in ["float64", "int32", "float32"]:
            for fn in ["sum", "max", "mean", "std"]:
                o = np.zeros((2, 4), dt(od))
                case(f"out/{fn}/{name}/{od}", fn, b, b, 1, out=o)
        o = np.zeros((2, 1, 4), np.float64)
        case(f"out-keep/sum/{name}", "sum", b, b, 1, keepdims=True, out=o)
    # errors
    b = np.arange(24.0).reshape(2, 3, 4)
    case("err/axis", "sum", b, b, 3)
    case("err/axis-neg", "mean", b, b, -4)
    case("err/dup", "sum", b, b, (1, -2))
    case("err/out-ndim", "sum", b, b, 1, out=np.zeros((2, 1, 4)))
    case("err/out-ndim-keep", "sum", b, b, 1, keepdims=True, out=np.zeros((2, 4)))
    case("err/out-shape", "sum", b, b, 1, out=np.zeros((2, 5)))
    case("err/where-shape", "sum", b, b, 1, where=np.ones((5,), bool))
    case("err/where-dtype", "sum", b, b, 1, where=np.ones((4,), np.int64))
    case("err/max-where", "max", b, b, 1, where=np.ones((4,), bool))
    case("err/min-where", "reduce:minimum", b, b, 1, where=np.ones((4,), bool))
    e = np.empty((2, 0), np.float64)
    case("err/max-empty", "max", e, e, 1)
    case("ok/max-empty-kept", "max", e, e, 0)
    case("err/min-empty", "min", e, e, "none")
    case("err/bitwise-float", "reduce:bitwise_and", b, b, 0)
    case("err/fmax-empty", "reduce:fmax", e, e, None)
    # accuracy: pairwise sums of long runs (bit-exact with NumPy)
    for name in ["float32", "float64"]:
        v = rng.standard_normal(2000).astype(name) * 1000
        case(f"pairwise/{name}/1d", "sum", v, v)
        m = rng.standard_normal((5, 300)).astype(name)
        case(f"pairwise/{name}/rows", "sum", m, m, -1)
        case(f"pairwise/{name}/cols", "sum", m, m, 0)
        case(f"pairwise/{name}/strided", "sum", v, v[::3])
        case(f"pairwise/{name}/var", "var", m, m, -1)
        case(f"pairwise/{name}/std", "std", m, m, -1)
        case(f"pairwise/{name}/mean", "mean", m, m, -1)
    c = (rng.standard_normal(700) + 1j * rng.standard_normal(700)).astype(np.complex128)
    case("pairwise/complex128/1d", "sum", c, c)
    case("pairwise/complex128/var", "var", c, c)
    h = rng.standard_normal(600).astype(np.float16)
    case("pairwise/float16/1d", "sum", h, h)
    case("pairwise/float16/mean", "mean", h, h)

    write(OUT)
    BASES.clear()
    CASES.clear()
    main2(rng)
    write(OUT2)
    BASES.clear()
    CASES.clear()
    main3(rng)
    write(OUT3)


def write(path):
    with open(path, "w") as f:
        f.write('{"bases": {\n')
        f.write(",\n".join(json.dumps(k) + ": " + json.dumps(v) for k, v in BASES.items()))
        f.write('},\n"cases": [\n')
        f.write(",\n".join(json.dumps(c, separators=(",", ":")) for c in CASES))
        f.write("\n]}\n")
    print(f"{len(CASES)} cases, {os.path.getsize(path)} bytes -> {path}")


def main2(rng):
    """The cases of tests/fixtures/reduce2.json: nanvar, nanstd,
    count_nonzero, trace (extra arguments in "args")."""
    for name in NAMES:
        nan = name in FLOATS or name.startswith("complex")
        lays = layouts(name, rng, nan=nan)
        for label, base, view in lays:
            for fn in ("nanvar", "nanstd"):
                for ax in ("none", 1, (0, 2)):
                    if label != "C" and ax != 1:
                        continue
                    case(f"{fn}/{name}/{label}/{ax}", fn, base, view, ax)
            for ax in ("none", 0, -1, (0, 2), ()):
                for kd in (False, True):
                    if kd and ax not in ("none", (0, 2)):
                        continue
                    case(f"count_nonzero/{name}/{label}/{ax}/{kd}", "count_nonzero",
                         base, view, ax, kd)
            for off in (0, 1, -1, 5):
                for a1, a2 in ((0, 1), (1, 2), (-1, 0)):
                    if label != "C" and (a1, a2) != (0, 1):
                        continue
                    case(f"trace/{name}/{label}/{off}/{a1}{a2}", "trace", base, view,
                         args={"offset": off, "axis1": a1, "axis2": a2})
        b = values(name, 12, rng).reshape(3, 4)
        for d in ("float64", "int8", "complex64"):
            case(f"trace/dtype/{name}/{d}", "trace", b, b, dtype=d)
    # nanvar/nanstd options: ddof (degrees of freedom <= 0 -> nan), dtype,
    # keepdims, where, all-nan slices
    for name in ("float16", "float32", "float64", "complex64", "complex128"):
        v = values(name, 24, rng, nan=True).reshape(2, 3, 4)
        v[1, 2, :] = np.nan
        v[0, 0, 1:] = np.nan
        for fn in ("nanvar", "nanstd"):
            for dd in (1, 2.5, 3, 4):
                case(f"ddof/{fn}/{name}/{dd}", fn, v, v, -1, ddof=dd)
            case(f"keep/{fn}/{name}", fn, v, v, (0, 2), True)
            case(f"dtype/{fn}/{name}", fn, v, v, -1, dtype="complex128" if "complex" in name else "float64")
            w = rng.integers(0, 2, 12).astype(bool).reshape(3, 4)
            case(f"where/{fn}/{name}", fn, v, v, (0, 2), where=w)
    for name in ("int16", "bool", "bfloat16"):
        v = values(name, 12, rng).reshape(3, 4)
        for fn in ("nanvar", "nanstd"):
            case(f"ddof/{fn}/{name}", fn, v, v, 0, ddof=3)
    # errors
    b = np.arange(24.0).reshape(2, 3, 4)
    v1 = np.arange(4.0)
    case("err/nanvar-axis", "nanvar", b, b, 3)
    case("err/nanstd-dup", "nanstd", b, b, (0, -3))
    case("err/count_nonzero-axis", "count_nonzero", b, b, -4)
    case("err/count_nonzero-dup", "count_nonzero", b, b, (1, 1))
    case("err/trace-1d", "trace", v1, v1)
    case("err/trace-same", "trace", b, b, args={"offset": 0, "axis1": 1, "axis2": -2})
    case("err/trace-axis1", "trace", b, b, args={"offset": 0, "axis1": 3, "axis2": 0})
    case("err/trace-axis2", "trace", b, b, args={"offset": 0, "axis1": 0, "axis2": -4})
    long = rng.standard_normal((4, 500))
    long[1, ::7] = np.nan
    case("long/nanvar/rows", "nanvar", long, long, -1)
    case("long/nanstd/cols", "nanstd", long, long, 0)


def main3(rng):
    """The cases of tests/fixtures/reduce3.json: diff, ediff1d,
    cumulative_sum, cumulative_prod, average, cov, corrcoef."""
    for name in NAMES:
        lays = layouts(name, rng)
        for label, base, view in lays:
            for n in (1, 2, 3):
                for ax in (-1, 0, 1):
                    if label != "C" and n != 1:
                        continue
                    case(f"diff/{name}/{label}/{n}/{ax}", "diff", base, view,
                         args={"n": n, "axis": ax})
            for fn in ("cumulative_sum", "cumulative_prod"):
                for ax in (0, -1):
                    for init in (False, True):
                        case(f"{fn}/{name}/{label}/{ax}/{init}", fn, base, view,
                             args={"axis": ax, "include_initial": init})
        v = values(name, 7, rng)
        for fn in ("cumulative_sum", "cumulative_prod"):
            case(f"{fn}/1d/{name}", fn, v, v, args={"include_initial": True})
            case(f"{fn}/dtype/{name}", fn, v, v, dtype="float64")
        z = values(name, 1, rng).reshape(())
        case(f"cumulative_sum/0d/{name}", "cumulative_sum", z, z)
        b = values(name, 12, rng).reshape(3, 4)
        zero = np.zeros((), b.dtype)
        case(f"diff/prepend0d/{name}", "diff", b, b, args={"prepend": zero})
        case(f"diff/append0d/{name}", "diff", b, b, args={"axis": 0, "append": zero})
        row = values(name, 4, rng).reshape(1, 4)
        case(f"diff/both/{name}", "diff", b, b,
             args={"axis": 0, "prepend": row, "append": row, "n": 2})
        case(f"diff/mixed/{name}", "diff", b, b, args={"prepend": np.array(1.5)})
        case(f"diff/n0/{name}", "diff", b, b, args={"n": 0})
        case(f"ediff1d/{name}", "ediff1d", b, b)
        case(f"ediff1d/edges/{name}", "ediff1d", b, b,
             args={"to_begin": np.array([7, 8], np.int8), "to_end": zero})
        case(f"ediff1d/float/{name}", "ediff1d", b, b, args={"to_end": np.array(2.5)})
        case(f"ediff1d/one/{name}", "ediff1d", b[:1, :1], b[:1, :1],
             args={"to_begin": zero})
        for ax in ("none", 1, (0, 1)):
            for kd in (False, True):
                case(f"average/{name}/{ax}/{kd}", "average", b, b, ax, kd,
                     args={"returned": True})
        w = values("int16", 12, rng).reshape(3, 4) + 30
        case(f"average/w/{name}", "average", b, b, args={"weights": w, "returned": True})
        case(f"average/w1/{name}", "average", b, b, 1,
             args={"weights": (w[0] / 4).astype(np.float32)})
        case(f"average/w0/{name}", "average", b, b, 0, True,
             args={"weights": w[:, 0], "returned": True})
    # average over several axes with weights laid along them (in the
    # order given), errors
    a3 = values("float64", 24, rng).reshape(2, 3, 4)
    w3 = rng.integers(1, 5, (4, 2)).astype(np.float64)
    case("average/w20", "average", a3, a3, (2, 0), args={"weights": w3, "returned": True})
    case("average/w02", "average", a3, a3, (0, 2), args={"weights": w3.T.copy()})
    case("err/average-noaxis", "average", a3, a3, args={"weights": w3})
    case("err/average-wshape", "average", a3, a3, (0, 2), args={"weights": w3})
    case("err/average-zero", "average", a3, a3, 1,
         args={"weights": np.array([1.0, -1.0, 0.0])})
    case("err/average-repeat", "average", a3, a3, (1, -2))
    case("err/average-axis", "average", a3, a3, 3)
    z03 = np.zeros((0, 3))
    case("err/average-empty", "average", z03, z03, 1)
    # diff / ediff1d / cumulative errors
    v1 = np.arange(6.0)
    case("err/diff-n", "diff", v1, v1, args={"n": -1})
    two = np.array(2.0)
    case("err/diff-0d", "diff", two, two)
    case("err/diff-axis", "diff", a3, a3, args={"axis": 3})
    case("err/diff-prepend", "diff", a3, a3, args={"prepend": np.zeros((2, 3, 2, 1))})
    case("err/diff-prepend-shape", "diff", a3, a3, args={"prepend": np.zeros((2, 2, 1))})
    r5 = np.arange(5)
    u5 = np.arange(5, dtype=np.uint8)
    case("err/ediff1d-begin", "ediff1d", r5, r5, args={"to_begin": np.array([1.5])})
    case("err/ediff1d-end", "ediff1d", u5, u5, args={"to_end": np.array([-1])})
    bb = np.array([True, False, True])
    case("err/ediff1d-bool", "ediff1d", bb, bb)
    case("err/cumulative_sum-axis", "cumulative_sum", a3, a3)
    case("err/cumulative_prod-axis", "cumulative_prod", a3, a3, args={"axis": 3})
    # cov and corrcoef
    for name in ("float64", "float32", "int32", "complex128", "complex64", "bool", "float16"):
        for shape in ((3, 7), (1, 5), (7,), (4, 2)):
            m = values(name, int(np.prod(shape)), rng).reshape(shape)
            if name in ("float64", "float32", "complex128"):
                m = (m + rng.standard_normal(shape)).astype(m.dtype)
            for fn in ("cov", "corrcoef"):
                for rowvar in (True, False):
                    case(f"{fn}/{name}/{shape}/{rowvar}", fn, m, m,
                         args={"rowvar": rowvar})
                    if fn == "cov":
                        CASES[-1]["rtol"] = 1e-12
                    else:
                        CASES[-1]["rtol"] = 1e-12
                    if name in ("float32", "complex64", "float16"):
                        CASES[-1]["rtol"] = 1e-5
    m = rng.standard_normal((3, 6))
    yv = rng.standard_normal((2, 6))
    fw = np.array([1, 2, 1, 3, 1, 2])
    aw = rng.uniform(0.5, 2, 6)
    extra = [
        ("bias", {"bias": True}), ("ddof0", {"ddof": 0}), ("ddof3", {"ddof": 3}),
        ("ddof6", {"ddof": 6}), ("ddof9", {"ddof": 9}), ("y", {"y": yv}),
        ("ycols", {"y": yv.T.copy(), "rowvar": False}),
        ("fw", {"fweights": fw}), ("aw", {"aweights": aw}),
        ("fwaw", {"fweights": fw, "aweights": aw}),
        ("fwaw-ddof0", {"fweights": fw, "aweights": aw, "ddof": 0}),
        ("fwaw-bias", {"fweights": fw, "aweights": aw, "bias": True}),
        ("aw-ddof2", {"aweights": aw, "ddof": 2}),
        ("fw-float", {"fweights": fw.astype(float)}),
        ("dtype32", {"dtype": np.dtype("float32")}),
        ("dtypec", {"dtype": np.dtype("complex128")}),
    ]
    for label, kw in extra:
        c = {k: arg_spec(v) for k, v in kw.items()}
        for fn in ("cov", "corrcoef"):
            if fn == "corrcoef" and set(kw) - {"y", "rowvar", "dtype"}:
                continue
            case(f"{fn}/opt/{label}", fn, m, m, args=dict(kw))
            CASES[-1]["args"] = c
            CASES[-1]["rtol"] = 1e-5 if label == "dtype32" else 1e-12
    e = np.zeros((0, 3))
    case("cov/empty", "cov", e, e)
    case("cov/empty-cols", "cov", e, e, args={"rowvar": False})
    bad = [
        ("3d", np.zeros((2, 2, 2)), {}),
        ("y3d", m, {"y": np.zeros((1, 1, 6))}),
        ("y-shape", m, {"y": np.zeros((2, 5))}),
        ("fw-int", m, {"fweights": np.array([1, 1.5, 1, 1, 1, 1])}),
        ("fw-2d", m, {"fweights": np.ones((2, 3))}),
        ("fw-len", m, {"fweights": np.ones(5)}),
        ("fw-neg", m, {"fweights": np.array([1, -1, 1, 1, 1, 1])}),
        ("aw-2d", m, {"aweights": np.ones((6, 1))}),
        ("aw-len", m, {"aweights": np.ones(7)}),
        ("aw-neg", m, {"aweights": np.array([1, -1.0, 1, 1, 1, 1])}),
    ]
    for label, mm, kw in bad:
        c = {k: arg_spec(v) for k, v in kw.items()}
        case(f"err/cov-{label}", "cov", mm, mm, args=dict(kw))
        CASES[-1]["args"] = c
    # degrees of freedom <= 0: inf / nan as NumPy
    one = rng.standard_normal((2, 1))
    case("cov/dof0", "cov", one, one)
    CASES[-1]["rtol"] = 1e-12
    case("corrcoef/one-var", "corrcoef", m[:1], m[:1])
    ones = np.ones((2, 4))
    case("corrcoef/const", "corrcoef", ones, ones)
    # long rows through the fused per-row mean/var/std (pairwise blocks of
    # NumPy's summation, bit for bit)
    for name in ("float32", "float64"):
        for shape in ((4, 1000), (64, 300), (3, 2, 777), (1, 5000)):
            v = (rng.standard_normal(shape) * 3 + 1).astype(name)
            for fn in ("mean", "var", "std"):
                case(f"long/{fn}/{name}/{shape}", fn, v, v, -1)
            case(f"long/mean2/{name}/{shape}", "mean", v, v, (-2, -1), True)


if __name__ == "__main__":
    main()
