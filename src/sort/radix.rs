//! The 1-d kernels: stable sort and argsort (LSD radix sort on the keys of
//! [`SortKey`] for types of at most 64 bits, a merge sort on NumPy's `LT`
//! otherwise), and selection (introselect) for partition and quantiles.
//!
//! Radix sort: each pass distributes the items by one digit of the key
//! (11 bits for keys of 32 or 64 bits, 8 bits for shorter ones), stably,
//! least significant digit first; after the last pass the items are ordered
//! by the whole key, ties in input order. A pass whose digit is the same for
//! every item is skipped (the digit histograms of all passes are counted in
//! one read of the input).

use super::key::SortKey;

/// Below this length a comparison sort beats the radix passes.
const SMALL: usize = 192;

/// The digit width for keys of `bytes` bytes.
fn digit_bits(bytes: u32) -> u32 {
    if bytes >= 4 {
        11
    } else {
        8
    }
}

/// Stable LSD radix sort of `items` by `key` (of `key_bits` bits), using
/// `buf` (same length) as scratch. The result ends in `items`.
fn radix_by<E: Copy>(items: &mut [E], buf: &mut [E], key_bits: u32, key: impl Fn(&E) -> u64) {
    let n = items.len();
    let d = digit_bits(key_bits / 8);
    let passes = key_bits.div_ceil(d) as usize;
    let radix = 1usize << d;
    let mask = (radix - 1) as u64;
    let mut counts = vec![0usize; passes * radix];
    for e in items.iter() {
        let k = key(e);
        for p in 0..passes {
            counts[p * radix + ((k >> (p as u32 * d)) & mask) as usize] += 1;
        }
    }
    let mut in_items = true;
    for p in 0..passes {
        let c = &mut counts[p * radix..(p + 1) * radix];
        if c.contains(&n) {
            continue; // every item has this digit: nothing moves
        }
        let mut sum = 0;
        for x in c.iter_mut() {
            let t = *x;
            *x = sum;
            sum += t;
        }
        let shift = p as u32 * d;
        let (src, dst): (&[E], &mut [E]) = if in_items {
            (&*items, &mut *buf)
        } else {
            (&*buf, &mut *items)
        };
        for e in src {
            let slot = &mut c[((key(e) >> shift) & mask) as usize];
            dst[*slot] = *e;
            *slot += 1;
        }
        in_items = !in_items;
    }
    if !in_items {
        items.copy_from_slice(buf);
    }
}

/// Sorts `v` in NumPy's order, stably.
pub fn sort<T: SortKey>(v: &mut [T]) {
    if T::KEY_BYTES == 0 || v.len() < SMALL {
        v.sort_by(T::order);
        return;
    }
    let bits = 8 * T::KEY_BYTES;
    if T::KEY_BYTES == 8 && v.iter().all(|&x| !x.is_nan() && !x.is_negative_zero()) {
        // Without nans and negative zeros the key is a bijection: sorting
        // the keys themselves (no recomputation on every pass) and mapping
        // them back gives the sorted values.
        let mut keys: Vec<u64> = v.iter().map(|x| x.key()).collect();
        let mut buf = vec![0u64; v.len()];
        radix_by(&mut keys, &mut buf, bits, |&k| k);
        for (x, k) in v.iter_mut().zip(keys) {
            *x = T::from_key(k);
        }
        return;
    }
    let mut buf = v.to_vec();
    radix_by(v, &mut buf, bits, |x| x.key());
}

/// Writes to `idx` the permutation that sorts `v` stably (NumPy's stable
/// argsort): `v[idx[0]] <= v[idx[1]] <= ...`, ties in index order.
pub fn argsort<T: SortKey>(v: &[T], idx: &mut [i64]) {
    if T::KEY_BYTES == 0 || v.len() < SMALL {
        for (k, i) in idx.iter_mut().enumerate() {
            *i = k as i64;
        }
        idx.sort_by(|&a, &b| T::order(&v[a as usize], &v[b as usize]));
        return;
    }
    let mut items: Vec<(u64, i64)> = v
        .iter()
        .enumerate()
        .map(|(k, x)| (x.key(), k as i64))
        .collect();
    let mut buf = vec![(0u64, 0i64); v.len()];
    radix_by(&mut items, &mut buf, 8 * T::KEY_BYTES, |e| e.0);
    for (i, e) in idx.iter_mut().zip(items) {
        *i = e.1;
    }
}

/// Partially sorts `v` so that, for every `k` in `kth` (ascending, distinct,
/// in range), `v[k]` is the element a full sort puts there, nothing before
/// it is greater and nothing after it is smaller.
pub fn select<T: SortKey>(v: &mut [T], kth: &[usize]) {
    let mut lo = 0;
    for &k in kth {
        if k >= lo {
            v[lo..].select_nth_unstable_by(k - lo, T::order);
            lo = k + 1;
        }
    }
}

/// [`select`] for nan-free data with a plain `<` (faster for floats).
pub fn select_no_nan<T: SortKey>(v: &mut [T], kth: &[usize]) {
    let mut lo = 0;
    for &k in kth {
        if k >= lo {
            v[lo..].select_nth_unstable_by(k - lo, |a, b| {
                if T::fast_lt(*a, *b) {
                    std::cmp::Ordering::Less
                } else if T::fast_lt(*b, *a) {
                    std::cmp::Ordering::Greater
                } else {
                    std::cmp::Ordering::Equal
                }
            });
            lo = k + 1;
        }
    }
}

/// [`select`] on the indices `idx` of `v` (argpartition).
pub fn argselect<T: SortKey>(v: &[T], idx: &mut [i64], kth: &[usize]) {
    for (k, i) in idx.iter_mut().enumerate() {
        *i = k as i64;
    }
    let mut lo = 0;
    for &k in kth {
        if k >= lo {
            idx[lo..]
                .select_nth_unstable_by(k - lo, |&a, &b| T::order(&v[a as usize], &v[b as usize]));
            lo = k + 1;
        }
    }
}
