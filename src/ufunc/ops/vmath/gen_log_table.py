#!/usr/bin/env python3
"""Prints the float64 log table of log.rs (`LOG_TAB`).

Cell i (0..128) holds the z = 2^-k x in [0.6875, 1.375) whose bit pattern
minus that of 0.6875 has i in its top 7 mantissa bits. For each cell,
invc is a double near 1/c (c the cell centre; c = 1 exactly for the two
cells next to 1) chosen so that logc = -log(invc) is within 2^-8 ULP of
a double: the stored logc is then accurate to about 2^-61 relative.
"""
import struct
from decimal import Decimal, getcontext

getcontext().prec = 60
OFF = 0x3FE6000000000000


def f(bits):
    return struct.unpack("<d", struct.pack("<Q", bits))[0]


def b(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def ulp(x):
    return f(b(abs(x)) + 1) - abs(x)


for i in range(128):
    lo, hi = f(OFF + (i << 45)), f(OFF + ((i + 1) << 45))
    if i in (79, 80):
        print(f"    (1.0, 0.0), // {i}")
        continue
    c = (lo + hi) / 2
    base = b(1.0 / c)
    for j in range(100000):
        cand = f(base + (j // 2 if j % 2 == 0 else -(j // 2 + 1)))
        lg = -Decimal(cand).ln()
        d = float(lg)
        err = abs(lg - Decimal(d)) / Decimal(ulp(d))
        if err < Decimal(2) ** -8:
            break
    print(f"    ({cand!r}, {d!r}), // {i}")
