#!/usr/bin/env python3
"""Property test: random ufunc calls through libndc (ctypes) against NumPy.

Each case draws a ufunc, dtypes, broadcast-compatible shapes and layouts
(C, F, reversed and stepped views of NumPy memory wrapped zero-copy with
ndc_array_from_buffer), sometimes a weak Python scalar operand, and compares
ndc's result (dtype, shape, values) or error category with NumPy's.

Usage: python3 tests/property/ufunc_random.py [--lib PATH] [--cases N] [--seed S]
Prints "ufunc_random: N passed, M failed"; exit status 1 on any failure.
"""
import argparse
import ctypes as C
import math
import os
import sys
import warnings

import numpy as np

DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32",
          "uint64", "float16", "float32", "float64", "complex64", "complex128"]
CODE = {n: i for i, n in enumerate(["", "bool", "int8", "int16", "int32", "int64", "uint8",
                                     "uint16", "uint32", "uint64", "float16", "bfloat16",
                                     "float32", "float64", "complex64", "complex128"])}
NAME = {v: k for k, v in CODE.items()}
BINARY = ["add", "subtract", "multiply", "divide", "floor_divide", "remainder", "fmod",
          "maximum", "minimum", "fmax", "fmin", "equal", "less", "greater_equal",
          "logical_and", "logical_xor", "bitwise_and", "bitwise_or", "left_shift",
          "right_shift", "arctan2", "hypot", "copysign", "power", "heaviside", "gcd"]
UNARY = ["negative", "absolute", "sign", "square", "sqrt", "exp", "log", "sin", "cos",
         "tanh", "floor", "ceil", "rint", "isnan", "isfinite", "signbit", "logical_not",
         "invert", "reciprocal", "expm1", "log1p", "arctan", "cbrt"]
# Functions whose float results may differ by a few ULP from NumPy's own
# vectorised loops (sign: complex128 divides by |z| computed differently).
TRANSCENDENTAL = {"exp", "log", "sin", "cos", "tanh", "expm1", "log1p", "arctan", "cbrt",
                  "arctan2", "hypot", "power", "sqrt", "sign"}


def load(path):
    lib = C.CDLL(path)
    P = C.c_void_p
    lib.ndc_array_from_buffer.argtypes = [P, C.c_int64, C.c_uint32, C.c_int32,
                                          C.POINTER(C.c_int64), C.POINTER(C.c_int64),
                                          C.c_int64, C.c_uint32, P, P, C.POINTER(P)]
    lib.ndc_ufunc.argtypes = [C.c_char_p, C.c_int32, C.POINTER(P), P, C.c_int32, C.POINTER(P)]
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
    for n, t in (("ndc_scalar_double", C.c_double), ("ndc_scalar_int64", C.c_int64)):
        getattr(lib, n).argtypes = [t, C.POINTER(P)]
    return lib


def wrap(lib, arr):
    """Zero-copy ndc view of a NumPy array (any strides)."""
    base = arr.base if arr.base is not None else arr
    while base.base is not None:
        base = base.base
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


def unwrap(lib, h):
    nd = lib.ndc_array_ndim(h)
    shape = tuple(lib.ndc_array_shape(h)[i] for i in range(nd))
    strides = tuple(lib.ndc_array_strides(h)[i] for i in range(nd))
    dt = np.dtype(NAME[lib.ndc_array_dtype(h)])
    p = C.c_void_p()
    lib.ndc_array_data_const(h, C.byref(p))
    if 0 in shape:
        return np.empty(shape, dt)
    lo = sum((d - 1) * s for d, s in zip(shape, strides) if s < 0)
    hi = sum((d - 1) * s for d, s in zip(shape, strides) if s > 0) + dt.itemsize
    buf = (C.c_char * (hi - lo)).from_address((p.value or 0) + lo)
    raw = np.frombuffer(buf, dtype=np.uint8)
    view = np.lib.stride_tricks.as_strided(raw[-lo:].view(dt) if hi - lo >= dt.itemsize else raw.view(dt),
                                           shape=shape, strides=strides)
    return np.array(view, copy=True)


def random_array(rng, dtype, shape):
    n = int(np.prod(shape)) if shape else 1
    dt = np.dtype(dtype)
    if dt.kind == "b":
        v = rng.random(n) < 0.5
    elif dt.kind in "iu":
        info = np.iinfo(dt)
        lo, hi = (max(info.min, -100), min(info.max, 100)) if rng.random() < 0.8 else (info.min, info.max)
        v = rng.integers(lo, hi, n, dtype=dt, endpoint=True)
    else:
        v = (rng.standard_normal(n) * 10.0 ** int(rng.integers(-3, 4))).astype(dt)
        if rng.random() < 0.3 and n > 0:
            specials = np.array([np.nan, np.inf, -np.inf, 0.0, -0.0]).astype(dt)
            k = rng.integers(0, n, max(1, n // 5))
            v[k] = specials[rng.integers(0, len(specials), len(k))]
        if dt.kind == "c":
            v = v + 1j * (rng.standard_normal(n)).astype(dt)
    return v.astype(dt).reshape(shape)


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
        big = np.empty_like(a)
        v = big[..., ::-1]
        v[...] = a
        return v
    return np.ascontiguousarray(a)


def shapes(rng, nin):
    nd = rng.integers(0, 4)
    full = [int(rng.integers(0, 5)) if rng.random() < 0.1 else int(rng.integers(1, 6)) for _ in range(nd)]
    out = []
    for _ in range(nin):
        s = list(full[rng.integers(0, nd + 1):]) if nd else []
        s = [1 if rng.random() < 0.25 else d for d in s]
        out.append(tuple(s))
    return out


def ulp_close(a, b, name, dt):
    if a.shape != b.shape:
        return False
    if a.dtype.kind in "biu" or b.dtype.kind in "biu" or name not in TRANSCENDENTAL:
        if a.dtype.kind in "fc":
            return np.array_equal(a, b, equal_nan=True) or np.allclose(a, b, rtol=1e-15, atol=0, equal_nan=True)
        return np.array_equal(a, b)
    tol = {"float16": 1e-3, "float32": 4e-7 * 4, "float64": 2.3e-16 * 4,
           "complex64": 4e-7 * 8, "complex128": 2.3e-16 * 8}[a.dtype.name]
    return np.allclose(a, b, rtol=tol, atol=0, equal_nan=True) or np.allclose(
        a, b, rtol=tol, atol=np.finfo(a.real.dtype).tiny, equal_nan=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lib", default=os.environ.get("NDC_LIB", "target/release/libndc.so"))
    ap.add_argument("--cases", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=20261207)
    args = ap.parse_args()
    lib = load(args.lib)
    rng = np.random.default_rng(args.seed)
    passed = failed = 0
    warnings.simplefilter("ignore")
    for case in range(args.cases):
        binary = rng.random() < 0.6
        name = str(rng.choice(BINARY if binary else UNARY))
        nin = 2 if binary else 1
        shp = shapes(rng, nin)
        arrays, handles, np_args = [], [], []
        for i in range(nin):
            if binary and i == 1 and rng.random() < 0.2:
                # A weak Python scalar.
                if rng.random() < 0.5:
                    v = float(rng.standard_normal() * 3)
                    h = C.c_void_p()
                    lib.ndc_scalar_double(v, C.byref(h))
                else:
                    v = int(rng.integers(-5, 130))
                    h = C.c_void_p()
                    lib.ndc_scalar_int64(v, C.byref(h))
                np_args.append(v)
                handles.append(h)
                continue
            dt = str(rng.choice(DTYPES))
            a = layout(rng, random_array(rng, dt, shp[i]))
            arrays.append(a)
            np_args.append(a)
            handles.append(wrap(lib, a))
        expect_err = None
        try:
            expected = getattr(np, name)(*np_args)
        except Exception as e:  # NumPy refuses: ndc must refuse too
            expected, expect_err = None, e
        ins = (C.c_void_p * nin)(*[h.value for h in handles])
        out = (C.c_void_p * 1)()
        st = lib.ndc_ufunc(name.encode(), nin, ins, None, 1, out)
        ok = True
        detail = ""
        if expect_err is not None:
            ok = st != 0
            detail = f"numpy raised {type(expect_err).__name__}: {expect_err}; ndc status {st}"
        elif st != 0:
            ok = False
            detail = "ndc failed: " + lib.ndc_last_error_message().decode()
        else:
            got = unwrap(lib, C.c_void_p(out[0]))
            lib.ndc_array_release(C.c_void_p(out[0]))
            exp = np.asarray(expected)
            ok = got.dtype == exp.dtype and ulp_close(got, exp, name, exp.dtype)
            detail = f"dtype {got.dtype} vs {exp.dtype}\n  ndc   {got!r}\n  numpy {exp!r}"
        for h in handles:
            lib.ndc_array_release(h)
        if ok:
            passed += 1
        else:
            failed += 1
            if failed <= 15:
                desc = ", ".join(f"{a.dtype}{a.shape}" if isinstance(a, np.ndarray) else repr(a) for a in np_args)
                print(f"case {case}: np.{name}({desc})\n  {detail}", file=sys.stderr)
    print(f"ufunc_random: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
