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
fn radix_by<E: Copy>(items: &mut [E], buf: &mut [E], key_bits: u32, key: &impl Fn(&E) -> u64) {
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

/// From this length on, the two halves are sorted on two threads of the
/// pool and merged (in parallel too).
const PARALLEL: usize = 1 << 17;

/// Stable merge of sorted `l` and `r` into `out` (ties: `l` first).
fn merge<E: Copy>(l: &[E], r: &[E], out: &mut [E], key: &impl Fn(&E) -> u64) {
    let (mut i, mut j) = (0, 0);
    for o in out.iter_mut() {
        if j < r.len() && (i == l.len() || key(&r[j]) < key(&l[i])) {
            *o = r[j];
            j += 1;
        } else {
            *o = l[i];
            i += 1;
        }
    }
}

/// The split of a stable merge of `l` and `r` whose first `m` outputs are
/// `l[..i]` and `r[..m-i]`: the smallest `i` with `r[m-i-1] < l[i]`.
fn co_rank<E>(l: &[E], r: &[E], m: usize, key: &impl Fn(&E) -> u64) -> usize {
    let (mut lo, mut hi) = (m.saturating_sub(r.len()), m.min(l.len()));
    while lo < hi {
        let i = (lo + hi) / 2;
        if key(&r[m - i - 1]) >= key(&l[i]) {
            lo = i + 1;
        } else {
            hi = i;
        }
    }
    lo
}

/// Stable radix sort of `items` by `key`: for long inputs each half is
/// sorted on its own thread of the pool, then the halves are merged, the
/// two halves of the output in parallel (split by [`co_rank`]).
fn sort_by_key<E: Copy + Send + Sync>(items: &mut [E], bits: u32, key: impl Fn(&E) -> u64 + Sync) {
    let n = items.len();
    let mut buf = items.to_vec();
    if n < PARALLEL || crate::threads::num_threads() < 2 {
        radix_by(items, &mut buf, bits, &key);
        return;
    }
    let h = n / 2;
    let done = crate::threads::install(|| {
        let (l, r) = items.split_at_mut(h);
        let (bl, br) = buf.split_at_mut(h);
        rayon::join(
            || radix_by(l, bl, bits, &key),
            || radix_by(r, br, bits, &key),
        );
        let (l, r) = items.split_at(h);
        let m = n / 2;
        let i = co_rank(l, r, m, &key);
        let (o1, o2) = buf.split_at_mut(m);
        rayon::join(
            || merge(&l[..i], &r[..m - i], o1, &key),
            || merge(&l[i..], &r[m - i..], o2, &key),
        );
    });
    if done.is_err() {
        // No pool: sort on this thread.
        radix_by(items, &mut buf, bits, &key);
        return;
    }
    items.copy_from_slice(&buf);
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
        sort_by_key(&mut keys, bits, |&k| k);
        for (x, k) in v.iter_mut().zip(keys) {
            *x = T::from_key(k);
        }
        return;
    }
    sort_by_key(v, bits, |x| x.key());
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
    sort_by_key(&mut items, 8 * T::KEY_BYTES, |e| e.0);
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Long inputs take the parallel radix path: compare with a comparison
    /// sort (stable, NumPy's order).
    #[test]
    fn long_sorts_match_a_comparison_sort() {
        let n = PARALLEL + 1001;
        let mut x: u64 = 88172645463325252;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let mut f: Vec<f64> = (0..n)
            .map(|_| (next() % 2001) as f64 / 8.0 - 125.0)
            .collect();
        f[7] = f64::NAN;
        f[99] = -0.0;
        let ints: Vec<i64> = (0..n).map(|_| next() as i64).collect();
        for v in [f.clone(), f.iter().map(|v| v.abs()).collect()] {
            let mut want = v.clone();
            want.sort_by(f64::order);
            let mut got = v.clone();
            sort(&mut got);
            assert!(got
                .iter()
                .zip(&want)
                .all(|(a, b)| a.to_bits() == b.to_bits()));
            let mut idx = vec![0i64; n];
            argsort(&v, &mut idx);
            let mut wi: Vec<i64> = (0..n as i64).collect();
            wi.sort_by(|&a, &b| f64::order(&v[a as usize], &v[b as usize]));
            assert_eq!(idx, wi);
        }
        let mut got = ints.clone();
        sort(&mut got);
        let mut want = ints;
        want.sort();
        assert_eq!(got, want);
    }
}
