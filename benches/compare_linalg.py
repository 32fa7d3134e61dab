#!/usr/bin/env python3
"""Side-by-side timings of matrix products: NumPy and ndc.

Runs benches/c/bench_linalg.c (ndc through its C API, and cblas_dgemm
called directly on the same OpenBLAS) and the same products in NumPy
(``np.matmul(a, b, out=o)``, same shapes and dtypes), alternating the two
over ``--rounds`` rounds and keeping each case's best, then prints

    case | numpy | ndc | numpy/ndc | target

and ndc's overhead over a direct cblas_dgemm call on the same memory.
A ratio above 1 means ndc is faster. NumPy bundles its own OpenBLAS
(scipy-openblas) with its own kernel choice; ndc runs on the system one.
If OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE are set in the environment they
are removed for both sides (they would slow a current NumPy down) and the
kernels each side then runs are printed.

Usage (from the repository root; about a minute):

    python3 benches/compare_linalg.py
    python3 benches/compare_linalg.py --rounds 3 matmul_f64 small_

Library: the build tree's release library ($CARGO_TARGET_DIR/release or
target/release, built with ``cargo build --release`` when missing or older
than src/); the program is built with gcc -O2 into <target>/bench-c/.
"""

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "benches" / "c" / "bench_linalg.c"

TARGETS = {"matmul": 0.95, "batched": 1.5, "small": 3.0}


def cases():
    out = []
    for tag, dt in [("f64", np.float64), ("f32", np.float32)]:
        for n in (64, 256, 1024, 4096):
            out.append((f"matmul_{tag}_{n}", (n, n), (n, n), dt))
    for tag, dt in [("f64", np.float64), ("f32", np.float32)]:
        out.append((f"batched_{tag}_64x128", (64, 128, 128), (64, 128, 128), dt))
    for n in (2, 4, 8):
        out.append((f"small_f64_1e5x{n}x{n}", (100000, n, n), (100000, n, n), np.float64))
    return out


def numpy_time(shape_a, shape_b, dt, min_time):
    rng = np.random.default_rng(0)
    a = rng.uniform(-0.5, 0.5, shape_a).astype(dt)
    b = rng.uniform(-0.5, 0.5, shape_b).astype(dt)
    o = np.matmul(a, b)
    np.matmul(a, b, out=o)
    batch = 1
    while True:
        t = time.perf_counter()
        for _ in range(batch):
            np.matmul(a, b, out=o)
        t = time.perf_counter() - t
        if t >= 2e-3:
            break
        batch *= 2
    best, start, samples = float("inf"), time.perf_counter(), 0
    while samples < 3 or time.perf_counter() - start < min_time:
        t = time.perf_counter()
        for _ in range(batch):
            np.matmul(a, b, out=o)
        t = (time.perf_counter() - t) / batch
        best = min(best, t)
        samples += 1
        if samples >= 2 and batch == 1 and t > 0.5:
            break
    return best


def build():
    sys.path.insert(0, str(ROOT / "benches"))
    from cbench import program
    return program("bench_linalg", libs=("-lopenblas",))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--min-time", type=float, default=0.3)
    ap.add_argument("--ndc-coretype", default=None,
                    help="OPENBLAS_CORETYPE for ndc's side only (numpy keeps its default)")
    ap.add_argument("prefixes", nargs="*")
    args = ap.parse_args()
    env = dict(os.environ)
    for k in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE"):
        if env.pop(k, None) is not None:
            os.environ.pop(k, None)
            print(f"note: {k} removed for this run", file=sys.stderr)
    if args.ndc_coretype:
        env["OPENBLAS_CORETYPE"] = args.ndc_coretype
    exe = build()
    todo = [c for c in cases() if not args.prefixes or any(c[0].startswith(p) for p in args.prefixes)]
    want = args.prefixes or ["matmul", "batched", "small", "cblas"]
    np_best, ndc_best = {}, {}
    for _ in range(args.rounds):
        for name, sa, sb, dt in todo:
            t = numpy_time(sa, sb, dt, args.min_time)
            np_best[name] = min(np_best.get(name, t), t)
        out = subprocess.run([str(exe), str(args.min_time)] + want, env=env, check=True,
                             capture_output=True, text=True).stdout
        for line in out.splitlines():
            name, t = line.split()
            ndc_best[name] = min(ndc_best.get(name, float(t)), float(t))
    try:
        from threadpoolctl import threadpool_info
        info = [(i.get("internal_api"), i.get("version"), i.get("architecture"))
                for i in threadpool_info()]
        print(f"numpy {np.__version__}: {info}")
    except ImportError:
        print(f"numpy {np.__version__} (threadpoolctl not installed: kernel not shown)")
    kern = subprocess.run(["sh", "-c", f"OPENBLAS_VERBOSE=2 {exe} 0 none"], env=env,
                          capture_output=True, text=True)
    print(f"ndc: system OpenBLAS, {(kern.stdout + kern.stderr).strip()}")
    print(f"{'case':24} {'numpy':>11} {'ndc':>11} {'numpy/ndc':>10} {'target':>7}")
    for name, sa, sb, dt in todo:
        if name not in ndc_best:
            continue
        r = np_best[name] / ndc_best[name]
        target = TARGETS[name.split("_")[0]]
        mark = "" if r >= target else "  below"
        print(f"{name:24} {np_best[name] * 1e3:9.3f}ms {ndc_best[name] * 1e3:9.3f}ms "
              f"{r:10.2f} {target:6.2f}x{mark}")
    print("ndc overhead over cblas_dgemm on the same memory:")
    for n in (4, 64, 256, 1024):
        k = f"cblas_dgemm_{n}"
        if k in ndc_best and "ndc_" + k in ndc_best:
            d, w = ndc_best[k], ndc_best["ndc_" + k]
            print(f"  {n:5}: cblas {d * 1e6:10.3f} us  ndc {w * 1e6:10.3f} us  "
                  f"overhead {(w - d) * 1e9:9.1f} ns ({(w / d - 1) * 100:+.1f}%)")


if __name__ == "__main__":
    main()
