#!/usr/bin/env python3
"""Generate the golden fixtures for ndc's ufuncs.

NumPy (with ml_dtypes for bfloat16) is the oracle. The output is
deterministic: fixed values, fixed seeds, cases in a fixed order.

    python3 scripts/gen_ufunc_fixtures.py

writes tests/fixtures/ufunc.json, read by tests/ufunc.rs.

Encoding (lossless; the array encoding is the one of gen_core_fixtures.py):
- the file is {"bases": {name: hex}, "cases": [...]}, one case per line;
- an array operand is {"dtype", "base" or "raw", "shape", "strides",
  "offset"}: the raw memory of the array owning the data (a name in "bases",
  or inline) and the operand's layout in it, in bytes. Within one case, the
  operands that name the same base share one buffer (in-place and
  overlapping calls); "readonly": true marks a non-writeable operand;
- a Python scalar operand is {"py": "int" | "float" | "complex" | "bool",
  "value": ...}: int as a decimal string, float as Python's repr, complex as
  [re, im] reprs, bool as a JSON bool;
- "aliases" maps NumPy's other names of ufuncs to their own names;
- a case is {"id", "ufunc", "in": [operands], optional "out": [operand or
  null], "where": operand, "dtype": name, "casting": name} and the result
  "res": a list with one {"dtype", "shape", "hex"} per output (the given
  out arrays after the call), "hex" being the C-ordered element bytes; or
  {"error": [class, message]} with the builtin exception class NumPy's
  error derives from.
"""

import json
import os
import warnings

import ml_dtypes
import numpy as np

warnings.simplefilter("ignore")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "ufunc.json")

BF16 = np.dtype(ml_dtypes.bfloat16)
NAMES = [
    "bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32",
    "uint64", "float16", "bfloat16", "float32", "float64", "complex64",
    "complex128",
]
INTS = [n for n in NAMES if "int" in n]
FLOATS = ["float16", "bfloat16", "float32", "float64"]
COMPLEX = ["complex64", "complex128"]

# Every ufunc in src/ufunc/table.rs, NumPy's names.
UNARY = [
    "negative", "positive", "sign", "reciprocal", "square", "conjugate",
    "absolute", "fabs", "deg2rad", "rad2deg", "spacing", "sqrt", "cbrt", "exp",
    "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan",
    "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "arcsinh", "arccosh",
    "arctanh", "floor", "ceil", "trunc", "rint", "logical_not", "isfinite",
    "isinf", "isnan", "signbit", "invert", "frexp", "modf",
]
BINARY = [
    "add", "subtract", "multiply", "divide", "floor_divide", "remainder",
    "fmod", "maximum", "minimum", "fmax", "fmin", "arctan2", "hypot",
    "copysign", "nextafter", "heaviside", "logaddexp", "logaddexp2", "power",
    "float_power", "equal", "not_equal", "less", "less_equal", "greater",
    "greater_equal", "logical_and", "logical_or", "logical_xor", "bitwise_and",
    "bitwise_or", "bitwise_xor", "left_shift", "right_shift", "gcd", "lcm",
    "divmod", "ldexp",
]


def dt(name):
    return BF16 if name == "bfloat16" else np.dtype(name)


def uf(name):
    return getattr(np, name)


def err(e):
    for k in type(e).__mro__:
        if k.__module__ == "builtins":
            return {"error": [k.__name__, str(e)]}
    return {"error": [type(e).__name__, str(e)]}


def result(a):
    a = np.asarray(a)
    return {
        "dtype": a.dtype.name,
        "shape": list(a.shape),
        "hex": np.ascontiguousarray(a).tobytes().hex(),
    }


BASES = {}


def view_spec(base, view, name=None, readonly=False):
    """An operand as a view into the memory of `base` (which owns contiguous
    memory): its raw bytes and the view's layout in bytes."""
    assert base.flags.owndata and (base.flags.c_contiguous or base.flags.f_contiguous)
    off = view.__array_interface__["data"][0] - base.__array_interface__["data"][0]
    spec = {"dtype": base.dtype.name, "shape": list(view.shape),
            "strides": list(view.strides), "offset": off}
    raw = base.tobytes(order="A").hex()
    if name is None:
        spec["raw"] = raw
    else:
        assert BASES.setdefault(name, raw) == raw, name
        spec["base"] = name
    if readonly:
        spec["readonly"] = True
    return spec


class Base:
    """A named owner array recorded in "bases"; views of it become operands."""

    def __init__(self, name, arr):
        self.name = name
        self.arr = np.array(arr, copy=True, order="K")
        assert self.arr.flags.owndata

    def spec(self, view=None):
        v = self.arr if view is None else view
        return view_spec(self.arr, v, self.name)


class Py:
    """A Python scalar operand."""

    def __init__(self, v):
        self.v = v

    def spec(self):
        v = self.v
        if isinstance(v, bool):
            return {"py": "bool", "value": v}
        if isinstance(v, int):
            return {"py": "int", "value": str(v)}
        if isinstance(v, float):
            return {"py": "float", "value": repr(v)}
        return {"py": "complex", "value": [repr(v.real), repr(v.imag)]}


CASES = []


def case(cid, name, ins, out=None, where=None, dtype=None, casting=None):
    """Runs np.<name> on `ins` (each a (spec, value) pair) and records it.
    `out` is a list of (spec, array) or None entries."""
    rec = {"id": cid, "ufunc": name, "in": [s for s, _ in ins]}
    kw = {}
    if out is not None:
        rec["out"] = [None if o is None else o[0] for o in out]
        kw["out"] = tuple(None if o is None else o[1] for o in out)
    if where is not None:
        rec["where"] = where[0]
        kw["where"] = where[1]
    if dtype is not None:
        rec["dtype"] = dtype
        kw["dtype"] = dt(dtype)
    if casting is not None:
        rec["casting"] = casting
        kw["casting"] = casting
    try:
        r = uf(name)(*[v for _, v in ins], **kw)
        if not isinstance(r, tuple):
            r = (r,)
        rec["res"] = [result(x) for x in r]
    except Exception as e:  # noqa: BLE001 - the oracle's error is the result
        rec["res"] = err(e)
    CASES.append(rec)


def arr_op(base, view=None):
    return (base.spec(view), base.arr if view is None else view)


def py_op(v):
    return (Py(v).spec(), v)


# ------------------------------------------------------------------ values

def int_values(name, edges_only=False):
    info = np.iinfo(dt(name))
    lo, hi = int(info.min), int(info.max)
    edges = [0, 1, -1, 2, -2, 3, 7, -7, 100, -100, lo, hi, lo + 1, hi - 1, 64, -128]
    edges = [v for v in edges if lo <= v <= hi]
    out = list(dict.fromkeys(edges))
    return out


def float_edges(name):
    d = dt(name)
    fi = ml_dtypes.finfo(d) if name == "bfloat16" else np.finfo(d)
    tiny_sub = float(fi.smallest_subnormal)
    return [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 3.0, 0.1, -0.75,
            tiny_sub, -tiny_sub, float(fi.smallest_normal), float(fi.max),
            -float(fi.max), float("inf"), float("-inf"), float("nan"), np.pi,
            10.0, 100.0, -30.0, 1e4, 0.999, 1e-3]


def complex_edges():
    inf, nan = float("inf"), float("nan")
    return [0j, complex(-0.0, 0.0), complex(0.0, -0.0), 1 + 0j, -1 + 0j,
            complex(-1.0, -0.0), 1j, -1j, 2j, -2j, complex(0.0, 2.0),
            complex(-0.0, -2.0), 1 + 1j, -1.5 + 2.5j, 0.5 - 0.25j, 3 - 4j,
            complex(inf, 0.0), complex(-inf, 0.0), complex(0.0, inf),
            complex(inf, inf), complex(nan, 0.0), complex(0.0, nan),
            complex(nan, nan), complex(-inf, nan), complex(1e30, 1e30),
            complex(1e-30, -1e-30), complex(2.0, 1e-10), complex(-2.0, 1e-10),
            complex(-2.0, -1e-10), complex(0.5, 0.0), complex(1.0, -0.0)]


def random_values(name, n, seed):
    rng = np.random.default_rng(seed)
    d = dt(name)
    if name == "bool":
        return rng.integers(0, 2, n).astype(bool)
    if name in INTS:
        info = np.iinfo(d)
        small = rng.integers(max(int(info.min), -50), min(int(info.max), 50), n // 2,
                            endpoint=True)
        big = rng.integers(int(info.min), int(info.max), n - n // 2, endpoint=True,
                           dtype=np.int64 if name != "uint64" else np.uint64)
        return np.concatenate([small.astype(d), big.astype(d)])
    if name in FLOATS:
        v = np.concatenate([rng.uniform(-4, 4, n // 2),
                            rng.standard_normal(n - n // 2) * 10.0 ** rng.integers(-3, 4, n - n // 2)])
        return v.astype(d)
    re = rng.uniform(-3, 3, n)
    im = rng.uniform(-3, 3, n)
    return (re + 1j * im).astype(d)


def values(name, n_random, seed):
    """Edge values then random ones, as an array of dtype `name`."""
    d = dt(name)
    if name == "bool":
        edge = np.array([False, True])
    elif name in INTS:
        edge = np.array(int_values(name), dtype=d)
    elif name in FLOATS:
        edge = np.array(float_edges(name), dtype=np.float64).astype(d)
    else:
        edge = np.array(complex_edges(), dtype=np.complex128).astype(d)
    return np.concatenate([edge, random_values(name, n_random, seed)]).astype(d)


def cross_pairs(name, seed):
    """Two arrays whose elements pair every edge value of a subset with every
    other, then random pairs."""
    d = dt(name)
    if name == "bool":
        e = np.array([False, True])
    elif name in INTS:
        e = np.array(int_values(name)[:11], dtype=d)
    elif name in FLOATS:
        e = np.array([0.0, -0.0, 1.0, -1.0, 2.5, -0.75, 3.0, float(
            (ml_dtypes.finfo(d) if name == "bfloat16" else np.finfo(d)).smallest_subnormal),
            float("inf"), float("-inf"), float("nan"), 7.0]).astype(d)
    else:
        e = np.array([0j, complex(-0.0, -0.0), 1 + 0j, -1 + 0j, 1j, -2j, 1.5 - 2.5j,
                      complex(float("inf"), 0.0), complex(0.0, float("-inf")),
                      complex(float("nan"), 1.0), -0.5 + 0.5j]).astype(d)
    x = np.repeat(e, len(e))
    y = np.tile(e, len(e))
    rx = random_values(name, 20, seed)
    ry = random_values(name, 20, seed + 1)
    return np.concatenate([x, rx]).astype(d), np.concatenate([y, ry]).astype(d)


def small_exponents(name, n):
    """Non-negative small values (exponents, shift counts) of dtype `name`."""
    d = dt(name)
    v = np.array([0, 1, 2, 3, 5, 7, 1, 4, 6, 2, 0, 3, 8, 9, 1, 2] * 20)[:n]
    if name == "bool":
        return (v % 2).astype(bool)
    return v.astype(d)


# ------------------------------------------------------------------ sections

def gen_sweep():
    """Every ufunc with every dtype (both inputs of one dtype)."""
    for i, name in enumerate(NAMES):
        u = Base("u_" + name, values(name, 24, 100 + i))
        for f in UNARY:
            case(f"sweep/{f}/{name}", f, [arr_op(u)])
        x, y = cross_pairs(name, 200 + 2 * i)
        bx = Base("bx_" + name, x)
        by = Base("by_" + name, y)
        pe = Base("pe_" + name, small_exponents(name, len(x)))
        for f in BINARY:
            case(f"sweep/{f}/{name}", f, [arr_op(bx), arr_op(by)])
            if f in ("power", "left_shift", "right_shift", "ldexp", "float_power"):
                case(f"sweep/{f}/{name}/small", f, [arr_op(bx), arr_op(pe)])


MIXED = ["add", "multiply", "divide", "less", "maximum", "power", "arctan2",
         "ldexp", "bitwise_and", "left_shift"]


def gen_mixed():
    """Binary ufuncs over every ordered pair of dtypes."""
    ma, mb = {}, {}
    for i, name in enumerate(NAMES):
        d = dt(name)
        if name == "bool":
            a = np.array([True, False, True, True, False, True, False, True])
        elif name.startswith("uint"):
            a = np.array([0, 1, 2, 3, 7, 100, 13, 250], dtype=d)
        elif name in INTS:
            a = np.array([0, 1, -2, 3, -7, 100, 13, -120], dtype=d)
        elif name in FLOATS:
            a = np.array([0.0, -1.5, 2.0, 3.25, -7.0, 100.0, float("nan"), float("-inf")]).astype(d)
        else:
            a = np.array([0j, -1.5 + 1j, 2.0, 3.25 - 0.5j, -7j, 100.0, complex(1.0, float("nan")),
                          -1 + 0j]).astype(d)
        ma[name] = Base("ma_" + name, a)
        mb[name] = Base("mb_" + name, small_exponents(name, 8))
    for f in MIXED:
        for a in NAMES:
            for b in NAMES:
                if a == b:
                    continue
                case(f"mixed/{f}/{a}/{b}", f, [arr_op(ma[a]), arr_op(mb[b])])


WEAK_INTS = [0, 1, 2, -1, 127, 300, 2**40, 2**63 - 1, 2**63, 2**64 - 1, -(2**63)]
WEAK_OTHER = [2.0, -1.5, 1e300, float("inf"), float("nan"), 1 + 2j, -0.5j, True, False]
WEAK_BOTH = ["add", "subtract", "power", "less"]
WEAK_RIGHT = ["multiply", "divide", "equal", "maximum", "floor_divide", "bitwise_and"]


def gen_weak():
    """Python scalars on either side of arrays of each dtype."""
    for name in NAMES:
        d = dt(name)
        if name == "bool":
            a = np.array([True, False, True, False, True, True])
        elif name.startswith("uint"):
            a = np.array([0, 1, 2, 5, 100, 3], dtype=d)
        elif name in INTS:
            a = np.array([0, 1, -2, 5, 100, -3], dtype=d)
        elif name in FLOATS:
            a = np.array([0.0, 1.0, -2.5, 0.5, float("nan"), float("inf")]).astype(d)
        else:
            a = np.array([0j, 1 + 1j, -2.5, 0.5j, complex(float("nan"), 0), 2 - 1j]).astype(d)
        w = Base("w_" + name, a)
        for s in WEAK_INTS + WEAK_OTHER:
            for f in WEAK_BOTH + WEAK_RIGHT:
                case(f"weak/{f}/{name}/{s!r}", f, [arr_op(w), py_op(s)])
                if f in WEAK_BOTH:
                    case(f"weak/{f}/{s!r}/{name}", f, [py_op(s), arr_op(w)])
    # Python scalars alone, and 0-d arrays with Python scalars.
    for (x, y) in [(2, 3), (2, 3.5), (2.5, 1j), (True, 2), (True, False), (2**63, 1)]:
        case(f"weak/add/{x!r}/{y!r}", "add", [py_op(x), py_op(y)])
    z = Base("z_int8", np.array(5, dtype=np.int8))
    case("weak/add/int8_0d/1000", "add", [arr_op(z), py_op(1000)])
    case("weak/multiply/int8_0d/2.5", "multiply", [arr_op(z), py_op(2.5)])


def gen_layout():
    """Broadcasting and strided, reversed, F-ordered and transposed operands."""
    rng = np.random.default_rng(7)
    for name in ["int16", "uint8", "float32", "float64", "complex128", "bool", "float16"]:
        d = dt(name)

        def mk(shape, tag, seed):
            n = int(np.prod(shape))
            v = random_values(name, max(n, 2), seed)[:n].reshape(shape)
            return Base(f"L{tag}_{name}", v)
        a31, a14 = mk((3, 1), "31", 1), mk((1, 4), "14", 2)
        a234, a4 = mk((2, 3, 4), "234", 3), mk((4,), "4", 4)
        a03, a3 = mk((0, 3), "03", 5), mk((3,), "3", 6)
        s0, s1 = mk((), "0d", 7), mk((), "0d2", 8)
        big = mk((6, 8), "68", 9)
        bigf = Base(f"L68f_{name}", np.asfortranarray(mk((6, 8), "68b", 10).arr))
        ops = ["add", "multiply", "maximum", "less", "divmod", "sqrt", "negative", "logical_xor"]
        for f in ops:
            un = f in ("sqrt", "negative")

            def c(tag, *ins):
                if un:
                    case(f"layout/{f}/{name}/{tag}", f, [ins[0]])
                else:
                    case(f"layout/{f}/{name}/{tag}", f, list(ins))
            c("31x14", arr_op(a31), arr_op(a14))
            c("234x4", arr_op(a234), arr_op(a4))
            c("4x234", arr_op(a4), arr_op(a234))
            c("03x3", arr_op(a03), arr_op(a3))
            c("0dx0d", arr_op(s0), arr_op(s1))
            c("0dx234", arr_op(s0), arr_op(a234))
            c("empty0", arr_op(a3, a3.arr[:0]), arr_op(a3, a3.arr[3:]))
            c("step2", arr_op(big, big.arr[::2, 1::3]), arr_op(bigf, bigf.arr[1::2, ::3]))
            c("reversed", arr_op(big, big.arr[::-1, ::-2]), arr_op(bigf, bigf.arr[::-1, 4:]))
            c("F", arr_op(bigf), arr_op(big))
            c("FF", arr_op(bigf), arr_op(bigf))
            c("T", arr_op(big, big.arr.T), arr_op(bigf, bigf.arr.T))
            c("Tx8", arr_op(bigf, bigf.arr.T), arr_op(a4, a4.arr[::-1]))
            c("bcast_col", arr_op(big, big.arr[:, 2:3]), arr_op(big, big.arr[1, ::-1]))
    del rng


def fresh(arr, readonly=False):
    """An operand with its own inline memory (out arrays, mutated inputs)."""
    a = np.array(arr, copy=True)
    spec = view_spec(a, a, None, readonly)
    if readonly:
        a.flags.writeable = False
    return (spec, a)


def fresh_view(base_arr, view_fn, readonly=False):
    a = np.array(base_arr, copy=True)
    v = view_fn(a)
    spec = view_spec(a, v, None, readonly)
    return (spec, v), a


def gen_options():
    """out=, dtype=, casting=, where=, in-place and overlapping operands,
    and the errors of each."""
    f64 = Base("of64", np.array([[1.5, -2.25, 3.0, 1e300], [0.5, -0.0, 7.75, -8.5],
                                 [100.0, 2.0, -3.5, 9.0]]))
    f64b = Base("of64b", np.array([0.25, 3.0, -1.0, 1e300]))
    i32 = Base("oi32", np.array([[1, -2, 3, 2**31 - 1], [5, 6, -7, 8], [9, 0, 11, -12]], dtype=np.int32))
    i32b = Base("oi32b", np.array([4, -3, 2, 1], dtype=np.int32))
    i64 = Base("oi64", np.array([1, -2, 3, 40], dtype=np.int64))
    i8 = Base("oi8", np.array([100, -100, 7, 127], dtype=np.int8))
    u8 = Base("ou8", np.array([200, 100, 7, 255], dtype=np.uint8))
    f32 = Base("of32", np.array([1.5, -2.5, 3.0, 0.1], dtype=np.float32))
    c128 = Base("oc128", np.array([1 + 2j, -1j, 3.0, 0.5 - 0.5j]))
    b4 = Base("ob4", np.array([True, False, True, True]))
    b34 = Base("ob34", np.array([[True, False, True, False], [False, False, True, True],
                                 [True, True, True, False]]))
    five = Base("of5", np.arange(5, dtype=np.float64))
    z34 = np.full((3, 4), -9)

    def o(dtype, shape=(3, 4), readonly=False):
        return fresh(np.full(shape, 42).astype(dt(dtype)), readonly)

    # out= of another dtype under the casting rules
    for od in ["float64", "float32", "float16", "int64", "int32", "int8", "uint8", "complex128",
               "bool", "bfloat16"]:
        for cst in [None, "unsafe", "safe", "same_kind", "no", "equiv"]:
            case(f"opt/out/{od}/{cst}/f64", "add", [arr_op(f64), arr_op(f64b)],
                 out=[o(od)], casting=cst)
            case(f"opt/out/{od}/{cst}/i32", "add", [arr_op(i32), arr_op(i32b)],
                 out=[o(od)], casting=cst)
            case(f"opt/out/{od}/{cst}/less", "less", [arr_op(f64), arr_op(i32)],
                 out=[o(od)], casting=cst)
        case(f"opt/out/{od}/sqrt", "sqrt", [arr_op(i32)], out=[o(od)])
    # dtype=
    for d in ["float32", "float64", "int64", "int8", "float16", "complex64", "bool", "uint64",
              "bfloat16"]:
        for cst in [None, "unsafe", "safe"]:
            case(f"opt/dtype/add/i32/{d}/{cst}", "add", [arr_op(i32), arr_op(i32b)], dtype=d,
                 casting=cst)
            case(f"opt/dtype/add/f64/{d}/{cst}", "add", [arr_op(f64), arr_op(f64b)], dtype=d,
                 casting=cst)
        case(f"opt/dtype/divide/i32/{d}", "divide", [arr_op(i32), arr_op(i32b)], dtype=d)
        case(f"opt/dtype/sqrt/i32/{d}", "sqrt", [arr_op(i32)], dtype=d)
        case(f"opt/dtype/less/i32/{d}", "less", [arr_op(i32), arr_op(f64b)], dtype=d)
        case(f"opt/dtype/logical_and/{d}", "logical_and", [arr_op(i32), arr_op(f64b)], dtype=d)
        case(f"opt/dtype/negative/u8/{d}", "negative", [arr_op(u8)], dtype=d)
        case(f"opt/dtype/add/i32/{d}/out", "add", [arr_op(i32), arr_op(i32b)], dtype=d,
             out=[o("float64")])
    # casting= on inputs
    for cst in ["no", "equiv", "safe", "same_kind", "unsafe"]:
        case(f"opt/casting/add/i32_i64/{cst}", "add", [arr_op(i32b), arr_op(i64)], casting=cst)
        case(f"opt/casting/add/i8_u8/{cst}", "add", [arr_op(i8), arr_op(u8)], casting=cst)
        case(f"opt/casting/add/f32_f64/{cst}", "add", [arr_op(f32), arr_op(f64b)], casting=cst)
        case(f"opt/casting/add/f64_f64/{cst}", "add", [arr_op(f64b), arr_op(f64b)], casting=cst)
        case(f"opt/casting/mult/f64_c128/{cst}", "multiply", [arr_op(f64b), arr_op(c128)],
             casting=cst)
        case(f"opt/casting/add/i32_i32_dtype_i64/{cst}", "add", [arr_op(i32b), arr_op(i32b)],
             casting=cst, dtype="int64")
    # where= with out
    for od in ["float64", "int32", "float32"]:
        case(f"opt/where/b34/{od}", "add", [arr_op(f64), arr_op(f64b)], out=[o(od)],
             where=arr_op(b34), casting="unsafe")
        case(f"opt/where/b4/{od}", "add", [arr_op(f64), arr_op(f64b)], out=[o(od)],
             where=arr_op(b4), casting="unsafe")
        case(f"opt/where/true/{od}", "multiply", [arr_op(i32), arr_op(i32b)], out=[o(od)],
             where=py_op(True))
        case(f"opt/where/false/{od}", "multiply", [arr_op(i32), arr_op(i32b)], out=[o(od)],
             where=py_op(False))
    case("opt/where/bad_shape", "add", [arr_op(f64), arr_op(f64b)], out=[o("float64")],
         where=arr_op(five))
    case("opt/where/int_mask", "add", [arr_op(f64), arr_op(f64b)], out=[o("float64")],
         where=arr_op(i32b))
    case("opt/where/divmod", "divmod", [arr_op(f64), arr_op(f64b)],
         out=[o("float64"), o("float64")], where=arr_op(b4))
    # in-place (out is an input)
    for name, v in [("f64", np.array([[1.5, -2.0, 3.0], [4.0, 0.5, -6.0]])),
                    ("i16", np.array([[1, -2, 3], [400, 32767, -6]], dtype=np.int16))]:
        (sa, a) = fresh(v)
        (sb, b) = fresh(v[::-1] * 2)
        case(f"opt/inplace/add/{name}", "add", [(sa, a), (sb, b)], out=[(sa, a)])
        (sa, a) = fresh(v)
        case(f"opt/inplace/square/{name}", "multiply", [(sa, a), (sa, a)], out=[(sa, a)])
        (sa, a) = fresh(v)
        (sb, b) = fresh(v[::-1] * 2)
        case(f"opt/inplace/second/{name}", "subtract", [(sb, b), (sa, a)], out=[(sa, a)])
        (sa, a) = fresh(v)
        case(f"opt/inplace/negative_T/{name}", "negative", [(sa, a)], out=[(sa, a)])
    # overlapping out in one buffer
    seq = np.arange(1.0, 11.0)
    for tag, fin, fout, uname, nin in [
        ("shift_right", [lambda a: a[:-1], lambda a: a[1:]], lambda a: a[1:], "add", 2),
        ("shift_left", [lambda a: a[1:], lambda a: a[:-1]], lambda a: a[:-1], "add", 2),
        ("reverse", [lambda a: a], lambda a: a[::-1], "negative", 1),
        ("reverse2", [lambda a: a, lambda a: a[::-1]], lambda a: a[::-1], "subtract", 2),
        ("stride2", [lambda a: a[::2], lambda a: a[1::2]], lambda a: a[2:7], "multiply", 2),
        ("same_strided", [lambda a: a[::2], lambda a: a[::2]], lambda a: a[::2], "add", 2),
        ("bcast", [lambda a: a[3:4], lambda a: a[:5]], lambda a: a[2:7], "add", 2),
        ("divmod", [lambda a: a[:-1], lambda a: a[1:]], lambda a: a[1:], "divmod", 2),
    ]:
        base = np.array(seq, copy=True)
        ins = []
        for fn in fin[:nin]:
            v = fn(base)
            ins.append((view_spec(base, v), v))
        outs = [fout(base)]
        if uname == "divmod":
            outs = [fout(base), None]
        out = [None if x is None else (view_spec(base, x), x) for x in outs]
        case(f"opt/overlap/{tag}", uname, ins, out=out)
    # the same, in int32 with a cast into the overlapping output
    base = np.arange(10, dtype=np.int32)
    ins = [(view_spec(base, base[:-1]), base[:-1]), (view_spec(base, base[1:]), base[1:])]
    case("opt/overlap/cast_i32", "multiply", ins + [], out=[(view_spec(base, base[1:]), base[1:])],
         casting="unsafe", dtype="float64")
    # read-only, wrong shape, broadcast errors
    case("opt/err/readonly", "add", [arr_op(f64), arr_op(f64b)],
         out=[o("float64", readonly=True)])
    case("opt/err/out_shape4", "add", [arr_op(f64), arr_op(f64b)], out=[o("float64", (4,))])
    case("opt/err/out_shape43", "add", [arr_op(f64), arr_op(f64b)], out=[o("float64", (4, 3))])
    case("opt/ok/out_bigger", "add", [arr_op(f64), arr_op(f64b)], out=[o("float64", (2, 3, 4))])
    case("opt/err/bcast", "add", [arr_op(f64), arr_op(five)])
    case("opt/err/bcast3", "add", [arr_op(f64), arr_op(f64b), ], out=[o("float64", (5, 4))])
    case("opt/err/bcast_T", "multiply", [arr_op(f64, f64.arr.T), arr_op(f64b)])
    case("opt/err/bcast_0d", "less", [arr_op(five), arr_op(f64b)])
    # two-output ufuncs with out=
    for od in ["float64", "float32", "int64"]:
        case(f"opt/divmod/out/{od}", "divmod", [arr_op(f64), arr_op(f64b)],
             out=[o(od), o("float64")])
        case(f"opt/divmod/out1/{od}", "divmod", [arr_op(i32), arr_op(i32b)],
             out=[None, o(od)])
        case(f"opt/frexp/out/{od}", "frexp", [arr_op(f64)], out=[o(od), o("int64")])
        case(f"opt/frexp/out_i8/{od}", "frexp", [arr_op(f64)], out=[o(od), o("int8")])
        case(f"opt/modf/out/{od}", "modf", [arr_op(f64)], out=[o("float32"), o(od)])
    # out arrays in other layouts: F order, reversed and strided views, 0-d
    (so, oa) = fresh(np.asfortranarray(np.full((3, 4), 42.0)))
    case("opt/out/F", "add", [arr_op(f64), arr_op(f64b)], out=[(so, oa)])
    (sv, _) = fresh_view(np.full((3, 8), 42.0), lambda a: a[::-1, ::-2])
    case("opt/out/reversed", "multiply", [arr_op(f64), arr_op(f64b)], out=[sv])
    (sv, _) = fresh_view(np.full((3, 8), 42, dtype=np.int16), lambda a: a[:, 1::2])
    case("opt/out/strided_cast", "add", [arr_op(i32), arr_op(i32b)], out=[sv],
         casting="unsafe")
    case("opt/out/0d", "add", [arr_op(Base("o0d", np.array(2.5))), py_op(1)],
         out=[fresh(np.array(7.0))])
    (sv, _) = fresh_view(np.full((3, 8), 42.0), lambda a: a[:, ::2])
    case("opt/out/where_strided", "subtract", [arr_op(f64), arr_op(f64b)], out=[sv],
         where=arr_op(b4))
    # where= on an in-place call
    (sa, a) = fresh(np.array([[1.5, -2.0, 3.0, 4.0], [4.0, 0.5, -6.0, 8.0], [1.0, 2.0, 3.0, 4.0]]))
    case("opt/inplace/where", "add", [(sa, a), arr_op(f64b)], out=[(sa, a)], where=arr_op(b34))
    # both outputs of divmod over its inputs
    base = np.arange(1.0, 13.0)
    ins = [(view_spec(base, base[:6]), base[:6]), (view_spec(base, base[6:]), base[6:])]
    outs = [(view_spec(base, base[6:]), base[6:]), (view_spec(base, base[:6]), base[:6])]
    case("opt/overlap/divmod_both", "divmod", ins, out=outs)
    # large enough to be split over threads (expensive and cheap loops)
    big = Base("big_f32", np.linspace(-20.0, 20.0, 9001).astype(np.float32))
    case("opt/threads/sin", "sin", [arr_op(big)])
    case("opt/threads/less", "less", [arr_op(big), py_op(0.5)])
    case("opt/frexp/dtype", "frexp", [arr_op(f32)], dtype="float64")
    case("opt/divmod/dtype", "divmod", [arr_op(i32b), arr_op(i64)], dtype="float32")
    del z34


def main():
    gen_sweep()
    gen_mixed()
    gen_weak()
    gen_layout()
    gen_options()
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1][:5]
    aliases = {}
    for alias in ["true_divide", "mod", "conj", "abs", "bitwise_not", "bitwise_invert", "pow",
                  "acos", "asin", "atan", "acosh", "asinh", "atanh", "atan2",
                  "bitwise_left_shift", "bitwise_right_shift"]:
        aliases[alias] = getattr(np, alias).__name__
    with open(OUT, "w") as fh:
        fh.write('{"aliases": ')
        json.dump(aliases, fh, sort_keys=True, separators=(",", ":"))
        fh.write(',\n"bases": ')
        json.dump(BASES, fh, sort_keys=True, separators=(",", ":"))
        fh.write(',\n"cases": [\n')
        for k, c in enumerate(CASES):
            fh.write(json.dumps(c, sort_keys=True, separators=(",", ":")))
            fh.write(",\n" if k + 1 < len(CASES) else "\n")
        fh.write("]}\n")
    print(f"{OUT}: {len(CASES)} cases, {os.path.getsize(OUT)} bytes")


if __name__ == "__main__":
    main()
