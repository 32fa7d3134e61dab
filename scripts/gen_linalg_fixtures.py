#!/usr/bin/env python3
"""NumPy -> tests/fixtures/linalg.json: numpy.linalg results and errors.

Each case names a function, its inputs (row-major values with a dtype and
shape; the test rebuilds each input in the memory layout named by
"layout": C, F, T (the transpose of a transposed buffer), neg (every axis
reversed in memory) or strided (every other element of the last axis)),
keyword arguments, and either the outputs or NumPy's error (class and
text). Factorisations whose factors are unique only up to order, sign or
phase (eig, eigh, svd) are compared by the test up to those freedoms.
"""

import json
import os
import sys

import numpy as np

L = np.linalg
rng = np.random.default_rng(20241207)
DTS = ["float32", "float64", "complex64", "complex128"]
LAYOUTS = ["C", "F", "T", "neg", "strided"]
CASES = []
_lay = [0]


def num(x, single=False):
    x = float(str(np.float32(x))) if single else float(x)
    if np.isnan(x):
        return "nan"
    if np.isinf(x):
        return "inf" if x > 0 else "-inf"
    return x


def enc(a):
    a = np.asarray(a)
    single = a.dtype.itemsize <= 4 or a.dtype.name == "complex64"
    if a.dtype.kind == "c":
        data = [[num(z.real, single), num(z.imag, single)] for z in a.ravel()]
    elif a.dtype.kind == "f":
        data = [num(z, single) for z in a.ravel()]
    elif a.dtype.kind == "b":
        data = [bool(z) for z in a.ravel()]
    else:
        data = [int(z) for z in a.ravel()]
    return {"dtype": a.dtype.name, "shape": list(a.shape), "data": data}


def rand(shape, dt, kind="general"):
    shape = tuple(shape)
    a = rng.standard_normal(shape)
    if np.dtype(dt).kind == "c":
        a = a + 1j * rng.standard_normal(shape)
    if kind in ("spd", "herm") and len(shape) >= 2:
        ah = np.conj(np.swapaxes(a, -1, -2))
        if kind == "spd":
            a = a @ ah + shape[-1] * np.eye(shape[-1])
        else:
            a = (a + ah) / 2
    elif kind == "wellcond" and len(shape) >= 2 and shape[-1] == shape[-2]:
        a = a + 2 * np.sqrt(shape[-1]) * np.eye(shape[-1])
    return a.astype(dt)


def layout(explicit=None):
    if explicit:
        return explicit
    _lay[0] += 1
    return LAYOUTS[_lay[0] % len(LAYOUTS)]


def case(fn, ins, args=None, lay=None, **kw):
    args = args or {}
    c = {"id": f"{fn}/{len(CASES)}", "fn": fn, "in": [enc(x) for x in ins],
         "args": args, "layout": layout(lay)}
    try:
        out = call(fn, ins, args)
        c["out"] = [enc(o) for o in out]
    except Exception as e:  # noqa: BLE001
        c["err"] = [type(e).__name__, str(e)]
    c.update(kw)
    CASES.append(c)


def ordv(o):
    if o == "inf":
        return np.inf
    if o == "-inf":
        return -np.inf
    return o


def call(fn, ins, a):
    f = getattr(L, fn)
    if fn in ("solve", "tensorsolve"):
        r = f(ins[0], ins[1], **({"axes": tuple(a["axes"])} if a.get("axes") else {}))
    elif fn == "lstsq":
        x, res, rank, s = f(ins[0], ins[1], rcond=a.get("rcond"))
        return [x, res, np.int64(rank), s]
    elif fn in ("eigh", "eigvalsh"):
        r = f(ins[0], UPLO=a.get("uplo", "L"))
    elif fn == "svd":
        r = f(ins[0], full_matrices=a.get("full", True), compute_uv=a.get("uv", True),
              hermitian=a.get("herm", False))
    elif fn == "pinv":
        kw = {"hermitian": a.get("herm", False)}
        if "rcond" in a:
            kw["rcond"] = a["rcond"]
        if "rtol" in a:
            kw["rtol"] = a["rtol"]
        r = f(ins[0], **kw)
    elif fn == "matrix_rank":
        r = f(ins[0], tol=a.get("tol"), rtol=a.get("rtol"), hermitian=a.get("herm", False))
    elif fn == "qr":
        r = f(ins[0], mode=a.get("mode", "reduced"))
    elif fn == "cholesky":
        r = f(ins[0], upper=a.get("upper", False))
    elif fn == "norm":
        ax = a.get("axes")
        r = f(ins[0], ord=ordv(a.get("ord")), axis=None if ax is None else tuple(ax),
              keepdims=a.get("keepdims", False))
    elif fn == "vector_norm":
        ax = a.get("axes")
        r = f(ins[0], ord=ordv(a.get("ord", 2)), axis=None if ax is None else tuple(ax),
              keepdims=a.get("keepdims", False))
    elif fn == "matrix_norm":
        r = f(ins[0], ord=ordv(a.get("ord", "fro")), keepdims=a.get("keepdims", False))
    elif fn == "cond":
        r = f(ins[0], p=ordv(a.get("ord")))
    elif fn == "tensorinv":
        r = f(ins[0], ind=a.get("ind", 2))
    else:
        r = f(ins[0])
    if isinstance(r, tuple):
        return [np.asarray(x) for x in r if x is not None]
    return [np.asarray(r)]


def gen():
    # Square-matrix functions over dtypes x batches x sizes.
    for dt in DTS:
        full = dt in ("float64", "complex64")
        for b, sizes in (((), (1, 3, 9)), ((2,), (3,)), ((2, 3), (2,) if full else ())):
            for n in sizes:
                a = rand(b + (n, n), dt, "wellcond")
                case("inv", [a])
                case("det", [a])
                case("slogdet", [a])
                case("solve", [a, rand(b + (n, 2), dt)])
                case("solve", [a, rand((n,), dt)])
                case("cholesky", [rand(b + (n, n), dt, "spd")], {"upper": n % 2 == 1})
                case("eigh", [rand(b + (n, n), dt, "herm")], {"uplo": "LU"[n % 2]})
                case("eigvalsh", [rand(b + (n, n), dt, "herm")])
                case("eig", [rand(b + (n, n), dt)])
                case("eigvals", [rand(b + (n, n), dt)])
            if len(b) == 2:
                continue
            for (m, n) in (((4, 3), (3, 4)) if not b else ((3, 3),)):
                a = rand(b + (m, n), dt)
                case("svd", [a], {"full": True})
                case("svd", [a], {"full": False})
                case("svd", [a], {"uv": False})
                case("svdvals", [a])
                case("pinv", [a])
                case("pinv", [a], {"rtol": None})
                case("matrix_rank", [a])
                for mode in ("reduced", "complete", "r", "raw"):
                    case("qr", [a], {"mode": mode})
                case("norm", [a])
                if not full:
                    continue
                for o in (None, "fro", "nuc", 1, -1, 2, -2, "inf", "-inf"):
                    case("norm", [a], {"ord": o, "axes": [-2, -1]})
                    if len(b) and o in (1, "fro"):
                        case("norm", [a], {"ord": o, "axes": [-1, 0], "keepdims": True})
                for o in (None, 0, 1, 2, 3, 0.5, -1, "inf", "-inf"):
                    case("norm", [a], {"ord": o, "axes": [-1]})
                case("vector_norm", [a], {"ord": 3, "axes": [0, -1], "keepdims": True})
                case("vector_norm", [a])
                case("matrix_norm", [a], {"ord": "nuc"})
                if m == n:
                    for o in (None, 1, -1, 2, -2, "inf", "-inf", "fro", "nuc"):
                        case("cond", [rand(b + (m, n), dt, "wellcond")], {"ord": o})
            case("svd", [rand(b + (3, 3), dt, "herm")], {"herm": True})
            case("svd", [rand(b + (3, 3), dt, "herm")], {"herm": True, "uv": False})
            case("pinv", [rand(b + (3, 3), dt, "herm")], {"herm": True})
            case("matrix_rank", [rand(b + (3, 3), dt, "herm")], {"herm": True})
        a = rand((5, 3), dt)
        case("lstsq", [a, rand((5,), dt)])
        case("lstsq", [a, rand((5, 2), dt)])
        case("lstsq", [rand((3, 5), dt), rand((3, 2), dt)])
        case("lstsq", [a, rand((5, 2), dt)], {"rcond": 0.5})
        case("tensorinv", [rand((2, 3, 6), dt) + np.eye(6).reshape(6, 6)[:, :].reshape(2, 3, 6)], {"ind": 2})
        case("tensorsolve", [rand((6, 2, 3), dt) + np.eye(6).reshape(6, 2, 3), rand((6,), dt)])
        case("tensorsolve", [rand((2, 3, 6), dt) + np.eye(6).reshape(2, 3, 6), rand((6,), dt)], {"axes": [0, 1]})

    # Integer and bool inputs compute in float64.
    ia = np.array([[4, 1, 2], [1, 5, 1], [2, 1, 6]])
    for fn in ("inv", "det", "slogdet", "cholesky", "eigh", "eigvals", "svdvals", "pinv", "matrix_rank", "cond", "eig"):
        case(fn, [ia])
        case(fn, [ia.astype(np.int32)])
    case("solve", [ia, np.array([1, 2, 3])])
    case("qr", [ia.astype(np.uint8)])
    case("norm", [ia])
    case("norm", [np.eye(3, dtype=bool)])
    case("det", [np.eye(3, dtype=bool)])
    case("norm", [np.arange(6, dtype=np.float16).reshape(2, 3)])
    case("norm", [np.arange(6, dtype=np.float16).reshape(2, 3)], {"ord": 1, "axes": [1]})
    # Real matrix with only real eigenvalues -> real eig results.
    s = np.array([[2.0, 1, 0], [1, 3, 1], [0, 1, 4]])
    case("eig", [s])
    case("eig", [np.array([[0.0, -1], [1, 0]])])
    case("eigvals", [np.diag([3.0, 1.0, 2.0])])
    # Broadcasting solve.
    case("solve", [rand((2, 1, 3, 3), "float64", "wellcond"), rand((4, 3, 2), "float64")])
    case("solve", [rand((3, 3), "float64", "wellcond"), rand((2, 3, 1), "float64")])
    # Special values.
    nanm = np.full((2, 2), np.nan)
    for fn in ("inv", "det", "slogdet", "solve", "eigvals", "eig", "svd", "svdvals", "qr", "eigvalsh", "cholesky"):
        ins = [nanm, np.ones(2)] if fn == "solve" else [nanm]
        case(fn, ins, lay="C", loose=True)
    infm = np.array([[np.inf, 1.0], [1.0, 1.0]])
    case("eigvals", [infm])
    case("inv", [np.array([[1.0, np.inf], [0.0, 1.0]])], loose=True)
    for n in (2, 4, 12):
        sing = np.ones((n, n))
        case("inv", [sing])
        case("solve", [sing, np.ones(n)])
        case("det", [sing])
        case("slogdet", [sing])
        case("cond", [sing], {"ord": 1})
        case("matrix_rank", [sing])
        case("cholesky", [sing])
        case("inv", [np.stack([np.eye(n), sing])])
    case("det", [np.zeros((3, 3))])
    case("cholesky", [np.array([[1.0, 2], [2, 1]])])
    case("cholesky", [-np.eye(3, dtype=np.complex128)])
    # Empty shapes.
    for sh in ((0, 0), (2, 0, 0), (0, 3, 3)):
        for fn in ("inv", "det", "slogdet", "eigvals", "eigh", "cholesky", "svd", "qr", "pinv", "matrix_rank"):
            case(fn, [np.zeros(sh)], lay="C")
    for sh in ((3, 0), (0, 3)):
        for fn in ("svd", "qr", "pinv", "svdvals"):
            case(fn, [np.zeros(sh)], lay="C")
        case("qr", [np.zeros(sh)], {"mode": "complete"}, lay="C")
        case("svd", [np.zeros(sh)], {"full": False}, lay="C")
    case("cond", [np.zeros((0, 0))])
    case("norm", [np.zeros((0,))], {"ord": "inf", "axes": [0]})
    case("norm", [np.zeros((0,))], {"ord": "-inf", "axes": [0]})
    case("norm", [np.zeros((2, 0))], {"ord": 1, "axes": [0, 1]})
    case("norm", [np.zeros((2, 0))], {"ord": -1, "axes": [0, 1]})
    case("norm", [np.array(3.0)], lay="C")
    case("norm", [np.ones((2, 3, 4))], {"keepdims": True})
    case("norm", [np.ones((2, 3, 4))], {"ord": 1, "axes": [2, 0], "keepdims": True})
    # Errors.
    case("inv", [np.ones(3)], lay="C")
    case("det", [np.ones((2, 3))])
    case("eig", [np.ones((2, 3, 4))])
    case("qr", [np.ones(3)], lay="C")
    case("svd", [np.ones(3)], lay="C")
    case("inv", [np.eye(2, dtype=np.float16)])
    case("solve", [np.eye(2), np.ones(3)], lay="C")
    case("solve", [np.eye(2), np.ones((3, 1))])
    case("solve", [np.eye(2), np.array(1.0)], lay="C")
    case("solve", [np.ones((2, 2, 2)), np.ones((3, 2, 1))])
    case("norm", [np.ones((2, 2))], {"ord": "fro", "axes": [0]})
    case("norm", [np.ones((2, 2))], {"ord": 3})
    case("norm", [np.ones((2, 2, 2))], {"ord": 2})
    case("norm", [np.ones((2, 2))], {"axes": [0, 0]})
    case("norm", [np.ones((2,))], {"axes": [0, 1]}, lay="C")
    case("norm", [np.ones((2, 2))], {"axes": [3]})
    case("matrix_norm", [np.ones((3,))], lay="C")
    case("lstsq", [np.ones((3, 2)), np.ones(2)], lay="C")
    case("lstsq", [np.ones((3, 2, 2)), np.ones(2)])
    case("tensorinv", [np.ones((2, 3))], {"ind": 1})
    case("tensorinv", [np.ones((2, 3))], {"ind": 0})
    case("tensorsolve", [np.ones((2, 3)), np.ones(2)])
    case("eigvals", [infm])
    case("pinv", [np.ones(3)], lay="C")
    case("matrix_rank", [np.ones(3)], lay="C")
    case("matrix_rank", [np.zeros(3)], lay="C")
    case("cond", [np.ones((2, 3))], {"ord": 1})
    case("matrix_rank", [np.ones((3, 3))], {"tol": 0.5, "rtol": 0.1})


def main():
    gen()
    path = os.path.join(os.path.dirname(__file__), "..", "tests", "fixtures", "linalg.json")
    text = json.dumps({"numpy": np.__version__, "cases": CASES}, separators=(",", ":"))
    with open(path, "w") as f:
        f.write(text)
    print(f"{len(CASES)} cases, {len(text)} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
