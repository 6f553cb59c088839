//! Request IDs: every response carries `x-amzn-RequestId`, as API Gateway's
//! do, so that clients (the AWS SDKs' `request_id()`) and the server's log
//! can name one request.

use std::collections::hash_map::RandomState;
use std::hash::BuildHasher;
use std::sync::atomic::{AtomicU64, Ordering};

use http::HeaderValue;

/// Random-looking, unique UUIDs: a counter hashed with a per-server key.
pub(super) struct RequestIds {
    key: RandomState,
    mask: u64,
    next: AtomicU64,
}

impl RequestIds {
    pub(super) fn new() -> Self {
        let key = RandomState::new();
        RequestIds {
            mask: key.hash_one(u64::MAX),
            key,
            next: AtomicU64::new(0),
        }
    }

    /// The next ID, as a version-4 UUID.
    pub(super) fn next(&self) -> HeaderValue {
        let n = self.next.fetch_add(1, Ordering::Relaxed);
        // The high half, the counter hashed with the key, keeps IDs
        // unguessable from one another; the low half, a bijection of the
        // counter, keeps them unique. One hash a request.
        let high = self.key.hash_one(n);
        let low = mix(n ^ self.mask);
        let text = crate::mix::uuid_v4(u128::from(high) << 64 | u128::from(low));
        let mut id = HeaderValue::from_bytes(&text).unwrap_or(HeaderValue::from_static("-"));
        // Never worth an HPACK table entry: each value is sent once. Indexed,
        // every answer would add one, evict the headers that repeat (CORS)
        // and lengthen the encoder's search (HTTP/2 only; HTTP/1.1 ignores
        // the flag).
        id.set_sensitive(true);
        id
    }
}

/// SplitMix64's finalizer: a bijection on `u64` that scatters neighbouring
/// inputs, so consecutive IDs share no visible pattern.
fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_distinct_version_4_uuids() {
        let ids = RequestIds::new();
        let many: std::collections::HashSet<_> = (0..10_000).map(|_| ids.next()).collect();
        assert_eq!(many.len(), 10_000);
        let ids = RequestIds::new();
        let a = ids.next();
        let b = ids.next();
        assert_ne!(a, b);
        // Kept out of HTTP/2 header tables.
        assert!(a.is_sensitive());
        let text = a.to_str().unwrap();
        assert_eq!(text.len(), 36);
        assert_eq!(&text[14..15], "4");
        assert!(matches!(&text[19..20], "8" | "9" | "a" | "b"), "{text}");
        assert_eq!(
            text.split('-').map(str::len).collect::<Vec<_>>(),
            [8, 4, 4, 4, 12]
        );
    }
}
