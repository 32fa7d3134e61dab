#!/usr/bin/env python3
"""Side-by-side timings of numpy.linalg and ndc's ndc_linalg_* (through
ctypes on the built libndc.so, same data), printed as numpy/ndc ratios:
above 1 means ndc is faster.

Cases: solve, inv, det of 1000 x 1000; svd 1000; eigh 1000; eig 500;
cholesky 2000; qr 2000 x 1000; and stacks of 1e5 small matrices
(2x2 .. 8x8) for inv, det and solve. Each time is the best of repeated
calls (at least --min-time seconds per case, 3 calls minimum).

Usage (from the repository root, after `cargo build --release`):

    python3 benches/compare_lapack.py
    python3 benches/compare_lapack.py --lib target/h/release/libndc.so small_

Both libraries run on their own BLAS: NumPy's bundled OpenBLAS and the
system one ndc links. A system OpenBLAS that does not recognise the CPU
falls back to generic kernels; OPENBLAS_CORETYPE (for example SkylakeX)
must then be set before the process starts for a fair comparison of the
large cases.
"""

import argparse
import ctypes as C
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DT = {np.dtype("float64"): 13, np.dtype("float32"): 12,
      np.dtype("complex64"): 14, np.dtype("complex128"): 15}


def load(path):
    lib = C.CDLL(str(path))
    P = C.c_void_p
    lib.ndc_array_from_data.argtypes = [P, C.c_uint32, C.c_int32, C.POINTER(C.c_int64), P, C.POINTER(P)]
    lib.ndc_array_release.argtypes = [P]
    lib.ndc_last_error_message.restype = C.c_char_p
    for name, nin, nout in [("inv", 1, 1), ("det", 1, 1), ("solve", 2, 1), ("cholesky", 1, 1),
                            ("eigvalsh", 1, 1), ("eig", 1, 2), ("svd", 1, 3), ("qr", 1, 2),
                            ("eigh", 1, 2)]:
        f = getattr(lib, "ndc_linalg_" + name)
        f.restype = C.c_int32
    return lib


class Ndc:
    def __init__(self, lib):
        self.lib = lib

    def arr(self, a):
        a = np.ascontiguousarray(a)
        shape = (C.c_int64 * a.ndim)(*a.shape)
        out = C.c_void_p()
        st = self.lib.ndc_array_from_data(a.ctypes.data, DT[a.dtype], a.ndim, shape, None, C.byref(out))
        assert st == 0, self.lib.ndc_last_error_message()
        return out

    def call(self, name, args, nout, extra=()):
        outs = [C.c_void_p() for _ in range(nout)]
        f = getattr(self.lib, "ndc_linalg_" + name)
        st = f(*args, *extra, *[C.byref(o) for o in outs])
        if st != 0:
            raise RuntimeError(self.lib.ndc_last_error_message().decode())
        for o in outs:
            self.lib.ndc_array_release(o)


def best(fn, min_time):
    fn()
    times = []
    start = time.perf_counter()
    while len(times) < 3 or time.perf_counter() - start < min_time:
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
        if len(times) > 200:
            break
    return min(times)


def cases(nd):
    rng = np.random.default_rng(0)
    L = np.linalg
    out = []

    def add(name, npf, ndf):
        out.append((name, npf, ndf))

    a = rng.standard_normal((1000, 1000)) + 40 * np.eye(1000)
    b = rng.standard_normal((1000, 1))
    ha, hb = nd.arr(a), nd.arr(b)
    add("solve_1000", lambda: L.solve(a, b), lambda: nd.call("solve", [ha, hb], 1))
    add("inv_1000", lambda: L.inv(a), lambda: nd.call("inv", [ha], 1))
    add("det_1000", lambda: L.det(a), lambda: nd.call("det", [ha], 1))
    add("svd_1000", lambda: L.svd(a), lambda: nd.call("svd", [ha], 3, (True, True, False)))
    s = a + a.T
    hs = nd.arr(s)
    add("eigh_1000", lambda: L.eigh(s), lambda: nd.call("eigh", [hs], 2, (C.c_char(b"L"),)))
    e = rng.standard_normal((500, 500))
    he = nd.arr(e)
    add("eig_500", lambda: L.eig(e), lambda: nd.call("eig", [he], 2))
    p = rng.standard_normal((2000, 2000))
    p = p @ p.T + 2000 * np.eye(2000)
    hp = nd.arr(p)
    add("cholesky_2000", lambda: L.cholesky(p), lambda: nd.call("cholesky", [hp], 1, (False,)))
    q = rng.standard_normal((2000, 1000))
    hq = nd.arr(q)
    add("qr_2000x1000", lambda: L.qr(q), lambda: nd.call("qr", [hq], 2, (C.c_int32(0),)))
    for n in range(2, 9):
        m = rng.standard_normal((100000, n, n)) + 2 * n * np.eye(n)
        v = rng.standard_normal((100000, n, 1))
        hm, hv = nd.arr(m), nd.arr(v)
        add(f"small_inv_1e5x{n}", lambda m=m: L.inv(m), lambda hm=hm: nd.call("inv", [hm], 1))
        add(f"small_det_1e5x{n}", lambda m=m: L.det(m), lambda hm=hm: nd.call("det", [hm], 1))
        add(f"small_solve_1e5x{n}", lambda m=m, v=v: L.solve(m, v),
            lambda hm=hm, hv=hv: nd.call("solve", [hm, hv], 1))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lib", default=None)
    ap.add_argument("--min-time", type=float, default=0.3)
    ap.add_argument("prefixes", nargs="*")
    args = ap.parse_args()
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    lib = Path(args.lib) if args.lib else target / "release" / "libndc.so"
    nd = Ndc(load(lib))
    print(f"numpy {np.__version__}; ndc {lib}")
    print(f"{'case':24s} {'numpy ms':>10s} {'ndc ms':>10s} {'numpy/ndc':>10s}")
    for name, npf, ndf in cases(nd):
        if args.prefixes and not any(name.startswith(p) for p in args.prefixes):
            continue
        tn = best(npf, args.min_time)
        tc = best(ndf, args.min_time)
        print(f"{name:24s} {tn * 1e3:10.3f} {tc * 1e3:10.3f} {tn / tc:10.2f}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
