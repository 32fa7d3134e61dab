//! Choosing a ufunc loop for the operands' dtypes.
//!
//! 1. Python-style scalars (NEP 50 "weak" scalars, ndc's `ndc_scalar_*`)
//!    take their dtype from the other operands: a weak int becomes the
//!    other operands' integer/float/complex type (and must fit in it), a
//!    weak float becomes their float or complex type (else float64), a weak
//!    complex becomes the complex type of their precision. Comparisons keep
//!    an out-of-range weak int exact instead of failing, as NumPy 2.
//! 2. With `dtype=`, the first loop whose outputs have that dtype and whose
//!    inputs the operands cast to under `casting` is chosen.
//! 3. Otherwise NumPy's linear search: the first loop whose input types
//!    every operand casts to safely.

use super::{Flags, Loop, Ufunc};
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
                return Ok(a.dtype());
            };
            Ok(match w {
                Weak::Int(v) => match s.kind() {
                    Kind::Bool => a.dtype(),
                    Kind::Float | Kind::Complex => s,
                    Kind::Int | Kind::UInt => {
                        if fits(v, s) {
                            s
                        } else if is_comparison(u) {
                            a.dtype()
                        } else {
                            return Err(Error::new(
                                ErrorKind::Overflow,
                                format!("Python integer {v} out of bounds for {}", s.name()),
                            ));
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

/// Finds the loop for input dtypes `types`, honouring `dtype=` (the output
/// dtype, or for comparisons the input dtype) and `casting`.
pub fn find_loop(
    u: &'static Ufunc,
    types: &[DType],
    dtype: Option<DType>,
    casting: Casting,
) -> Result<&'static Loop> {
    if types.contains(&DType::Bool) && types.iter().all(|&t| t == DType::Bool) {
        if u.flags.has(Flags::BOOL_SUBTRACT) {
            return Err(Error::dtype(
                "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.",
            ));
        }
        if u.flags.has(Flags::BOOL_NEGATIVE) {
            return Err(Error::dtype(
                "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.",
            ));
        }
    }
    if let Some(want) = dtype {
        let out_side = |l: &Loop| {
            if is_comparison(u)
                || l.types[u.nin..].iter().all(|&t| t == DType::Bool)
                    && u.name.starts_with("logical")
            {
                l.types[..u.nin].iter().all(|&t| t == want)
            } else {
                l.types[u.nin..].iter().all(|&t| t == want)
            }
        };
        let Some(l) = u.loops.iter().find(|l| out_side(l)) else {
            return Err(no_loop(u, types, Some(want)));
        };
        for (i, (&have, &need)) in types.iter().zip(l.types).enumerate() {
            if !can_cast(have, need, casting) {
                return Err(Error::dtype(format!(
                    "Cannot cast ufunc '{}' input {i} from dtype('{}') to dtype('{}') with casting rule '{}'",
                    u.name,
                    have.name(),
                    need.name(),
                    casting.name()
                )));
            }
        }
        return Ok(l);
    }
    let no_bool = u.flags.has(Flags::NO_BOOL_CAST) && types.contains(&DType::Bool);
    let found = u.loops.iter().find(|l| {
        types.iter().zip(l.types).all(|(&have, &need)| {
            have == need
                || (!(no_bool && have == DType::Bool) && can_cast(have, need, Casting::Safe))
        })
    });
    found.ok_or_else(|| {
        if no_bool {
            no_loop(u, types, None)
        } else {
            Error::dtype(format!(
                "ufunc '{}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''",
                u.name
            ))
        }
    })
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
