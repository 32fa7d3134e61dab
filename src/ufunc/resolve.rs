//! Choosing a ufunc loop for the operands' dtypes.
//!
//! 1. Python-style scalars (NEP 50 "weak" scalars, ndc's `ndc_scalar_*`)
//!    take their dtype from the other operands: a weak int becomes the
//!    other operands' integer/float/complex type (and must fit in it), a
//!    weak float becomes their float or complex type (else float64), a weak
//!    complex becomes the complex type of their precision. Comparisons keep
//!    an out-of-range weak int exact instead of failing, as NumPy 2. Ints
//!    beyond int64 fail with Python's C-long conversion error unless the
//!    adopted type is uint32 or uint64; Python scalars alone take their
//!    default dtypes.
//! 2. With `dtype=` (the dtype of every output, as NumPy 2), the first loop
//!    with those outputs whose inputs the operands cast to safely, else the
//!    first loop with those outputs.
//! 3. Otherwise NumPy's linear search: the first loop whose input types
//!    every operand casts to safely (loops with bfloat16, ml_dtypes' user
//!    loops in NumPy, first when an input is bfloat16); integer inputs of
//!    true division use the float64 loop.
//!
//! The chosen loop's input types must then be reachable under `casting`
//! (NumPy's "Cannot cast ufunc 'add' input 0 ..." error).

use super::{Flags, Loop, Ufunc};
use crate::array::convert::dtype_repr;
use crate::array::Array;
use crate::dtype::{can_cast, promote_all, Casting, DType, Kind};
use crate::error::{Error, ErrorKind, Result};

/// A weak scalar's value, kept to check that it fits its adopted dtype.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Weak {
    /// A Python int.
    Int(i128),
    /// A Python float.
    Float,
    /// A Python complex.
    Complex,
}

/// NumPy 2's class name of a dtype, for "no loop" messages.
fn dtype_class(d: DType) -> String {
    if d == DType::BFloat16 {
        return "<class 'ml_dtypes.bfloat16'>".to_string();
    }
    let n = d.name();
    let mut c = String::new();
    let mut up = true;
    for ch in n.chars() {
        if up {
            c.extend(ch.to_uppercase());
            up = false;
        } else {
            c.push(ch);
        }
    }
    let c = c.replace("Uint", "UInt").replace("Bfloat", "BFloat");
    format!("<class 'numpy.dtypes.{c}DType'>")
}

fn is_comparison(u: &Ufunc) -> bool {
    matches!(
        u.name,
        "equal" | "not_equal" | "less" | "less_equal" | "greater" | "greater_equal"
    )
}

fn fits(v: i128, d: DType) -> bool {
    let (lo, hi): (i128, i128) = match d {
        DType::Int8 => (i8::MIN as i128, i8::MAX as i128),
        DType::Int16 => (i16::MIN as i128, i16::MAX as i128),
        DType::Int32 => (i32::MIN as i128, i32::MAX as i128),
        DType::Int64 => (i64::MIN as i128, i64::MAX as i128),
        DType::UInt8 => (0, u8::MAX as i128),
        DType::UInt16 => (0, u16::MAX as i128),
        DType::UInt32 => (0, u32::MAX as i128),
        DType::UInt64 => (0, u64::MAX as i128),
        _ => return true,
    };
    v >= lo && v <= hi
}

/// NumPy's error for a Python int it cannot convert to the C integer type
/// it goes through (C long for every integer dtype but uint32 and uint64).
fn too_large() -> Error {
    Error::new(
        ErrorKind::Overflow,
        "Python int too large to convert to C long",
    )
}

fn out_of_bounds(v: i128, d: DType) -> Error {
    Error::new(
        ErrorKind::Overflow,
        format!("Python integer {v} out of bounds for {}", d.name()),
    )
}

fn in_i64(v: i128) -> bool {
    i64::try_from(v).is_ok()
}

/// The concrete dtype of each input after NEP 50's weak-scalar rules.
pub fn input_dtypes(u: &Ufunc, inputs: &[&Array]) -> Result<Vec<DType>> {
    let strong: Vec<DType> = inputs
        .iter()
        .filter(|a| a.weak().is_none())
        .map(|a| a.dtype())
        .collect();
    let base = promote_all(&strong);
    inputs
        .iter()
        .map(|a| {
            let Some(w) = a.weak() else {
                return Ok(a.dtype());
            };
            let Some(s) = base else {
                // Only Python scalars: each takes its default dtype (int64,
                // float64, complex128).
                return match w {
                    Weak::Int(v) if !in_i64(v) => Err(too_large()),
                    Weak::Int(_) => Ok(DType::Int64),
                    _ => Ok(a.dtype()),
                };
            };
            Ok(match w {
                Weak::Int(v) => match s.kind() {
                    Kind::Bool if u.name == "divide" => DType::Float64,
                    Kind::Bool => {
                        if !in_i64(v) {
                            return Err(too_large());
                        }
                        DType::Int64
                    }
                    Kind::Float | Kind::Complex => s,
                    // True division of integers runs in float64, which the
                    // Python int joins without a range check.
                    Kind::Int | Kind::UInt if u.name == "divide" => DType::Float64,
                    Kind::Int | Kind::UInt => {
                        if fits(v, s) {
                            s
                        } else if !u.loops.iter().any(|l| l.types[0] == s) {
                            // No loop in the integer type: the int joins
                            // the float loop the search picks, where it fits.
                            s
                        } else if is_comparison(u) {
                            a.dtype()
                        } else if v > i64::MAX as i128
                            && !matches!(s, DType::UInt32 | DType::UInt64)
                        {
                            return Err(too_large());
                        } else {
                            return Err(out_of_bounds(v, s));
                        }
                    }
                },
                Weak::Float => match s.kind() {
                    Kind::Float | Kind::Complex => s,
                    _ => DType::Float64,
                },
                Weak::Complex => match s {
                    DType::Complex64 | DType::Complex128 => s,
                    DType::Float16 | DType::BFloat16 | DType::Float32 => DType::Complex64,
                    _ => DType::Complex128,
                },
            })
        })
        .collect()
}

/// NumPy's error when an input does not cast to its loop type.
fn input_cast_error(u: &Ufunc, i: usize, have: DType, need: DType, casting: Casting) -> Error {
    Error::dtype(format!(
        "Cannot cast ufunc '{}' input {i} from {} to {} with casting rule '{}'",
        u.name,
        dtype_repr(have),
        dtype_repr(need),
        casting.name()
    ))
}

/// Checks that every input casts to its loop type under `casting`.
fn check_inputs(u: &Ufunc, types: &[DType], l: &Loop, casting: Casting) -> Result<()> {
    for (i, (&have, &need)) in types.iter().zip(l.types).enumerate() {
        if !can_cast(have, need, casting) {
            return Err(input_cast_error(u, i, have, need, casting));
        }
    }
    Ok(())
}

/// NumPy's boolean subtract / negative refusals.
fn bool_refusal(u: &Ufunc) -> Option<Error> {
    if u.flags.has(Flags::BOOL_SUBTRACT) {
        return Some(Error::dtype(
            "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.",
        ));
    }
    if u.flags.has(Flags::BOOL_NEGATIVE) {
        return Some(Error::dtype(
            "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.",
        ));
    }
    None
}

/// Ufuncs without NumPy's legacy bool -> int8 loop search: bool inputs are
/// not cast, and a failed search reports "did not contain a loop".
fn no_bool_cast(u: &Ufunc) -> bool {
    u.flags.has(Flags::NO_BOOL_CAST) || matches!(u.name, "gcd" | "lcm")
}

/// Ufuncs whose failed search reports "did not contain a loop" (NumPy
/// resolves them through promoters, not the legacy linear search, except
/// for bfloat16 inputs, whose user loops take the legacy path).
fn reports_no_loop(u: &Ufunc, types: &[DType]) -> bool {
    matches!(u.name, "gcd" | "lcm") && !types.contains(&DType::BFloat16)
}

/// Ufuncs whose `dtype=` reaches the bfloat16 loops when no input is
/// bfloat16 (NumPy's uniform-operation type resolvers look the loop up by
/// the requested dtype; the others search the builtin loops only).
fn uniform_resolver(u: &Ufunc) -> bool {
    matches!(
        u.name,
        "add"
            | "subtract"
            | "multiply"
            | "maximum"
            | "minimum"
            | "fmax"
            | "fmin"
            | "negative"
            | "positive"
            | "sign"
            | "absolute"
    )
}

/// True when `l` involves bfloat16 (a user dtype in NumPy: ml_dtypes'
/// loops are searched before the builtin ones when an input is bfloat16).
fn has_bf16(l: &Loop) -> bool {
    l.types.contains(&DType::BFloat16)
}

/// The first loop, in NumPy's search order, whose inputs accept `types`
/// under `ok`.
fn search(
    u: &'static Ufunc,
    types: &[DType],
    ok: impl Fn(DType, DType) -> bool,
) -> Option<&'static Loop> {
    let fits = |l: &&Loop| {
        types
            .iter()
            .zip(l.types)
            .all(|(&have, &need)| ok(have, need))
    };
    if types.contains(&DType::BFloat16) {
        if let Some(l) = u.loops.iter().filter(|l| has_bf16(l)).find(fits) {
            return Some(l);
        }
    }
    u.loops.iter().find(fits)
}

/// Finds the loop for input dtypes `types`, honouring `dtype=` (the dtype
/// of every output, as NumPy 2) and `casting` (which every input must
/// satisfy towards its loop type).
pub fn find_loop(
    u: &'static Ufunc,
    types: &[DType],
    dtype: Option<DType>,
    casting: Casting,
) -> Result<&'static Loop> {
    if types.contains(&DType::Bool) && types.iter().all(|&t| t == DType::Bool) {
        if let Some(e) = bool_refusal(u) {
            return Err(e);
        }
    }
    if let Some(want) = dtype {
        let no_match = || {
            if reports_no_loop(u, types) {
                return no_loop(u, types, Some(want));
            }
            Error::dtype(format!(
                "No loop matching the specified signature and casting was found for ufunc {}",
                u.name
            ))
        };
        if want == DType::BFloat16 && !types.contains(&DType::BFloat16) && !uniform_resolver(u) {
            return Err(no_match());
        }
        if want == DType::Bool {
            if let Some(e) = bool_refusal(u) {
                return Err(e);
            }
        }
        let out_ok = |l: &Loop| l.types[u.nin..].iter().all(|&t| t == want);
        let first = u.loops.iter().find(|l| out_ok(l)).ok_or_else(no_match)?;
        let safe = u.loops.iter().find(|l| {
            out_ok(l)
                && types
                    .iter()
                    .zip(l.types)
                    .all(|(&have, &need)| can_cast(have, need, Casting::Safe))
        });
        let l = safe.unwrap_or(first);
        check_inputs(u, types, l, casting)?;
        return Ok(l);
    }
    // True division of integers runs in float64 (NumPy's resolver for it).
    if u.name == "divide"
        && types
            .iter()
            .all(|t| matches!(t.kind(), Kind::Bool | Kind::Int | Kind::UInt))
    {
        if let Some(l) = u.loops.iter().find(|l| l.types[0] == DType::Float64) {
            check_inputs(u, types, l, casting)?;
            return Ok(l);
        }
    }
    // NumPy has no loop for all-bool inputs of these; a bool next to an
    // integer casts as usual.
    let no_bool = no_bool_cast(u) && types.iter().all(|&t| t == DType::Bool);
    let found = search(u, types, |have, need| {
        have == need || (!(no_bool && have == DType::Bool) && can_cast(have, need, Casting::Safe))
    });
    let Some(l) = found else {
        return Err(if no_bool || reports_no_loop(u, types) {
            no_loop(u, types, None)
        } else {
            Error::dtype(format!(
                "ufunc '{}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''",
                u.name
            ))
        });
    };
    check_inputs(u, types, l, casting)?;
    Ok(l)
}

fn no_loop(u: &Ufunc, types: &[DType], out: Option<DType>) -> Error {
    let ins: Vec<String> = types.iter().map(|&t| dtype_class(t)).collect();
    let ins = if ins.len() == 1 {
        ins[0].clone()
    } else {
        format!("({})", ins.join(", "))
    };
    let out = out.map_or("None".to_string(), dtype_class);
    Error::dtype(format!(
        "ufunc '{}' did not contain a loop with signature matching types {ins} -> {out}",
        u.name
    ))
}
