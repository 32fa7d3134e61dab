#!/usr/bin/env python3
"""Generate the golden fixtures for ndc's matrix and vector products.

NumPy (with ml_dtypes for bfloat16) is the oracle. Deterministic: fixed
seeds, cases in a fixed order.

    python3 scripts/gen_linalg_products_fixtures.py

writes tests/fixtures/linalg_products.json, read by tests/linalg_products.rs.

Encoding:
- {"cases": [...]}, one case per line;
- an array operand is {"dtype", "raw", "shape", "strides", "offset"}: the
  hex bytes of the contiguous array owning the memory and the operand's
  layout in it, in bytes (C, F, transposed, reversed, strided and padded
  views all come out this way);
- a case is {"id", "fn", "in": [operands], "args": {...}, "k": the length
  of the sums (floats are compared within 4 (k+1) eps max(1, |expected|)),
  and "res": {"dtype", "shape", "hex"} (C-ordered element bytes) or
  "error": [class, message]};
- "args" holds the out operand ("out"), axes, exponents, ...
"""

import json
import os
import warnings

import ml_dtypes
import numpy as np

warnings.simplefilter("ignore", DeprecationWarning)
BF16 = np.dtype(ml_dtypes.bfloat16)
CASES = []


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


def spec(base, view):
    assert base.flags.owndata and (base.flags.c_contiguous or base.flags.f_contiguous)
    off = view.__array_interface__["data"][0] - base.__array_interface__["data"][0]
    name = "bfloat16" if base.dtype == BF16 else base.dtype.name
    return {"dtype": name, "raw": base.tobytes(order="A").hex(),
            "shape": list(view.shape), "strides": list(view.strides), "offset": off}


def laid(values, layout):
    """(base, view) holding `values` in `layout`."""
    v = np.asarray(values)
    if layout == "C" or v.ndim == 0:
        base = np.array(v, order="C", copy=True)
        return base, base
    if layout == "F":
        base = np.array(v, order="F", copy=True)
        return base, base
    if layout == "T":
        base = np.empty(v.shape[::-1], v.dtype)
        view = base.T
    elif layout == "neg":
        base = np.empty(v.shape, v.dtype)
        view = base[..., ::-1] if v.ndim == 1 else base[..., ::-1, ::-1]
    elif layout == "step2":
        base = np.zeros(v.shape[:-1] + (2 * v.shape[-1],), v.dtype)
        view = base[..., ::2]
    elif layout == "lead":
        base = np.zeros(v.shape[:-1] + (v.shape[-1] + 3,), v.dtype)
        view = base[..., : v.shape[-1]]
    else:
        raise ValueError(layout)
    view[...] = v
    return base, view


def values(dtype, shape, seed):
    rng = np.random.default_rng(seed)
    dt = np.dtype(dtype)
    if dt == np.bool_:
        return rng.integers(0, 2, shape).astype(bool)
    if dt.kind in "iu":
        info = np.iinfo(dt)
        lo, hi = max(info.min, -1000), min(info.max, 1000)
        if dt.itemsize == 1:
            lo, hi = info.min, info.max
        return rng.integers(lo, hi, shape, endpoint=True).astype(dt)
    if dt.kind == "c":
        return (rng.uniform(-2, 2, shape) + 1j * rng.uniform(-2, 2, shape)).astype(dt)
    return rng.uniform(-2, 2, shape).astype(dt)


SEED = [0]


def arr(dtype, shape, layout="C"):
    SEED[0] += 1
    v = values(dtype, shape, SEED[0])
    return laid(v, layout)


def case(cid, fn, ins, call, k=0, args=None):
    c = {"id": cid, "fn": fn, "in": [spec(b, v) for b, v in ins], "args": dict(args or {}),
         "k": int(k)}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            c["res"] = result(call(*[v for _, v in ins]))
    except Exception as e:  # noqa: BLE001
        c["error"] = err(e)
    CASES.append(c)


FLOATS = ["float32", "float64", "complex64", "complex128"]
INTS = ["int8", "int16", "int32", "int64", "uint8", "uint32", "uint64"]
ALL = FLOATS + INTS + ["bool", "float16"]
LAYOUTS = ["C", "F", "T", "neg", "step2", "lead"]


def gen_matmul():
    shapes = [((3, 4), (4, 5)), ((4,), (4, 5)), ((3, 4), (4,)), ((4,), (4,)),
              ((2, 3, 4), (4, 5)), ((2, 1, 3, 4), (3, 4, 2)), ((5,), (2, 5, 3)),
              ((0, 3), (3, 2)), ((3, 0), (0, 2)), ((2, 0, 3, 4), (4, 2)),
              ((1, 1), (1, 1))]
    for dt in ALL:
        for sa, sb in shapes:
            case(f"matmul/{dt}/{sa}@{sb}", "matmul", [arr(dt, sa), arr(dt, sb)],
                 np.matmul, k=sa[-1])
    # Layouts: every layout of each operand (BLAS-sized and native).
    for dt in ["float64", "complex64", "int32", "float32"]:
        for la in LAYOUTS:
            for lb in LAYOUTS:
                if la != "C" and lb != "C" and la != lb:
                    continue
                if dt in ("float32", "complex128") and la != "C":
                    continue
                for sa, sb in [((8, 9), (9, 8)), ((2, 3, 4), (2, 4, 5))]:
                    case(f"matmul/{dt}/{la}x{lb}/{sa}@{sb}", "matmul",
                         [arr(dt, sa, la), arr(dt, sb, lb)], np.matmul, k=sa[-1])
    # Matrix-vector products (gemv) in every layout.
    for dt in ["float64", "complex128"]:
        for lay in LAYOUTS if dt == "float64" else ["T", "neg"]:
            case(f"matmul/{dt}/gemv/{lay}", "matmul", [arr(dt, (26, 20), lay), arr(dt, (20,), lay)],
                 np.matmul, k=20)
            case(f"matmul/{dt}/gevm/{lay}", "matmul", [arr(dt, (20,), lay), arr(dt, (20, 26), lay)],
                 np.matmul, k=20)
    # BLAS-sized products with transposes, and batched small ones.
    for dt in ["float64", "float32", "complex64"]:
        case(f"matmul/{dt}/big/TxF", "matmul", [arr(dt, (16, 17), "T"), arr(dt, (17, 12), "F")],
             np.matmul, k=17)
        case(f"matmul/{dt}/big/negxstep", "matmul",
             [arr(dt, (16, 17), "neg"), arr(dt, (17, 8), "step2")], np.matmul, k=17)
        case(f"matmul/{dt}/batched-small", "matmul", [arr(dt, (12, 3, 3)), arr(dt, (12, 3, 3), "T")],
             np.matmul, k=3)
        case(f"matmul/{dt}/batched-bcast", "matmul", [arr(dt, (2, 1, 9, 10)), arr(dt, (2, 10, 6))],
             np.matmul, k=10)
    case("matmul/int64/big", "matmul", [arr("int64", (6, 300)), arr("int64", (300, 5), "F")],
         np.matmul, k=300)
    case("matmul/int8/big", "matmul", [arr("int8", (20, 300), "neg"), arr("int8", (300, 12))],
         np.matmul, k=300)
    case("matmul/bool/big", "matmul", [arr("bool", (20, 300), "T"), arr("bool", (300, 12))],
         np.matmul, k=300)
    # Mixed dtypes and bfloat16 (NumPy with ml_dtypes gives float32).
    for da, db in [("int8", "uint8"), ("int64", "float32"), ("bool", "int8"),
                   ("float16", "float32"), ("int32", "complex64"), ("uint64", "int64"),
                   ("bool", "float16")]:
        case(f"matmul/mixed/{da}@{db}", "matmul", [arr(da, (3, 4)), arr(db, (4, 2))], np.matmul, k=4)
    case("matmul/bfloat16", "matmul", [laid(values("float32", (3, 4), 99).astype(BF16), "C"),
                                       laid(values("float32", (4, 2), 98).astype(BF16), "T")],
         np.matmul, k=4)
    # Errors.
    for sa, sb in [((2, 3, 4), (3, 4, 5)), ((2, 3), (4, 5)), ((3,), (4,)), ((), (3,)), ((3,), ()),
                   ((2, 3), (4,)), ((5,), (4, 2))]:
        case(f"matmul/error/{sa}@{sb}", "matmul", [arr("float64", sa), arr("float64", sb)], np.matmul)
    # out=.
    def with_out(o):
        return lambda a, b: np.matmul(a, b, out=o)
    for tag, oshape, odt, olay in [("f64", (2, 4), "float64", "C"), ("F", (2, 4), "float64", "F"),
                                   ("neg", (2, 4), "float64", "neg"), ("c128", (2, 4), "complex128", "C"),
                                   ("f32", (2, 4), "float32", "step2"),
                                   ("int", (2, 4), "int64", "C"), ("shape", (2, 5), "float64", "C"),
                                   ("bcast", (3, 2, 4), "float64", "C"), ("few", (4,), "float64", "C")]:
        ob, ov = arr(odt, oshape, olay)
        case(f"matmul/out/{tag}", "matmul", [arr("float64", (2, 3)), arr("float64", (3, 4)), (ob, ov)],
             lambda a, b, o: np.matmul(a, b, out=o), k=3, args={"out": 2})
    ob, ov = arr("float64", (3, 2, 4))
    case("matmul/out/remapped", "matmul", [arr("float64", (2, 2, 3)), arr("float64", (3, 4)), (ob, ov)],
         lambda a, b, o: np.matmul(a, b, out=o), k=3, args={"out": 2})
    ob, ov = arr("float64", (2, 4))
    case("matmul/out/nonbcast", "matmul", [arr("float64", (3, 2, 3)), arr("float64", (3, 4)), (ob, ov)],
         lambda a, b, o: np.matmul(a, b, out=o), k=3, args={"out": 2})
    # out overlapping an input: a @ b written into a.
    a = arr("float64", (4, 4))
    case("matmul/out/overlap", "matmul", [a, arr("float64", (4, 4)), a],
         lambda x, y, o: np.matmul(x, y, out=o), k=4, args={"out": 2})


def gen_gufuncs():
    for dt in ["float64", "complex128", "complex64", "int32", "bool", "float16"]:
        case(f"vecdot/{dt}", "vecdot", [arr(dt, (3, 4)), arr(dt, (4,), "neg")], np.vecdot, k=4)
        case(f"vecdot/{dt}/bcast", "vecdot", [arr(dt, (2, 1, 5)), arr(dt, (3, 5), "T")], np.vecdot, k=5)
        case(f"matvec/{dt}", "matvec", [arr(dt, (2, 3, 4), "F"), arr(dt, (4,))], np.matvec, k=4)
        case(f"vecmat/{dt}", "vecmat", [arr(dt, (4,), "step2"), arr(dt, (2, 4, 3))], np.vecmat, k=4)
    case("vecdot/big", "vecdot", [arr("complex128", (2, 40)), arr("complex128", (40,))], np.vecdot, k=40)
    for fn, f, sa, sb in [("vecdot", np.vecdot, (2, 3), (4, 5)), ("vecdot", np.vecdot, (2, 3), (4, 3)),
                          ("matvec", np.matvec, (2, 3), (4,)), ("vecmat", np.vecmat, (3,), (4, 2)),
                          ("vecdot", np.vecdot, (), (3,)), ("matvec", np.matvec, (3,), (3,))]:
        case(f"{fn}/error/{sa},{sb}", fn, [arr("float64", sa), arr("float64", sb)], f)


def gen_dot_family():
    shapes = [((3, 4), (4, 5)), ((4,), (4,)), ((2, 3, 4), (5, 4, 2)), ((2, 3), (3,)), ((3,), (3, 2)),
              ((), (3, 4)), ((3, 4), ()), ((0,), (0,))]
    for dt in ["float64", "complex64", "int64", "uint8", "bool", "float16"]:
        for sa, sb in shapes:
            case(f"dot/{dt}/{sa}.{sb}", "dot", [arr(dt, sa), arr(dt, sb)], np.dot,
                 k=sa[-1] if sa else 1)
    for la in LAYOUTS:
        case(f"dot/layout/{la}", "dot", [arr("float64", (2, 3, 4), la), arr("float64", (2, 4, 3), la)],
             np.dot, k=4)
    case("dot/bfloat16", "dot", [laid(values("float32", (3, 4), 7).astype(BF16), "C"),
                                 laid(values("float32", (4, 2), 8).astype(BF16), "C")], np.dot, k=4)
    for sa, sb in [((2, 3), (4, 5)), ((2, 3, 3), (4, 5)), ((3,), (4,))]:
        case(f"dot/error/{sa}.{sb}", "dot", [arr("float64", sa), arr("float64", sb)], np.dot)
    for tag, oshape, odt, olay in [("ok", (2, 4), "float64", "C"), ("dtype", (2, 4), "float32", "C"),
                                   ("F", (2, 4), "float64", "F"), ("shape", (4, 2), "float64", "C")]:
        case(f"dot/out/{tag}", "dot",
             [arr("float64", (2, 3)), arr("float64", (3, 4)), arr(odt, oshape, olay)],
             lambda a, b, o: np.dot(a, b, out=o), k=3, args={"out": 2})
    for dt in ["float64", "complex128", "complex64", "int16", "bool", "float16"]:
        case(f"vdot/{dt}", "vdot", [arr(dt, (2, 3), "T"), arr(dt, (3, 2), "neg")], np.vdot, k=6)
        case(f"inner/{dt}", "inner", [arr(dt, (2, 3, 4), "F"), arr(dt, (5, 4))], np.inner, k=4)
        case(f"inner/{dt}/vec", "inner", [arr(dt, (4,)), arr(dt, (4,), "step2")], np.inner, k=4)
        # Complex products: NumPy's SIMD loops may fuse a multiply-add.
        kc = 1 if dt.startswith("complex") else 0
        case(f"outer/{dt}", "outer", [arr(dt, (2, 3), "T"), arr(dt, (4,), "neg")], np.outer, k=kc)
        case(f"kron/{dt}", "kron", [arr(dt, (2, 3), "F"), arr(dt, (3, 2))], np.kron, k=kc)
        case(f"kron/{dt}/ranks", "kron", [arr(dt, (3,)), arr(dt, (2, 2, 2), "T")], np.kron, k=kc)
        case(f"tensordot/{dt}/2", "tensordot", [arr(dt, (3, 4, 5)), arr(dt, (4, 5, 2), "T")],
             lambda a, b: np.tensordot(a, b, 2), k=20, args={"n": 2})
        case(f"tensordot/{dt}/pairs", "tensordot", [arr(dt, (3, 4, 5), "F"), arr(dt, (4, 3, 2))],
             lambda a, b: np.tensordot(a, b, ([1, 0], [0, 1])), k=12,
             args={"axes_a": [1, 0], "axes_b": [0, 1]})
    case("vdot/error", "vdot", [arr("float64", (2, 3)), arr("float64", (4, 5))], np.vdot)
    case("inner/error", "inner", [arr("float64", (2, 3)), arr("float64", (4, 5))], np.inner)
    case("inner/error/vec", "inner", [arr("float64", (2, 3)), arr("float64", (4,))], np.inner)
    case("inner/0d", "inner", [arr("float64", ()), arr("float64", (2, 2))], np.inner)
    case("outer/mixed", "outer", [arr("float16", (3,)), arr("bool", (2,))], np.outer)
    case("kron/0d", "kron", [arr("int32", ()), arr("int32", (2, 2))], np.kron)
    case("tensordot/0", "tensordot", [arr("float64", (2, 3)), arr("float64", (2,))],
         lambda a, b: np.tensordot(a, b, 0), args={"n": 0})
    case("tensordot/neg-axes", "tensordot", [arr("float64", (2, 3, 4)), arr("float64", (4, 3))],
         lambda a, b: np.tensordot(a, b, ([-1, -2], [0, 1])), k=12,
         args={"axes_a": [-1, -2], "axes_b": [0, 1]})
    for tag, n, xa, xb in [("mismatch", 1, None, None), ("pairs", None, [0, 1], [0]),
                           ("range", 3, None, None), ("axis", None, [5], [0])]:
        args = {"n": n} if n is not None else {"axes_a": xa, "axes_b": xb}
        ax = n if n is not None else (xa, xb)
        case(f"tensordot/error/{tag}", "tensordot", [arr("float64", (2, 3)), arr("float64", (4, 5))],
             lambda a, b, ax=ax: np.tensordot(a, b, ax), args=args)


def gen_cross():
    for dt in ["float64", "float32", "complex128", "int64", "int8", "uint8", "float16"]:
        for sa, sb in [((3,), (3,)), ((2,), (3,)), ((3,), (2,)), ((2,), (2,)), ((4, 3), (3,)),
                       ((2, 1, 3), (5, 3)), ((4, 2), (4, 2))]:
            case(f"cross/{dt}/{sa}x{sb}", "cross", [arr(dt, sa, "neg"), arr(dt, sb)], np.cross,
                 k=2 if dt.startswith("complex") else 0)
    for tag, kw in [("axisa0", dict(axisa=0)), ("axisb0", dict(axisb=0)), ("axisc0", dict(axisc=0)),
                    ("axis0", dict(axis=0)), ("axisc1", dict(axisc=1)), ("axisa2", dict(axisa=2)),
                    ("axisb-3", dict(axisb=-3)), ("axisc-3", dict(axisc=-3))]:
        args = {"axisa": -1, "axisb": -1, "axisc": -1, "axis": None}
        args.update(kw)
        case(f"cross/axes/{tag}", "cross", [arr("float64", (3, 3), "F"), arr("float64", (3, 3))],
             lambda a, b, kw=kw: np.cross(a, b, **kw), args=args)
    for tag, sa, sb, dt in [("dim", (4,), (3,), "float64"), ("bcast", (2, 3), (4, 3), "float64"),
                            ("bool", (3,), (3,), "bool"), ("bool2", (2,), (3,), "bool"),
                            ("0d", (), (3,), "float64")]:
        case(f"cross/error/{tag}", "cross", [arr(dt, sa), arr(dt, sb)], np.cross)


def gen_power_chain():
    for dt in ["float64", "complex64", "int64", "int8", "bool", "float16", "float32"]:
        for n in [0, 1, 2, 3, 5, 6, 13]:
            case(f"matrix_power/{dt}/{n}", "matrix_power", [arr(dt, (3, 3), "T")],
                 lambda a, n=n: np.linalg.matrix_power(a, n), k=3 * max(n, 1), args={"n": n})
    case("matrix_power/stacked", "matrix_power", [arr("float64", (2, 4, 4), "F")],
         lambda a: np.linalg.matrix_power(a, 4), k=16, args={"n": 4})
    for tag, sh in [("square", (2, 3)), ("1d", (3,))]:
        case(f"matrix_power/error/{tag}", "matrix_power", [arr("float64", sh)],
             lambda a: np.linalg.matrix_power(a, 2), args={"n": 2})
    chains = [[(2, 30), (30, 3), (3, 40)], [(30, 2), (2, 40), (40, 3)], [(5,), (5, 6), (6, 7), (7,)],
              [(3, 4), (4, 5), (5, 6), (6, 2), (2, 8)], [(4,), (4, 3), (3, 2)], [(2, 3), (3, 4), (4,)],
              [(3, 4), (4, 5)]]
    for i, ch in enumerate(chains):
        for dt in ["float64", "int64", "complex64"]:
            k = max(s[-1] for s in ch)
            case(f"multi_dot/{dt}/{i}", "multi_dot", [arr(dt, s) for s in ch],
                 lambda *xs: np.linalg.multi_dot(list(xs)), k=k * len(ch))
    for tag, ch in [("one", [(2, 3)]), ("align", [(2, 3), (4, 3)]), ("3d", [(2, 3), (3, 3, 3), (3, 2)]),
                    ("align3", [(2, 3), (3, 4), (5, 6)])]:
        case(f"multi_dot/error/{tag}", "multi_dot", [arr("float64", s) for s in ch],
             lambda *xs: np.linalg.multi_dot(list(xs)))


def gen_packed():
    """Batched products whose items ndc's register-tile kernels take
    (float32/float64, more than 2^16 multiply-adds each): row counts around
    the 12-row tile, column counts around its 16/32-column width,
    broadcasting, and operand layouts (single rows and columns are checked
    exactly in tests/linalg_products.rs)."""
    shapes = [((2, 61, 40), (2, 40, 37)), ((2, 1, 24, 80), (3, 80, 50)),
              ((2, 130, 30), (30, 20))]
    layouts = [("C", "C"), ("F", "C"), ("T", "T"), ("neg", "C"), ("C", "step2"),
               ("lead", "lead")]
    for dt in ["float64", "float32"]:
        for la, lb in layouts:
            for sa, sb in shapes if la == lb == "C" else shapes[:1]:
                case(f"matmul/{dt}/packed/{la}x{lb}/{sa}@{sb}", "matmul",
                     [arr(dt, sa, la), arr(dt, sb, lb)], np.matmul, k=sa[-1])


def main():
    gen_matmul()
    gen_gufuncs()
    gen_dot_family()
    gen_cross()
    gen_power_chain()
    gen_packed()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "tests", "fixtures", "linalg_products.json")
    with open(path, "w") as f:
        f.write('{"cases": [\n')
        f.write(",\n".join(json.dumps(c, separators=(",", ":")) for c in CASES))
        f.write("\n]}\n")
    print(f"{len(CASES)} cases, {os.path.getsize(path)} bytes -> {os.path.normpath(path)}")


if __name__ == "__main__":
    main()
