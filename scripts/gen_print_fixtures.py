#!/usr/bin/env python3
"""Generate tests/fixtures/print.json: NumPy's repr() and str() of arrays.

Each case stores the dtype name, the shape, the C-contiguous element bytes
as hex (lossless, native little-endian), the print options in force and
NumPy's repr and str. Run from the repository root:

    python3 scripts/gen_print_fixtures.py
"""

import json
import os
import warnings

import ml_dtypes
import numpy as np

DTYPES = {
    "bool": np.bool_,
    "int8": np.int8,
    "int16": np.int16,
    "int32": np.int32,
    "int64": np.int64,
    "uint8": np.uint8,
    "uint16": np.uint16,
    "uint32": np.uint32,
    "uint64": np.uint64,
    "float16": np.float16,
    "bfloat16": ml_dtypes.bfloat16,
    "float32": np.float32,
    "float64": np.float64,
    "complex64": np.complex64,
    "complex128": np.complex128,
}
INTS = [n for n in DTYPES if n.startswith(("int", "uint"))]
FLOATS = ["float16", "bfloat16", "float32", "float64"]
COMPLEX = ["complex64", "complex128"]

# Casting out-of-range values (to float16, say) is intended here.
warnings.filterwarnings("ignore", category=RuntimeWarning)

DEFAULTS = dict(precision=8, threshold=1000, edgeitems=3, linewidth=75, suppress=False)

cases = []


def add(name, arr, **opts):
    options = dict(DEFAULTS, **opts)
    arr = np.ascontiguousarray(arr)
    with np.printoptions(**options):
        r, s = repr(arr), str(arr)
    cases.append(
        {
            "name": name,
            "dtype": [k for k, v in DTYPES.items() if np.dtype(v) == arr.dtype][0],
            "shape": list(arr.shape),
            "data": arr.tobytes().hex(),
            "options": options,
            "repr": r,
            "str": s,
        }
    )


def cast(values, dt):
    with np.errstate(all="ignore"):
        return np.asarray(values).astype(DTYPES[dt])


def float_samples(rng):
    """Float value sets at many magnitudes."""
    return {
        "small_ints": [0.0, 1.0, 2.0, -3.0, 10.0],
        "halves": [0.5, 1.5, -2.25, 100.125],
        "thirds": [1 / 3, 2 / 3, -1 / 7, 22 / 7],
        "tiny": rng.uniform(-1, 1, 6) * 1e-7,
        "huge": rng.uniform(-1, 1, 6) * 1e12,
        "mixed": [1e-5, 1.0, 1e5, -3.5e2, 12345.678],
        "ratio": [1.0, 999.0, 1001.0],
        "unit": rng.uniform(0, 1, 8),
        "normal": rng.normal(0, 10, 10),
        "neg": -rng.uniform(0, 100, 7),
        "long_digits": [np.pi, np.e, 123456.7891234, 0.1234567891],
        "specials": [np.nan, np.inf, -np.inf, -0.0, 1.5],
        "only_nan": [np.nan, np.nan],
        "only_inf": [np.inf, -np.inf],
        "nan_and_ints": [np.nan, 1.0, 2.0],
        "zeros": [0.0, 0.0, -0.0],
        "exp_big": [1e8, 2.5e9, 1.0],
        "exp_small": [1e-9, 3e-12, 5e-20],
        "exp_huge_exp": [1e200, 1e-200, 1.0],
        "round_up": [0.999999999, 9.9999999999, 99999.999999],
        "subnormal": [5e-324, 1e-310, 2.2e-308],
        "near_cutoff": [9.99e-5, 1e-4, 0.00011, 999.0, 1000.0, 1e6, 1e8 - 1],
        "powers": [2.0**-10, 2.0**-20, 2.0**10, 2.0**20],
        "int_like": [1e3, 2e4, 3e5, 4e6, 5e7],
    }


def main():
    rng = np.random.default_rng(12345)

    # Every dtype: simple vectors, 0-d, empties, 2-d.
    for dt in DTYPES:
        base = [0, 1, 2, 3, 4, 5, 6, 7] if dt != "bool" else [True, False, True]
        add(f"{dt}_vec", cast(base, dt))
        add(f"{dt}_0d", cast(1, dt).reshape(()))
        add(f"{dt}_0d_zero", cast(0, dt).reshape(()))
        for shape in [(0,), (0, 3), (2, 0, 4)]:
            add(f"{dt}_empty_{shape}", np.zeros(shape, DTYPES[dt]))
        add(f"{dt}_2d", cast(np.arange(12).reshape(3, 4) % 5, dt))
        add(f"{dt}_3d", cast(np.arange(24).reshape(2, 3, 4) % 7, dt))
        add(f"{dt}_4d", cast(np.arange(48).reshape(2, 2, 3, 4) % 9, dt))
        add(f"{dt}_long_row", cast(np.arange(60) % 17, dt))
        add(f"{dt}_summary_2000", cast(np.arange(2000) % 97, dt))
        add(f"{dt}_summary_30x40", cast(np.arange(1200).reshape(30, 40) % 13, dt))

    # Integers: extremes and random values.
    for dt in INTS:
        info = np.iinfo(DTYPES[dt])
        add(f"{dt}_minmax", np.array([info.min, info.max, 0], dtype=DTYPES[dt]))
        add(f"{dt}_0d_min", np.array(info.min, dtype=DTYPES[dt]))
        add(f"{dt}_0d_max", np.array(info.max, dtype=DTYPES[dt]))
        lo, hi = max(info.min, -(10**6)), min(info.max, 10**6)
        vals = rng.integers(lo, hi, size=(6, 9), endpoint=True).astype(DTYPES[dt])
        add(f"{dt}_random_2d", vals)
        vals = rng.integers(info.min, info.max, size=40, endpoint=True, dtype=DTYPES[dt])
        add(f"{dt}_random_full", vals)

    # Bools.
    add("bool_mix", rng.random(25) > 0.5)
    add("bool_all_false", np.zeros(5, bool))
    add("bool_0d_false", np.array(False))
    add("bool_2d", (rng.random((4, 6)) > 0.3))
    add("bool_wrap", rng.random(40) > 0.5)

    # Floats at many magnitudes, for every float dtype.
    for dt in FLOATS:
        for name, vals in float_samples(rng).items():
            add(f"{dt}_{name}", cast(vals, dt))
        for scale in [1e-30, 1e-6, 1e-3, 1.0, 1e3, 1e7, 1e30]:
            add(f"{dt}_rand_{scale:g}", cast(rng.normal(0, 1, 7) * scale, dt))
        add(f"{dt}_rand_2d", cast(rng.normal(0, 50, (5, 6)), dt))
        add(f"{dt}_rand_3d", cast(rng.uniform(-1, 1, (2, 3, 4)), dt))
        add(f"{dt}_wrap", cast(rng.uniform(0, 1000, 30), dt))
        add(f"{dt}_wrap_exp", cast(rng.uniform(0, 1, 30) * 1e-6, dt))
        add(f"{dt}_summary_1001", cast(rng.normal(0, 1, 1001), dt))
        add(f"{dt}_summary_5x300", cast(rng.normal(0, 1, (5, 300)), dt))
        add(f"{dt}_summary_mixed", cast(rng.normal(0, 1, 2000) * 10.0 ** rng.integers(-8, 8, 2000), dt))
        for v in [1.0, -2.5, 1 / 3, 1e-5, 1e20, np.nan, -np.inf, -0.0, 123456789.0, 1e16, 1e15, 0.0001]:
            add(f"{dt}_0d_{v!r}", cast(v, dt).reshape(()))
    for dt in ["float16"]:
        bits = rng.integers(0, 0x7C00, 40, dtype=np.uint16)
        add("float16_random_bits", bits.view(np.float16))
        add("float16_subnormals", np.array([2**-24, 2**-20, 6e-5, 1.0], np.float16))
        add("float16_max", np.array([65504.0, -65504.0, 1.0], np.float16))
    bits = rng.integers(0, 0x7F80, 40, dtype=np.uint16)
    add("bfloat16_random_bits", bits.view(ml_dtypes.bfloat16))
    bits = rng.integers(0, 0x7F800000, 40, dtype=np.uint32)
    add("float32_random_bits", bits.view(np.float32))
    add("float32_random_bits_2d", rng.integers(0x30000000, 0x50000000, 24, dtype=np.uint32).view(np.float32).reshape(4, 6))
    bits = rng.integers(0, 0x7FF0000000000000, 40, dtype=np.uint64)
    add("float64_random_bits", bits.view(np.float64))
    add("float64_random_bits_2d", rng.integers(0x3E00000000000000, 0x4200000000000000, 24, dtype=np.uint64).view(np.float64).reshape(4, 6))
    add("float32_subnormals", np.array([1e-45, 1e-40, 1.0], np.float32))
    add("float64_subnormal_only", np.array([5e-324, 1e-320]))
    add("float64_round_ties", np.array([0.125, 0.375, 2.5e-9, 1.000000005]))
    add("float64_eight_digits", np.array([1.23456789, 2.345678912, 0.000123456789]))
    add("float32_0d_third", np.array(1 / 3, np.float32))

    # Complex.
    for dt in COMPLEX:
        c = DTYPES[dt]
        add(f"{dt}_basic", np.array([1 + 2j, -3.5 - 0.25j, 0j, 1j], c))
        add(f"{dt}_random", (rng.normal(0, 1, 8) + 1j * rng.normal(0, 100, 8)).astype(c))
        add(f"{dt}_exp", (rng.normal(0, 1, 6) * 1e-6 + 1j * rng.normal(0, 1, 6) * 1e9).astype(c))
        add(f"{dt}_specials", np.array([complex(np.nan, 1), complex(1, np.inf), complex(-np.inf, -np.nan), complex(-0.0, -0.0), 2 + 0j], c))
        add(f"{dt}_2d", (rng.uniform(-5, 5, (3, 4)) + 1j * rng.uniform(-5, 5, (3, 4))).astype(c))
        add(f"{dt}_wrap", (rng.uniform(0, 10, 20) + 1j * rng.uniform(0, 10, 20)).astype(c))
        add(f"{dt}_summary", (rng.normal(0, 1, 1500) + 1j * rng.normal(0, 1, 1500)).astype(c))
        add(f"{dt}_int_like", np.array([1 + 1j, 2 - 2j, 30 + 0j], c))
        for v in [1 + 2j, 2j, -1j, complex(-0.0, 1), complex(1.5, -2.5), complex(np.nan, np.inf), complex(1e20, 1e-20), complex(0, np.nan), complex(-0.0, -0.0), 1 / 3 + 1j / 7]:
            add(f"{dt}_0d_{v!r}", np.array(v, c))

    # Wide rows and the dtype suffix placement.
    for n in range(60, 80, 2):
        add(f"int8_suffix_{n}", (np.arange(n // 4) * 3).astype(np.int8))
    for n in range(5, 15):
        add(f"float32_suffix_{n}", (np.arange(n) * 1.1).astype(np.float32))
    for n in range(8, 16):
        add(f"float64_row_{n}", np.arange(n) * 1.1)

    # Non-default options.
    for dt in ["float64", "float32", "complex128"]:
        c = DTYPES[dt]
        vals = (rng.normal(0, 1, 12) * np.array([1e-6, 1.0, 1e3] * 4)).astype(c)
        add(f"{dt}_precision3", vals, precision=3)
        add(f"{dt}_precision0", vals, precision=0)
        add(f"{dt}_precision12", vals, precision=12)
        add(f"{dt}_suppress", vals, suppress=True)
        add(f"{dt}_suppress_tiny", np.array([1e-10, 1.0, 2.5], c), suppress=True)
        add(f"{dt}_suppress_prec3", np.array([1e-4, 1.0, 1234.5678], c), suppress=True, precision=3)
        add(f"{dt}_linewidth40", vals.reshape(3, 4), linewidth=40)
        add(f"{dt}_linewidth10", vals[:5], linewidth=10)
        add(f"{dt}_threshold10", vals, threshold=10, edgeitems=2)
        add(f"{dt}_threshold10_2d", np.arange(30).reshape(5, 6).astype(c), threshold=10, edgeitems=2)
        add(f"{dt}_edge1", np.arange(40).reshape(8, 5).astype(c), threshold=10, edgeitems=1)
    for dt in ["int64", "int16", "bool", "float16", "bfloat16", "uint32"]:
        arr = cast(np.arange(50) % 11, dt)
        add(f"{dt}_linewidth40", arr, linewidth=40)
        add(f"{dt}_threshold10", arr.reshape(5, 10), threshold=10, edgeitems=2)
        add(f"{dt}_edge0", arr, threshold=10, edgeitems=0)
        add(f"{dt}_linewidth200", cast(np.arange(80), dt), linewidth=200)
    add("float64_4d_summary", rng.normal(0, 1, (4, 5, 6, 12)), threshold=100, edgeitems=2)
    add("float64_3d_summary", rng.normal(0, 1, (12, 12, 12)))
    add("float16_precision3", cast(rng.normal(0, 1, 10), "float16"), precision=3)
    add("float16_suppress", cast([1e-7, 1.0, 10.0], "float16"), suppress=True)

    # Exact ties between equally near shortest candidates, powers of two
    # (unequal gaps below and above) extended to more digits, and a sweep of
    # float16 bit patterns as 0-d arrays.
    for i in range(12):
        v = (rng.integers(2**20, 2**27, 6) + rng.choice([0.25, 0.5, 0.75], 6)).astype(np.float32)
        add(f"float32_ties_{i}", v)
        add(f"float32_ties_0d_{i}", v[0].reshape(()))
        w = rng.integers(2**50, 2**55, 6).astype(np.float64) + 0.5
        add(f"float64_ties_{i}", w)
    for k in list(range(-1074, 1024, 97)) + [-1022, -1, 0, 1, 52, 53]:
        add(f"float64_pow2_{k}", np.array([2.0**k, 1.2345678901e-5, 3.0]))
    for k in range(-149, 128, 23):
        add(f"float32_pow2_{k}", np.array([2.0**k, 1.2345678e-5, 3.0], np.float32))
    for k in range(-24, 16, 3):
        add(f"float16_pow2_{k}", np.array([2.0**k, 1.234e-3, 3.0], np.float16))
    halfs = np.arange(0, 65536, 997, dtype=np.uint32).astype(np.uint16).view(np.float16)
    for i, h in enumerate(halfs):
        add(f"float16_bits_0d_{i}", h.reshape(()))

    write(os.path.join(os.path.dirname(__file__), "..", "tests", "fixtures", "print.json"))


def random_values(rng, dt, size):
    """Random values of one of several kinds: raw bit patterns, mixed
    magnitudes, small integers, with occasional nan/inf/-0."""
    t = DTYPES[dt]
    if dt == "bool":
        return rng.random(size) > 0.5
    if dt in INTS:
        info = np.iinfo(t)
        hi = int(rng.choice([10, 1000, info.max]))
        lo = max(info.min, -hi)
        return rng.integers(lo, min(hi, info.max), size=size, endpoint=True, dtype=t)
    if dt in COMPLEX:
        part = "float32" if dt == "complex64" else "float64"
        return random_values(rng, part, size) + 1j * random_values(rng, part, size)
    how = rng.integers(0, 4)
    if how == 0:
        width = {"float16": 16, "bfloat16": 16, "float32": 32, "float64": 64}[dt]
        bits = rng.integers(0, 2**width, size=size, dtype=np.uint64).astype(f"u{width // 8}")
        vals = bits.view(t)
    elif how == 1:
        scale = 10.0 ** rng.integers(-12, 12)
        vals = cast(rng.normal(0, 1, size) * scale, dt)
    elif how == 2:
        vals = cast(rng.integers(-1000, 1000, size) / float(rng.choice([1, 2, 4, 8, 10])), dt)
    else:
        vals = cast(rng.normal(0, 1, size) * 10.0 ** rng.integers(-6, 6, size), dt)
    vals = np.array(vals)
    if rng.random() < 0.2 and size:
        flat = vals.reshape(-1)
        flat[rng.integers(0, size)] = cast(rng.choice([np.nan, np.inf, -np.inf, -0.0]), dt)
    return vals


def stress(n, seed):
    """n random cases (not committed; for local checking)."""
    rng = np.random.default_rng(seed)
    for i in range(n):
        dt = str(rng.choice(list(DTYPES)))
        ndim = int(rng.integers(0, 4))
        shape = tuple(int(x) for x in rng.integers(1, 9 if ndim > 1 else 40, ndim))
        size = int(np.prod(shape)) if shape else 1
        vals = np.asarray(random_values(rng, dt, size)).astype(DTYPES[dt]).reshape(shape)
        opts = {}
        if rng.random() < 0.5:
            opts = dict(
                precision=int(rng.integers(0, 17)),
                linewidth=int(rng.integers(10, 120)),
                suppress=bool(rng.random() < 0.5),
                threshold=int(rng.integers(5, 100)),
                edgeitems=int(rng.integers(0, 4)),
            )
        add(f"stress_{i}", vals, **opts)


def write(out):
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "w") as f:
        json.dump({"numpy": np.__version__, "ml_dtypes": ml_dtypes.__version__, "cases": cases}, f, indent=0)
    print(f"{len(cases)} cases -> {os.path.normpath(out)} ({os.path.getsize(out)} bytes)")


if __name__ == "__main__":
    import sys

    if len(sys.argv) == 4 and sys.argv[1] == "--stress":
        # --stress N OUT: random cases into OUT instead of the fixture.
        stress(int(sys.argv[2]), 7)
        write(sys.argv[3])
    else:
        main()
