#!/usr/bin/env python3
"""Side-by-side timings of numpy.linalg and ndc's ndc_linalg_* (through
ctypes on the built libndc.so, same data), printed as numpy/ndc ratios:
above 1 means ndc is faster.

Cases: solve, inv, det of 1000 x 1000; svd 1000; eigh 1000; eig 500;
cholesky 2000; qr 2000 x 1000; and stacks of 1e5 small matrices
(2x2 .. 8x8) for inv, det and solve. Each time is the best of repeated
calls (at least --min-time seconds per case, 3 calls minimum). Each side
of each case runs in a process of its own, --rounds times alternately:
in one process, the thread pool that one library leaves spinning after a
call slows the other library's next call.

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
import subprocess
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


def cases():
    """name -> builder(nd): the numpy call (nd None) or the ndc call of the
    case. Data is built only for the case a process times; fixed seeds make
    both sides' data equal."""
    L = np.linalg

    def case(npf, name, nout, make, extra=()):
        def build(nd):
            ins = make()
            if nd is None:
                return lambda: npf(*ins)
            hs = [nd.arr(x) for x in ins]
            return lambda: nd.call(name, hs, nout, extra)
        return build

    def system():
        rng = np.random.default_rng(0)
        return rng.standard_normal((1000, 1000)) + 40 * np.eye(1000), rng.standard_normal((1000, 1))

    def square():
        return system()[:1]

    def symmetric():
        a = system()[0]
        return (a + a.T,)

    def spd():
        p = np.random.default_rng(2).standard_normal((2000, 2000))
        return (p @ p.T + 2000 * np.eye(2000),)

    def normal(seed, shape):
        return lambda: (np.random.default_rng(seed).standard_normal(shape),)

    out = {
        "solve_1000": case(L.solve, "solve", 1, system),
        "inv_1000": case(L.inv, "inv", 1, square),
        "det_1000": case(L.det, "det", 1, square),
        "svd_1000": case(L.svd, "svd", 3, square, (True, True, False)),
        "eigh_1000": case(L.eigh, "eigh", 2, symmetric, (C.c_char(b"L"),)),
        "eig_500": case(L.eig, "eig", 2, normal(1, (500, 500))),
        "cholesky_2000": case(L.cholesky, "cholesky", 1, spd, (False,)),
        "qr_2000x1000": case(L.qr, "qr", 2, normal(3, (2000, 1000)), (C.c_int32(0),)),
    }

    def stack(n):
        rng = np.random.default_rng(n)
        return rng.standard_normal((100000, n, n)) + 2 * n * np.eye(n)

    def stack_system(n):
        return stack(n), np.random.default_rng(100 + n).standard_normal((100000, n, 1))

    for n in range(2, 9):
        out[f"small_inv_1e5x{n}"] = case(L.inv, "inv", 1, lambda n=n: (stack(n),))
        out[f"small_det_1e5x{n}"] = case(L.det, "det", 1, lambda n=n: (stack(n),))
        out[f"small_solve_1e5x{n}"] = case(L.solve, "solve", 1, lambda n=n: stack_system(n))
    return out


def side(args, lib):
    """Times one case on one side in this process and prints seconds."""
    nd = None if args.side == "numpy" else Ndc(load(lib))
    fn = cases()[args.case](nd)
    print(best(fn, args.min_time))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lib", default=None)
    ap.add_argument("--min-time", type=float, default=0.3)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--side", choices=["numpy", "ndc"], help=argparse.SUPPRESS)
    ap.add_argument("--case", help=argparse.SUPPRESS)
    ap.add_argument("prefixes", nargs="*")
    args = ap.parse_args()
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    lib = Path(args.lib) if args.lib else target / "release" / "libndc.so"
    if args.side:
        return side(args, lib)
    print(f"numpy {np.__version__}; ndc {lib}")
    print(f"{'case':24s} {'numpy ms':>10s} {'ndc ms':>10s} {'numpy/ndc':>10s}")
    for name in cases():
        if args.prefixes and not any(name.startswith(p) for p in args.prefixes):
            continue
        t = {"numpy": float("inf"), "ndc": float("inf")}
        for _ in range(args.rounds):
            for who in t:
                cmd = [sys.executable, __file__, "--lib", str(lib), "--min-time",
                       str(args.min_time), "--side", who, "--case", name]
                r = subprocess.run(cmd, check=True, capture_output=True, text=True)
                t[who] = min(t[who], float(r.stdout.split()[-1]))
        tn, tc = t["numpy"], t["ndc"]
        print(f"{name:24s} {tn * 1e3:10.3f} {tc * 1e3:10.3f} {tn / tc:10.2f}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
