//! The hash maps and sets of the extractor, with a fast hasher.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The phrase index is looked up for every token: a multiply-rotate hash (as in rustc's
/// FxHash) instead of SipHash. Only table phrases are stored, so no input can crowd it.
#[derive(Default, Clone, Copy)]
pub struct FastHasher(u64);

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A hash map with the fast hasher: every map of the extractor holds words or small keys
/// looked up per token.
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;
/// A hash set with the fast hasher.
pub type FastSet<K> = std::collections::HashSet<K, BuildHasherDefault<FastHasher>>;
