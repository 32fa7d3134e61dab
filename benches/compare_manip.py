#!/usr/bin/env python3
"""Side-by-side timings of view and shape operations and of the copies that
join, pad and rearrange arrays: NumPy and ndc (through ctypes on the built
libndc.so) in one run, printing numpy/ndc ratios (above 1: ndc faster).

    python3 benches/compare_manip.py [--repeat N]

Each time is the best of N runs (5 by default) of one call, results
released. View operations (a[::2, 1:], a.T, reshape of a 1e8-element
array) touch no data: they are timed over 10000 calls each, with the cost
of an empty ctypes call (ndc_array_release(NULL)) shown, and again from C
(benches/c/bench_manip_views.c, built with gcc) for ndc's own time per
call. Library: the build tree's
target/release (or $CARGO_TARGET_DIR/release); run `cargo build --release`
first.
"""

import argparse
import ctypes
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
TARGET = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
LIB = ctypes.CDLL(str(TARGET / "release" / "libndc.so"))
P = ctypes.c_void_p
I64 = ctypes.c_int64
CODES = {np.dtype(np.float64): 13, np.dtype(np.float32): 12, np.dtype(np.uint8): 6,
         np.dtype(np.int64): 5}


def nd(x):
    """An ndc copy of the NumPy array x."""
    o = P()
    sh = (I64 * x.ndim)(*x.shape)
    assert LIB.ndc_array_from_data(x.ctypes.data_as(P), CODES[x.dtype], x.ndim, sh, None,
                                   ctypes.byref(o)) == 0
    return o


def call(fn, *args):
    o = P()
    st = fn(*args, ctypes.byref(o))
    assert st == 0, LIB.ndc_last_error_message and ctypes.string_at(
        ctypes.cast(LIB.ndc_last_error_message(), P))
    return o


LIB.ndc_last_error_message.restype = P


def best(f, repeat, number=1):
    t = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _ in range(number):
            f()
        t = min(t, (time.perf_counter() - t0) / number)
    return t


def release(o):
    LIB.ndc_array_release(o)


def row(name, tn, tc):
    unit, scale = ("us", 1e6) if tn < 1e-3 else ("ms", 1e3)
    print(f"{name:<42} {tn * scale:10.3f} {tc * scale:10.3f} {unit}   {tn / tc:6.2f}x")


def main():
    ap = argparse.ArgumentParser()
    # Best of 15: first touches of fresh memory vary by up to 5x between calls
    # on a virtual machine, and most cases here allocate large outputs.
    ap.add_argument("--repeat", type=int, default=15)
    rep = ap.parse_args().repeat
    print(f"{'case':<42} {'numpy':>10} {'ndc':>10}      numpy/ndc")

    # View operations on a 1e8-element array.
    big = np.zeros(10**8, dtype=np.uint8).reshape(10**4, 10**4)
    hb = nd(big)
    n = 10000
    empty = best(lambda: LIB.ndc_array_release(None), rep, n)
    s = ctypes.c_char_p(b"::2, 1:")

    def nd_slice():
        release(call(LIB.ndc_getitem, hb, s, 0, None))

    row("a[::2, 1:] of 1e8 (view)", best(lambda: big[::2, 1:], rep, n), best(nd_slice, rep, n))
    row("a.T of 1e8 (view)", best(lambda: big.T, rep, n),
        best(lambda: release(call(LIB.ndc_transpose, hb, 0, None)), rep, n))
    shp = (I64 * 2)(10**6, 100)
    row("reshape 1e8 -> (1e6, 100) (view)", best(lambda: big.reshape(10**6, 100), rep, n),
        best(lambda: release(call(LIB.ndc_reshape, hb, 2, shp, 0)), rep, n))
    print(f"{'  (an empty ctypes call costs':<42} {empty * 1e6:10.3f} us)")
    release(hb)
    del big
    # The same calls from C, without ctypes: ndc's own time per call.
    sys.path.insert(0, str(ROOT / "benches"))
    from cbench import program
    exe = program("bench_manip_views", build=False)
    for line in subprocess.run([str(exe)], check=True, capture_output=True,
                               text=True).stdout.split("\n"):
        if line:
            name, ns = line.split()
            print(f"{'  from C: ' + name + ' + release':<42} {'':>10} {float(ns) / 1e3:10.3f} us")

    # Transposed copies.
    for dt in (np.float64, np.float32):
        a = np.random.default_rng(0).random((4096, 4096)).astype(dt)
        h = nd(a)
        t = call(LIB.ndc_transpose, h, 0, None)
        row(f"ascontiguousarray(a.T) 4096^2 {np.dtype(dt).name}",
            best(lambda: np.ascontiguousarray(a.T), rep),
            best(lambda: release(call(LIB.ndc_ascontiguousarray, t)), rep))
        release(t)
        release(h)
        del a

    x = np.random.default_rng(1).random(10**7)
    hx = nd(x)
    pair = (P * 2)(hx, hx)
    row("concatenate([x, x]) 1e7 f64", best(lambda: np.concatenate([x, x]), rep),
        best(lambda: release(call(LIB.ndc_concatenate, 2, pair, 0)), rep))
    row("stack([x, x]) 1e7 f64", best(lambda: np.stack([x, x]), rep),
        best(lambda: release(call(LIB.ndc_stack, 2, pair, 0)), rep))
    w = np.array([10, 10], dtype=np.int64)
    hw = nd(w)
    for mode in (b"constant", b"reflect"):
        row(f"pad(x, 10, {mode.decode()}) 1e7 f64",
            best(lambda: np.pad(x, 10, mode=mode.decode()), rep),
            best(lambda: release(call(LIB.ndc_pad, hx, hw, ctypes.c_char_p(mode), None)), rep))
    r2 = (I64 * 1)(2)
    row("repeat(x, 2) 1e7 f64", best(lambda: np.repeat(x, 2), rep),
        best(lambda: release(call(LIB.ndc_repeat, hx, 1, r2, I64(0))), rep))
    row("tile(x, 2) 1e7 f64", best(lambda: np.tile(x, 2), rep),
        best(lambda: release(call(LIB.ndc_tile, hx, 1, r2)), rep))
    s3 = (I64 * 1)(3)
    row("roll(x, 3) 1e7 f64", best(lambda: np.roll(x, 3), rep),
        best(lambda: release(call(LIB.ndc_roll, hx, 1, s3, 0, None)), rep))
    release(hw)
    release(hx)


if __name__ == "__main__":
    main()
