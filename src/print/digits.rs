//! Decimal digit generation for binary floats, with NumPy's (Dragon4)
//! semantics.
//!
//! A finite, non-negative value is turned into a digit string `d1 d2 ... dn`
//! and the decimal exponent `e` of `d1`, meaning `d1.d2...dn * 10^e`.
//!
//! The rules, as NumPy applies them:
//!
//! - **Shortest unique digits.** Without a cutoff the output is the shortest
//!   digit string that reads back to the same value in the value's own
//!   format (float16, float32 or float64); among the shortest candidates the
//!   one nearest the exact binary value wins, exact ties going to the even
//!   digit. A candidate lying exactly halfway to a neighbouring float counts
//!   as reading back only when the value's mantissa is even (IEEE
//!   round-half-even on input).
//! - **Maximum cutoff.** When the shortest string needs digits past the
//!   cutoff (a number of digits after the decimal point, or a total number of
//!   significant digits), the exact binary value is rounded at the cutoff
//!   instead, half to even.
//! - **Minimum cutoff.** When the shortest string stops before the minimum
//!   cutoff, the exact binary value is rounded at the minimum position
//!   instead, so the extra digits are the value's true digits (float32 0.3
//!   extended to 7 fractional digits is `3.0000001`, not `3.0000000`).
//! - Zero is the single digit `0` with exponent 0, whatever the cutoffs.
//!
//! Rust's `{:e}` yields the shortest round-trip digits of `f32`/`f64`, and
//! `{:.N}`/`{:.Ne}` round the exact binary value half to even, so both are
//! used directly; float16 shortest digits are found by searching the few
//! candidate lengths.

use half::f16;

/// The binary format a value is stored in; it decides which digits are
/// "shortest unique".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatKind {
    /// IEEE binary16.
    F16,
    /// IEEE binary32.
    F32,
    /// IEEE binary64.
    F64,
}

impl FloatKind {
    /// Rounds an f64 to this format (to nearest even, overflowing to inf)
    /// and back.
    pub fn round(self, x: f64) -> f64 {
        match self {
            FloatKind::F16 => f16::from_f64(x).to_f64(),
            FloatKind::F32 => x as f32 as f64,
            FloatKind::F64 => x,
        }
    }
}

/// Where digit generation stops (or must at least reach).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cutoff {
    /// No cutoff.
    None,
    /// This many digits after the decimal point.
    Frac(i32),
    /// This many significant digits.
    Total(i32),
}

/// A decimal digit string with the exponent of its first digit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Digits {
    /// ASCII digits, never empty, no trailing zeros unless the value is 0.
    pub digits: Vec<u8>,
    /// Decimal exponent of the first digit.
    pub exp: i32,
}

impl Digits {
    fn zero() -> Digits {
        Digits {
            digits: vec![b'0'],
            exp: 0,
        }
    }

    /// Exponent of the last digit.
    fn last_exp(&self) -> i32 {
        self.exp - (self.digits.len() as i32 - 1)
    }

    /// Drops trailing zeros, keeping at least one digit.
    fn trimmed(mut self) -> Digits {
        while self.digits.len() > 1 && self.digits.last() == Some(&b'0') {
            self.digits.pop();
        }
        if self.digits == [b'0'] {
            self.exp = 0;
        }
        self
    }
}

/// Parses Rust's `d.ddde[-]x` output.
fn parse_sci(s: &str) -> Digits {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let digits: Vec<u8> = mant.bytes().filter(|b| b.is_ascii_digit()).collect();
    Digits {
        digits,
        exp: exp.parse().unwrap_or(0),
    }
    .trimmed()
}

/// Parses Rust's fixed `ddd.ddd` output (non-negative).
fn parse_fixed(s: &str) -> Digits {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let all: Vec<u8> = int.bytes().chain(frac.bytes()).collect();
    match all.iter().position(|&b| b != b'0') {
        None => Digits::zero(),
        Some(first) => Digits {
            digits: all[first..].to_vec(),
            exp: int.len() as i32 - 1 - first as i32,
        }
        .trimmed(),
    }
}

/// The exact value rounded (half to even) to `n >= 1` significant digits.
fn round_total(x: f64, n: i32) -> Digits {
    parse_sci(&format!("{:.*e}", (n.max(1) - 1) as usize, x))
}

/// The exact value rounded (half to even) to `p >= 0` fractional digits.
fn round_frac(x: f64, p: i32) -> Digits {
    parse_fixed(&format!("{:.*}", p.max(0) as usize, x))
}

/// Shortest digits of a float16 value: for each length, the correctly
/// rounded candidate is tried first, then its neighbour on the other side of
/// the value (needed where the gap below a power of two is half the gap
/// above it).
fn shortest_f16(x: f64) -> Digits {
    let target = f16::from_f64(x).to_bits();
    let reads_back = |m: u64, e: i32| {
        let v: f64 = format!("{m}e{e}").parse().unwrap_or(f64::NAN);
        f16::from_f64(v).to_bits() == target
    };
    for n in 1..=5usize {
        let s = format!("{:.*e}", n - 1, x);
        let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
        let m: u64 = mant.replace('.', "").parse().unwrap_or(0);
        let e: i32 = exp.parse::<i32>().unwrap_or(0) - (n as i32 - 1);
        let below = (m as f64) * 10f64.powi(e) < x;
        let other = if below { m + 1 } else { m.saturating_sub(1) };
        for cand in [m, other] {
            if cand > 0 && reads_back(cand, e) {
                let text = cand.to_string();
                return Digits {
                    exp: e + text.len() as i32 - 1,
                    digits: text.into_bytes(),
                }
                .trimmed();
            }
        }
    }
    // Unreachable for binary16 (five digits always suffice).
    round_total(x, 5)
}

/// True when the digits read back (correctly rounded) as `x` in `kind`.
fn reads_back(d: &Digits, x: f64, kind: FloatKind) -> bool {
    let text = format!(
        "0.{}e{}",
        std::str::from_utf8(&d.digits).unwrap_or("0"),
        d.exp + 1
    );
    match kind {
        FloatKind::F64 => text.parse::<f64>().is_ok_and(|v| v == x),
        FloatKind::F32 => text.parse::<f32>().is_ok_and(|v| v as f64 == x),
        FloatKind::F16 => text
            .parse::<f64>()
            .is_ok_and(|v| f16::from_f64(v).to_f64() == x),
    }
}

/// Shortest unique digits of a positive finite value of `kind`.
///
/// Rust's shortest digits may pick either of two candidates equally far
/// from the value; the exactly rounded candidate of the same length (ties to
/// even) is preferred whenever it also reads back.
pub fn shortest(x: f64, kind: FloatKind) -> Digits {
    nearest_tie(x, kind, shortest_any(x, kind))
}

/// Shortest digits, either candidate when two are equally near.
fn shortest_any(x: f64, kind: FloatKind) -> Digits {
    match kind {
        FloatKind::F64 => parse_sci(&format!("{x:e}")),
        FloatKind::F32 => parse_sci(&format!("{:e}", x as f32)),
        FloatKind::F16 => shortest_f16(x),
    }
}

/// Replaces shortest digits by the exactly rounded candidate of the same
/// length when that one also reads back (it is the nearest, ties to even).
fn nearest_tie(x: f64, kind: FloatKind, d: Digits) -> Digits {
    if kind != FloatKind::F16 && d.digits.len() > 1 {
        let c = round_total(x, d.digits.len() as i32);
        if c != d && reads_back(&c, x, kind) {
            return c;
        }
    }
    d
}

/// Digits of `|x|` (finite) under the cutoff rules in the module docs.
pub fn generate(x: f64, kind: FloatKind, max: Cutoff, min: Cutoff) -> Digits {
    let x = x.abs();
    if x == 0.0 {
        return Digits::zero();
    }
    // The tie between equally near shortest candidates only matters when
    // the maximum cutoff keeps the shortest digits (both candidates have the
    // same length and position).
    let d = shortest_any(x, kind);
    let cut = match max {
        Cutoff::Frac(p) => d.last_exp() < -p,
        Cutoff::Total(n) => d.digits.len() as i32 > n,
        Cutoff::None => false,
    };
    let d = if cut { d } else { nearest_tie(x, kind, d) };
    refine(x, d, max, min)
}

/// Applies the cutoffs to digits `d` of `|x|` that are either the shortest
/// digits or an earlier result of [`generate`] with the same or a looser
/// maximum (rounding twice at the same or a coarser position gives the same
/// digits, so a sizing pass can be reused for the output pass).
pub fn refine(x: f64, d: Digits, max: Cutoff, min: Cutoff) -> Digits {
    let x = x.abs();
    if x == 0.0 {
        return Digits::zero();
    }
    match max {
        Cutoff::Frac(p) if d.last_exp() < -p => return round_frac(x, p),
        Cutoff::Total(n) if d.digits.len() as i32 > n => return round_total(x, n),
        _ => {}
    }
    match min {
        Cutoff::Frac(m) if d.last_exp() > -m => round_frac(x, m),
        Cutoff::Total(m) if (d.digits.len() as i32) < m => round_total(x, m),
        _ => d,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(d: &Digits) -> (String, i32) {
        (String::from_utf8(d.digits.clone()).unwrap(), d.exp)
    }

    #[test]
    fn shortest_and_cutoffs() {
        let g = |x, k, max, min| text(&generate(x, k, max, min));
        assert_eq!(
            g(0.1, FloatKind::F64, Cutoff::None, Cutoff::None),
            ("1".into(), -1)
        );
        assert_eq!(
            g(1.0 / 3.0, FloatKind::F64, Cutoff::Frac(8), Cutoff::None),
            ("33333333".into(), -1)
        );
        assert_eq!(
            g(
                0.3f32 as f64,
                FloatKind::F32,
                Cutoff::Total(8),
                Cutoff::Total(8)
            ),
            ("30000001".into(), -1)
        );
        let third = f16::from_f64(1.0 / 3.0).to_f64();
        assert_eq!(
            g(third, FloatKind::F16, Cutoff::None, Cutoff::None),
            ("3333".into(), -1)
        );
        assert_eq!(
            g(65504.0, FloatKind::F16, Cutoff::None, Cutoff::None),
            ("655".into(), 4)
        );
        assert_eq!(
            g(2.5, FloatKind::F64, Cutoff::Total(1), Cutoff::None),
            ("2".into(), 0)
        );
        assert_eq!(
            g(0.0, FloatKind::F64, Cutoff::Frac(3), Cutoff::None),
            ("0".into(), 0)
        );
    }
}
