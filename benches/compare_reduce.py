#!/usr/bin/env python3
"""Side-by-side timings of reductions: NumPy and ndc called from C.

NumPy's time is the best of `--repeat` timeit batches of the call from
Python; ndc's is the best batch of the same call from C
(benches/c/bench_reduce.c, what a C caller pays: the result is allocated
and released every call), on 1 and 2 threads (`ndc_set_num_threads`).
Both sides get arrays of the same shape and dtype with values in [-1, 1).
NumPy reductions run on one thread. A ratio numpy/ndc above 1 means ndc
is faster. `--ctypes` adds ndc's time through ctypes (Python's call
overhead included) on 1 thread.

Usage:

    python3 benches/compare_reduce.py [--repeat 7] [--ctypes] [CASE-PREFIX...]

The library is rebuilt first when src/ is newer (benches/cbench.py).
Targets: sums >= 1x NumPy on one thread and >= 1.7x on two; mean and std
along the last axis >= 3x.
"""

import argparse
import ctypes as C
import subprocess
import sys
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


def ndc_c(exe, fn, a, axis, threads):
    """Milliseconds per call of ndc_<fn> from C (bench_reduce)."""
    cmd = [str(exe), fn, str(a.dtype), str(threads),
           "none" if axis is None else str(axis)] + [str(d) for d in a.shape]
    return float(subprocess.run(cmd, check=True, capture_output=True,
                                text=True).stdout) * 1e3


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--ctypes", action="store_true",
                    help="also time ndc through ctypes (1 thread)")
    ap.add_argument("prefixes", nargs="*", help="run only cases starting so")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "benches"))
    from cbench import library, program
    exe = program("bench_reduce")
    lib = load(library(build=False)) if args.ctypes else None
    rng = np.random.default_rng(0)
    big = rng.uniform(-1, 1, 10_000_000)
    m = rng.uniform(-1, 1, (4000, 2500))
    s = rng.uniform(-1, 1, (32, 768))
    q = rng.uniform(-1, 1, (4096, 4096))
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
    cases = [c for c in cases if not args.prefixes
             or any(c[0].startswith(p) for p in args.prefixes)]

    def best(call):
        n = max(1, int(0.05 / max(timeit.timeit(call, number=1), 1e-6)))
        return min(timeit.repeat(call, number=n, repeat=args.repeat)) / n * 1e3

    head = f"{'case':28} {'numpy ms':>10} {'ndc 1t ms':>10} {'ratio':>7} {'ndc 2t ms':>10} {'ratio':>7}"
    print(head + (f" {'ctypes 1t':>10} {'ratio':>7}" if lib else ""))
    for name, fn, a, axis in cases:
        npf = getattr(np, fn)
        t_np = best(lambda: npf(a, axis=axis))
        times = [ndc_c(exe, fn, a, axis, threads) for threads in (1, 2)]
        line = (f"{name:28} {t_np:10.3f} {times[0]:10.3f} {t_np / times[0]:7.2f} "
                f"{times[1]:10.3f} {t_np / times[1]:7.2f}")
        if lib:
            h = wrap(lib, a)
            o = Opts()
            o.struct_size = C.sizeof(Opts)
            if axis is not None:
                ax = (C.c_int64 * 1)(axis)
                o.axes = C.cast(ax, C.POINTER(C.c_int64))
                o.naxes = 1
            f = getattr(lib, "ndc_" + fn)
            res = C.c_void_p()

            def run_ndc():
                st = f(h, C.byref(o), C.byref(res))
                assert st == 0
                lib.ndc_array_release(res)

            lib.ndc_set_num_threads(1)
            t = best(run_ndc)
            line += f" {t:10.3f} {t_np / t:7.2f}"
            lib.ndc_array_release(h)
        print(line, flush=True)


if __name__ == "__main__":
    main()
