#!/usr/bin/env python3
"""Writes tests/fixtures/sort.json: NumPy's results for sorting, searching,
set operations, order statistics and histograms (read by tests/sort.rs).

Arrays are {"dtype", "shape", "data" (index in the shared table "data" of
hex strings of the C-order bytes)} plus, for
inputs, "layout": C, F, strided (every other element of a larger array
along each axis), neg (every axis reversed). A case is {"fn", "args",
"inputs": [...], "cmp"} with either "expect": [arrays] or "error": message.
cmp: exact (bytes), value (floats equal as numbers, nans equal), ulp
(floats within 2 ULP of the dtype), partition (the kth property; expect
holds the fully sorted array).
"""
import json
import warnings

import ml_dtypes
import numpy as np

warnings.simplefilter("ignore")
rng = np.random.default_rng(7)
DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32",
          "uint64", "float16", "bfloat16", "float32", "float64", "complex64", "complex128"]
FLOATS = ["float16", "bfloat16", "float32", "float64"]
REAL = DTYPES[:13]
INTS = DTYPES[1:9]


def dt(name):
    return np.dtype(ml_dtypes.bfloat16) if name == "bfloat16" else np.dtype(name)


DATA = {}


def enc(a, layout=None):
    """An array; its bytes go to the shared table "data" (by index)."""
    a = np.asarray(a)
    h = np.ascontiguousarray(a).tobytes().hex()
    d = {"dtype": "bfloat16" if a.dtype == dt("bfloat16") else a.dtype.name,
         "shape": list(a.shape), "data": DATA.setdefault(h, len(DATA))}
    if layout:
        d["layout"] = layout
    return d


def sample(name, shape, special=True):
    """Small values with duplicates; floats get nan, inf, -0.0."""
    n = int(np.prod(shape))
    d = dt(name)
    if name == "bool":
        v = rng.integers(0, 2, n).astype(bool)
    elif d.kind in "iu":
        lo = 0 if d.kind == "u" else -5
        v = rng.integers(lo, 6, n).astype(d)
        if n > 3:
            info = np.iinfo(d)
            v[0], v[1] = info.max, info.min
    elif d.kind == "c":
        v = (rng.integers(-3, 4, n) + 1j * rng.integers(-2, 3, n)).astype(d)
        if special and n > 4:
            v[1] = complex(np.nan, 1)
            v[3] = complex(1, np.nan)
            v[2] = complex(-0.0, 0)
    else:
        v = (rng.integers(-8, 8, n) / 4).astype(d)
        if special and n > 5:
            v[1] = np.nan
            v[4] = -np.inf
            v[2] = -0.0
            v[n - 1] = np.inf
            v[3] = -np.nan if n > 8 else v[3]
    return v.reshape(shape)


CASES = []


def case(fn, inputs, expect=None, cmp="exact", error=None, **args):
    if args.get("range") is not None:
        args["range"] = [repr(float(x)) for x in args["range"]]
    c = {"fn": fn, "args": args, "inputs": inputs, "cmp": cmp}
    if callable(expect):
        try:
            expect = expect()
        except Exception:  # noqa: BLE001  NumPy itself fails (bfloat16 in np.ma)
            return
    if error is not None:
        c["error"] = error
    else:
        c["expect"] = [enc(e) for e in expect]
    CASES.append(c)


def err(f):
    try:
        f()
    except Exception as e:  # noqa: BLE001
        return str(e)
    raise AssertionError("no error")


LAYOUTS = ["C", "F", "strided", "neg"]


def lay(i):
    return LAYOUTS[i % 4]


def fcmp(name):
    return "value" if dt(name).kind in "fc" or name == "bfloat16" else "exact"


# --- sort / argsort / partition
k = 0
for name in DTYPES:
    for shape, axis in [((4, 7), -1), ((4, 7), 0), ((3, 2, 5), 1), ((30,), 0), ((200 if name == "float64" else 20,), 0),
                        ((0, 3), 1), ((2, 0), 0), ((), None), ((3, 4), None)]:
        a = sample(name, shape)
        L = lay(k)
        k += 1
        ax = "none" if axis is None else axis
        case("sort", [enc(a, L)], [np.sort(a, axis=axis, kind="stable")], "exact", axis=ax, kind="stable")
        case("sort", [enc(a, L)], [np.sort(a, axis=axis)], fcmp(name), axis=ax, kind="quicksort")
        case("argsort", [enc(a, L)], [np.argsort(a, axis=axis, kind="stable")], "exact", axis=ax)
        if a.ndim and a.size and axis is not None:
            case("sort_inplace", [enc(a, L)], [np.sort(a, axis=axis, kind="stable")], "exact", axis=axis)
        if a.size and axis is not None or (axis is None and a.size):
            n = a.shape[axis] if axis is not None else a.size
            if n:
                kth = sorted({0, n // 2, n - 1})
                s = np.sort(a, axis=axis, kind="stable")
                case("partition", [enc(a, L)], [s], "partition", axis=ax, kth=kth)
                case("argpartition", [enc(a, L)], [s], "partition", axis=ax, kth=[-1 - n // 3])
for name in ["float64", "int32", "complex128", "float16"]:
    a = sample(name, (5,))
    case("partition", [enc(a)], error=err(lambda: np.partition(a, 5)), axis=0, kth=[5])
    case("partition", [enc(a)], error=err(lambda: np.partition(a, -6)), axis=0, kth=[-6])
a = sample("float64", (3, 4))
case("sort", [enc(a)], error=err(lambda: np.sort(a, axis=2)), axis=2, kind="stable")
case("argsort", [enc(a)], error=err(lambda: np.argsort(a, axis=-3)), axis=-3)
case("sort", [enc(np.array(1.0))], error=err(lambda: np.sort(np.array(1.0), axis=-1)), axis=-1, kind="stable")

# --- lexsort
for i, (n1, n2) in enumerate([("int64", "float64"), ("uint8", "bool"), ("float32", "complex64"), ("int16", "int16")]):
    a, b = sample(n1, (3, 6)), sample(n2, (3, 6))
    for axis in (-1, 0):
        case("lexsort", [enc(a, lay(i)), enc(b, lay(i + 1))], [np.lexsort([a, b], axis=axis)], axis=axis)
case("lexsort", [enc(a), enc(b[:2])], error=err(lambda: np.lexsort([a, b[:2]])), axis=-1)
case("lexsort", [], error=err(lambda: np.lexsort([])), axis=-1)

# --- searchsorted
for i, name in enumerate(REAL + ["complex128"]):
    a = np.sort(sample(name, (9,)), kind="stable")
    v = sample(name, (2, 5))
    for side in ("left", "right"):
        case("searchsorted", [enc(a), enc(v, lay(i))], [np.searchsorted(a, v, side=side)], side=side)
    perm = rng.permutation(9)
    inv = np.argsort(perm)
    un = a[inv]  # un[perm] == a
    case("searchsorted", [enc(un, "neg"), enc(v), enc(perm)], [np.searchsorted(un, v, sorter=perm)], side="left")
a = np.array([1.0, 2.0, 3.0])
case("searchsorted", [enc(a), enc(np.array([1.5, 2], dtype=np.int32))],
     [np.searchsorted(a, np.array([1.5, 2], dtype=np.int32))], side="left")
case("searchsorted", [enc(np.array([1, 2, 3], dtype=np.uint8)), enc(np.array([-1, 300]))],
     [np.searchsorted(np.array([1, 2, 3], dtype=np.uint8), np.array([-1, 300]))], side="right")
case("searchsorted", [enc(a.reshape(3, 1)), enc(a)], error=err(lambda: np.searchsorted(a.reshape(3, 1), a)), side="left")
case("searchsorted", [enc(a), enc(a), enc(np.array([0, 1]))], error=err(lambda: np.searchsorted(a, a, sorter=[0, 1])), side="left")
case("searchsorted", [enc(a), enc(a), enc(np.array([0, 1, 3]))], error=err(lambda: np.searchsorted(a, a, sorter=[0, 1, 3])), side="left")
case("searchsorted", [enc(a), enc(a), enc(np.array([0, 1, 2.0]))], error=err(lambda: np.searchsorted(a, a, sorter=np.array([0, 1, 2.0]))), side="left")

# --- unique and the set routines
for i, name in enumerate(DTYPES):
    for shape in [(4, 6), (0,), (7,)]:
        a = sample(name, shape)
        # NumPy merges nans only for its own float kinds ('f', 'c'), not for
        # ml_dtypes' bfloat16: equal_nan=True is left out there.
        for eq in ((False,) if name == "bfloat16" else (True, False)):
            r = np.unique(a, return_index=True, return_inverse=True, return_counts=True, equal_nan=eq)
            case("unique", [enc(a, lay(i))], list(r), fcmp(name), equal_nan=eq)
        # unique_values may come unsorted from NumPy's hash table: sorted here.
        case("unique_values", [enc(a, lay(i + 1))], [np.sort(np.unique_values(a))], fcmp(name))
        r = np.unique_all(a)
        case("unique_all", [enc(a, lay(i + 2))], list(r), fcmp(name))
        # return_index makes NumPy's sort stable, so that distinct nans
        # (equal_nan=False) are numbered in input order.
        r = np.unique(a, return_index=True, return_inverse=True, return_counts=True, equal_nan=False)
        case("unique_counts", [enc(a)], [r[0], r[3]], fcmp(name))
        case("unique_inverse", [enc(a)], [r[0], r[2]], fcmp(name))
    if name != "bool":
        a = sample(name, (5, 3), special=False)
        a[3] = a[1]
        for axis in (0, 1):
            r = np.unique(a, return_index=True, return_inverse=True, return_counts=True, axis=axis)
            case("unique", [enc(a, lay(i))], list(r), fcmp(name), axis=axis, equal_nan=True)
case("unique", [enc(a)], error=err(lambda: np.unique(a, axis=2)), axis=2, equal_nan=True)
pairs = [("int64", "int64"), ("float64", "float64"), ("int32", "float32"), ("uint64", "int64"),
         ("complex128", "complex128"), ("float16", "float16"), ("bool", "bool"), ("uint8", "int8")]
for i, (n1, n2) in enumerate(pairs):
    a, b = sample(n1, (3, 4)), sample(n2, (7,))
    for inv in (False, True):
        case("isin", [enc(a, lay(i)), enc(b)], [np.isin(a, b, invert=inv)], invert=inv)
    for au in (False, True):
        x = np.unique(a) if au else a
        y = np.unique(b) if au else b
        r = np.intersect1d(x, y, assume_unique=au, return_indices=True)
        case("intersect1d", [enc(x, lay(i)), enc(y)], list(r), "value", assume_unique=au)
        case("setdiff1d", [enc(x), enc(y)], [np.setdiff1d(x, y, assume_unique=au)], "value", assume_unique=au)
        case("setxor1d", [enc(x), enc(y, lay(i))], [np.setxor1d(x, y, assume_unique=au)], "value", assume_unique=au)
    case("union1d", [enc(a), enc(b, lay(i))], [np.union1d(a, b)], "value")
for i, name in enumerate(DTYPES):
    a = sample(name, (3, 4))
    case("sort_complex", [enc(a, lay(i))], [np.sort_complex(a)], "value")

# --- median / quantile / percentile
METHODS = ["inverted_cdf", "averaged_inverted_cdf", "closest_observation", "interpolated_inverted_cdf",
           "hazen", "weibull", "linear", "median_unbiased", "normal_unbiased", "lower", "higher",
           "midpoint", "nearest"]
DISCRETE = {"inverted_cdf", "closest_observation", "lower", "higher", "nearest"}


def tol(name):
    """Integers exactly; float64 by value (a selection may pick -0.0 for
    0.0, and which nan of a lane NumPy returns depends on its partition);
    narrower floats within 2 ULP."""
    return "exact" if dt(name).kind in "iub" else "value" if name == "float64" else "ulp"


AXES = [None, [0], [-1], [0, 2], [1]]
for i, name in enumerate(REAL):
    # bfloat16 is not 'inexact' to NumPy: its median/quantile skip the nan
    # checks, and its nan-functions return float64. Only plain numbers here.
    bf = name == "bfloat16"
    a = sample(name, (4, 3, 5), special=(i % 2 == 0 and not bf))
    b = sample(name, (6, 7), special=False)
    for j, axes in enumerate(AXES):
        arr = a if j % 2 == 0 else b.reshape(7, 6)
        kd = j == 3
        if name != "bool" or True:
            for fn in ("median",) if bf else ("median", "nanmedian"):
                f = getattr(np, fn)
                case(fn, [enc(arr, lay(i + j))],
                     lambda: [f(arr, axis=None if axes is None else tuple(axes), keepdims=kd)],
                     tol(name), axes=axes, keepdims=kd)
    for mi, m in enumerate(METHODS):
        if name != "float64" and (mi + i) % 4:
            continue
        if name == "bool" and m not in DISCRETE:
            continue
        for fn, qv in (("quantile", [0.0, 0.3, 0.5, 0.75, 1.0]), ("percentile", [0.0, 12.5, 33.3, 50.0, 100.0])):
            f = getattr(np, fn)
            for axes in ([0], [1], None):
                ax = None if axes is None else tuple(axes)
                case(fn, [enc(b, lay(i)), enc(np.array(qv))], lambda: [f(b, np.array(qv), axis=ax, method=m)], tol(name),
                     axes=axes, method=m, keepdims=False, weak=False)
            case(fn, [enc(b), enc(np.array(qv[1]))], lambda: [f(b, qv[1], axis=0, method=m, keepdims=True)], tol(name),
                 axes=[0], method=m, keepdims=True, weak=True)
            case(fn, [enc(a), enc(np.array(qv[2]))], lambda: [f(a, qv[2], axis=(0, 2), method=m)], tol(name),
                 axes=[0, 2], method=m, keepdims=False, weak=True)
            if bf:
                continue
            nf = getattr(np, "nan" + fn)
            case("nan" + fn, [enc(a, lay(i + 1)), enc(np.array(qv))], lambda: [nf(a, np.array(qv), axis=1, method=m)],
                 tol(name), axes=[1], method=m, keepdims=False, weak=False)
            case("nan" + fn, [enc(a), enc(np.array(qv[1]))], lambda: [nf(a, qv[1], axis=None, method=m)],
                 tol(name), axes=None, method=m, keepdims=False, weak=True)
a = sample("float64", (5,))
case("quantile", [enc(a), enc(np.array(1.5))], error=err(lambda: np.quantile(a, 1.5)), method="linear", weak=True, keepdims=False, axes=None)
case("percentile", [enc(a), enc(np.array([101.0]))], error=err(lambda: np.percentile(a, [101])), method="linear", weak=False, keepdims=False, axes=None)
case("quantile", [enc(a), enc(np.array([[[0.5]]]))], error=err(lambda: np.quantile(a, [[[0.5]]])), method="linear", weak=False, keepdims=False, axes=None)
c = sample("complex128", (5,))
case("quantile", [enc(c), enc(np.array(0.5))], error=err(lambda: np.quantile(c, 0.5)), method="linear", weak=True, keepdims=False, axes=None)
case("quantile", [enc(np.zeros((0, 3))), enc(np.array(0.5))], error=err(lambda: np.quantile(np.zeros((0, 3)), 0.5, axis=0)),
     method="linear", weak=True, keepdims=False, axes=[0])
case("quantile", [enc(a), enc(np.array(0.5))], error=err(lambda: np.quantile(a, 0.5, axis=1)), method="linear", weak=True, keepdims=False, axes=[1])
case("median", [enc(a)], error=err(lambda: np.median(a, axis=(0, 0))), axes=[0, 0], keepdims=False)
for i, name in enumerate(["complex64", "complex128"]):
    for special in (False, True):
        c = sample(name, (3, 6), special=special)
        for axes in (None, [0], [1]):
            ax = None if axes is None else tuple(axes)
            case("median", [enc(c, lay(i))], [np.median(c, axis=ax)], "ulp" if name == "complex64" else "value",
                 axes=axes, keepdims=False)
case("median", [enc(np.zeros((0, 3)))], [np.median(np.zeros((0, 3)), axis=0)], "value", axes=[0], keepdims=False)
case("quantile", [enc(np.arange(5)), enc(np.array([0, 1]))], [np.quantile(np.arange(5), np.array([0, 1]))], "exact",
     method="linear", weak=False, keepdims=False, axes=None)

# --- histogram, bin edges, bincount, digitize
for i, name in enumerate(["float64", "float32", "int64", "uint8", "float16", "int8"]):
    a = sample(name, (4, 12), special=False)
    af = a.astype(np.float64)
    for bins in (1, 5, 10):
        for rng_ in (None, (-1.0, 1.5)):
            for dens in (False, True):
                r = np.histogram(a, bins=bins, range=rng_, density=dens)
                case("histogram", [enc(a, lay(i))], list(r), tol(name), bins=bins, range=rng_, density=dens)
        w = (rng.integers(0, 5, a.shape) / 2).astype(np.float32 if i % 2 else np.float64)
        r = np.histogram(a, bins=bins, weights=w)
        case("histogram", [enc(a), enc(w, lay(i))], list(r), "exact", bins=bins, range=None, density=False)
        case("histogram_bin_edges", [enc(a)], [np.histogram_bin_edges(a, bins=bins)], tol(name), bins=bins, range=None)
    edges = np.array([-2.0, -0.5, 0.0, 0.25, 1.0, 3.0])
    for dens in (False, True):
        r = np.histogram(a, bins=edges, density=dens)
        case("histogram", [enc(a, lay(i)), None, enc(edges)], list(r), "exact", range=None, density=dens)
    w = (rng.integers(0, 5, a.shape) / 2)
    r = np.histogram(a, bins=edges, weights=w)
    case("histogram", [enc(a), enc(w), enc(edges)], list(r), "exact", range=None, density=False)
    case("digitize", [enc(a, lay(i)), enc(edges)], [np.digitize(a, edges)], right=False)
    case("digitize", [enc(a), enc(edges[::-1].copy())], [np.digitize(a, edges[::-1], right=True)], right=True)
    case("digitize", [enc(a), enc(edges)], [np.digitize(a, edges, right=True)], right=True)
for i, name in enumerate(["float64", "int64", "float32", "uint8"]):
    a = (rng.standard_normal(120) * 3).astype(name) if name != "uint8" else rng.integers(0, 40, 120).astype(name)
    for est in ["auto", "fd", "doane", "rice", "scott", "sqrt", "stone", "sturges"]:
        for rng_ in (None, (-2.0, 5.0)):
            r = np.histogram(a, bins=est, range=rng_)
            case("histogram", [enc(a, lay(i))], list(r), tol(name), bins=est, range=rng_, density=False)
        case("histogram_bin_edges", [enc(a)], [np.histogram_bin_edges(a, bins=est)], tol(name), bins=est, range=None)
a = np.array([1.0, 2.0])
case("histogram", [enc(a)], error=err(lambda: np.histogram(a, bins="nope")), bins="nope", range=None, density=False)
case("histogram", [enc(a), enc(a)], error=err(lambda: np.histogram(a, bins="auto", weights=a)), bins="auto", range=None, density=False)
a = np.array([1.0, np.nan])
case("histogram", [enc(a)], error=err(lambda: np.histogram(a)), bins=10, range=None, density=False)
case("histogram", [enc(a)], error=err(lambda: np.histogram(a, range=(2.0, 1.0))), bins=10, range=(2.0, 1.0), density=False)
case("histogram", [enc(a)], error=err(lambda: np.histogram(a, range=(0.0, np.inf))), bins=10, range=(0.0, np.inf), density=False)
case("histogram", [enc(a)], error=err(lambda: np.histogram(a, bins=0)), bins=0, range=None, density=False)
case("histogram", [enc(a), None, enc(np.array([2.0, 1.0]))], error=err(lambda: np.histogram(a, bins=np.array([2.0, 1.0]))), range=None, density=False)
case("histogram", [enc(a), enc(np.ones(3))], error=err(lambda: np.histogram(a, weights=np.ones(3))), bins=10, range=None, density=False)
case("histogram", [enc(np.array([1.0, 1.0]))], list(np.histogram(np.array([1.0, 1.0]), bins=4)), "exact", bins=4, range=None, density=False)
case("histogram", [enc(np.zeros(0))], list(np.histogram(np.zeros(0), bins=3)), "exact", bins=3, range=None, density=False)
for i, name in enumerate(["int64", "uint8", "int32", "bool"]):
    x = rng.integers(0, 12, 20).astype(dt(name))
    case("bincount", [enc(x, lay(i))], [np.bincount(x)], minlength=0)
    case("bincount", [enc(x)], [np.bincount(x, minlength=30)], minlength=30)
    w = rng.integers(0, 9, 20) / 4
    case("bincount", [enc(x), enc(w, lay(i))], [np.bincount(x, weights=w)], minlength=0)
case("bincount", [enc(np.array([1, -1]))], error=err(lambda: np.bincount(np.array([1, -1]))), minlength=0)
case("bincount", [enc(np.array([[1]]))], error=err(lambda: np.bincount(np.array([[1]]))), minlength=0)
case("bincount", [enc(np.array([1]))], error=err(lambda: np.bincount(np.array([1]), minlength=-1)), minlength=-1)
case("bincount", [enc(np.array([1])), enc(np.ones(2))], error=err(lambda: np.bincount(np.array([1]), weights=np.ones(2))), minlength=0)
case("digitize", [enc(np.array([1.0])), enc(np.array([1.0, 0.0, 1.0]))], error=err(lambda: np.digitize([1.0], [1.0, 0.0, 1.0])), right=False)
case("digitize", [enc(np.array([1j])), enc(np.array([1.0]))], error=err(lambda: np.digitize([1j], [1.0])), right=False)

table = [""] * len(DATA)
for h, i in DATA.items():
    table[i] = h
out = {"numpy": np.__version__, "data": table, "cases": CASES}
with open("tests/fixtures/sort.json", "w") as fh:
    json.dump(out, fh, separators=(",", ":"), allow_nan=False)
print(len(CASES), "cases")
