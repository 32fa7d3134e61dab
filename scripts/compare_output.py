#!/usr/bin/env python3
"""Compares a program's output with the expected text line by line.

Text must match exactly up to runs of spaces; numbers (including the
parts of complex numbers) must agree within a relative 1e-6 (absolute
1e-9), since the expected text comes from NumPy on another BLAS/LAPACK
build and floating results may differ in the last printed digit.

Usage: compare_output.py EXPECTED ACTUAL   (exit status 1 on a mismatch)
"""
import re
import sys

NUM = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|[-+]?(?:nan|inf)\b")


def split(line):
    nums = NUM.findall(line)
    text = " ".join(NUM.sub("#", line).split())
    return text, nums


def same_number(a, b):
    x, y = float(a), float(b)
    if x != x or y != y:
        return x != x and y != y
    return abs(x - y) <= 1e-9 + 1e-6 * max(abs(x), abs(y))


def main():
    expected = open(sys.argv[1]).read().splitlines()
    actual = open(sys.argv[2]).read().splitlines()
    bad = 0
    for i in range(max(len(expected), len(actual))):
        e = expected[i] if i < len(expected) else "<missing>"
        a = actual[i] if i < len(actual) else "<missing>"
        if e == a:
            continue
        (et, en), (at, an) = split(e), split(a)
        if et == at and len(en) == len(an) and all(map(same_number, en, an)):
            continue
        bad += 1
        if bad <= 20:
            print(f"line {i + 1}:\n  expected: {e}\n  actual:   {a}")
    print(f"{len(expected)} expected lines, {bad} differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
