//! The literal children of a trie node, found in constant time: each
//! segment packs into one word (its length and first bytes), and a wide node
//! hashes that word into a collision-free table built when routes are added.

/// Children keyed by their literal segment.
#[derive(Clone, Debug)]
pub(crate) struct Literals<T> {
    /// Packed keys (see [`key`]), parallel to `entries`.
    keys: Vec<u64>,
    entries: Vec<(Box<str>, T)>,
    /// For wide nodes: slot → index + 1 into `entries` (0: empty), found as
    /// `(key * multiplier) >> shift`; no two keys share a slot.
    table: Vec<u16>,
    multiplier: u64,
    shift: u32,
}

/// Up to this many children, a scan of the keys beats hashing.
const SCAN: usize = 4;

impl<T> Default for Literals<T> {
    fn default() -> Self {
        Literals {
            keys: Vec::new(),
            entries: Vec::new(),
            table: Vec::new(),
            multiplier: 0,
            shift: 64,
        }
    }
}

impl<T: Default> Literals<T> {
    /// The child for `text`, added if new.
    pub(crate) fn get_or_insert(&mut self, text: &str) -> &mut T {
        let index = match self.entries.iter().position(|(t, _)| **t == *text) {
            Some(index) => index,
            None => {
                self.keys.push(key(text.as_bytes()));
                self.entries.push((text.into(), T::default()));
                self.rebuild();
                self.entries.len() - 1
            }
        };
        &mut self.entries[index].1
    }
}

impl<T> Literals<T> {
    pub(crate) fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub(crate) fn values_mut(&mut self) -> impl Iterator<Item = &mut T> {
        self.entries.iter_mut().map(|(_, value)| value)
    }

    /// The child for `text`.
    #[inline]
    pub(crate) fn get(&self, text: &str) -> Option<&T> {
        let wanted = key(text.as_bytes());
        if self.table.is_empty() {
            let index = self.keys.iter().position(|&k| k == wanted)?;
            return self.verify(index, text, wanted);
        }
        let slot = (wanted.wrapping_mul(self.multiplier) >> self.shift) as usize;
        let index = usize::from(*self.table.get(slot)?).checked_sub(1)?;
        if self.keys[index] != wanted {
            return None;
        }
        self.verify(index, text, wanted)
    }

    /// Up to 7 bytes the key is the whole text; beyond, compare the rest.
    /// Long texts may share a key: the others are searched then.
    fn verify(&self, index: usize, text: &str, wanted: u64) -> Option<&T> {
        let (literal, value) = &self.entries[index];
        if text.len() <= 7 || **literal == *text {
            return Some(value);
        }
        self.keys
            .iter()
            .zip(&self.entries)
            .find(|(k, (literal, _))| **k == wanted && **literal == *text)
            .map(|(_, (_, value))| value)
    }

    /// Finds a multiplier that gives every distinct key its own slot.
    fn rebuild(&mut self) {
        self.table.clear();
        if self.entries.len() <= SCAN || self.entries.len() >= usize::from(u16::MAX) {
            return;
        }
        let mut distinct = self.keys.clone();
        distinct.sort_unstable();
        distinct.dedup();
        let mut bits = (distinct.len() * 2).next_power_of_two().trailing_zeros();
        let mut seed = 0x9E37_79B9_7F4A_7C15_u64;
        loop {
            for _ in 0..64 {
                seed = crate::mix::splitmix(seed);
                let multiplier = seed | 1;
                let shift = 64 - bits;
                let mut table = vec![0u16; 1 << bits];
                let placed = self.keys.iter().enumerate().all(|(index, &k)| {
                    let slot = &mut table[(k.wrapping_mul(multiplier) >> shift) as usize];
                    let first = (*slot == 0) || self.keys[usize::from(*slot) - 1] == k;
                    if *slot == 0 {
                        // `index + 1` fits: fewer than `u16::MAX` entries.
                        *slot = (index + 1) as u16;
                    }
                    first
                });
                if placed {
                    self.table = table;
                    self.multiplier = multiplier;
                    self.shift = shift;
                    return;
                }
            }
            bits += 1;
        }
    }
}

/// A segment's length (capped at 255) and first seven bytes, in one word.
#[inline]
pub(crate) fn key(segment: &[u8]) -> u64 {
    let len = segment.len();
    // Whole-word loads; short segments use two overlapping ones.
    let head = if let Some(word) = segment.first_chunk::<8>() {
        u64::from_le_bytes(*word)
    } else if let (Some(first), Some(last)) =
        (segment.first_chunk::<4>(), segment.last_chunk::<4>())
    {
        u64::from(u32::from_le_bytes(*first))
            | u64::from(u32::from_le_bytes(*last)) << ((len - 4) * 8)
    } else if let (Some(first), Some(last)) =
        (segment.first_chunk::<2>(), segment.last_chunk::<2>())
    {
        u64::from(u16::from_le_bytes(*first))
            | u64::from(u16::from_le_bytes(*last)) << ((len - 2) * 8)
    } else {
        segment.first().map_or(0, |&byte| u64::from(byte))
    };
    head << 8 | len.min(255) as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_length_and_first_seven_bytes() {
        let padded = |text: &[u8]| {
            let mut word = [0u8; 8];
            word[0] = text.len().min(255) as u8;
            for (slot, byte) in word[1..].iter_mut().zip(text) {
                *slot = *byte;
            }
            u64::from_le_bytes(word)
        };
        for text in [
            "", "a", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefg", "abcdefgh", "releases",
        ] {
            assert_eq!(key(text.as_bytes()), padded(text.as_bytes()), "{text}");
        }
    }

    #[test]
    fn wide_nodes_find_every_child_and_nothing_else() {
        let mut literals: Literals<usize> = Literals::default();
        let words: Vec<String> = (0..200).map(|i| format!("segment-{i}")).collect();
        for (i, word) in words.iter().enumerate() {
            *literals.get_or_insert(word) = i;
        }
        assert!(!literals.table.is_empty());
        for (i, word) in words.iter().enumerate() {
            assert_eq!(literals.get(word), Some(&i), "{word}");
        }
        for miss in [
            "segment-200",
            "segment-",
            "",
            "x",
            "segment-1x",
            "segment-0000",
        ] {
            assert_eq!(literals.get(miss), None, "{miss}");
        }
    }
}
