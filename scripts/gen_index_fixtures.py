#!/usr/bin/env python3
"""Generate the golden fixtures for ndc's indexing (getitem, setitem and the
index functions).

NumPy is the oracle. The output is deterministic (fixed values and seeds).

    python3 scripts/gen_index_fixtures.py

writes tests/fixtures/index.json, read by tests/index.rs.

Encoding:
- the file is {"bases": {name: hex}, "cases": [...]}, one case per line;
- an array operand is {"dtype", "base", "shape", "strides", "offset"}: the
  raw memory of the array owning the data (a name in "bases") and the
  operand's layout in it, in bytes; every operand gets its own copy of the
  memory;
- a case is {"id", "op", "in": [operands], "p": {parameters}} and either
  "res": a list of {"dtype", "shape", "hex"} ("hex" the C-ordered element
  bytes) or "error": [class, message] with the builtin exception class
  NumPy's error derives from;
- op "get" (p: "index", a NumPy index string whose '?' bind in[1:]) also
  records "view": null for a copy, else {"offset", "strides"} of the view
  in the base memory (offset null when the view is empty); op "set"
  (in: target, value, index arrays) records the target after assignment;
  so do the in-place functions put, put_along_axis, place and putmask.
  Where NumPy returns a scalar for an index of integers only, the fixture
  records the 0-d view a[..., idx] gives (ndc returns that view).
"""

import json
import os
import sys
import warnings

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "index.json")
sys.path.insert(0, os.path.join(ROOT, "tests", "property"))
from index_random import numpy_get, random_index  # noqa: E402

warnings.simplefilter("ignore")

BASES = {}
CASES = []


def base_name(raw):
    for k, v in BASES.items():
        if v == raw:
            return k
    name = "b%d" % len(BASES)
    BASES[name] = raw
    return name


def laid_out(values, layout):
    """(spec, numpy array over its own copy of the memory)."""
    v = np.asarray(values)
    dt = v.dtype
    if layout == "F" and v.ndim >= 2:
        raw = np.asfortranarray(v).tobytes(order="F")
        strides = np.asfortranarray(v).strides
        offset = 0
    elif layout == "strided" and v.ndim >= 1:
        big = np.zeros(v.shape[:-1] + (v.shape[-1] * 2,), dt)
        big[..., ::2] = v
        raw = big.tobytes()
        strides = big[..., ::2].strides
        offset = 0
    elif layout == "neg" and v.ndim >= 1 and v.shape[0] > 0:
        rev = np.ascontiguousarray(v[::-1])
        raw = rev.tobytes()
        strides = (-rev.strides[0],) + rev.strides[1:]
        offset = (v.shape[0] - 1) * rev.strides[0]
    else:
        c = np.array(v, order="C", copy=True)
        raw = c.tobytes()
        strides = c.strides
        offset = 0
    spec = {"dtype": dt.name, "base": base_name(raw.hex()), "shape": list(v.shape),
            "strides": list(strides), "offset": offset}
    return spec, materialise(spec)


def materialise(spec):
    raw = bytearray(bytes.fromhex(BASES[spec["base"]]))
    if not raw:
        raw = bytearray(1)
    return np.ndarray(tuple(spec["shape"]), np.dtype(spec["dtype"]), buffer=raw,
                      offset=spec["offset"], strides=tuple(spec["strides"]) or None)


def plain(a):
    spec, _ = laid_out(a, "C")
    return spec


def enc(r):
    r = np.asarray(r)
    return {"dtype": r.dtype.name, "shape": list(r.shape),
            "hex": np.array(r, order="C", copy=True).tobytes().hex()}


def err(e):
    for cls in (IndexError, TypeError, ValueError):
        if isinstance(e, cls):
            return [cls.__name__, str(e)]
    return [type(e).__name__, str(e)]


def add(cid, op, ins, p, fn):
    """Runs fn(*numpy operands) and records the case."""
    arrays = [materialise(s) for s in ins]
    case = {"id": cid, "op": op, "in": ins, "p": p}
    try:
        res = fn(*arrays)
        case["res"] = [enc(x) for x in (res if isinstance(res, (list, tuple)) else [res])]
    except Exception as e:
        case["error"] = err(e)
    CASES.append(case)
    return case


VALUES = [
    ("i32", np.arange(60, dtype=np.int32).reshape(3, 4, 5)),
    ("f64", np.arange(12, dtype=np.float64).reshape(3, 4) * 1.5),
    ("c128", (np.arange(6) + 1j * np.arange(6, 0, -1)).astype(np.complex128)),
    ("u8", np.arange(24, dtype=np.uint8).reshape(2, 3, 4)),
    ("f16", np.arange(12, dtype=np.float16).reshape(2, 3, 2)),
    ("b", (np.arange(20).reshape(4, 5) % 3 == 0)),
    ("i64_0d", np.array(7, dtype=np.int64)),
    ("i8_empty", np.zeros((3, 0, 2), dtype=np.int8)),
]
LAYOUTS = ["C", "F", "strided", "neg"]

# Hand-written index forms per rank: (index string, index arrays).
I = lambda *v: np.array(v, dtype=np.int64)  # noqa: E731
FORMS = {
    3: [("1", []), ("-1", []), ("0, -1, 2", []), ("::-1", []), ("1:, ::-2, -7:10", []),
        ("-100:100:3", []), ("5:2:-1, :, 3:0:-2", []), ("None", []), ("..., 0", []),
        ("0, ...", []), ("None, ..., None, 1", []), ("...", []), ("", []),
        ("[0, 2], :, [1, 3]", []), ("?, ?", [I(0, 2), I(1, 3)]),
        ("?, ?", [I(0, 2).reshape(2, 1), I(1, 3, 0)]), ("?", [I([0, 1], [2, 0]).reshape(2, 2)]),
        (":, ?, ?", [I(0, 3).reshape(2, 1), I(4, 0)]), ("?, :, ?", [I(2, 0), I(4, 1)]),
        ("?, 1:3, ?", [I([1], [2]).reshape(2, 1), I(0, 4, 1)]),
        ("1, :, ?", [I(0, 4)]), ("?, 2", [I(0, -1)]), ("..., ?", [I(4, -5, 0)]),
        ("None, ?, None, ?", [I(0), I(1, 2)]), ("?", [np.arange(60).reshape(3, 4, 5) % 7 == 0]),
        ("?", [np.array([True, False, True])]), (":, ?", [np.arange(20).reshape(4, 5) % 3 == 1]),
        ("?, [0, 4]", [np.array([[True, False, True, False]] * 3)]),
        ("[True, False, True], 1:, ?", [I(0, 1)]), ("?, ?, ?", [I(0), I(1), I(2)]),
        ("?", [np.zeros((0,), dtype=np.int64)]), ("?", [np.zeros(3, dtype=bool)]),
        # errors
        ("3", []), ("-4", []), ("0, 0, 0, 0", []), ("..., ...", []), ("[0, 3]", []),
        ("?, ?", [I(0, 1), I(0, 1, 2)]), ("?", [np.array([True, False])]),
        ("?", [np.array([0.5])]), ("?", [I(-4)]),
        ],
    2: [("1", []), ("-1, ::-1", []), ("::2, 1", []), (":, None, 2", []), ("[2, 0, 2]", []),
        ("?", [np.arange(12).reshape(3, 4) % 2 == 0]), ("?, ?", [I(0, 2), I(3, 1)]),
        (":, [-1, 0]", []), ("?, None, ?", [I(0, 1), I(1, 2)]), ("..., [1]", []),
        ("?", [I([0, 1, 2], [2, 1, 0]).reshape(2, 3)]), ("5", []), ("?, 9", [I(0)])],
    1: [("0", []), ("-1", []), ("::-1", []), ("1:-1:2", []), ("[5, 0, -6]", []),
        ("?", [np.array([True, False] * 3)]), ("?", [I(1, 1, 1)]), ("None, ?", [I(0, 2).reshape(2, 1)]),
        ("6", []), ("[6]", []), ("..., None", []), ("-7:7:-2", [])],
    0: [("", []), ("...", []), ("None", []), ("..., None", []), ("0", []), ("?", [np.array(True)])],
}


def get_cases(rng):
    for name, vals in VALUES:
        layouts = LAYOUTS if vals.ndim >= 1 else ["C"]
        for lay in layouts:
            forms = list(FORMS.get(vals.ndim, []))
            if vals.ndim == 3 and vals.shape[1] == 0:
                forms = [("1", []), (":, 1:, ::-1", []), ("?", [I(0, 2)]), (":, ?", [I(0)]),
                         ("?, :, ?", [I(0, 2), I(1, 0)]), ("None, ..., 0", [])]
            elif vals.ndim == 3 and vals.shape != (3, 4, 5):
                forms = [f for f in forms if not f[1] or all(
                    x.dtype != bool or x.ndim == 1 and x.shape[0] == vals.shape[0] for x in f[1])]
                forms = forms[:14] + [f for f in forms[14:] if all(x.dtype != bool for x in f[1])]
            for k in range(8):
                text, args, _ = random_index(rng, vals.shape)
                forms.append((text, args))
            for i, (text, args) in enumerate(forms):
                spec, _ = laid_out(vals, lay)
                ins = [spec] + [plain(x) for x in args]
                if text == "?" and args and args[0].dtype == bool and args[0].ndim == 0:
                    continue
                arrays = [materialise(s) for s in ins]
                idx = to_index(text, arrays[1:])
                case = {"id": "get/%s/%s/%d" % (name, lay, i), "op": "get", "in": ins,
                        "p": {"index": text}}
                try:
                    r = numpy_get(arrays[0], idx)
                    case["res"] = [enc(r)]
                    start = arrays[0].__array_interface__["data"][0] - spec["offset"]
                    ptr = r.__array_interface__["data"][0]
                    nbytes = len(bytes.fromhex(BASES[spec["base"]]))
                    is_view = start <= ptr <= start + max(nbytes, 1) and not any(
                        isinstance(x, np.ndarray) for x in idx)
                    case["view"] = None if not is_view else {
                        "offset": ptr - start if r.size else None, "strides": list(r.strides)}
                except Exception as e:
                    case["error"] = err(e)
                CASES.append(case)


def to_index(text, args):
    """The NumPy tuple of an index string (same grammar as ndc's parser)."""
    items = []
    if not text.strip():
        return ()
    k = 0
    for part in split_items(text):
        part = part.strip()
        if part == "?":
            items.append(args[k])
            k += 1
        elif part == "...":
            items.append(Ellipsis)
        elif part == "None":
            items.append(None)
        elif part.startswith("["):
            body = [x.strip() for x in part[1:-1].split(",") if x.strip()]
            if body and body[0] in ("True", "False"):
                items.append(np.array([x == "True" for x in body]))
            else:
                items.append(np.array([int(x) for x in body], dtype=np.int64))
        elif ":" in part:
            bits = part.split(":")
            conv = [int(b) if b.strip() else None for b in bits] + [None] * (3 - len(bits))
            if conv[2] == 0:
                raise_later = slice(conv[0], conv[1], 0)
                items.append(raise_later)
            else:
                items.append(slice(*conv[:3]))
        else:
            items.append(int(part))
    return tuple(items)


def split_items(text):
    out, depth, cur = [], 0, ""
    for ch in text:
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        if ch == "," and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur)
    return out


def set_cases(rng):
    target = np.arange(24, dtype=np.int32).reshape(2, 3, 4)
    forms = [
        ("0", [], np.array(-1, np.int32)), ("..., 1", [], np.array([7, 8], np.int64)),
        (":, ::-1", [], np.arange(4, dtype=np.float64) + 0.75),
        ("?", [target % 5 == 0], np.array(100, np.int16)),
        ("?", [target % 5 == 0], np.arange(5, dtype=np.int32)),
        ("?", [I(1, 1, 1)], np.array(9, np.int32)),
        ("0, 0, ?", [I(1, 1, 2, 1)], np.array([1, 2, 3, 4], np.int32)),
        ("?, :, ?", [I(0, 1), I(3, 0)], np.array([[5], [6], [7]], np.int32)),
        ("?, ?", [I(1, 0).reshape(2, 1), I(0, 2)], np.array(3.9, np.float64)),
        ("None, 1, ...", [], np.array(-5, np.int8)),
        (":, 1:, ?", [np.array([True, False, True, True])], np.array([1, 2, 3], np.uint8)),
        ("1", [], np.ones((1, 1, 3, 4), np.int32)),
        ("0, 1:", [], np.array(2 + 3j)),
        # errors
        (":, 0", [], np.arange(3, dtype=np.int32)),
        ("?", [I(0, 1)], np.arange(5, dtype=np.int32)),
        ("?", [target % 5 == 0], np.arange(3, dtype=np.int32)),
        ("?", [target % 5 == 0], np.ones((1, 5), np.int32)),
        ("0, 0, 0", [], np.arange(2, dtype=np.int32)),
        ("?", [I(2)], np.array(1, np.int32)),
    ]
    for lay in LAYOUTS:
        fl = list(forms)
        for k in range(10):
            text, args, idx = random_index(rng, target.shape, errors=False)
            try:
                ids = np.arange(target.size).reshape(target.shape)[idx]
                shape = ids.shape
                uniq = np.unique(ids).size == np.size(ids)
            except Exception:
                shape, uniq = (), True
            value = (np.arange(int(np.prod(shape))).reshape(shape) * 3 - 7).astype(
                ["int32", "float64", "int8"][k % 3]) if uniq else np.array(42, np.int64)
            fl.append((text, args, value))
        for i, (text, args, value) in enumerate(fl):
            spec, _ = laid_out(target, lay)
            ins = [spec, plain(value)] + [plain(x) for x in args]

            def do(a, v, *xs, text=text):
                a[to_index(text, list(xs))] = v
                return a
            add("set/%s/%d" % (lay, i), "set", ins, {"index": text}, do)


def func_cases():
    a = np.arange(12, dtype=np.float64).reshape(3, 4)
    a3 = np.arange(24, dtype=np.int16).reshape(2, 3, 4)
    modes = ["raise", "wrap", "clip"]
    k = [0]

    def cid(op):
        k[0] += 1
        return "%s/%d" % (op, k[0])
    # take
    for lay in LAYOUTS:
        for idx in [I(0, 2, -1), I([0, 3], [1, 2]).reshape(2, 2), np.array(1, np.int64),
                    I(5, -7, 12), np.array([True, False]), np.array([1, 2], np.uint8),
                    np.zeros(0, np.int64), np.array([0.5])]:
            for axis in [None, 0, 1, -1, 2]:
                for mode in modes:
                    spec, _ = laid_out(a, lay)
                    add(cid("take"), "take", [spec, plain(idx)], {"axis": axis, "mode": mode},
                        lambda x, i, axis=axis, mode=mode: np.take(x, i, axis=axis, mode=mode))
    add(cid("take"), "take", [plain(np.zeros((0, 3))), plain(I(0))], {"axis": 0, "mode": "raise"},
        lambda x, i: np.take(x, i, axis=0))
    add(cid("take"), "take", [plain(np.zeros((0, 3))), plain(I(0))], {"axis": 0, "mode": "wrap"},
        lambda x, i: np.take(x, i, axis=0, mode="wrap"))
    add(cid("take"), "take", [plain(np.zeros((0, 3))), plain(np.zeros(0, np.int64))],
        {"axis": 0, "mode": "raise"}, lambda x, i: np.take(x, i, axis=0))
    add(cid("take"), "take", [plain(np.array(5.0)), plain(I(0, 0))], {"axis": None, "mode": "raise"},
        lambda x, i: np.take(x, i))
    # take_along_axis / put_along_axis
    srt = np.argsort(a3, axis=1)[:, ::-1]
    for lay in LAYOUTS:
        for axis, ind in [(1, srt), (0, I([1], [0]).reshape(1, 1, 2)[:, :, :1]), (-1, np.argmax(a3, axis=-1)[..., None]),
                          (2, I(0, 3).reshape(1, 1, 2)), (None, I(0, 23, 5)), (1, I(1).reshape(1)),
                          (1, np.array([[[0.5]]])), (1, I(7).reshape(1, 1, 1)), (None, I(1).reshape(1, 1)),
                          (3, I(0).reshape(1, 1, 1))]:
            spec, _ = laid_out(a3, lay)
            add(cid("take_along_axis"), "take_along_axis", [spec, plain(ind)], {"axis": axis},
                lambda x, i, axis=axis: np.take_along_axis(x, i, axis=axis))
            vals = np.array(-3, np.int16) if axis is None else np.full(np.broadcast_shapes(
                ind.shape, ind.shape), 9, np.float64) if ind.dtype.kind == "i" and ind.ndim == 3 else np.array(1)

            def pal(x, i, v, axis=axis):
                np.put_along_axis(x, i, v, axis=axis)
                return x
            add(cid("put_along_axis"), "put_along_axis", [spec, plain(ind), plain(vals)], {"axis": axis}, pal)
    # put
    for lay in LAYOUTS:
        for ind, v in [(I(0, 5, -1), np.array([10.5, 20, 30])), (I(1, 1, 1), np.array([1.0, 2, 3])),
                       (I(0, 1, 2, 3, 4), np.array([7.0, 8])), (I(14, -20), np.array([1.0])),
                       (I(2), np.array([], np.float64)), (np.array([1.5]), np.array([1.0])),
                       (np.array([1], np.uint64), np.array([1.0])), (np.array([True]), np.array([4.0])),
                       (I(3), np.array([1 + 2j]))]:
            for mode in modes:
                spec, _ = laid_out(a, lay)

                def do(x, i, vv, mode=mode):
                    np.put(x, i, vv, mode=mode)
                    return x
                add(cid("put"), "put", [spec, plain(ind), plain(v)], {"mode": mode}, do)
    add(cid("put"), "put", [plain(np.zeros(0)), plain(I(0)), plain(np.array([1.0]))], {"mode": "clip"},
        lambda x, i, v: np.put(x, i, v, mode="clip"))
    # place / putmask
    m = (a % 3 == 1)
    for lay in LAYOUTS:
        for mask, v in [(m, np.array([100.0, 200])), (m, np.array([5])), (m.astype(np.int64), np.array([-1.0])),
                        (m, np.array([], np.float64)), (np.zeros_like(m), np.array([], np.float64)),
                        (m[:2], np.array([1.0])), (m, np.array([1 + 1j])), (m.T, np.array([3.0, 4, 5]))]:
            spec, _ = laid_out(a, lay)

            def pl(x, mm, vv):
                np.place(x, mm, vv)
                return x

            def pm(x, mm, vv):
                np.putmask(x, mm, vv)
                return x
            add(cid("place"), "place", [spec, plain(mask), plain(v)], {}, pl)
            add(cid("putmask"), "putmask", [spec, plain(mask), plain(v)], {}, pm)
    # compress / extract
    for lay in LAYOUTS:
        for cond in [np.array([True, False, True]), np.array([0, 1], np.int64), np.array([1, 0, 1, 1, 0, 0]),
                     np.array([True] * 5), np.array([], bool), np.array([[True]])]:
            for axis in [None, 0, 1, 2]:
                spec, _ = laid_out(a, lay)
                add(cid("compress"), "compress", [plain(cond), spec], {"axis": axis},
                    lambda c, x, axis=axis: np.compress(c, x, axis=axis))
        for cond in [a > 4, (a % 2).astype(np.int32), np.array([1, 0, 1]), np.ones(13, bool)]:
            spec, _ = laid_out(a, lay)
            add(cid("extract"), "extract", [plain(cond), spec], {}, lambda c, x: np.extract(c, x))
    # choose
    ch = [np.arange(4, dtype=np.int32), np.arange(10, 14, dtype=np.int64).reshape(1, 4),
          np.array(-1.5)]
    for sel in [np.array([0, 1, 2, 1]), np.array([[0], [2]]), np.array([0, 3, -1, 5]),
                np.array([True, False, True, True]), np.array([0.0]), np.array([0, 1], np.uint64)]:
        for mode in modes:
            add(cid("choose"), "choose", [plain(sel)] + [plain(c) for c in ch], {"mode": mode},
                lambda s, *cs, mode=mode: np.choose(s, cs, mode=mode))
    add(cid("choose"), "choose", [plain(np.array([0, 1]))] + [plain(np.arange(3)), plain(np.arange(2))],
        {"mode": "raise"}, lambda s, *cs: np.choose(s, cs))
    add(cid("choose"), "choose", [plain(np.array([0, 1, 1]))] + [plain(np.arange(2)), plain(np.arange(2))],
        {"mode": "raise"}, lambda s, *cs: np.choose(s, cs))
    add(cid("choose"), "choose", [plain(np.array([0, 1]))], {"mode": "raise"}, lambda s: np.choose(s, []))
    # argwhere / nonzero / flatnonzero / where(x)
    for lay in LAYOUTS:
        for x in [a3 % 5, (a % 4 == 0), np.zeros((2, 0)), np.array([0.0, -0.0, np.nan, 1])]:
            spec, _ = laid_out(x, lay)
            add(cid("argwhere"), "argwhere", [spec], {}, np.argwhere)
            add(cid("nonzero"), "nonzero", [spec], {}, np.nonzero)
            add(cid("flatnonzero"), "flatnonzero", [spec], {}, np.flatnonzero)
    for x in [np.array(3), np.array(0.0)]:
        add(cid("argwhere"), "argwhere", [plain(x)], {}, np.argwhere)
        add(cid("nonzero"), "nonzero", [plain(x)], {}, np.nonzero)
    # diag
    for lay in LAYOUTS:
        for x in [np.arange(3, dtype=np.int16), a, np.arange(6.0).reshape(3, 2), a3, np.array(5)]:
            for kk in [0, 1, -2, 5]:
                spec, _ = laid_out(x, lay)
                add(cid("diag"), "diag", [spec], {"k": kk}, lambda v, kk=kk: np.diag(v, kk))
    # diag_indices / tri indices
    for n, nd in [(3, 2), (0, 2), (4, 3), (2, 1), (3, 0)]:
        add(cid("diag_indices"), "diag_indices", [], {"n": n, "ndim": nd},
            lambda n=n, nd=nd: np.diag_indices(n, nd))
    for x in [np.zeros((3, 3)), np.zeros((2, 2, 2)), np.zeros((2, 3)), np.zeros(3)]:
        add(cid("diag_indices_from"), "diag_indices_from", [plain(x)], {}, np.diag_indices_from)
    for n, kk, mm in [(3, 0, None), (4, 1, None), (3, -1, 5), (0, 0, None), (4, 2, 2), (3, -5, None)]:
        for op, f in [("tril_indices", np.tril_indices), ("triu_indices", np.triu_indices)]:
            add(cid(op), op, [], {"n": n, "k": kk, "m": mm}, lambda n=n, kk=kk, mm=mm, f=f: f(n, kk, mm))
    for x in [np.zeros((3, 4)), np.zeros((4, 2)), np.zeros(3), np.zeros((2, 2, 2))]:
        for kk in [0, 1, -1]:
            for op, f in [("tril_indices_from", np.tril_indices_from), ("triu_indices_from", np.triu_indices_from)]:
                add(cid(op), op, [plain(x)], {"k": kk}, lambda v, kk=kk, f=f: f(v, kk))
    # unravel_index / ravel_multi_index
    for idx in [I(0, 5, 11, 23), I([1, 22], [7, 3]).reshape(2, 2), np.array(17, np.int64), I(24), I(-1),
                np.array([1.0]), np.array([3], np.uint8)]:
        for dims in [(2, 3, 4), (24,), (4, 6)]:
            for order in ["C", "F"]:
                add(cid("unravel_index"), "unravel_index", [plain(idx)], {"dims": list(dims), "order": order},
                    lambda i, dims=dims, order=order: np.unravel_index(i, dims, order=order))
    add(cid("unravel_index"), "unravel_index", [plain(I(0))], {"dims": [0], "order": "C"},
        lambda i: np.unravel_index(i, (0,)))
    add(cid("unravel_index"), "unravel_index", [plain(I(0))], {"dims": [2 ** 32, 2 ** 32], "order": "C"},
        lambda i: np.unravel_index(i, (2 ** 32, 2 ** 32)))
    for mi, dims in [([I(0, 2, 1), I(3, 0, 1)], (3, 4)), ([I(1, 5).reshape(2, 1), I(0, 1, 2)], (6, 3)),
                     ([I(0, 3), I(1, -1)], (3, 4)), ([I(0, 3)], (3, 4)), ([np.array([0.0]), I(1)], (3, 4)),
                     ([I(1), I(2), I(3)], (2, 3, 4)), ([I(1), I(1)], (2 ** 40, 2 ** 40)),
                     ([np.array([True]), np.array([1], np.uint64)], (3, 4)), ([I(0, 1), I(1, 2, 3)], (3, 4))]:
        for mode in ["raise", "wrap", "clip", ["wrap", "clip"], ["clip"]]:
            for order in ["C", "F"]:
                add(cid("ravel_multi_index"), "ravel_multi_index", [plain(x) for x in mi],
                    {"dims": list(dims), "mode": mode, "order": order},
                    lambda *xs, dims=dims, mode=mode, order=order: np.ravel_multi_index(
                        xs, dims, mode=mode if isinstance(mode, str) else tuple(mode), order=order))
    # ix_
    for xs in [[I(0, 2), I(1, 3, 0)], [np.array([True, False, True]), I(1)], [I(2)],
               [I(0, 1).reshape(1, 2)], [np.array([1.5, 2.0]), I(0)], []]:
        add(cid("ix_"), "ix_", [plain(x) for x in xs], {}, lambda *v: np.ix_(*v))


def main():
    rng = np.random.default_rng(1207)
    get_cases(rng)
    set_cases(rng)
    func_cases()
    with open(OUT, "w") as f:
        f.write('{"bases": %s,\n"cases": [\n' % json.dumps(BASES, separators=(",", ":")))
        f.write(",\n".join(json.dumps(c, separators=(",", ":")) for c in CASES))
        f.write("\n]}\n")
    print("wrote %s: %d cases, %d bytes" % (OUT, len(CASES), os.path.getsize(OUT)))


if __name__ == "__main__":
    main()
