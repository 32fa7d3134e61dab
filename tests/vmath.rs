//! Accuracy of the vectorizable math functions (`ufunc::ops::vmath`)
//! against the C library, on random arguments spread over the whole domain
//! (uniform bit patterns, uniform value ranges, overflow and underflow
//! thresholds, subnormals, neighbourhoods of multiples of ln2 and pi/2, huge
//! trigonometric arguments) and on the special values. Every slice function
//! (SIMD-dispatched, with FMA where the CPU has it) and its per-element
//! version (the baseline form, without FMA) must be within the stated ULPs
//! of the C library, and may differ from each other by as much (1 ULP but
//! for tanh). Run with
//! `--nocapture` to see the maximum errors.

use ndc::ufunc::ops::libm;
use ndc::ufunc::ops::vmath;

/// SplitMix64.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E3779B97F4A7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58476D1CE4E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D049BB133111EB);
        z ^ (z >> 31)
    }
    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 * (1.0 / 9007199254740992.0)
    }
    fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.unit()
    }
}

/// Number of random arguments per group (fewer in unoptimized builds).
fn count() -> usize {
    if cfg!(debug_assertions) {
        20_000
    } else {
        400_000
    }
}

fn ord64(x: f64) -> i128 {
    let b = x.to_bits();
    if b >> 63 == 1 {
        -((b & !(1 << 63)) as i128)
    } else {
        b as i128
    }
}

fn ord32(x: f32) -> i128 {
    let b = x.to_bits();
    if b >> 31 == 1 {
        -((b & !(1 << 31)) as i128)
    } else {
        b as i128
    }
}

/// Distance in ULPs; NaN matches only NaN.
fn ulps64(a: f64, b: f64) -> u64 {
    match (a.is_nan(), b.is_nan()) {
        (true, true) => 0,
        (false, false) => (ord64(a) - ord64(b)).unsigned_abs() as u64,
        _ => u64::MAX,
    }
}

fn ulps32(a: f32, b: f32) -> u64 {
    match (a.is_nan(), b.is_nan()) {
        (true, true) => 0,
        (false, false) => (ord32(a) - ord32(b)).unsigned_abs() as u64,
        _ => u64::MAX,
    }
}

type Slice64 = fn(&[f64], &mut [f64]);
type Slice32 = fn(&[f32], &mut [f32]);

/// The in-place form of a float64 slice function.
fn inplace64(name: &str) -> fn(&mut [f64]) {
    match name {
        "exp" => vmath::exp_f64_inplace,
        "exp2" => vmath::exp2_f64_inplace,
        "log" => vmath::log_f64_inplace,
        "sin" => vmath::sin_f64_inplace,
        "cos" => vmath::cos_f64_inplace,
        "tanh" => vmath::tanh_f64_inplace,
        _ => unreachable!(),
    }
}

/// The in-place form of a float32 slice function.
fn inplace32(name: &str) -> fn(&mut [f32]) {
    match name {
        "exp" => vmath::exp_f32_inplace,
        "exp2" => vmath::exp2_f32_inplace,
        "log" => vmath::log_f32_inplace,
        "sin" => vmath::sin_f32_inplace,
        "cos" => vmath::cos_f32_inplace,
        "tanh" => vmath::tanh_f32_inplace,
        _ => unreachable!(),
    }
}

/// Defines `$check(name, xs, ours, one, cref)` (1 ULP) and `$check_tol(...,
/// tol)` for one float type: the slice function `ours` and the per-element
/// `one` must be within `tol` ULPs of the C library's `cref` and of each
/// other, and the in-place form must give the slice function's
/// bits; they return the maximum error.
macro_rules! checkers {
    ($check:ident, $check_tol:ident, $t:ty, $slice:ty, $ulps:ident, $inplace:ident, $suffix:literal) => {
        fn $check(
            name: &str,
            xs: &[$t],
            ours: $slice,
            one: fn($t) -> $t,
            cref: fn($t) -> $t,
        ) -> u64 {
            $check_tol(name, xs, ours, one, cref, 1)
        }

        fn $check_tol(
            name: &str,
            xs: &[$t],
            ours: $slice,
            one: fn($t) -> $t,
            cref: fn($t) -> $t,
            tol: u64,
        ) -> u64 {
            let mut out = vec![0.0; xs.len()];
            ours(xs, &mut out);
            let mut worst = (0u64, 0.0 as $t);
            for (&x, &y) in xs.iter().zip(&out) {
                let s = one(x);
                assert!(
                    $ulps(s, y) <= tol,
                    "{name}({x:e}): slice {y:e} vs element {s:e}"
                );
                let c = cref(x);
                let u = $ulps(y, c).max($ulps(s, c));
                if u > worst.0 {
                    worst = (u, x);
                }
            }
            assert!(
                worst.0 <= tol,
                "{name}{}: {} ULP at x = {:e} ({:#x})",
                $suffix,
                worst.0,
                worst.1,
                worst.1.to_bits()
            );
            // The in-place form agrees with the slice one.
            let mut buf = xs[..xs.len().min(1000)].to_vec();
            $inplace(name)(&mut buf);
            for (b, y) in buf.iter().zip(&out) {
                assert!(b.to_bits() == y.to_bits() || b.is_nan());
            }
            worst.0
        }
    };
}
checkers!(check64, check64_tol, f64, Slice64, ulps64, inplace64, "");
checkers!(check32, check32_tol, f32, Slice32, ulps32, inplace32, "f");

/// Special values: results must match the C library bit for bit (any NaN
/// for NaN).
fn specials64(name: &str, ours: Slice64, cref: fn(f64) -> f64) {
    let xs = [
        f64::NAN,
        -f64::NAN,
        // NaNs with payloads (quiet and signaling).
        f64::from_bits(0x7FF8_0000_0000_01FF),
        f64::from_bits(0xFFF0_0000_0000_0FFF),
        f64::INFINITY,
        f64::NEG_INFINITY,
        0.0,
        -0.0,
        1.0,
        -1.0,
        f64::MIN_POSITIVE,
        -f64::MIN_POSITIVE,
        f64::from_bits(1),
        -f64::from_bits(1),
        f64::MAX,
        f64::MIN,
        1e-300,
        -1e-300,
        709.782712893384,
        709.7827128933841,
        -708.3964185322641,
        -745.1332191019411,
        -745.1332191019412,
        1e-20,
        -1e-20,
        524288.0,
        524288.0000000001,
        -524288.0,
    ];
    let mut out = vec![0.0; xs.len()];
    ours(&xs, &mut out);
    for (&x, &y) in xs.iter().zip(&out) {
        let c = cref(x);
        assert!(
            (c.is_nan() && y.is_nan())
                || c.to_bits() == y.to_bits()
                || (ulps64(c, y) <= 1 && c != 0.0 && !c.is_infinite()),
            "{name}({x:e}) = {y:e}, C library {c:e}"
        );
    }
}

fn specials32(name: &str, ours: Slice32, cref: fn(f32) -> f32) {
    let xs = [
        f32::NAN,
        -f32::NAN,
        // NaNs with payloads (quiet and signaling).
        f32::from_bits(0x7FC0_01FF),
        f32::from_bits(0xFF80_0FFF),
        f32::INFINITY,
        f32::NEG_INFINITY,
        0.0,
        -0.0,
        1.0,
        -1.0,
        f32::MIN_POSITIVE,
        -f32::MIN_POSITIVE,
        f32::from_bits(1),
        -f32::from_bits(1),
        f32::MAX,
        f32::MIN,
        88.72283,
        88.72284,
        -87.33654,
        -103.97208,
        -103.97209,
        1e-30,
        -1e-30,
        524288.0,
        524288.06,
        -524288.0,
    ];
    let mut out = vec![0.0; xs.len()];
    ours(&xs, &mut out);
    for (&x, &y) in xs.iter().zip(&out) {
        let c = cref(x);
        assert!(
            (c.is_nan() && y.is_nan())
                || c.to_bits() == y.to_bits()
                || (ulps32(c, y) <= 1 && c != 0.0 && !c.is_infinite()),
            "{name}f({x:e}) = {y:e}, C library {c:e}"
        );
    }
}

/// Random float64 arguments: uniform bit patterns plus value ranges.
fn gen64(rng: &mut Rng, ranges: &[(f64, f64)], extra: &mut dyn FnMut(&mut Rng) -> f64) -> Vec<f64> {
    let n = count();
    let mut xs = Vec::with_capacity(n * (ranges.len() + 2));
    for _ in 0..n {
        xs.push(f64::from_bits(rng.next()));
    }
    for &(lo, hi) in ranges {
        for _ in 0..n {
            xs.push(rng.range(lo, hi));
        }
    }
    for _ in 0..n {
        xs.push(extra(rng));
    }
    xs
}

fn gen32(rng: &mut Rng, ranges: &[(f64, f64)], extra: &mut dyn FnMut(&mut Rng) -> f64) -> Vec<f32> {
    let n = count();
    let mut xs = Vec::with_capacity(n * (ranges.len() + 2));
    for _ in 0..n {
        xs.push(f32::from_bits(rng.next() as u32));
    }
    for &(lo, hi) in ranges {
        for _ in 0..n {
            xs.push(rng.range(lo, hi) as f32);
        }
    }
    for _ in 0..n {
        xs.push(extra(rng) as f32);
    }
    xs
}

/// `x` moved by `j` ULPs.
fn nudge(x: f64, j: i64) -> f64 {
    f64::from_bits((x.to_bits() as i64).wrapping_add(j) as u64)
}

/// Near `k c` for a random integer `|k| <= kmax`, a few ULPs either side.
fn near_multiple(rng: &mut Rng, c: f64, kmax: f64) -> f64 {
    let k = (rng.range(-kmax, kmax)).round();
    nudge(k * c, (rng.next() % 9) as i64 - 4)
}

fn c_exp(x: f64) -> f64 {
    unsafe { libm::exp(x) }
}
fn c_exp2(x: f64) -> f64 {
    unsafe { libm::exp2(x) }
}
fn c_exp2f(x: f32) -> f32 {
    unsafe { libm::exp2f(x) }
}
fn c_log(x: f64) -> f64 {
    unsafe { libm::log(x) }
}
fn c_sin(x: f64) -> f64 {
    unsafe { libm::sin(x) }
}
fn c_cos(x: f64) -> f64 {
    unsafe { libm::cos(x) }
}
fn c_tanh(x: f64) -> f64 {
    unsafe { libm::tanh(x) }
}
fn c_expf(x: f32) -> f32 {
    unsafe { libm::expf(x) }
}
fn c_logf(x: f32) -> f32 {
    unsafe { libm::logf(x) }
}
fn c_sinf(x: f32) -> f32 {
    unsafe { libm::sinf(x) }
}
fn c_cosf(x: f32) -> f32 {
    unsafe { libm::cosf(x) }
}
/// The C library's float32 tanh is off by up to 2 ULP; its float64 one,
/// rounded, is the correctly rounded result but for rare double roundings.
fn c_tanhf(x: f32) -> f32 {
    unsafe { libm::tanh(x as f64) as f32 }
}

const LN2: f64 = std::f64::consts::LN_2;
const PIO2: f64 = std::f64::consts::FRAC_PI_2;

#[test]
fn exp_accuracy() {
    let mut rng = Rng(1);
    let xs = gen64(
        &mut rng,
        &[
            (-750.0, 720.0),
            (-1.0, 1.0),
            (-1e-6, 1e-6),
            (705.0, 709.8),
            (-745.2, -700.0),
            (-40.0, 40.0),
        ],
        &mut |r| near_multiple(r, LN2, 1075.0),
    );
    let e = check64("exp", &xs, vmath::exp_f64, vmath::exp_f64_1, c_exp);
    specials64("exp", vmath::exp_f64, c_exp);
    let xs = gen32(
        &mut rng,
        &[
            (-110.0, 100.0),
            (-1.0, 1.0),
            (-1e-6, 1e-6),
            (85.0, 88.8),
            (-104.0, -85.0),
        ],
        &mut |r| near_multiple(r, LN2, 150.0),
    );
    let f = check32("exp", &xs, vmath::exp_f32, vmath::exp_f32_1, c_expf);
    specials32("exp", vmath::exp_f32, c_expf);
    println!("exp: max {e} ULP (f64), {f} ULP (f32)");
}

#[test]
fn exp2_accuracy() {
    let mut rng = Rng(7);
    let xs = gen64(
        &mut rng,
        &[
            (-1100.0, 1100.0),
            (-1.0, 1.0),
            (-1e-6, 1e-6),
            (1020.0, 1024.0),
            (-1075.5, -1020.0),
            (-60.0, 60.0),
        ],
        &mut |r| {
            nudge(
                (r.range(-1070.0, 1023.0)).round() + 0.5,
                (r.next() % 9) as i64 - 4,
            )
        },
    );
    let e = check64("exp2", &xs, vmath::exp2_f64, vmath::exp2_f64_1, c_exp2);
    specials64("exp2", vmath::exp2_f64, c_exp2);
    let xs = gen32(
        &mut rng,
        &[
            (-160.0, 140.0),
            (-1.0, 1.0),
            (-1e-6, 1e-6),
            (125.0, 128.0),
            (-150.0, -125.0),
        ],
        &mut |r| (r.range(-150.0, 127.0)).round() + 0.5,
    );
    let f = check32("exp2", &xs, vmath::exp2_f32, vmath::exp2_f32_1, c_exp2f);
    specials32("exp2", vmath::exp2_f32, c_exp2f);
    // Integers give exact powers; the overflow and underflow edges.
    let xs = [
        1024.0,
        1023.9999999999999,
        -1074.0,
        -1075.0,
        -1076.0,
        -1022.0,
        3.0,
        -3.0,
    ];
    let mut out = [0.0; 8];
    vmath::exp2_f64(&xs, &mut out);
    for (x, y) in xs.iter().zip(out) {
        assert_eq!(y.to_bits(), c_exp2(*x).to_bits(), "exp2({x})");
    }
    let xs = [
        128.0f32, 127.99999, -149.0, -150.0, -151.0, -126.0, 3.0, -3.0,
    ];
    let mut out = [0.0f32; 8];
    vmath::exp2_f32(&xs, &mut out);
    for (x, y) in xs.iter().zip(out) {
        assert_eq!(y.to_bits(), c_exp2f(*x).to_bits(), "exp2f({x})");
    }
    println!("exp2: max {e} ULP (f64), {f} ULP (f32)");
}

#[test]
fn log_accuracy() {
    let mut rng = Rng(2);
    let xs = gen64(
        &mut rng,
        &[
            (0.0, 1e-300),
            (0.5, 2.0),
            (0.999, 1.001),
            (0.0, 1e6),
            (0.70, 0.71),
            (1.41, 1.42),
        ],
        &mut |r| {
            // 1 +- tiny, and subnormals.
            if r.next() & 1 == 0 {
                1.0 + r.range(-1e-10, 1e-10)
            } else {
                f64::from_bits(r.next() >> 12)
            }
        },
    );
    let e = check64("log", &xs, vmath::log_f64, vmath::log_f64_1, c_log);
    specials64("log", vmath::log_f64, c_log);
    let xs = gen32(
        &mut rng,
        &[(0.5, 2.0), (0.999, 1.001), (0.0, 1e6), (0.0, 1e-37)],
        &mut |r| 1.0 + r.range(-1e-5, 1e-5),
    );
    let f = check32("log", &xs, vmath::log_f32, vmath::log_f32_1, c_logf);
    specials32("log", vmath::log_f32, c_logf);
    println!("log: max {e} ULP (f64), {f} ULP (f32)");
}

/// Slice function, per-element function and C library function.
type Fns64 = (Slice64, fn(f64) -> f64, fn(f64) -> f64);
type Fns32 = (Slice32, fn(f32) -> f32, fn(f32) -> f32);

fn trig(name: &str, (s64, o64, c64): Fns64, (s32, o32, c32): Fns32, seed: u64, tol32: u64) {
    let mut rng = Rng(seed);
    let xs = gen64(
        &mut rng,
        &[
            (-10.0, 10.0),
            (-1e5, 1e5),
            (-6e5, 6e5),
            (-1e300, 1e300),
            (-1e-3, 1e-3),
            (-1e20, 1e20),
        ],
        &mut |r| near_multiple(r, PIO2, 340_000.0),
    );
    let e = check64(name, &xs, s64, o64, c64);
    // Small multiples too (where the reduced argument is relatively tiny).
    let xs: Vec<f64> = (0..count())
        .map(|_| near_multiple(&mut rng, PIO2, 100.0))
        .collect();
    let e2 = check64(name, &xs, s64, o64, c64);
    specials64(name, s64, c64);
    let xs = gen32(
        &mut rng,
        &[
            (-10.0, 10.0),
            (-1e5, 1e5),
            (-6e5, 6e5),
            (-1e30, 1e30),
            (-1e-3, 1e-3),
        ],
        &mut |r| near_multiple(r, PIO2, 340_000.0),
    );
    let f = check32_tol(name, &xs, s32, o32, c32, tol32);
    specials32(name, s32, c32);
    println!("{name}: max {} ULP (f64), {f} ULP (f32)", e.max(e2));
}

#[test]
fn sin_accuracy() {
    trig(
        "sin",
        (vmath::sin_f64, vmath::sin_f64_1, c_sin),
        (vmath::sin_f32, vmath::sin_f32_1, c_sinf),
        3,
        2,
    );
}

#[test]
fn cos_accuracy() {
    trig(
        "cos",
        (vmath::cos_f64, vmath::cos_f64_1, c_cos),
        (vmath::cos_f32, vmath::cos_f32_1, c_cosf),
        4,
        1,
    );
}

#[test]
fn tanh_accuracy() {
    let mut rng = Rng(5);
    let xs = gen64(
        &mut rng,
        &[
            (-25.0, 25.0),
            (-1.0, 1.0),
            (0.24, 0.26),
            (-0.26, -0.24),
            (-1e-6, 1e-6),
            (18.0, 20.0),
        ],
        &mut |r| r.range(-3.0, 3.0),
    );
    // The C library's tanh is itself off by up to 2 ULP (glibc documents
    // 2 ULP), so the comparison allows 2 here.
    let e = check64_tol("tanh", &xs, vmath::tanh_f64, vmath::tanh_f64_1, c_tanh, 2);
    specials64("tanh", vmath::tanh_f64, c_tanh);
    let xs = gen32(
        &mut rng,
        &[(-12.0, 12.0), (-1.0, 1.0), (0.24, 0.26), (-1e-4, 1e-4)],
        &mut |r| r.range(-3.0, 3.0),
    );
    let f = check32_tol("tanh", &xs, vmath::tanh_f32, vmath::tanh_f32_1, c_tanhf, 2);
    specials32("tanh", vmath::tanh_f32, c_tanhf);
    println!("tanh: max {e} ULP (f64), {f} ULP (f32)");
}

/// The in-place and slice entry points agree on lengths that are not a
/// multiple of the block or vector length.
#[test]
fn odd_lengths() {
    let mut rng = Rng(6);
    for n in [0usize, 1, 3, 17, 255, 256, 257, 1000] {
        let xs: Vec<f64> = (0..n).map(|_| rng.range(-1e6, 1e6)).collect();
        let mut out = vec![0.0; n];
        vmath::sin_f64(&xs, &mut out);
        let mut buf = xs.clone();
        vmath::sin_f64_inplace(&mut buf);
        assert_eq!(out, buf);
        for (x, y) in xs.iter().zip(&out) {
            assert!(ulps64(*y, vmath::sin_f64_1(*x)) <= 1);
        }
    }
}

/// Float32 sweep against the rounded float64 C library functions: every
/// non-negative float32 up to 2^17 for sine (the range of its float32
/// path; sine is odd), every 61st bit pattern for the others. Slow: run
/// with `cargo test --release --test vmath -- --ignored --nocapture`.
#[test]
#[ignore]
fn float32_sweep() {
    type Case = (&'static str, Slice32, fn(f64) -> f64, u64);
    let cases: [Case; 6] = [
        ("exp2", vmath::exp2_f32, c_exp2, 1),
        ("sin", vmath::sin_f32, c_sin, 2),
        ("cos", vmath::cos_f32, c_cos, 1),
        ("exp", vmath::exp_f32, c_exp, 1),
        ("log", vmath::log_f32, c_log, 1),
        ("tanh", vmath::tanh_f32, c_tanh, 2),
    ];
    for (name, ours, cref, tol) in cases {
        let (step, end) = if name == "sin" {
            (1u64, 131072.0f32.to_bits() as u64 + 1)
        } else {
            (61, 1 << 32)
        };
        let mut worst = (0u64, 0f32);
        let mut xs = Vec::with_capacity(4096);
        let mut out = vec![0f32; 4096];
        let mut b = 0u64;
        while b < end {
            xs.clear();
            while xs.len() < 4096 && b < end {
                xs.push(f32::from_bits(b as u32));
                b += step;
            }
            ours(&xs, &mut out[..xs.len()]);
            for (&x, &y) in xs.iter().zip(&out) {
                let u = ulps32(y, cref(x as f64) as f32);
                if u > worst.0 {
                    worst = (u, x);
                }
            }
        }
        println!("{name}f sweep: max {} ULP at {:e}", worst.0, worst.1);
        assert!(worst.0 <= tol, "{name}f: {} ULP at {:e}", worst.0, worst.1);
    }
}
