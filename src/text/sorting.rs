//! One sort for the whole extractor. Items are ordered through a `u128` key and a single
//! heapsort of (key, position) pairs: sorting each element type with its own call would put a
//! copy of the sorting code into the WebAssembly module per type, and the standard library's
//! sort is 4 KB of it where this one is a few hundred bytes.

/// Sorts `items` by `key`; items with equal keys keep their order.
pub fn sort_by_key<T>(items: &mut [T], key: impl Fn(&T) -> u128) {
    sort_by_dyn_key(items, &key);
}

/// The body of [`sort_by_key`], its key a trait object: one copy per element type rather than
/// one per key closure.
fn sort_by_dyn_key<T>(items: &mut [T], key: &dyn Fn(&T) -> u128) {
    let mut keys: Vec<(u128, usize)> = Vec::with_capacity(items.len());
    for (i, t) in items.iter().enumerate() {
        keys.push((key(t), i));
    }
    sort_keys(&mut keys);
    // The items moved to their places by swaps, with no list of their own type, one cycle of
    // the order at a time: place `p` takes the item first at `keys[p].1`, whose place then
    // takes its own, until the cycle comes back to where it began. A place filled is marked
    // by its own index, so that no cycle is walked twice (linear time).
    for start in 0..keys.len() {
        let mut p = start;
        loop {
            let from = keys[p].1;
            keys[p].1 = p;
            if from == start {
                break;
            }
            items.swap(p, from);
            p = from;
        }
    }
}

/// Sorts and removes repeats from a list of indices.
pub fn sort_dedup(items: &mut Vec<usize>) {
    sort_by_key(items, |&i| i as u128);
    items.dedup();
}

// (key, position) pairs are all different, so an unstable sort keeps ties in order, and any
// correct sort puts them in the same order: a heapsort, O(n log n) at worst, in little code.
#[inline(never)]
fn sort_keys(keys: &mut [(u128, usize)]) {
    // Build a max-heap, then move its top to the end of the shrinking unsorted part.
    for root in (0..keys.len() / 2).rev() {
        sift_down(keys, root);
    }
    for end in (1..keys.len()).rev() {
        keys.swap(0, end);
        sift_down(keys.get_mut(..end).unwrap_or_default(), 0);
    }
}

/// Moves `keys[root]` down the max-heap `keys` until both its children are smaller.
fn sift_down(keys: &mut [(u128, usize)], mut root: usize) {
    loop {
        let mut child = 2 * root + 1;
        if child >= keys.len() {
            return;
        }
        if child + 1 < keys.len() && keys[child] < keys[child + 1] {
            child += 1;
        }
        if keys[root] >= keys[child] {
            return;
        }
        keys.swap(root, child);
        root = child;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_key_and_keeps_ties_in_order() {
        let mut words = vec!["pear", "fig", "apple", "kiwi", "plum"];
        sort_by_key(&mut words, |w| w.len() as u128);
        assert_eq!(words, ["fig", "pear", "kiwi", "plum", "apple"]);
        let mut ids = vec![5, 1, 5, 3, 1];
        sort_dedup(&mut ids);
        assert_eq!(ids, [1, 3, 5]);
    }

    #[test]
    fn heapsort_sorts_as_the_standard_sort_does() {
        // A small generator of keys with many repeats, for lengths 0 to 200.
        let mut seed = 12345u64;
        for len in 0..200 {
            let mut keys: Vec<(u128, usize)> = Vec::new();
            for i in 0..len {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                keys.push((u128::from(seed >> 60) << (seed % 100), i));
            }
            let mut expected = keys.clone();
            expected.sort_unstable();
            sort_keys(&mut keys);
            assert_eq!(keys, expected, "{len}");
        }
    }
}
