//! One sort for the whole extractor. Items are ordered through a `u128` key and a single
//! instance of the standard library's sort: sorting each element type with its own call would
//! put a copy of the sorting code into the WebAssembly module per type.

/// Sorts `items` by `key`; items with equal keys keep their order.
pub fn sort_by_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> u128) {
    sort_by_dyn_key(items, &key);
}

/// The body of [`sort_by_key`], its key a trait object: one copy per element type rather than
/// one per key closure.
fn sort_by_dyn_key<T>(items: &mut Vec<T>, key: &dyn Fn(&T) -> u128) {
    let mut keys: Vec<(u128, usize)> = Vec::with_capacity(items.len());
    for (i, t) in items.iter().enumerate() {
        keys.push((key(t), i));
    }
    sort_keys(&mut keys);
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(keys.iter().filter_map(|&(_, i)| slots[i].take()));
}

/// Sorts and removes repeats from a list of indices.
pub fn sort_dedup(items: &mut Vec<usize>) {
    sort_by_key(items, |&i| i as u128);
    items.dedup();
}

// (key, position) pairs are all different, so an unstable sort keeps ties in order.
#[inline(never)]
fn sort_keys(keys: &mut [(u128, usize)]) {
    keys.sort_unstable();
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
}
