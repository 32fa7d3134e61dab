//! The NumPy index string: `"1:, ::-1, None"`, `"..., 0"`, `"[0, 2], :"`,
//! `"?, 2:"` (`?` binds the next index array argument).
//!
//! Grammar (whitespace ignored): items separated by commas; an item is an
//! integer, a slice `[start]:[stop][:[step]]`, `None`, `...`, `?`, or a
//! bracketed list of integers or of `True`/`False`. Errors name the string
//! and the 0-based column of the offending token.

use std::sync::Arc;

use super::Index;
use crate::array::{Array, Order};
use crate::dtype::{Bool, DType};
use crate::error::{Error, Result};

struct Parser<'a> {
    text: &'a str,
    b: &'a [u8],
    pos: usize,
}

impl Parser<'_> {
    fn err(&self, col: usize, what: &str) -> Error {
        Error::invalid(format!(
            "index string \"{}\": {what} (column {col})",
            self.text
        ))
    }
    fn skip_ws(&mut self) {
        while self.pos < self.b.len() && self.b[self.pos].is_ascii_whitespace() {
            self.pos += 1;
        }
    }
    fn peek(&mut self) -> Option<u8> {
        self.skip_ws();
        self.b.get(self.pos).copied()
    }
    fn int(&mut self) -> Result<Option<(i64, usize)>> {
        self.skip_ws();
        let start = self.pos;
        if matches!(self.b.get(self.pos), Some(b'-' | b'+')) {
            self.pos += 1;
        }
        let digits = self.pos;
        while self.pos < self.b.len() && self.b[self.pos].is_ascii_digit() {
            self.pos += 1;
        }
        if self.pos == digits {
            self.pos = start;
            return Ok(None);
        }
        let s = &self.text[start..self.pos];
        s.parse::<i64>()
            .map(|v| Some((v, start)))
            .map_err(|_| self.err(start, &format!("integer {s} is out of range")))
    }
    fn word(&mut self, w: &str) -> bool {
        self.skip_ws();
        if self.text[self.pos..].starts_with(w) {
            let end = self.pos + w.len();
            if self
                .b
                .get(end)
                .is_none_or(|c| !(c.is_ascii_alphanumeric() || *c == b'_'))
            {
                self.pos = end;
                return true;
            }
        }
        false
    }
}

/// Parses an index string; `args` are the arrays bound to `?` in order.
pub fn parse(text: &str, args: &[Arc<Array>]) -> Result<Vec<Index>> {
    let mut p = Parser {
        text,
        b: text.as_bytes(),
        pos: 0,
    };
    let mut items = Vec::new();
    let mut next_arg = 0usize;
    if p.peek().is_none() {
        return Ok(items);
    }
    loop {
        let col = p.pos;
        let item = if p.word("...") {
            Index::Ellipsis
        } else if p.word("None") {
            Index::NewAxis
        } else if p.peek() == Some(b'?') {
            p.pos += 1;
            let a = args
                .get(next_arg)
                .ok_or_else(|| p.err(col, "'?' has no index array argument left"))?;
            next_arg += 1;
            Index::Array(a.clone())
        } else if p.peek() == Some(b'[') {
            p.pos += 1;
            list(&mut p, col)?
        } else {
            let start = p.int()?;
            if p.peek() == Some(b':') {
                p.pos += 1;
                let stop = p.int()?;
                let mut step = None;
                if p.peek() == Some(b':') {
                    p.pos += 1;
                    step = p.int()?;
                }
                if let Some((0, c)) = step {
                    return Err(p.err(c, "slice step cannot be zero"));
                }
                Index::Slice(start.map(|x| x.0), stop.map(|x| x.0), step.map(|x| x.0))
            } else if let Some((v, _)) = start {
                Index::Int(v)
            } else {
                let c = p.pos;
                let found = p.text[c..]
                    .chars()
                    .next()
                    .map_or("end of string".to_string(), |ch| format!("'{ch}'"));
                return Err(p.err(c, &format!("unexpected {found}")));
            }
        };
        items.push(item);
        match p.peek() {
            None => break,
            Some(b',') => {
                p.pos += 1;
                if p.peek().is_none() {
                    break; // a trailing comma, as in Python's `a[1,]`
                }
            }
            Some(_) => {
                let c = p.pos;
                let ch = p.text[c..].chars().next().unwrap_or(' ');
                return Err(p.err(c, &format!("expected ',' but found '{ch}'")));
            }
        }
    }
    if next_arg < args.len() {
        return Err(Error::invalid(format!(
            "index string \"{text}\": {} index array argument(s) given but only {next_arg} '?' used",
            args.len()
        )));
    }
    Ok(items)
}

/// A bracketed list `[0, 2]` or `[True, False]` (the `[` is consumed).
fn list(p: &mut Parser<'_>, col: usize) -> Result<Index> {
    let mut ints = Vec::new();
    let mut bools = Vec::new();
    loop {
        if p.peek() == Some(b']') {
            p.pos += 1;
            break;
        }
        if p.word("True") {
            bools.push(Bool(1));
        } else if p.word("False") {
            bools.push(Bool(0));
        } else if let Some((v, _)) = p.int()? {
            ints.push(v);
        } else {
            let c = p.pos;
            return Err(p.err(c, "expected an integer, True, False or ']' in the list"));
        }
        match p.peek() {
            Some(b',') => p.pos += 1,
            Some(b']') => {}
            _ => return Err(p.err(col, "unclosed '['")),
        }
    }
    if !ints.is_empty() && !bools.is_empty() {
        return Err(p.err(col, "a list index mixes integers and booleans"));
    }
    let a = if !bools.is_empty() {
        let a = Array::empty(DType::Bool, &[bools.len()], Order::C)?;
        for (i, v) in bools.into_iter().enumerate() {
            a.set::<Bool>(&[i as i64], v)?;
        }
        a
    } else {
        let a = Array::empty(DType::Int64, &[ints.len()], Order::C)?;
        for (i, v) in ints.into_iter().enumerate() {
            a.set::<i64>(&[i as i64], v)?;
        }
        a
    };
    Ok(Index::Array(Arc::new(a)))
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn parses_numpy_forms() {
        let v = parse("1:, ::-1, None", &[]).unwrap();
        assert!(matches!(v[0], Index::Slice(Some(1), None, None)));
        assert!(matches!(v[1], Index::Slice(None, None, Some(-1))));
        assert!(matches!(v[2], Index::NewAxis));
        let v = parse("..., 0", &[]).unwrap();
        assert!(matches!(v[0], Index::Ellipsis) && matches!(v[1], Index::Int(0)));
        assert!(matches!(
            parse("[0, 2], :", &[]).unwrap()[0],
            Index::Array(_)
        ));
        assert_eq!(
            parse("1:, ::0", &[]).unwrap_err().message,
            "index string \"1:, ::0\": slice step cannot be zero (column 6)"
        );
        assert!(parse("?", &[]).is_err());
        assert!(parse("1 2", &[]).is_err());
        assert!(parse("", &[]).unwrap().is_empty());
    }
}
