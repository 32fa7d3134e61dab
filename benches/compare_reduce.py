#!/usr/bin/env python3
"""Side-by-side timings of reductions: NumPy and ndc (through ctypes).

The same NumPy-owned arrays are wrapped zero-copy by ndc
(`ndc_array_from_buffer`), so both sides read the same memory. Each time
is the best of `--repeat` batches (timeit), ndc on 1 and 2 threads
(`ndc_set_num_threads`); NumPy reductions run on one thread. A ratio
numpy/ndc above 1 means ndc is faster.

Usage (after `cargo build --release`):

    python3 benches/compare_reduce.py [--lib path/to/libndc.so] [--repeat 7]

Targets: sums >= 1x NumPy on one thread and >= 1.7x on two; mean and std
along the last axis >= 3x.
"""

import argparse
import ctypes as C
import os
import timeit
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent


class Opts(C.Structure):
    _fields_ = [
        ("struct_size", C.c_size_t),
        ("axes", C.POINTER(C.c_int64)),
        ("naxes", C.c_int32),
        ("keepdims", C.c_int32),
        ("dtype", C.c_uint32),
        ("out", C.c_void_p),
        ("where_", C.c_void_p),
        ("initial", C.c_void_p),
        ("ddof", C.c_double),
    ]


DTYPES = {np.dtype("float64"): 13, np.dtype("float32"): 12}


def load(path):
    lib = C.CDLL(str(path))
    lib.ndc_array_from_buffer.argtypes = [
        C.c_void_p, C.c_int64, C.c_uint32, C.c_int32, C.POINTER(C.c_int64),
        C.POINTER(C.c_int64), C.c_int64, C.c_uint32, C.c_void_p, C.c_void_p,
        C.POINTER(C.c_void_p)]
    lib.ndc_array_release.argtypes = [C.c_void_p]
    lib.ndc_set_num_threads.argtypes = [C.c_int32]
    for f in ("ndc_sum", "ndc_mean", "ndc_std"):
        getattr(lib, f).argtypes = [C.c_void_p, C.POINTER(Opts), C.POINTER(C.c_void_p)]
    return lib


def wrap(lib, a):
    h = C.c_void_p()
    shape = (C.c_int64 * a.ndim)(*a.shape)
    strides = (C.c_int64 * a.ndim)(*a.strides)
    st = lib.ndc_array_from_buffer(a.ctypes.data, a.nbytes, DTYPES[a.dtype], a.ndim,
                                   shape, strides, 0, 1, None, None, C.byref(h))
    assert st == 0, st
    return h


def main():
    ap = argparse.ArgumentParser()
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    ap.add_argument("--lib", default=str(target / "release" / "libndc.so"))
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    lib = load(args.lib)
    rng = np.random.default_rng(0)
    big = rng.standard_normal(10_000_000)
    m = rng.standard_normal((4000, 2500))
    s = rng.standard_normal((32, 768))
    q = rng.standard_normal((4096, 4096))
    cases = [
        ("sum 1e7 float64", "sum", big, None),
        ("sum 1e7 float32", "sum", big.astype(np.float32), None),
        ("sum axis 0 (4000,2500)", "sum", m, 0),
        ("sum axis 1 (4000,2500)", "sum", m, 1),
        ("mean axis -1 (32,768)", "mean", s, -1),
        ("std axis -1 (32,768)", "std", s, -1),
        ("mean axis -1 (4096,4096)", "mean", q, -1),
        ("std axis -1 (4096,4096)", "std", q, -1),
    ]
    print(f"{'case':28} {'numpy ms':>10} {'ndc 1t ms':>10} {'ratio':>7} {'ndc 2t ms':>10} {'ratio':>7}")
    for name, fn, a, axis in cases:
        h = wrap(lib, a)
        o = Opts()
        o.struct_size = C.sizeof(Opts)
        if axis is not None:
            ax = (C.c_int64 * 1)(axis)
            o.axes = C.cast(ax, C.POINTER(C.c_int64))
            o.naxes = 1
        f = getattr(lib, "ndc_" + fn)
        npf = getattr(np, fn)
        res = C.c_void_p()

        def run_ndc():
            st = f(h, C.byref(o), C.byref(res))
            assert st == 0
            lib.ndc_array_release(res)

        def best(call):
            n = max(1, int(0.05 / max(timeit.timeit(call, number=1), 1e-6)))
            return min(timeit.repeat(call, number=n, repeat=args.repeat)) / n * 1e3

        t_np = best(lambda: npf(a, axis=axis))
        times = []
        for threads in (1, 2):
            lib.ndc_set_num_threads(threads)
            times.append(best(run_ndc))
        print(f"{name:28} {t_np:10.3f} {times[0]:10.3f} {t_np / times[0]:7.2f} "
              f"{times[1]:10.3f} {t_np / times[1]:7.2f}")
        lib.ndc_array_release(h)


if __name__ == "__main__":
    main()
