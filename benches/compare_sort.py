#!/usr/bin/env python3
"""Side-by-side timings of sorting, searching, unique and order statistics:
NumPy and ndc (through ctypes on the built libndc.so) in one run.

Prints, per case, the best time of each and the ratio numpy/ndc (above 1:
ndc is faster). Both sides get the same data; each time is the best of
``--repeat`` runs (5 by default) after one warm-up call. ndc's time includes
the release of its result.

Usage (from the repository root, after ``cargo build --release``):

    python3 benches/compare_sort.py [--repeat N] [case-prefix ...]

Library: ``$CARGO_TARGET_DIR/release/libndc.so`` when that variable is set,
else ``target/release/libndc.so``, or ``--lib``.
"""

import argparse
import ctypes as C
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DT = {np.dtype("int64"): 5, np.dtype("float64"): 13}


def load(path):
    lib = C.CDLL(str(path))
    P = C.c_void_p
    PP = C.POINTER(C.c_void_p)
    lib.ndc_array_from_data.argtypes = [P, C.c_uint32, C.c_int32, C.POINTER(C.c_int64), P, PP]
    lib.ndc_array_release.argtypes = [P]
    lib.ndc_last_error_message.restype = C.c_char_p
    for f in ("ndc_sort", "ndc_argsort"):
        getattr(lib, f).argtypes = [P, C.c_int64, C.c_int32, PP]
    lib.ndc_unique.argtypes = [P, C.c_int64, C.c_bool, PP, PP, PP, PP]
    lib.ndc_median.argtypes = [P, P, PP]
    lib.ndc_percentile.argtypes = [P, P, C.c_int32, P, PP]
    lib.ndc_searchsorted.argtypes = [P, P, C.c_int32, P, PP]
    lib.ndc_scalar_double.argtypes = [C.c_double, PP]
    return lib


def handle(lib, a):
    shape = (C.c_int64 * a.ndim)(*a.shape)
    out = C.c_void_p()
    st = lib.ndc_array_from_data(a.ctypes.data, DT[a.dtype], a.ndim, shape, None, C.byref(out))
    assert st == 0, lib.ndc_last_error_message()
    return out


def best(f, repeat):
    f()
    ts = []
    for _ in range(repeat):
        t = time.perf_counter()
        f()
        ts.append(time.perf_counter() - t)
    return min(ts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--lib")
    ap.add_argument("prefixes", nargs="*")
    args = ap.parse_args()
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    lib = load(args.lib or target / "release" / "libndc.so")
    rng = np.random.default_rng(0)
    NONE = -(2**63)

    def call(fn, *a, outs=1):
        res = [C.c_void_p() for _ in range(outs)]
        st = fn(*a, *[C.byref(r) for r in res])
        assert st == 0, lib.ndc_last_error_message()
        for r in res:
            lib.ndc_array_release(r)

    def unique(h):
        v = C.c_void_p()
        nul = C.POINTER(C.c_void_p)()
        assert lib.ndc_unique(h, NONE, True, C.byref(v), nul, nul, nul) == 0
        lib.ndc_array_release(v)

    f64 = rng.standard_normal(1_000_000)
    i64 = rng.integers(-(10**6), 10**6, 1_000_000)
    u64f = np.round(rng.standard_normal(1_000_000), 2)
    big = rng.standard_normal(10_000_000)
    srt = np.sort(rng.standard_normal(1_000_000))
    hf, hi, hu, hb, hs = (handle(lib, x) for x in (f64, i64, u64f, big, srt))
    q = C.c_void_p()
    lib.ndc_scalar_double(90.0, C.byref(q))

    cases = [
        ("sort_f64_1e6", lambda: np.sort(f64), lambda: call(lib.ndc_sort, hf, 0, 0)),
        ("argsort_f64_1e6", lambda: np.argsort(f64), lambda: call(lib.ndc_argsort, hf, 0, 0)),
        ("sort_stable_f64_1e6", lambda: np.sort(f64, kind="stable"), lambda: call(lib.ndc_sort, hf, 0, 1)),
        ("sort_i64_1e6", lambda: np.sort(i64), lambda: call(lib.ndc_sort, hi, 0, 0)),
        ("argsort_stable_i64_1e6", lambda: np.argsort(i64, kind="stable"), lambda: call(lib.ndc_argsort, hi, 0, 1)),
        ("unique_i64_1e6", lambda: np.unique(i64), lambda: unique(hi)),
        ("unique_f64_1e6", lambda: np.unique(u64f), lambda: unique(hu)),
        ("median_f64_1e7", lambda: np.median(big), lambda: call(lib.ndc_median, hb, None)),
        ("percentile90_f64_1e7", lambda: np.percentile(big, 90.0), lambda: call(lib.ndc_percentile, hb, q, 0, None)),
        ("searchsorted_1e6_in_1e6", lambda: np.searchsorted(srt, f64), lambda: call(lib.ndc_searchsorted, hs, hf, 0, None)),
    ]
    print(f"numpy {np.__version__}; best of {args.repeat}")
    print(f"{'case':28s} {'numpy ms':>10s} {'ndc ms':>10s} {'numpy/ndc':>10s}")
    for name, fn_np, fn_ndc in cases:
        if args.prefixes and not any(name.startswith(p) for p in args.prefixes):
            continue
        tn, tc = best(fn_np, args.repeat), best(fn_ndc, args.repeat)
        print(f"{name:28s} {tn * 1e3:10.2f} {tc * 1e3:10.2f} {tn / tc:10.2f}")
    for h in (hf, hi, hu, hb, hs, q):
        lib.ndc_array_release(h)


if __name__ == "__main__":
    sys.exit(main())
