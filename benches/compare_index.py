#!/usr/bin/env python3
"""Side-by-side timings of indexing: NumPy and ndc (ctypes on libndc.so).

Cases (float64 data, int64 indices, fixed seed):
  fancy      a[idx]: 1e6 random indices into 1e7 elements
  mask       a[a > 0]: 1e7 elements, about half true (the mask is made
             once, outside the timing, for both)
  take_ax0   np.take(m, idx, axis=0): 2000 random rows of a (4000, 1000) m
  take_ax1   np.take(m, idx, axis=1): 500 random columns of the same m
  put        np.put(a, idx, v): 1e6 random positions of 1e7 elements

ndc runs on the same NumPy memory, wrapped zero-copy (ndc_array_from_buffer),
through ndc_getitem / ndc_take / ndc_put, and allocates its results as NumPy
does. Each time is the best of ``--repeat`` runs (after one warm-up); the
table gives NumPy's time, ndc's on 1 thread and on ``--threads`` threads,
and numpy/ndc ratios (above 1: ndc is faster). NumPy runs these on one
thread.

On a machine busy with other work, ``--clock cpu`` times the process's CPU
time instead of wall time (meaningful for the 1-thread columns; above one
thread it sums the threads' work).

Usage: python3 benches/compare_index.py [--lib PATH] [--repeat N] [--threads N]
                                        [--clock wall|cpu]
"""
import argparse
import ctypes as C
import os
import time

import numpy as np

P = C.c_void_p


def load(path):
    lib = C.CDLL(path)
    lib.ndc_array_from_buffer.argtypes = [P, C.c_int64, C.c_uint32, C.c_int32,
                                          C.POINTER(C.c_int64), C.POINTER(C.c_int64),
                                          C.c_int64, C.c_uint32, P, P, C.POINTER(P)]
    lib.ndc_getitem.argtypes = [P, C.c_char_p, C.c_int32, C.POINTER(P), C.POINTER(P)]
    lib.ndc_take.argtypes = [P, P, C.c_int64, C.c_int32, C.POINTER(P)]
    lib.ndc_put.argtypes = [P, P, P, C.c_int32]
    lib.ndc_array_release.argtypes = [P]
    lib.ndc_set_num_threads.argtypes = [C.c_int32]
    lib.ndc_last_error_message.restype = C.c_char_p
    return lib


CODE = {"bool": 1, "int64": 5, "float64": 13}


def wrap(lib, a):
    shape = (C.c_int64 * max(a.ndim, 1))(*a.shape)
    strides = (C.c_int64 * max(a.ndim, 1))(*a.strides)
    out = P()
    st = lib.ndc_array_from_buffer(P(a.ctypes.data), a.nbytes, CODE[a.dtype.name], a.ndim,
                                   shape, strides, 0, 0, None, None, C.byref(out))
    assert st == 0, lib.ndc_last_error_message()
    return out


CLOCK = [time.perf_counter]


def best(f, repeat):
    f()
    t = []
    for _ in range(repeat):
        s = CLOCK[0]()
        f()
        t.append(CLOCK[0]() - s)
    return min(t)


def main():
    ap = argparse.ArgumentParser()
    tgt = os.environ.get("CARGO_TARGET_DIR", "target")
    ap.add_argument("--lib", default=os.path.join(tgt, "release", "libndc.so"))
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--clock", choices=["wall", "cpu"], default="wall")
    args = ap.parse_args()
    if args.clock == "cpu":
        CLOCK[0] = time.process_time
    lib = load(args.lib)
    rng = np.random.default_rng(7)
    a = rng.standard_normal(10_000_000)
    idx = rng.integers(0, a.size, 1_000_000)
    mask = a > 0
    m = rng.standard_normal((4000, 1000))
    rows = rng.integers(0, 4000, 2000)
    cols = rng.integers(0, 1000, 500)
    vals = rng.standard_normal(idx.size)
    target = a.copy()
    ha, hidx, hmask, hm, hrows, hcols, hvals, ht = (
        wrap(lib, x) for x in (a, idx, mask, m, rows, cols, vals, target))

    def call_get(h, key, arg):
        def f():
            out = P()
            argv = (P * 1)(arg.value)
            assert lib.ndc_getitem(h, key, 1, argv, C.byref(out)) == 0, lib.ndc_last_error_message()
            lib.ndc_array_release(out)
        return f

    def call_take(h, i, axis):
        def f():
            out = P()
            assert lib.ndc_take(h, i, axis, 0, C.byref(out)) == 0, lib.ndc_last_error_message()
            lib.ndc_array_release(out)
        return f

    def call_put():
        assert lib.ndc_put(ht, hidx, hvals, 0) == 0, lib.ndc_last_error_message()

    cases = [
        ("fancy a[idx] 1e6 of 1e7", lambda: a[idx], call_get(ha, b"?", hidx)),
        ("mask a[a>0] 1e7", lambda: a[mask], call_get(ha, b"?", hmask)),
        ("take axis=0 (4000,1000)", lambda: np.take(m, rows, axis=0), call_take(hm, hrows, 0)),
        ("take axis=1 (4000,1000)", lambda: np.take(m, cols, axis=1), call_take(hm, hcols, 1)),
        ("put 1e6 into 1e7", lambda: np.put(target, idx, vals), call_put),
    ]
    lib.ndc_set_num_threads(1)
    print("%-26s %10s %10s %8s %10s %8s" % ("case", "numpy ms", "ndc 1t", "ratio",
                                           "ndc %dt" % args.threads, "ratio"))
    for name, fnp, fndc in cases:
        tn = best(fnp, args.repeat)
        lib.ndc_set_num_threads(1)
        t1 = best(fndc, args.repeat)
        lib.ndc_set_num_threads(args.threads)
        t2 = best(fndc, args.repeat)
        print("%-26s %10.2f %10.2f %8.2f %10.2f %8.2f" % (name, tn * 1e3, t1 * 1e3, tn / t1,
                                                         t2 * 1e3, tn / t2))
    for h in (ha, hidx, hmask, hm, hrows, hcols, hvals, ht):
        lib.ndc_array_release(h)


if __name__ == "__main__":
    main()
