//! A small map from words: its pairs kept sorted by the word and searched by halves. For the
//! tables of a few hundred or thousand words read once (function words, plural titles, country
//! names), where each hash map of another key and value type would add a copy of the hash
//! table's code to the WebAssembly module.

/// Words and their values, sorted by the word.
#[derive(Debug, Clone, Default)]
pub struct WordMap<V> {
    pairs: Vec<(&'static str, V)>,
}

impl<V> WordMap<V> {
    /// An empty map.
    pub fn new() -> WordMap<V> {
        WordMap { pairs: Vec::new() }
    }

    /// Where `word` is among the pairs, or where it would go.
    fn find(&self, word: &str) -> Result<usize, usize> {
        self.pairs.binary_search_by(|&(w, _)| w.cmp(word))
    }

    /// The value of `word`.
    pub fn get(&self, word: &str) -> Option<&V> {
        self.find(word).ok().map(|at| &self.pairs[at].1)
    }

    /// The value of `word`, `value` added for it first when it has none (as the standard
    /// maps' `entry(word).or_insert(value)`).
    pub fn or_insert(&mut self, word: &'static str, value: V) -> &mut V {
        let at = match self.find(word) {
            Ok(at) => at,
            Err(at) => {
                self.pairs.insert(at, (word, value));
                at
            }
        };
        &mut self.pairs[at].1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_first_value_unless_assigned() {
        let mut map = WordMap::new();
        map.or_insert("pear", 1);
        map.or_insert("fig", 2);
        map.or_insert("pear", 3);
        *map.or_insert("kiwi", 0) |= 4;
        *map.or_insert("kiwi", 0) |= 8;
        assert_eq!(map.get("pear"), Some(&1));
        assert_eq!(map.get("fig"), Some(&2));
        assert_eq!(map.get("kiwi"), Some(&12));
        assert_eq!(map.get("plum"), None);
    }
}
