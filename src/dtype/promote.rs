//! NumPy 2 type promotion (NEP 50) and the five casting modes.
//!
//! Both follow from one relation, "safe cast": `a` casts safely to `b` when
//! every value of `a` is represented exactly in `b`. Promotion of two dtypes is
//! the first dtype, in the order of [`PROMOTION_ORDER`], to which both cast
//! safely; this reproduces NumPy's table (and ml_dtypes' for bfloat16:
//! bfloat16 with float16 gives float32).

use super::{DType, Kind};
use crate::error::{Error, Result};

/// NumPy's casting modes. The values are the C `NDC_CASTING_*` codes; 0 means
/// "the default of the function".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(i32)]
pub enum Casting {
    /// Only identical types.
    No = 1,
    /// Identical types up to byte order (all ndc types are native).
    Equiv = 2,
    /// Only casts that preserve every value.
    Safe = 3,
    /// Safe casts, or casts within a kind or to a higher kind.
    SameKind = 4,
    /// Any cast.
    Unsafe = 5,
}

impl Casting {
    /// The mode for a C code; `0` selects `default`.
    pub fn from_code(code: i32, default: Casting) -> Result<Casting> {
        Ok(match code {
            0 => default,
            1 => Casting::No,
            2 => Casting::Equiv,
            3 => Casting::Safe,
            4 => Casting::SameKind,
            5 => Casting::Unsafe,
            _ => return Err(Error::invalid(format!("invalid casting code {code}"))),
        })
    }
    /// NumPy's spelling ('same_kind').
    pub fn name(self) -> &'static str {
        match self {
            Casting::No => "no",
            Casting::Equiv => "equiv",
            Casting::Safe => "safe",
            Casting::SameKind => "same_kind",
            Casting::Unsafe => "unsafe",
        }
    }
}

/// The search order for promotion: the smallest candidate wins.
const PROMOTION_ORDER: [DType; 15] = [
    DType::Bool,
    DType::Int8,
    DType::UInt8,
    DType::Int16,
    DType::UInt16,
    DType::Int32,
    DType::UInt32,
    DType::Int64,
    DType::UInt64,
    DType::Float16,
    DType::BFloat16,
    DType::Float32,
    DType::Float64,
    DType::Complex64,
    DType::Complex128,
];

/// Integer bits a float's significand holds exactly (the largest integer
/// width that casts safely into it).
fn exact_int_bits(to: DType) -> u32 {
    match to {
        DType::Float16 | DType::BFloat16 => 8,
        DType::Float32 | DType::Complex64 => 16,
        _ => 64,
    }
}

/// True when every value of `from` is exactly representable in `to`.
fn safe(from: DType, to: DType) -> bool {
    use DType::*;
    if from == to || from == Bool {
        return true;
    }
    let bits = |d: DType| 8 * d.itemsize() as u32;
    match (from.kind(), to.kind()) {
        (Kind::Int, Kind::Int) | (Kind::UInt, Kind::UInt) => bits(to) >= bits(from),
        (Kind::UInt, Kind::Int) => bits(to) > bits(from),
        (Kind::Int | Kind::UInt, Kind::Float | Kind::Complex) => bits(from) <= exact_int_bits(to),
        (Kind::Float, Kind::Float) => match (from, to) {
            (Float16, BFloat16) | (BFloat16, Float16) => false,
            _ => bits(to) > bits(from),
        },
        (Kind::Float, Kind::Complex) => bits(to) >= 2 * bits(from),
        (Kind::Complex, Kind::Complex) => bits(to) > bits(from),
        _ => false,
    }
}

fn kind_rank(k: Kind) -> u8 {
    match k {
        Kind::Bool => 0,
        Kind::UInt => 1,
        Kind::Int => 2,
        Kind::Float => 3,
        Kind::Complex => 4,
    }
}

/// `np.can_cast(from, to, casting)` for dtypes.
pub fn can_cast(from: DType, to: DType, casting: Casting) -> bool {
    match casting {
        Casting::No | Casting::Equiv => from == to,
        Casting::Safe => safe(from, to),
        Casting::SameKind => safe(from, to) || kind_rank(from.kind()) <= kind_rank(to.kind()),
        Casting::Unsafe => true,
    }
}

/// `np.result_type(a, b)` for two dtypes (NEP 50).
pub fn promote(a: DType, b: DType) -> DType {
    if a == b {
        return a;
    }
    PROMOTION_ORDER
        .into_iter()
        .find(|&c| safe(a, c) && safe(b, c))
        .unwrap_or(DType::Complex128)
}

/// `np.result_type` over several dtypes; `None` for an empty list.
pub fn promote_all(types: &[DType]) -> Option<DType> {
    let (&first, rest) = types.split_first()?;
    Some(rest.iter().fold(first, |acc, &d| promote(acc, d)))
}
