//! Bit mixing shared by the parts that need random-looking numbers without a
//! random-number crate: SplitMix64 (a small, well-mixed generator: the
//! router's perfect-hash seeds, the client's retry jitter) and version-4
//! UUIDs from 128 bits (request IDs, invocation IDs).

/// One step of SplitMix64: the next state, well mixed.
pub(crate) fn splitmix(state: u64) -> u64 {
    let mut z = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// `bits` as the text of a version-4 UUID (the version and variant bits
/// set): 32 lowercase hex digits with dashes after the 8th, 12th, 16th and
/// 20th.
#[cfg(any(feature = "server", feature = "client"))]
pub(crate) fn uuid_v4(bits: u128) -> [u8; 36] {
    let bits = (bits & !(0xF << 76) & !(0x3 << 62)) | 0x4 << 76 | 0x2 << 62;
    let mut text = [b'-'; 36];
    let mut digit = 0;
    for (i, slot) in text.iter_mut().enumerate() {
        if matches!(i, 8 | 13 | 18 | 23) {
            continue;
        }
        let nibble = (bits >> (124 - 4 * digit)) & 0xF;
        *slot = b"0123456789abcdef"[nibble as usize];
        digit += 1;
    }
    text
}
