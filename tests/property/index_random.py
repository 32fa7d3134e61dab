#!/usr/bin/env python3
"""Property test: random index expressions through libndc (ctypes) against NumPy.

Each case draws an array (dtype, shape with sometimes a 0-length axis or no
axis at all, layout: C, F, stepped or reversed view of fresh memory, wrapped
zero-copy with ndc_array_from_buffer) and a random index: integers (negative
too), slices (negative steps, out-of-range bounds), None, ..., integer index
arrays broadcast together, boolean masks over one or two axes, bracketed
lists, with advanced items adjacent or separated. The index is written as an
ndc index string (`?` binds the index arrays) and as the NumPy tuple.

getitem: same dtype, shape and values; the result is a view of the base iff
NumPy's is (its data pointer lies in the base buffer), with the same offset
and strides; writing through a view changes the same bytes as in NumPy.
setitem: a value (scalar or broadcastable array, any dtype: NumPy casts
unsafely) is assigned through the same index on two copies of the memory,
which must end byte-identical. Errors must match NumPy's category and text.

Usage: python3 tests/property/index_random.py [--lib PATH] [--cases N] [--seed S]
Prints "index_random: N passed, M failed"; exit status 1 on any failure.
"""
import argparse
import ctypes as C
import os
import sys
import warnings

import numpy as np

CODE = {n: i for i, n in enumerate(["", "bool", "int8", "int16", "int32", "int64", "uint8",
                                     "uint16", "uint32", "uint64", "float16", "bfloat16",
                                     "float32", "float64", "complex64", "complex128"])}
NAME = {v: k for k, v in CODE.items()}
DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint32", "float16", "float32",
          "float64", "complex64", "complex128"]
# NumPy exception class -> the ndc statuses that may stand for it.
STATUS = {"IndexError": {5}, "ValueError": {1, 4}, "TypeError": {3}}


def load(path):
    lib = C.CDLL(path)
    P = C.c_void_p
    lib.ndc_array_from_buffer.argtypes = [P, C.c_int64, C.c_uint32, C.c_int32,
                                          C.POINTER(C.c_int64), C.POINTER(C.c_int64),
                                          C.c_int64, C.c_uint32, P, P, C.POINTER(P)]
    lib.ndc_getitem.argtypes = [P, C.c_char_p, C.c_int32, C.POINTER(P), C.POINTER(P)]
    lib.ndc_setitem.argtypes = [P, C.c_char_p, C.c_int32, C.POINTER(P), P]
    lib.ndc_array_release.argtypes = [P]
    lib.ndc_array_ndim.argtypes = [P]
    lib.ndc_array_ndim.restype = C.c_int32
    lib.ndc_array_shape.argtypes = [P]
    lib.ndc_array_shape.restype = C.POINTER(C.c_int64)
    lib.ndc_array_strides.argtypes = [P]
    lib.ndc_array_strides.restype = C.POINTER(C.c_int64)
    lib.ndc_array_dtype.argtypes = [P]
    lib.ndc_array_dtype.restype = C.c_uint32
    lib.ndc_array_data_const.argtypes = [P, C.POINTER(P)]
    lib.ndc_last_error_message.restype = C.c_char_p
    return lib


def owner(arr):
    base = arr
    while base.base is not None and isinstance(base.base, np.ndarray):
        base = base.base
    return base


def wrap(lib, arr):
    """Zero-copy ndc view of a NumPy array (any strides)."""
    base = owner(arr)
    start = base.__array_interface__["data"][0]
    ptr = arr.__array_interface__["data"][0]
    nd = arr.ndim
    shape = (C.c_int64 * max(nd, 1))(*arr.shape)
    strides = (C.c_int64 * max(nd, 1))(*arr.strides)
    out = C.c_void_p()
    st = lib.ndc_array_from_buffer(C.c_void_p(start), base.nbytes, CODE[arr.dtype.name], nd,
                                   shape, strides, ptr - start, 0, None, None, C.byref(out))
    if st != 0:
        raise RuntimeError("wrap failed: " + lib.ndc_last_error_message().decode())
    return out


def info(lib, h):
    nd = lib.ndc_array_ndim(h)
    shape = tuple(lib.ndc_array_shape(h)[i] for i in range(nd))
    strides = tuple(lib.ndc_array_strides(h)[i] for i in range(nd))
    p = C.c_void_p()
    lib.ndc_array_data_const(h, C.byref(p))
    return shape, strides, np.dtype(NAME[lib.ndc_array_dtype(h)]), p.value or 0


def unwrap(lib, h):
    shape, strides, dt, p = info(lib, h)
    if 0 in shape:
        return np.empty(shape, dt)
    lo = sum((d - 1) * s for d, s in zip(shape, strides) if s < 0)
    hi = sum((d - 1) * s for d, s in zip(shape, strides) if s > 0) + dt.itemsize
    buf = (C.c_char * (hi - lo)).from_address(p + lo)
    return np.array(np.ndarray(shape, dt, buffer=buf, offset=-lo, strides=strides), copy=True)


def random_array(rng, dtype, shape):
    dt = np.dtype(dtype)
    n = int(np.prod(shape)) if shape else 1
    if dt.kind == "b":
        v = rng.random(n) < 0.5
    elif dt.kind in "iu":
        v = rng.integers(0, 100, n)
    else:
        v = np.round(rng.standard_normal(n) * 20, 2)
        if dt.kind == "c":
            v = v + 1j * np.round(rng.standard_normal(n), 2)
    return np.asarray(v).astype(dt).reshape(shape)


def layout(rng, a):
    """The same values in a random memory layout (a view of fresh memory)."""
    kind = rng.integers(0, 4)
    if kind == 1 and a.ndim >= 2:
        return np.asfortranarray(a)
    if kind == 2 and a.ndim >= 1:
        big = np.empty(a.shape[:-1] + (a.shape[-1] * 2,), a.dtype)
        v = big[..., ::2]
        v[...] = a
        return v
    if kind == 3 and a.ndim >= 1:
        big = np.empty(a.shape[::-1], a.dtype).T
        v = big[::-1]
        v[...] = a
        return v
    return np.ascontiguousarray(a)


def random_shape(rng):
    nd = int(rng.choice([0, 1, 1, 2, 2, 3, 3, 4]))
    return tuple(int(rng.integers(0, 3)) if rng.random() < 0.08 else int(rng.integers(1, 6))
                 for _ in range(nd))


def rint(rng, d, errors):
    """An in-range (sometimes negative) index for length d, rarely out of range."""
    if errors and rng.random() < 0.03:
        return int(rng.choice([d, -d - 1, d + 3]))
    if d == 0:
        return 0
    return int(rng.integers(-d, d))


def bound(rng, d):
    if rng.random() < 0.3:
        return None
    return int(rng.integers(-d - 3, d + 4))


def random_index(rng, shape, errors=True):
    """(index string, index arrays for '?', NumPy index tuple)."""
    nd = len(shape)
    texts, args, objs = [], [], []
    bshape = [(), (2,), (3,), (2, 3), (3, 1), (1, 2)][int(rng.integers(0, 6))]
    consumed = int(rng.integers(0, nd + 1))
    ell_at = int(rng.integers(0, consumed + 1)) if rng.random() < 0.3 else -1
    # With an ellipsis in front of k consumed items, the items index the
    # last axes; otherwise the first ones.
    first_axis = nd - consumed if ell_at == 0 else 0
    ax = first_axis
    k = 0
    while k < consumed:
        if k == ell_at:
            texts.append("...")
            objs.append(Ellipsis)
            ax = nd - (consumed - k)
        if rng.random() < 0.12:
            texts.append("None")
            objs.append(None)
        d = shape[ax]
        kinds = ["int", "slice", "slice", "array", "mask", "list"]
        kind = kinds[int(rng.integers(0, len(kinds)))]
        if d == 0 and kind in ("array", "list") and rng.random() < 0.8:
            kind = "slice"
        if kind == "mask" and k + 1 < consumed and rng.random() < 0.4:
            m = rng.random((shape[ax], shape[ax + 1])) < 0.5
            if errors and rng.random() < 0.03:
                m = rng.random((shape[ax] + 1, shape[ax + 1])) < 0.5
            texts.append("?")
            args.append(m)
            objs.append(m)
            ax += 2
            k += 2
            continue
        if kind == "int":
            v = rint(rng, d, errors)
            texts.append(str(v))
            objs.append(v)
        elif kind == "slice":
            s, e = bound(rng, d), bound(rng, d)
            st = [None, None, 1, 2, 3, -1, -1, -2, -3][int(rng.integers(0, 9))]
            texts.append("%s:%s%s" % ("" if s is None else s, "" if e is None else e,
                                      "" if st is None else ":%d" % st))
            objs.append(slice(s, e, st))
        elif kind == "array":
            shp = list(bshape)
            shp = shp[int(rng.integers(0, len(shp) + 1)):] if shp else shp
            shp = tuple(1 if rng.random() < 0.2 else x for x in shp)
            if errors and rng.random() < 0.03:
                shp = shp + (4,)
            idt = str(rng.choice(["int64", "int32", "int16", "uint8", "int64"]))
            vals = np.array([rint(rng, d, errors) for _ in range(int(np.prod(shp)))], dtype=np.int64)
            if idt == "uint8":
                vals = np.where(vals < 0, vals + d, vals)
            vals = vals.astype(idt)
            vals = vals.reshape(shp)
            texts.append("?")
            args.append(vals)
            objs.append(vals)
        elif kind == "mask":
            m = rng.random(d) < 0.5
            if errors and rng.random() < 0.03:
                m = rng.random(d + 1) < 0.5
            texts.append("?")
            args.append(m)
            objs.append(m)
        else:
            if d > 0 and rng.random() < 0.3:
                m = [bool(x) for x in rng.random(d) < 0.5]
                texts.append("[" + ", ".join("True" if x else "False" for x in m) + "]")
                objs.append(np.array(m, dtype=bool))
            else:
                vals = [rint(rng, d, errors) for _ in range(int(rng.integers(1, 4)))]
                texts.append("[" + ", ".join(map(str, vals)) + "]")
                objs.append(np.array(vals, dtype=np.int64))
        ax += 1
        k += 1
    if ell_at == consumed:
        texts.append("...")
        objs.append(Ellipsis)
    if rng.random() < 0.1:
        texts.append("None")
        objs.append(None)
    if errors and rng.random() < 0.02:
        texts.append("0")
        objs.append(0)
    return ", ".join(texts), args, tuple(objs)


def numpy_get(a, idx):
    """a[idx], with a 0-d view instead of NumPy's scalar for basic indices."""
    basic = not any(isinstance(o, (np.ndarray, list)) for o in idx)
    if basic and Ellipsis not in idx:
        idx = idx + (Ellipsis,)
    return a[idx]


def inside(ptr, base):
    start = base.__array_interface__["data"][0]
    return start <= ptr < start + max(base.nbytes, 1)


def check_error(lib, st, err):
    msg = lib.ndc_last_error_message().decode()
    cls = type(err).__name__
    if type(err).__name__ == "AxisError":
        cls = "IndexError"
    if st not in STATUS.get(cls, set()):
        return "status %d (%s) for NumPy's %s: %s" % (st, msg, cls, err)
    if msg != str(err):
        return "message %r, NumPy %r" % (msg, str(err))
    return None


def run_get(lib, rng, a, text, args, idx):
    try:
        want = numpy_get(a, idx)
        err = None
    except Exception as e:
        want, err = None, e
    h = wrap(lib, a)
    hs = [wrap(lib, x) for x in args]
    arr = (C.c_void_p * max(len(hs), 1))(*[x.value for x in hs])
    out = C.c_void_p()
    st = lib.ndc_getitem(h, text.encode(), len(hs), arr, C.byref(out))
    try:
        if err is not None:
            if st == 0:
                return "ndc succeeded where NumPy raised %s: %s" % (type(err).__name__, err)
            return check_error(lib, st, err)
        if st != 0:
            return "ndc failed: %s" % lib.ndc_last_error_message().decode()
        shape, strides, dt, ptr = info(lib, out)
        if dt != want.dtype or shape != want.shape:
            return "dtype/shape %s %s, NumPy %s %s" % (dt, shape, want.dtype, want.shape)
        got = unwrap(lib, out)
        if got.tobytes() != np.ascontiguousarray(want).tobytes():
            return "values differ:\n%s\nNumPy:\n%s" % (got, want)
        base = owner(a)
        np_view = inside(want.__array_interface__["data"][0], base)
        view = inside(ptr, base)
        if view != np_view:
            return "view %s, NumPy view %s" % (view, np_view)
        if view and want.size > 0:
            if ptr != want.__array_interface__["data"][0]:
                return "data pointer differs by %d bytes" % (ptr - want.__array_interface__["data"][0])
            if strides != want.strides:
                return "strides %s, NumPy %s" % (strides, want.strides)
        if view and want.size > 0:
            # Write through the view: the same bytes of the base change.
            before = base.copy()
            one = np.ones((), want.dtype)
            hv = wrap(lib, one)
            st = lib.ndc_setitem(out, b"...", 0, None, hv)
            lib.ndc_array_release(hv)
            if st != 0:
                return "write through view failed: %s" % lib.ndc_last_error_message().decode()
            ours = base.copy()
            base[...] = before
            want[...] = one
            theirs = base.copy()
            base[...] = before
            if ours.tobytes() != theirs.tobytes():
                return "write through the view landed elsewhere"
        return None
    finally:
        if st == 0 and out.value:
            lib.ndc_array_release(out)
        lib.ndc_array_release(h)
        for x in hs:
            lib.ndc_array_release(x)


def run_set(lib, rng, a, text, args, idx):
    try:
        target_shape = numpy_get(a, idx).shape
    except Exception:
        target_shape = ()
    # A value broadcastable to the indexed shape (sometimes not).
    if rng.random() < 0.3:
        vshape = ()
    else:
        vshape = tuple(1 if rng.random() < 0.25 else d for d in
                       target_shape[int(rng.integers(0, len(target_shape) + 1)):])
        if rng.random() < 0.03:
            vshape = vshape + (7,)
    vdt = str(rng.choice(DTYPES)) if rng.random() < 0.3 else a.dtype.name
    if np.dtype(vdt).kind == "c" and a.dtype.kind != "c":
        vdt = a.dtype.name
    value = random_array(rng, vdt, vshape)
    # Repeated targets: NumPy's write order is only defined for a single
    # 1-D index array; elsewhere use a scalar so the order cannot matter.
    try:
        ids = np.arange(a.size).reshape(a.shape)[idx]
        if np.unique(ids).size != np.size(ids):
            single = sum(isinstance(o, np.ndarray) for o in idx) == 1 and all(
                o.ndim == 1 for o in idx if isinstance(o, np.ndarray))
            if not single:
                value = random_array(rng, vdt, ())
    except Exception:
        pass
    mine = layout(rng, a)
    theirs = a.copy()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            theirs[idx] = value
        err = None
    except Exception as e:
        err = e
    h = wrap(lib, mine)
    hs = [wrap(lib, x) for x in args]
    hv = wrap(lib, value)
    arr = (C.c_void_p * max(len(hs), 1))(*[x.value for x in hs])
    st = lib.ndc_setitem(h, text.encode(), len(hs), arr, hv)
    try:
        if err is not None:
            if st == 0:
                return "ndc succeeded where NumPy raised %s: %s" % (type(err).__name__, err)
            return check_error(lib, st, err)
        if st != 0:
            return "ndc failed: %s" % lib.ndc_last_error_message().decode()
        if mine.tobytes() != theirs.tobytes():
            return "values differ after assigning %s %s:\n%s\nNumPy:\n%s" % (
                value.dtype, value.shape, mine, theirs)
        return None
    finally:
        lib.ndc_array_release(h)
        lib.ndc_array_release(hv)
        for x in hs:
            lib.ndc_array_release(x)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lib", default=os.environ.get("NDC_LIB", "target/release/libndc.so"))
    ap.add_argument("--cases", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=20261207)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    lib = load(args.lib)
    rng = np.random.default_rng(args.seed)
    passed = failed = 0
    for case in range(args.cases):
        dt = str(rng.choice(DTYPES))
        a = layout(rng, random_array(rng, dt, random_shape(rng)))
        text, iargs, idx = random_index(rng, a.shape)
        op = "set" if rng.random() < 0.4 else "get"
        try:
            problem = (run_set if op == "set" else run_get)(lib, rng, a, text, iargs, idx)
        except Exception as e:  # a harness failure is a failure too
            problem = "harness: %r" % (e,)
        if problem is None:
            passed += 1
        else:
            failed += 1
            if failed <= 20 or args.verbose:
                print("case %d: %s a%s[%s] (%s, strides %s): %s" % (
                    case, op, a.shape, text, a.dtype, a.strides, problem), file=sys.stderr)
    print("index_random: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
