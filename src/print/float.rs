//! Float and complex formatting: NumPy's positional and scientific layouts
//! of a digit string, the array-wide float format (`FloatingFormat`) and the
//! scalar `str` of floats and complex numbers.

use super::digits::{generate, refine, shortest, Cutoff, Digits, FloatKind};

/// What happens to trailing zeros and the decimal point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trim {
    /// Keep trailing zeros, padding with zeros up to the minimum digits.
    Keep,
    /// Drop trailing zeros, keep the decimal point (`1.`).
    Zeros,
    /// Drop trailing zeros but keep one after the point (`1.0`).
    LeaveOneZero,
    /// Drop trailing zeros and a bare decimal point (`1`).
    DptZeros,
}

/// Options of one positional or scientific rendering. Negative numbers mean
/// "not set".
#[derive(Clone, Copy, Debug)]
pub struct Style {
    /// Maximum digits (after the point, or after the first digit in
    /// scientific notation).
    pub precision: i32,
    /// Minimum digits, counted like `precision`.
    pub min_digits: i32,
    /// Trailing zero handling.
    pub trim: Trim,
    /// Print '+' for non-negative values.
    pub sign: bool,
    /// Pad with spaces on the left up to this many characters before the
    /// point (sign included).
    pub pad_left: i32,
    /// Pad with spaces on the right up to this many characters after the
    /// point.
    pub pad_right: i32,
    /// Minimum exponent digits in scientific notation (default 2).
    pub exp_digits: i32,
}

impl Style {
    /// Shortest digits, no padding.
    pub fn plain(trim: Trim) -> Style {
        Style {
            precision: -1,
            min_digits: -1,
            trim,
            sign: false,
            pad_left: -1,
            pad_right: -1,
            exp_digits: -1,
        }
    }
}

/// Appends `n` copies of `c` (nothing when `n <= 0`).
fn push_n(out: &mut String, c: char, n: i32) {
    for _ in 0..n {
        out.push(c);
    }
}

fn sign_str(x: f64, plus: bool) -> &'static str {
    if x.is_sign_negative() {
        "-"
    } else if plus {
        "+"
    } else {
        ""
    }
}

fn opt(v: i32, f: fn(i32) -> Cutoff) -> Cutoff {
    if v >= 0 {
        f(v)
    } else {
        Cutoff::None
    }
}

/// Removes trailing zeros after the point per `trim`; `frac` counts the
/// fractional digits. Returns the new count.
fn trim_tail(out: &mut String, mut frac: i32, trim: Trim, drop_point: bool) -> i32 {
    if trim == Trim::Keep || frac == 0 {
        return frac;
    }
    while out.ends_with('0') && frac > 0 {
        out.pop();
        frac -= 1;
    }
    if out.ends_with('.') {
        if trim == Trim::LeaveOneZero {
            out.push('0');
            frac += 1;
        } else if trim == Trim::DptZeros && drop_point {
            out.pop();
        }
    }
    frac
}

/// Positional notation (`ddd.ddd`) of a finite value.
///
/// Integer digits come first (zeros fill up to the point when the digits end
/// before it), then the point and the fraction (leading zeros for values
/// below one). The point is always written except in `DptZeros` mode when
/// there is no fraction. `Keep` pads zeros up to the minimum digits,
/// `LeaveOneZero` writes a lone `0` after a bare point; other modes then
/// strip trailing zeros. Right padding counts fractional characters (a space
/// stands for a trimmed point in `DptZeros`), left padding counts integer
/// characters with the sign.
pub fn positional(x: f64, kind: FloatKind, st: &Style) -> String {
    let (max, min) = positional_cutoffs(st);
    positional_digits(x, &generate(x, kind, max, min), st)
}

fn positional_cutoffs(st: &Style) -> (Cutoff, Cutoff) {
    (
        opt(st.precision, Cutoff::Frac),
        opt(st.min_digits, Cutoff::Frac),
    )
}

fn scientific_cutoffs(st: &Style) -> (Cutoff, Cutoff) {
    let total = |v: i32| opt(v, |p| Cutoff::Total(p + 1));
    (total(st.precision), total(st.min_digits))
}

/// [`positional`] layout of digits already generated for `x`.
fn positional_digits(x: f64, d: &Digits, st: &Style) -> String {
    let sign = sign_str(x, st.sign);
    let mut out = String::with_capacity(24);
    out.push_str(sign);
    let n = d.digits.len() as i32;
    let whole;
    let mut frac;
    if d.exp >= 0 {
        whole = d.exp + 1;
        if n <= whole {
            out.extend(d.digits.iter().map(|&b| b as char));
            push_n(&mut out, '0', whole - n);
            frac = 0;
        } else {
            let (i, f) = d.digits.split_at(whole as usize);
            out.extend(i.iter().map(|&b| b as char));
            out.push('.');
            out.extend(f.iter().map(|&b| b as char));
            frac = n - whole;
        }
    } else {
        whole = 1;
        let zeros = -(d.exp + 1);
        out.push_str("0.");
        push_n(&mut out, '0', zeros);
        out.extend(d.digits.iter().map(|&b| b as char));
        frac = zeros + n;
    }
    if st.trim != Trim::DptZeros && frac == 0 {
        out.push('.');
    }
    let want = st.min_digits.max(0);
    match st.trim {
        Trim::LeaveOneZero if frac == 0 => {
            out.push('0');
            frac = 1;
        }
        Trim::Keep if want > frac => {
            push_n(&mut out, '0', want - frac);
            frac = want;
        }
        _ => {}
    }
    frac = trim_tail(&mut out, frac, st.trim, true);
    if st.pad_right >= frac {
        if st.trim == Trim::DptZeros && frac == 0 {
            out.push(' ');
        }
        push_n(&mut out, ' ', st.pad_right - frac);
    }
    let left = whole + sign.len() as i32;
    if st.pad_left > left {
        out.insert_str(0, &" ".repeat((st.pad_left - left) as usize));
    }
    out
}

/// Scientific notation (`d.ddde+XX`) of a finite value.
///
/// One digit before the point; the fraction follows the same padding and
/// trimming rules as [`positional`] (here `DptZeros` only omits the point
/// when there is a single digit). The exponent has a sign and at least
/// `exp_digits` digits (2 when unset).
pub fn scientific(x: f64, kind: FloatKind, st: &Style) -> String {
    let (max, min) = scientific_cutoffs(st);
    scientific_digits(x, &generate(x, kind, max, min), st)
}

/// [`scientific`] layout of digits already generated for `x`.
fn scientific_digits(x: f64, d: &Digits, st: &Style) -> String {
    let sign = sign_str(x, st.sign);
    let mut out = String::with_capacity(24);
    let left = 1 + sign.len() as i32;
    if st.pad_left > left {
        out.push_str(&" ".repeat((st.pad_left - left) as usize));
    }
    out.push_str(sign);
    out.push(d.digits[0] as char);
    let mut frac = d.digits.len() as i32 - 1;
    if frac > 0 {
        out.push('.');
        out.extend(d.digits[1..].iter().map(|&b| b as char));
    } else if st.trim != Trim::DptZeros {
        out.push('.');
    }
    let want = st.min_digits.max(0);
    match st.trim {
        Trim::LeaveOneZero if frac == 0 => {
            out.push('0');
            frac = 1;
        }
        Trim::Keep if want > frac => {
            push_n(&mut out, '0', want - frac);
        }
        _ => {}
    }
    trim_tail(&mut out, frac, st.trim, false);
    let width = if st.exp_digits < 0 {
        2
    } else {
        st.exp_digits.min(5) as usize
    };
    let e = d.exp;
    out.push('e');
    out.push(if e >= 0 { '+' } else { '-' });
    out.push_str(&format!("{:0width$}", e.unsigned_abs(), width = width));
    out
}

/// Columns shared by every float of an array (NumPy's `FloatingFormat` in
/// its default `maxprec` mode).
///
/// The notation is scientific when the largest non-zero finite magnitude
/// reaches `10^min(8, digits of the type)` (1e3 for float16, 1e6 for
/// float32, 1e8 for float64), or, unless small numbers are suppressed, the
/// smallest is below 1e-4 or the ratio largest/smallest exceeds 1000 (the
/// comparisons and the division are done in the value's own type).
///
/// A first pass renders every finite value with at most `precision` digits
/// and trailing zeros trimmed to size the columns: the widest integer part
/// (sign included) and fraction. In scientific notation every value then
/// gets exactly as many fractional digits as the longest one needed
/// (extending with its true digits), and the exponent as many digits as the
/// widest. In positional notation values keep their own digits, padded on
/// the right with spaces. nan and inf are right-aligned in the full column
/// width, which grows if they do not fit.
#[derive(Clone, Debug)]
pub struct FloatFormat {
    exp: bool,
    style: Style,
    /// Digits from the sizing pass, per value (None for nan/inf).
    digits: Vec<Option<Digits>>,
}

impl FloatFormat {
    /// Sizes the format over `values`; `sign` forces a '+' on positives.
    pub fn new(
        values: &[f64],
        kind: FloatKind,
        precision: usize,
        suppress: bool,
        sign: bool,
    ) -> Self {
        let precision = precision as i32;
        let finite: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
        let mut exp = false;
        let (mut max, mut min) = (f64::NEG_INFINITY, f64::INFINITY);
        for v in finite.iter().map(|v| v.abs()).filter(|&v| v != 0.0) {
            max = max.max(v);
            min = min.min(v);
        }
        if max.is_finite() {
            let cutoff = match kind {
                FloatKind::F16 => 1e3,
                FloatKind::F32 => 1e6,
                FloatKind::F64 => 1e8,
            };
            let small = min < kind.round(1e-4) || kind.round(max / min) > 1000.0;
            exp = max >= cutoff || (!suppress && small);
        }
        let mut style = Style::plain(Trim::Zeros);
        style.sign = sign;
        let mut digits: Vec<Option<Digits>> = vec![None; values.len()];
        if finite.is_empty() {
            style.pad_left = 0;
            style.pad_right = 0;
        } else if exp {
            let (mut int_w, mut frac_w, mut exp_w) = (0, 0, 0);
            for (&v, slot) in values.iter().zip(&mut digits) {
                if !v.is_finite() {
                    continue;
                }
                let d = generate(v, kind, Cutoff::Total(precision + 1), Cutoff::None);
                let signw = (v.is_sign_negative() || sign) as i32;
                int_w = int_w.max(1 + signw);
                frac_w = frac_w.max(d.digits.len() as i32 - 1);
                let ed = d.exp.unsigned_abs().to_string().len().max(2) as i32;
                exp_w = exp_w.max(ed);
                *slot = Some(d);
            }
            style.precision = frac_w;
            style.min_digits = frac_w;
            style.trim = Trim::Keep;
            style.pad_left = int_w;
            style.exp_digits = exp_w;
            style.pad_right = exp_w + 2 + frac_w;
        } else {
            let (mut int_w, mut frac_w) = (0, 0);
            for (&v, slot) in values.iter().zip(&mut digits) {
                if !v.is_finite() {
                    continue;
                }
                let d = generate(v, kind, Cutoff::Frac(precision), Cutoff::None);
                let signw = (v.is_sign_negative() || sign) as i32;
                let n = d.digits.len() as i32;
                let (whole, frac) = if d.exp >= 0 {
                    (d.exp + 1, (n - d.exp - 1).max(0))
                } else {
                    (1, -(d.exp + 1) + n)
                };
                // A lone zero digit has no fraction once trimmed.
                let frac = if d.digits == [b'0'] { 0 } else { frac };
                int_w = int_w.max(whole + signw);
                frac_w = frac_w.max(frac);
                *slot = Some(d);
            }
            style.precision = precision;
            style.min_digits = 0;
            style.pad_left = int_w;
            style.pad_right = frac_w;
        }
        if finite.len() != values.len() {
            let neginf = sign || values.iter().any(|v| v.is_infinite() && *v < 0.0);
            let offset = style.pad_right + 1;
            style.pad_left = style
                .pad_left
                .max(3 - offset)
                .max(3 + neginf as i32 - offset);
        }
        FloatFormat { exp, style, digits }
    }

    /// Renders `x`, the value at position `i` of the values the format was
    /// sized over, in the shared columns.
    pub fn format(&self, i: usize, x: f64) -> String {
        if !x.is_finite() {
            let text = if x.is_nan() {
                if self.style.sign {
                    "+nan"
                } else {
                    "nan"
                }
            } else if x < 0.0 {
                "-inf"
            } else if self.style.sign {
                "+inf"
            } else {
                "inf"
            };
            let width = (self.style.pad_left + self.style.pad_right + 1).max(0) as usize;
            return format!("{text:>width$}");
        }
        // Every finite value was sized; the fallback only guards misuse.
        let sized = match &self.digits[i] {
            Some(d) => d.clone(),
            None => shortest(x.abs(), FloatKind::F64),
        };
        if self.exp {
            let (max, min) = scientific_cutoffs(&self.style);
            scientific_digits(x, &refine(x, sized, max, min), &self.style)
        } else {
            let (max, min) = positional_cutoffs(&self.style);
            positional_digits(x, &refine(x, sized, max, min), &self.style)
        }
    }
}

/// Complex columns: the real parts and the imaginary parts are sized
/// separately, the imaginary ones always signed; the `j` goes right after
/// the imaginary digits, before any right padding.
#[derive(Clone, Debug)]
pub struct ComplexFormat {
    re: FloatFormat,
    im: FloatFormat,
}

impl ComplexFormat {
    /// Sizes the format over the real and imaginary parts.
    pub fn new(re: &[f64], im: &[f64], kind: FloatKind, precision: usize, suppress: bool) -> Self {
        ComplexFormat {
            re: FloatFormat::new(re, kind, precision, suppress, false),
            im: FloatFormat::new(im, kind, precision, suppress, true),
        }
    }

    /// Renders the complex value at position `k` of the sized values.
    pub fn format(&self, k: usize, re: f64, im: f64) -> String {
        let mut out = self.re.format(k, re);
        let i = self.im.format(k, im);
        let body = i.trim_end_matches(' ');
        out.push_str(body);
        out.push('j');
        out.push_str(&i[body.len()..]);
        out
    }
}

/// `str()` of a float scalar: positional with one trailing zero kept
/// (`1.0`) for zero and magnitudes in [1e-4, upper), scientific with the
/// point dropped when bare (`1e+16`) otherwise; upper is 1e3 for float16,
/// 1e6 for float32 and 1e16 for float64. `sign` forces a '+'.
pub fn scalar_str(x: f64, kind: FloatKind, sign: bool, trim_pos: Trim) -> String {
    if x.is_nan() {
        return if sign { "+nan" } else { "nan" }.to_string();
    }
    if x.is_infinite() {
        return if x < 0.0 {
            "-inf"
        } else if sign {
            "+inf"
        } else {
            "inf"
        }
        .to_string();
    }
    let upper = match kind {
        FloatKind::F16 => 1e3,
        FloatKind::F32 => 1e6,
        FloatKind::F64 => 1e16,
    };
    let a = x.abs();
    if a == 0.0 || (1e-4..upper).contains(&a) {
        let mut st = Style::plain(trim_pos);
        st.sign = sign;
        positional(x, kind, &st)
    } else {
        let mut st = Style::plain(Trim::DptZeros);
        st.sign = sign;
        scientific(x, kind, &st)
    }
}

/// `str()` of a complex scalar: `2j` when the real part is +0, otherwise
/// `(re+imj)` with both parts trimmed to their shortest form.
pub fn complex_scalar_str(re: f64, im: f64, kind: FloatKind) -> String {
    if re == 0.0 && !re.is_sign_negative() {
        return format!("{}j", scalar_str(im, kind, false, Trim::DptZeros));
    }
    format!(
        "({}{}j)",
        scalar_str(re, kind, false, Trim::DptZeros),
        scalar_str(im, kind, true, Trim::DptZeros)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layouts() {
        let mut st = Style::plain(Trim::Zeros);
        st.pad_left = 2;
        st.pad_right = 3;
        assert_eq!(positional(1.5, FloatKind::F64, &st), " 1.5  ");
        assert_eq!(positional(-0.0, FloatKind::F64, &st), "-0.   ");
        assert_eq!(
            scalar_str(1e16, FloatKind::F64, false, Trim::LeaveOneZero),
            "1e+16"
        );
        assert_eq!(
            scalar_str(1e15, FloatKind::F64, false, Trim::LeaveOneZero),
            "1000000000000000.0"
        );
        assert_eq!(complex_scalar_str(1.0, 2.0, FloatKind::F64), "(1+2j)");
        assert_eq!(complex_scalar_str(-0.0, -0.0, FloatKind::F64), "(-0-0j)");
    }
}
