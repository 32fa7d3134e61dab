//! Helpers shared by the fixture tests: decoding the JSON fixtures written by
//! the `scripts/gen_*_fixtures.py` generators and reading arrays back.
#![allow(dead_code)]

use ndc::dtype::{Casting, ALL};
use ndc::{Array, DType};
use serde_json::Value;

/// The dtype with NumPy's name `name`.
pub fn dtype_named(name: &str) -> DType {
    *ALL.iter()
        .find(|d| d.name() == name)
        .unwrap_or_else(|| panic!("unknown dtype name {name}"))
}

/// The casting mode with NumPy's name `name`.
pub fn casting(name: &str) -> Casting {
    match name {
        "no" => Casting::No,
        "equiv" => Casting::Equiv,
        "safe" => Casting::Safe,
        "same_kind" => Casting::SameKind,
        "unsafe" => Casting::Unsafe,
        c => panic!("casting {c}"),
    }
}

/// Bytes from a hex string.
pub fn unhex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|k| u8::from_str_radix(&s[k..k + 2], 16).unwrap())
        .collect()
}

/// A hex string of bytes.
pub fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// A JSON list of non-negative integers.
pub fn usizes(v: &Value) -> Vec<usize> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_u64().unwrap() as usize)
        .collect()
}

/// A JSON list of integers.
pub fn isizes(v: &Value) -> Vec<isize> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_i64().unwrap() as isize)
        .collect()
}

/// The bytes of every element of `a` in row-major order.
pub fn c_bytes(a: &Array) -> Vec<u8> {
    let mut out = Vec::with_capacity(a.nbytes());
    let mut item = vec![0u8; a.itemsize()];
    let mut idx = vec![0i64; a.ndim()];
    if a.size() == 0 {
        return out;
    }
    loop {
        a.get_bytes(&idx, &mut item).unwrap();
        out.extend_from_slice(&item);
        let mut k = a.ndim();
        loop {
            if k == 0 {
                return out;
            }
            k -= 1;
            idx[k] += 1;
            if (idx[k] as usize) < a.shape()[k] {
                break;
            }
            idx[k] = 0;
        }
    }
}

/// A deterministic pseudo-random stream in [-1, 1).
pub struct Lcg(pub u64);

impl Lcg {
    pub fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 52) as f64 - 1.0
    }
}
