#!/usr/bin/env python3
"""Generate the golden fixtures of ndc's joining, splitting and rearranging
functions (hstack ... shares_memory).

NumPy (with ml_dtypes for bfloat16) is the oracle; the output is
deterministic.

    python3 scripts/gen_manip_fixtures.py

writes tests/fixtures/manip.json, read by tests/manip.rs.

Encoding:
- {"bases": {name: hex}, "cases": [...]}, one case per line;
- an array argument is {"dtype", "base", "shape", "strides", "offset"}:
  the raw memory (a name in "bases") and the array's layout in it, in
  bytes; arguments of one case naming the same base share one buffer;
- a case is {"id", "fn", "args": [arrays], "p": {options}} with the result
  "res": a list of {"dtype", "shape", "hex", "view"} ("hex" the C-ordered
  element bytes; "view" whether the result shares memory with args[0],
  null when the result is empty), or "value" for the boolean answers of
  may_share_memory / shares_memory, or "error": [class, message].
"""

import hashlib
import json
import os
import warnings

import ml_dtypes
import numpy as np

warnings.simplefilter("ignore")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "manip.json")
BF16 = np.dtype(ml_dtypes.bfloat16)

BASES = {}
CASES = []


def dt(name):
    return BF16 if name == "bfloat16" else np.dtype(name)


def dname(d):
    return "bfloat16" if d == BF16 else d.name


def values(n, dtype, zeros=False):
    v = (np.arange(n) * 7 + 3) % 11 - 4
    if zeros:
        v = np.where((np.arange(n) % 3 == 0) | (np.arange(n) < 2), 0, v)
    d = dt(dtype)
    if d.kind == "b":
        return (v > 0).astype(d)
    if d.kind == "u":
        return np.abs(v).astype(d)
    if d.kind == "c":
        return (v + 0.5j * (v % 3)).astype(d)
    if d.kind == "f" or d == BF16:
        return (v * 0.75).astype(np.float64).astype(d)
    return v.astype(d)


def make(dtype, shape, layout="C", zeros=False):
    """An array of `shape` in `layout` and the 1-d base that holds it."""
    shape = tuple(shape)
    n = int(np.prod(shape)) if shape else 1
    if layout == "C":
        base = values(n, dtype, zeros)
        return base.reshape(shape), base
    if layout == "F":
        base = values(n, dtype, zeros)
        arr = base.reshape(shape[::-1]).T
        return arr, base
    if layout == "strided":
        big = shape[:-1] + (shape[-1] * 2,) if shape else (2,)
        base = values(int(np.prod(big)), dtype, zeros)
        arr = base.reshape(big)[..., ::2] if shape else base[0:1].reshape(())
        return arr, base
    if layout == "neg":
        base = values(n, dtype, zeros)
        arr = base.reshape(shape)
        arr = arr[::-1] if shape else arr
        if len(shape) > 1:
            arr = arr[:, ::-1]
        return arr, base
    raise ValueError(layout)


def enc(arr, base):
    key = "%s_%d_%s" % (dname(base.dtype), base.size, base.tobytes().hex()[:16])
    key = key + "_" + hashlib.sha1(base.tobytes()).hexdigest()[:8]
    BASES[key] = base.tobytes().hex()
    off = arr.__array_interface__["data"][0] - base.__array_interface__["data"][0]
    return {
        "dtype": dname(arr.dtype),
        "base": key,
        "shape": list(arr.shape),
        "strides": list(arr.strides),
        "offset": int(off),
    }


def res_of(r, first):
    r = np.asarray(r)
    view = None
    # NumPy returns scalars (copies) where ndc returns 0-d views (unstack
    # of 1-d input): only arrays are compared.
    if r.size > 0 and r.ndim > 0 and first is not None and first.size > 0:
        view = bool(np.shares_memory(r, first))
    return {"dtype": dname(r.dtype), "shape": list(r.shape),
            "hex": np.ascontiguousarray(r).tobytes().hex(), "view": view}


def err(e):
    for cls in (IndexError, TypeError, ValueError, ZeroDivisionError,
                OverflowError, RuntimeError):
        if isinstance(e, cls):
            return [cls.__name__, str(e)]
    return [type(e).__name__, str(e)]


def case(cid, fn, arrs, p, call, value=False):
    """arrs: list of (arr, base)."""
    c = {"id": "%s/%d" % (fn, len(CASES)), "fn": fn, "args": [enc(a, b) for a, b in arrs], "p": p}
    try:
        r = call(*[a for a, _ in arrs])
        first = arrs[0][0] if arrs else None
        if value:
            c["value"] = bool(r)
        elif isinstance(r, (list, tuple)):
            c["res"] = [res_of(x, first) for x in r]
        else:
            c["res"] = [res_of(r, first)]
    except Exception as e:  # noqa: BLE001
        c["error"] = err(e)
    CASES.append(c)


ALL = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16",
       "uint32", "uint64", "float16", "bfloat16", "float32", "float64",
       "complex64", "complex128"]
SOME = ["int64", "float32", "complex128", "bool"]
LAYOUTS = ["C", "F", "strided", "neg"]


def gen_stacks():
    shapes = [[(3,), (3,)], [(), ()], [(2, 3), (2, 3)], [(2, 3, 2), (2, 3, 2)],
              [(0,), (2,)], [(2, 0), (2, 0)], [(3,), (2,)], [(2, 3), (3,)],
              [(2, 2), (2, 1, 2)]]
    fns = {"hstack": np.hstack, "vstack": np.vstack, "dstack": np.dstack,
           "column_stack": np.column_stack}
    for fn, f in fns.items():
        for i, shs in enumerate(shapes):
            for lay in ["C", "neg"]:
                arrs = [make("int16", s, lay) for s in shs]
                case(f"{fn}/{i}/{lay}", fn, arrs, {}, lambda *a, f=f: f(list(a)))
        arrs = [make("int8", (2, 2)), make("float32", (2, 2), "F")]
        case(f"{fn}/mixed", fn, arrs, {}, lambda *a, f=f: f(list(a)))
        case(f"{fn}/empty", fn, [], {}, lambda *a, f=f: f(list(a)))


def gen_splits():
    secs = [1, 3, 0, -1, [1, 3], [-1], [5, 2], [], [0, 0, 10]]
    for d in ["int32", "float64", "bfloat16"]:
        for lay in ["C", "neg"] if d == "int32" else ["C"]:
            a = make(d, (4, 5), lay)
            for s in secs:
                for axis in [0, 1, -1, 2, -3]:
                    if d != "int32" and axis in (-1, -3):
                        continue
                    p = {"sections": s, "axis": axis}
                    case(f"split/{d}/{lay}/{s}/{axis}", "split", [a], p,
                         lambda x, s=s, axis=axis: np.split(x, s, axis=axis))
                    case(f"array_split/{d}/{lay}/{s}/{axis}", "array_split", [a], p,
                         lambda x, s=s, axis=axis: np.array_split(x, s, axis=axis))
    for shape in [(), (6,), (4, 6), (2, 4, 6), (0, 2, 4)]:
        a = make("int64", shape)
        for which, f in [("h", np.hsplit), ("v", np.vsplit), ("d", np.dsplit)]:
            for s in [2, 3, [1]]:
                case(f"{which}split/{shape}/{s}", which + "split", [a], {"sections": s},
                     lambda x, f=f, s=s: f(x, s))
    for shape in [(), (3,), (2, 3), (2, 0, 3), (2, 3, 4)]:
        for lay in ["C", "F", "neg"]:
            a = make("float32", shape, lay)
            for axis in [0, 1, -1, 3]:
                case(f"unstack/{shape}/{lay}/{axis}", "unstack", [a], {"axis": axis},
                     lambda x, axis=axis: np.unstack(x, axis=axis))


def gen_rearrange():
    for d in ALL:
        for lay in LAYOUTS:
            a = make(d, (3, 4), lay)
            for shift, axis in [(1, None), (-5, None), (2, 0), ([1, 2], [0, 1]),
                                ([1, 1], 1), (3, [0, 1, 1]), ([1, 2], [0, 1, 1]),
                                (1, 2), (7, -1)]:
                if (d not in SOME or (lay != "C" and d != "int64")) and not (shift == 1 and axis is None):
                    continue
                case(f"roll/{d}/{lay}/{shift}/{axis}", "roll", [a],
                     {"shift": shift if isinstance(shift, list) else [shift],
                      "axis": axis if isinstance(axis, list) or axis is None else [axis]},
                     lambda x, s=shift, ax=axis: np.roll(x, s, axis=ax))
    for shape in [(), (0,), (5,), (0, 3)]:
        a = make("int64", shape)
        case(f"roll/{shape}", "roll", [a], {"shift": [2], "axis": None},
             lambda x: np.roll(x, 2))
    for lay in LAYOUTS:
        a = make("int32", (2, 3, 4), lay)
        for k in [-1, 0, 1, 2, 3, 5]:
            for axes in [(0, 1), (1, 0), (0, 2), (-1, 0), (0, 0), (0, 3), (0, -3), (0, 1, 2)]:
                case(f"rot90/{lay}/{k}/{axes}", "rot90", [a], {"k": k, "axes": list(axes)},
                     lambda x, k=k, axes=axes: np.rot90(x, k, axes))
    for d in ALL:
        for lay in LAYOUTS:
            a = make(d, (2, 3), lay)
            for rep, axis in [(2, None), (0, None), ([1, 0, 2], 1), ([2, 1], 0), (3, 1),
                              ([1, 2], 1), (-1, None), ([1, -1], 0), (2, 2)]:
                if (d not in SOME and rep != 2) or (lay != "C" and d != "int64" and rep != 2):
                    continue
                case(f"repeat/{d}/{lay}/{rep}/{axis}", "repeat", [a],
                     {"repeats": rep if isinstance(rep, list) else [rep], "axis": axis},
                     lambda x, r=rep, ax=axis: np.repeat(x, r, axis=ax))
    for shape in [(), (0,), (3,)]:
        a = make("float64", shape)
        case(f"repeat/{shape}", "repeat", [a], {"repeats": [2], "axis": None},
             lambda x: np.repeat(x, 2))
    for d in ALL:
        for lay in LAYOUTS:
            a = make(d, (2, 3), lay)
            for reps in [(2,), (2, 1), (1, 2, 3), (0,), (1, 1), (3, 0, 1), (-1,), ()]:
                if (d not in SOME and reps != (2, 1)) or (lay != "C" and d != "int64" and reps != (2, 1)):
                    continue
                case(f"tile/{d}/{lay}/{reps}", "tile", [a], {"reps": list(reps)},
                     lambda x, r=reps: np.tile(x, r))
    for shape in [(), (0,), (4,)]:
        a = make("int8", shape)
        case(f"tile/{shape}", "tile", [a], {"reps": [2, 2]}, lambda x: np.tile(x, (2, 2)))
    for lay in LAYOUTS:
        a = make("int16", (2, 3), lay)
        for shape in [(7,), (2, 5), (0,), (3, 0), (), (-1, 2), (4, 3)]:
            case(f"resize/{lay}/{shape}", "resize", [a], {"shape": list(shape)},
                 lambda x, s=shape: np.resize(x, s))
    a = make("int16", (0, 2))
    case("resize/empty", "resize", [a], {"shape": [2, 2]}, lambda x: np.resize(x, (2, 2)))
    for d in ["int64", "float32", "complex128", "bool"]:
        for shape in [(8,), (5, 6), (3, 4, 5), (), (0,)] if d == "int64" else [(8,), (5, 6)]:
            for lay in ["C", "F", "neg"] if d == "int64" else ["C"]:
                a = make(d, shape, lay, zeros=True)
                for trim in ["fb", "f", "b", "BF", "x"]:
                    for axis in [None, [0], [-1], [0, 1], [2], [0, 0]]:
                        if trim != "fb" and axis not in (None, [0]):
                            continue
                        case(f"trim_zeros/{d}/{shape}/{lay}/{trim}/{axis}", "trim_zeros", [a],
                             {"trim": trim, "axis": axis},
                             lambda x, t=trim, ax=axis: np.trim_zeros(x, t, axis=ax))
    z = (np.zeros((3, 4)), np.zeros(12))
    z = (z[1].reshape(3, 4), z[1])
    for axis in [None, [1]]:
        case(f"trim_zeros/allzero/{axis}", "trim_zeros", [z], {"trim": "fb", "axis": axis},
             lambda x, ax=axis: np.trim_zeros(x, axis=ax))


def gen_pad():
    widths = [1, [2, 1], [[1, 2], [0, 3]], [[3, 0]], 0, [[1, 1], [1, 1], [1, 1]], -1, [1.5]]
    modes = [("constant", {}), ("constant", {"constant_values": [[5, 7]]}),
             ("constant", {"constant_values": [[1, 2], [3, 4]]}),
             ("constant", {"constant_values": [2.7]}),
             ("edge", {}), ("wrap", {}), ("reflect", {}), ("symmetric", {}),
             ("reflect", {"reflect_type": "odd"}), ("symmetric", {"reflect_type": "odd"}),
             ("linear_ramp", {}), ("linear_ramp", {"end_values": [[-3, 9]]}),
             ("maximum", {}), ("minimum", {}), ("mean", {}), ("median", {}),
             ("maximum", {"stat_length": [[1, 2]]}), ("mean", {"stat_length": [2]}),
             ("median", {"stat_length": [[3, 1], [2, 2]]}), ("minimum", {"stat_length": [0]}),
             ("foo", {}), ("edge", {"constant_values": [1]})]
    for d in ["int64", "float64", "float32", "uint8", "float16", "complex128", "bool"]:
        for lay in LAYOUTS if d == "int64" else ["C"]:
            a = make(d, (2, 3), lay)
            for wi, w in enumerate(widths):
                for mode, kw in modes:
                    if (d != "int64" and wi not in (1, 2)) or (d == "int64" and lay != "C" and wi != 2):
                        continue
                    if d in ("complex128", "bool") and mode in ("median", "linear_ramp", "mean",
                                                                "maximum", "minimum"):
                        continue
                    if lay != "C" and wi > 2:
                        continue
                    p = {"width": np.asarray(w).tolist(), "wdtype": "float64" if wi == 7 else "int64",
                         "mode": mode}
                    for k, v in kw.items():
                        p[k] = v
                    case(f"pad/{d}/{lay}/{wi}/{mode}/{sorted(kw.items())}", "pad", [a], p,
                         lambda x, w=w, mode=mode, kw=kw: np.pad(x, w, mode=mode, **kw))
    # Pad wider than the array (repeated reflection / wrap) and 1-d, 0-d, empty.
    for shape in [(3,), (1, 3), (), (0, 2), (2,)]:
        a = make("int32", shape)
        for w in [7, [[5, 2]] * len(shape) or 0, [[0, 0], [1, 0]] if len(shape) == 2 else 2]:
            for mode in ["reflect", "symmetric", "wrap", "edge", "constant", "mean", "linear_ramp"]:
                for kw in [{}, {"reflect_type": "odd"}] if mode in ("reflect", "symmetric") else [{}]:
                    p = {"width": np.asarray(w).tolist(), "wdtype": "int64", "mode": mode}
                    p.update(kw)
                    case(f"pad/wide/{shape}/{w}/{mode}/{kw}", "pad", [a], p,
                         lambda x, w=w, mode=mode, kw=kw: np.pad(x, w, mode=mode, **kw))


def gen_grid():
    for xy in ["xy", "ij", "zz"]:
        for sparse in [False, True] if xy != "zz" else [False]:
            for copy in [True, False] if xy != "zz" else [True]:
                for shapes in [[(3,), (2,)], [(2,), (3,), (4,)], [(2, 2), ()], [(3,)], []]:
                    arrs = [make("float64", s) for s in shapes]
                    case(f"meshgrid/{xy}/{sparse}/{copy}/{shapes}", "meshgrid", arrs,
                         {"indexing": xy, "sparse": sparse, "copy": copy},
                         lambda *a, xy=xy, s=sparse, c=copy: np.meshgrid(*a, indexing=xy, sparse=s, copy=c))
    for dims in [(2, 3), (3,), (), (2, 0, 2), (2, 1, 3)]:
        for d in ["int64", "float32", "uint8", "bool"]:
            for sparse in [False, True]:
                case(f"indices/{dims}/{d}/{sparse}", "indices", [],
                     {"dims": list(dims), "dtype": d, "sparse": sparse},
                     lambda d=d, dims=dims, s=sparse: np.indices(dims, dtype=d, sparse=s))


def gen_overlap():
    base = values(60, "int32")
    v = base.reshape(6, 10)
    views = {
        "all": v, "row0": v[0], "row1": v[1], "col0": v[:, 0], "even": v[:, ::2],
        "odd": v[:, 1::2], "T": v.T, "rev": v[::-1, ::-1], "diag": base[::11],
        "sub": v[1:4, 2:5], "sub2": v[4:, 5:], "empty": v[:0], "step3": base[::3],
        "b64": base.view(np.int64)[1:5], "i8": base.view(np.int8)[3::4],
        "zero": np.lib.stride_tricks.as_strided(base[7:], (3,), (0,)),
    }
    del views["row1"], views["sub2"]
    names = list(views)
    for i, x in enumerate(names):
        for y in names[i:]:
            for mw in [-1, 0, 1] if y in ("even", "T", "step3", "i8", "rev") else [-1, 0]:
                for fn, f in [("shares_memory", np.shares_memory),
                              ("may_share_memory", np.may_share_memory)]:
                    if fn == "may_share_memory" and (mw == 1 or (mw == -1 and y not in ("even", "T"))):
                        continue
                    case(f"{fn}/{x}/{y}/{mw}", fn, [(views[x], base), (views[y], base)],
                         {"max_work": mw}, lambda a, b, f=f, mw=mw: f(a, b, max_work=mw),
                         value=True)
    other = values(60, "int32")[::-1].copy()
    case("shares_memory/separate", "shares_memory", [(v, base), (other, other)],
         {"max_work": -1}, lambda a, b: np.shares_memory(a, b), value=True)


def main():
    gen_stacks()
    gen_splits()
    gen_rearrange()
    gen_pad()
    gen_grid()
    gen_overlap()
    with open(OUT, "w") as f:
        f.write('{"bases": ')
        json.dump(BASES, f, separators=(",", ":"), sort_keys=True)
        f.write(',\n"cases": [\n')
        f.write(",\n".join(json.dumps(c, separators=(",", ":")) for c in CASES))
        f.write("\n]}\n")
    print(f"{len(CASES)} cases, {os.path.getsize(OUT)} bytes")


if __name__ == "__main__":
    main()
