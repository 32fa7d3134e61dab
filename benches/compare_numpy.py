#!/usr/bin/env python3
"""Side-by-side timings of elementwise operations (ufuncs): NumPy and ndc.

Runs the cases of benches/c/bench_ufunc.c through NumPy (same sizes, same
data, same preallocated ``out=`` results) and through the C program with
ndc on 1 and on 2 threads, then prints one table:

    case | numpy | ndc 1 thread | numpy/ndc | ndc 2 threads | numpy/ndc

A ratio above 1 means ndc is faster. Each time is the best batch mean of
back-to-back calls, batches repeated for at least ``--min-time`` seconds
(0.2 s by default), like ``timeit``'s best-of-repeats; the NumPy pass and
the ndc runs alternate over ``--rounds`` rounds (2 by default) and every
case keeps its best, so a change of load on a shared machine hits both
sides. NumPy runs its elementwise loops on one thread, so both ndc columns
are compared with the same NumPy time. On a machine busy with other work,
``--clock cpu`` times CPU time instead of wall time (for the 1-thread
column; above 1 thread it sums the threads' work).

Usage (from the repository root; the whole run takes about a minute):

    python3 benches/compare_numpy.py
    python3 benches/compare_numpy.py --threads 1,2,4 --min-time 0.5
    python3 benches/compare_numpy.py add_float64 exp_   # case-name prefixes

A ``bench-compare`` target of the Makefile should run the first line.

Library: the C program is linked with ``pkg-config --cflags --libs ndc``
when ndc is installed (``--local`` skips that); otherwise with the build
tree's ``target/release`` (``$CARGO_TARGET_DIR/release`` when that is set,
or ``--lib-dir``), which ``cargo build --release`` produces first when the
library is missing or older than ``src/`` (``--no-build`` skips that). The
program is built with ``gcc -O2`` into ``<target>/bench-c/`` and rebuilt
when its source, the header, the library or the compile command change.

Requires: NumPy, gcc, and for the build-tree library cargo.
"""

import argparse
import math
import os
import platform
import re
import shlex
import subprocess
import sys
import time
import timeit
from pathlib import Path

import numpy as np

from cbench import soname

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "benches" / "c" / "bench_ufunc.c"
HEADER = ROOT / "include" / "ndc.h"

# Same constants as bench_ufunc.c: operand k, element i is
# 0.1 + 9.9 * frac((i + 1) * PHI + k * R2), in double, then the dtype.
PHI = 0.6180339887498949
R2 = 0.41421356237309515

BATCH_SECONDS = 2e-3
MIN_SAMPLES = 5
MAX_SAMPLES = 2000


# --- cases ----------------------------------------------------------------

def values(n, k, dtype):
    x = (np.arange(n, dtype=np.float64) + 1.0) * PHI + float(k) * R2
    v = 0.1 + 9.9 * (x - np.floor(x))
    return v.astype(dtype)


def case_list():
    """(name, setup) pairs in the C program's order; setup() returns the
    callable to time, its arguments and its keyword arguments."""
    cases = []
    sizes = [(1000, "1e3"), (100000, "1e5"), (1000000, "1e6"),
             (10000000, "1e7")]
    f64, f32 = np.float64, np.float32

    def contiguous(f, n, dt, out_dt=None):
        def setup():
            a, b = values(n, 0, dt), values(n, 1, dt)
            return f, (a, b), {"out": np.zeros(n, out_dt or dt)}
        return setup

    def unary(f, n, dt):
        def setup():
            return f, (values(n, 0, dt),), {"out": np.zeros(n, dt)}
        return setup

    for fname, f in (("add", np.add), ("multiply", np.multiply)):
        for dname, dt in (("float64", f64), ("float32", f32)):
            for n, sname in sizes:
                cases.append((f"{fname}_{dname}_{sname}",
                              contiguous(f, n, dt)))

    def scalar():
        n = 1000000
        return np.multiply, (values(n, 0, f64), 2.0), {"out": np.zeros(n)}
    cases.append(("multiply_scalar_float64_1e6", scalar))

    m = 1000

    def square(b_shape):
        def setup():
            a = values(m * m, 0, f64).reshape(m, m)
            b = values(math.prod(b_shape), 1, f64).reshape(b_shape)
            return np.add, (a, b), {"out": np.zeros((m, m))}
        return setup
    cases.append(("add_row_broadcast_float64_1000x1000", square((m,))))
    cases.append(("add_col_broadcast_float64_1000x1000", square((m, 1))))

    def strided():
        n = 1000000
        a_base, b_base = values(2 * n, 0, f64), values(2 * n, 1, f64)
        return np.add, (a_base[::2], b_base[::2]), {"out": np.zeros(n)}
    cases.append(("add_strided_float64_1e6", strided))

    def transposed():
        a = values(m * m, 0, f64).reshape(m, m)
        b = values(m * m, 1, f64).reshape(m, m)
        return np.add, (a, b.T), {"out": np.zeros((m, m))}
    cases.append(("add_transposed_float64_1000x1000", transposed))

    for fname, f in (("exp", np.exp), ("log", np.log), ("sin", np.sin),
                     ("tanh", np.tanh)):
        for dname, dt in (("float64", f64), ("float32", f32)):
            cases.append((f"{fname}_{dname}_1e6", unary(f, 1000000, dt)))
    cases.append(("less_float64_1e6",
                  contiguous(np.less, 1000000, f64, np.bool_)))
    cases.append(("add_float64_16", contiguous(np.add, 16, f64)))
    return cases


def time_numpy(setup, min_time, median, clock="wall"):
    """Seconds per call, measured as bench_ufunc.c does."""
    f, args, kwargs = setup()
    timer = timeit.Timer("f(*args, **kwargs)",
                         timer=time.perf_counter if clock == "wall"
                         else time.process_time,
                         globals={"f": f, "args": args, "kwargs": kwargs})
    timer.timeit(1)  # warm-up: touches `out`
    number = 1
    while True:
        t = timer.timeit(number)
        if t >= BATCH_SECONDS:
            break
        number *= 10 if t < BATCH_SECONDS / 10 else 2
    samples = []
    total = 0.0
    while len(samples) < MAX_SAMPLES:
        t = timer.timeit(number)
        samples.append(t / number)
        total += t
        if len(samples) >= MIN_SAMPLES and total >= min_time:
            break
    samples.sort()
    return samples[len(samples) // 2] if median else samples[0]


# --- building the C program -------------------------------------------------

def run(cmd, **kw):
    print("+ " + " ".join(shlex.quote(str(c)) for c in cmd), file=sys.stderr)
    return subprocess.run(cmd, check=True, **kw)


def newest_mtime(directory, pattern="*"):
    return max((p.stat().st_mtime for p in directory.rglob(pattern)
                if p.is_file()), default=0.0)


def local_library(args):
    """The build tree's library directory, built first if needed."""
    if args.lib_dir:
        lib_dir = Path(args.lib_dir).resolve()
    else:
        target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
        if not target.is_absolute():
            target = ROOT / target
        lib_dir = target / "release"
    lib = lib_dir / "libndc.so"
    stale = (not lib.exists()
             or lib.stat().st_mtime < newest_mtime(ROOT / "src", "*.rs"))
    if stale and not args.no_build:
        env = dict(os.environ)
        if not args.lib_dir:
            env.setdefault("CARGO_TARGET_DIR", str(lib_dir.parent))
        run(["cargo", "build", "--release"], cwd=ROOT, env=env)
    elif stale and lib.exists():
        print(f"note: {lib} is older than src/ (--no-build given)",
              file=sys.stderr)
    if not lib.exists():
        sys.exit(f"error: {lib} not found; run cargo build --release")
    # The program records the soname; the build tree has only libndc.so.
    link = lib_dir / soname(lib)
    if link.name != lib.name and not link.exists():
        link.symlink_to(lib.name)
    return lib_dir


def build_program(args):
    """Path of the compiled bench_ufunc, (re)built when needed."""
    pkg = None
    if not args.local:
        try:
            pkg = subprocess.run(["pkg-config", "--cflags", "--libs", "ndc"],
                                 capture_output=True, text=True)
        except OSError:
            pkg = None
    if pkg is not None and pkg.returncode == 0:
        libdir = subprocess.run(["pkg-config", "--variable=libdir", "ndc"],
                                capture_output=True, text=True).stdout.strip()
        flags = shlex.split(pkg.stdout)
        if libdir:
            flags.append(f"-Wl,-rpath,{libdir}")
        deps = [SOURCE]
        out_dir = ROOT / "target" / "bench-c"
        where = f"installed ndc (pkg-config, {libdir or 'default path'})"
    else:
        lib_dir = local_library(args)
        flags = [f"-I{HEADER.parent}", f"-L{lib_dir}", "-lndc",
                 f"-Wl,-rpath,{lib_dir}"]
        deps = [SOURCE, HEADER, lib_dir / "libndc.so"]
        out_dir = lib_dir.parent / "bench-c"
        where = f"build tree ({lib_dir})"
    out_dir.mkdir(parents=True, exist_ok=True)
    exe = out_dir / "bench_ufunc"
    cmd = ["gcc", "-O2", "-std=c11", "-Wall", "-Wextra", str(SOURCE),
           "-o", str(exe)] + flags + ["-lm"]
    stamp = out_dir / "bench_ufunc.cmd"
    fresh = (exe.exists() and stamp.exists()
             and stamp.read_text() == " ".join(cmd)
             and all(exe.stat().st_mtime >= d.stat().st_mtime for d in deps))
    if not fresh:
        run(cmd)
        stamp.write_text(" ".join(cmd))
    return exe, where


def run_program(exe, threads, args):
    env = dict(os.environ, NDC_NUM_THREADS=str(threads))
    cmd = [str(exe), "--min-time", str(args.min_time), "--clock", args.clock]
    if args.median:
        cmd.append("--median")
    cmd += args.cases
    p = subprocess.run(cmd, env=env, capture_output=True, text=True,
                       timeout=600)
    times, info = {}, ""
    for line in p.stdout.splitlines():
        parts = line.split()
        if len(parts) >= 2:
            times[parts[0]] = float(parts[1])
    for line in p.stderr.splitlines():
        if line.startswith("ndc "):
            info = line
            m = re.search(r"(\d+) thread", line)
            if m and int(m.group(1)) != threads:
                print(f"warning: NDC_NUM_THREADS={threads} but ndc reports "
                      f"{m.group(1)} thread(s)", file=sys.stderr)
        else:
            print(f"[ndc {threads} thread(s)] {line}", file=sys.stderr)
    if p.returncode < 0:
        print(f"[ndc {threads} thread(s)] bench_ufunc died of signal "
              f"{-p.returncode} after {len(times)} case(s)", file=sys.stderr)
    return times, info


# --- report -----------------------------------------------------------------

def cpu_model():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def numpy_simd():
    try:
        from numpy._core._multiarray_umath import (
            __cpu_baseline__, __cpu_dispatch__, __cpu_features__)
    except ImportError:
        return "unknown"
    found = [f for f in __cpu_dispatch__ if __cpu_features__.get(f)]
    return (f"baseline {' '.join(__cpu_baseline__)}, "
            f"dispatched {' '.join(found) or 'none'}")


def best(old, new):
    """The better of two times; a failure (NaN) stays a failure."""
    if old is None:
        return new
    if math.isnan(old) or math.isnan(new):
        return math.nan
    return min(old, new)


def fmt_time(t):
    if t is None or math.isnan(t):
        return "failed"
    for unit, scale in (("s", 1.0), ("ms", 1e-3), ("us", 1e-6)):
        if t >= scale:
            return f"{t / scale:.3g} {unit}"
    return f"{t / 1e-9:.3g} ns"


def fmt_ratio(num, den):
    if num is None or den is None or math.isnan(num) or math.isnan(den) \
            or den <= 0:
        return "-"
    return f"{num / den:.2f}"


def main():
    ap = argparse.ArgumentParser(
        description="Time ufunc cases in NumPy and ndc side by side.")
    ap.add_argument("cases", nargs="*",
                    help="run only cases whose names start with these")
    ap.add_argument("--threads", default="1,2",
                    help="ndc thread counts, comma separated (default 1,2)")
    ap.add_argument("--min-time", type=float, default=0.2,
                    help="seconds of batches per case (default 0.2)")
    ap.add_argument("--median", action="store_true",
                    help="report median batches instead of the best")
    ap.add_argument("--clock", choices=("wall", "cpu"), default="wall",
                    help="wall time (default) or process CPU time, which "
                         "a busy machine disturbs less; CPU time sums "
                         "ndc's threads, so it measures work, not speed, "
                         "above 1 thread")
    ap.add_argument("--rounds", type=int, default=2,
                    help="alternating NumPy/ndc rounds, best kept "
                         "(default 2)")
    ap.add_argument("--local", action="store_true",
                    help="use the build tree even if ndc is installed")
    ap.add_argument("--lib-dir", help="directory holding libndc.so")
    ap.add_argument("--no-build", action="store_true",
                    help="never run cargo build")
    args = ap.parse_args()
    thread_counts = [int(t) for t in args.threads.split(",") if t.strip()]

    exe, where = build_program(args)

    cases = [(n, s) for n, s in case_list()
             if not args.cases or any(n.startswith(p) for p in args.cases)]
    load_start = os.getloadavg()[0]
    # Rounds alternate NumPy and ndc so that a change of load on the
    # machine hits both; each case keeps its best time over the rounds.
    np_times = {}
    nd_times = [{} for _ in thread_counts]
    infos = [""] * len(thread_counts)
    for r in range(args.rounds):
        print(f"round {r + 1}/{args.rounds}: numpy, {len(cases)} case(s)",
              file=sys.stderr)
        for name, setup in cases:
            t = time_numpy(setup, args.min_time, args.median, args.clock)
            np_times[name] = best(np_times.get(name), t)
        for k, threads in enumerate(thread_counts):
            print(f"round {r + 1}/{args.rounds}: ndc, {threads} thread(s)",
                  file=sys.stderr)
            times, infos[k] = run_program(exe, threads, args)
            for name, _ in cases:
                nd_times[k][name] = best(nd_times[k].get(name),
                                         times.get(name, math.nan))
    load_end = os.getloadavg()[0]

    print(f"NumPy {np.__version__} (Python {platform.python_version()}; "
          f"SIMD {numpy_simd()})")
    print(f"ndc   {infos[0].split(',')[0][4:] if infos and infos[0] else '?'}"
          f" from the {where}")
    print(f"CPU   {cpu_model()} ({os.cpu_count()} logical cores; 1-minute "
          f"load average {load_start:.2f} at start, {load_end:.2f} at end)")
    print(f"{'Wall' if args.clock == 'wall' else 'CPU'} time per call: "
          f"{'median' if args.median else 'best'} of batches "
          f"over >= {args.min_time:g} s per case, best of {args.rounds} "
          f"round(s); ratio = numpy / ndc (> 1: ndc faster)")
    print()

    header = ["case", "numpy"]
    for t in thread_counts:
        header += [f"ndc {t}T", f"ratio {t}T"]
    rows = []
    for name, _ in cases:
        row = [name, fmt_time(np_times[name])]
        for times in nd_times:
            row += [fmt_time(times.get(name)),
                    fmt_ratio(np_times[name], times.get(name))]
        rows.append(row)
    widths = [max(len(r[i]) for r in rows + [header])
              for i in range(len(header))]

    def line(cells):
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                         for i, (c, w) in enumerate(zip(cells, widths)))
    print(line(header))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print(line(r))

    # Geometric mean of the ratios per thread count.
    summary = ["geometric mean", ""]
    for times in nd_times:
        logs = [math.log(np_times[n] / times[n]) for n, _ in cases
                if n in times and times[n] > 0 and not math.isnan(times[n])]
        summary += ["", f"{math.exp(sum(logs) / len(logs)):.2f}"
                    if logs else "-"]
    print("  ".join("-" * w for w in widths))
    print(line(summary))

    missing = [n for n, _ in cases
               if any(n not in t or math.isnan(t[n]) for t in nd_times)]
    if missing:
        print(f"\nndc failed or did not run: {', '.join(missing)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
