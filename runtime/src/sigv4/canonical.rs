//! The pieces of SigV4's canonical request: the URI path, the query, the
//! headers; SHA-256, HMAC and hex.

pub(super) use hmac::{Hmac, KeyInit, Mac};
use http::{HeaderMap, HeaderValue};
pub(super) use sha2::{Digest, Sha256};

/// Headers never signed: hop-by-hop headers a proxy may change or drop,
/// and the ones the SDKs leave out (`user-agent`, `x-amzn-trace-id`).
const UNSIGNED: &[&str] = &[
    "authorization",
    "connection",
    "expect",
    "keep-alive",
    "proxy-authorization",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
    "user-agent",
    "x-amzn-trace-id",
];

pub(super) fn sha256(data: &[u8]) -> [u8; 32] {
    Sha256::digest(data).into()
}

pub(super) fn sha256_hex(data: &[u8]) -> String {
    hex(&sha256(data))
}

/// HMAC-SHA256 keyed with `key`, ready for its data.
pub(super) fn keyed(key: &[u8]) -> Hmac<Sha256> {
    // HMAC takes a key of any length: `new_from_slice` cannot fail.
    <Hmac<Sha256> as KeyInit>::new_from_slice(key)
        .unwrap_or_else(|_| unreachable!("HMAC accepts any key length"))
}

pub(super) fn hmac(key: &[u8], data: &[u8]) -> [u8; 32] {
    let mut mac = keyed(key);
    mac.update(data);
    mac.finalize().into_bytes().into()
}

/// `bytes` in lower-case hex, at the end of `out`.
pub(super) fn hex_into(out: &mut String, bytes: &[u8]) {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    for byte in bytes {
        out.push(char::from(DIGITS[usize::from(byte >> 4)]));
        out.push(char::from(DIGITS[usize::from(byte & 0xf)]));
    }
}

pub(super) fn hex(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 2);
    hex_into(&mut out, bytes);
    out
}

/// Equal in time independent of where they differ (signatures).
pub(super) fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Whether `byte` is unreserved in RFC 3986, the only bytes SigV4 leaves
/// unencoded.
fn unreserved(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~')
}

/// Percent-encodes every byte but the unreserved ones (and `/` when
/// `keep_slash`), in upper-case hex as SigV4 wants.
fn encode(out: &mut String, bytes: &[u8], keep_slash: bool) {
    const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
    let kept = |byte: u8| unreserved(byte) || (keep_slash && byte == b'/');
    let mut rest = bytes;
    while !rest.is_empty() {
        // A run of bytes kept as they are goes in at once.
        let run = rest
            .iter()
            .position(|&byte| !kept(byte))
            .unwrap_or(rest.len());
        // Kept bytes are ASCII.
        out.push_str(std::str::from_utf8(&rest[..run]).unwrap_or_default());
        let Some(&byte) = rest.get(run) else {
            break;
        };
        out.push('%');
        out.push(char::from(DIGITS[usize::from(byte >> 4)]));
        out.push(char::from(DIGITS[usize::from(byte & 0xf)]));
        rest = &rest[run + 1..];
    }
}

/// `%XX` escapes decoded; anything else (a lone `%` included) kept.
fn decode(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let pair = (hex_value(bytes[i + 1]), hex_value(bytes[i + 2]));
            if let (Some(high), Some(low)) = pair {
                out.push(high << 4 | low);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
}

fn hex_value(digit: u8) -> Option<u8> {
    match digit {
        b'0'..=b'9' => Some(digit - b'0'),
        b'a'..=b'f' => Some(digit - b'a' + 10),
        b'A'..=b'F' => Some(digit - b'A' + 10),
        _ => None,
    }
}

/// The canonical URI: the path as sent, its dot segments and empty
/// segments removed when `normalize`, then encoded again when `double`
/// (every service but S3: a `%` in the path becomes `%25`), or else only
/// the bytes a URI cannot hold encoded.
#[cfg(test)]
pub(super) fn canonical_path(path: &str, normalize: bool, double: bool) -> String {
    let mut out = String::new();
    canonical_path_into(&mut out, path, normalize, double);
    out
}

/// [`canonical_path`], written at the end of `out`.
pub(super) fn canonical_path_into(out: &mut String, path: &str, normalize: bool, double: bool) {
    let path = if path.is_empty() { "/" } else { path };
    let normalized;
    let path = if normalize {
        normalized = normalize_path(path);
        normalized.as_str()
    } else {
        path
    };
    if double {
        encode(out, path.as_bytes(), true);
    } else {
        // Already encoded: decode and encode again, so only the form of
        // the escapes changes.
        encode(out, &decode(path), true);
    }
}

/// `.` and `..` resolved and runs of `/` collapsed, keeping a trailing
/// `/` (RFC 3986 5.2.4, as the SDKs normalize).
fn normalize_path(path: &str) -> String {
    let mut segments: Vec<&str> = Vec::new();
    for segment in path.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            segment => segments.push(segment),
        }
    }
    let trailing = path.ends_with('/') || path.ends_with("/.") || path.ends_with("/..");
    let mut out = String::with_capacity(path.len());
    for segment in &segments {
        out.push('/');
        out.push_str(segment);
    }
    if trailing || segments.is_empty() {
        out.push('/');
    }
    out
}

/// The canonical query: each name and value decoded and encoded again,
/// sorted by name then value; a name without `=` gets an empty value.
#[cfg(test)]
pub(super) fn canonical_query(query: Option<&str>) -> String {
    let mut out = String::new();
    canonical_query_into(&mut out, query);
    out
}

/// [`canonical_query`], written at the end of `out`.
pub(super) fn canonical_query_into(out: &mut String, query: Option<&str>) {
    let Some(query) = query.filter(|query| !query.is_empty()) else {
        return;
    };
    let mut pairs: Vec<(String, String)> = query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let mut encoded_name = String::new();
            encode(&mut encoded_name, &decode(name), false);
            let mut encoded_value = String::new();
            encode(&mut encoded_value, &decode(value), false);
            (encoded_name, encoded_value)
        })
        .collect();
    pairs.sort();
    for (i, (name, value)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        out.push_str(name);
        out.push('=');
        out.push_str(value);
    }
}

/// The headers to sign and their values, in one pass over the map: every
/// header but [`UNSIGNED`], sorted by name, each name's values in order
/// (the request has its `host` by then).
pub(super) fn entries_to_sign(headers: &HeaderMap) -> Vec<(&str, &HeaderValue)> {
    let mut entries: Vec<(&str, &HeaderValue)> = headers
        .iter()
        .map(|(name, value)| (name.as_str(), value))
        .filter(|(name, _)| !UNSIGNED.contains(name))
        .collect();
    // Stable: a name's values keep their order.
    entries.sort_by(|a, b| a.0.cmp(b.0));
    entries
}

/// One header's canonical value, written at the end of `out`: its values
/// in order, each trimmed with inner runs of spaces collapsed, joined with
/// `,`. Nothing if the request lacks it or a value is not text.
pub(super) fn canonical_value_into(out: &mut String, headers: &HeaderMap, name: &str) {
    canonical_values_into(out, headers.get_all(name));
}

/// [`canonical_value_into`] of the values given.
pub(super) fn canonical_values_into<'v>(
    out: &mut String,
    values: impl IntoIterator<Item = &'v HeaderValue>,
) {
    let start = out.len();
    let mut any = false;
    for value in values {
        let Ok(text) = std::str::from_utf8(value.as_bytes()) else {
            out.truncate(start);
            return;
        };
        if any {
            out.push(',');
        }
        any = true;
        // Most values need no trimming or collapsing: in at once.
        let bytes = text.as_bytes();
        let plain = !bytes.contains(&b'\t')
            && bytes.first() != Some(&b' ')
            && bytes.last() != Some(&b' ')
            && !bytes.windows(2).any(|pair| pair == b"  ");
        if plain {
            out.push_str(text);
            continue;
        }
        let mut words = text.split([' ', '\t']).filter(|word| !word.is_empty());
        if let Some(first) = words.next() {
            out.push_str(first);
            for word in words {
                out.push(' ');
                out.push_str(word);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_normalized_as_the_sdks_do() {
        for (path, want) in [
            ("/", "/"),
            ("", "/"),
            ("//", "/"),
            ("/./", "/"),
            ("/example/..", "/"),
            ("/example1/example2/../..", "/"),
            ("//example//", "/example/"),
            ("/./example", "/example"),
            ("/a/b/../c/", "/a/c/"),
            ("/a/.", "/a/"),
        ] {
            assert_eq!(
                normalize_path(if path.is_empty() { "/" } else { path }),
                want,
                "{path}"
            );
        }
    }

    #[test]
    fn double_encoding_escapes_percent_single_encoding_keeps_escapes() {
        assert_eq!(canonical_path("/a%3Ab", true, true), "/a%253Ab");
        assert_eq!(canonical_path("/a%3ab", true, false), "/a%3Ab");
        assert_eq!(canonical_path("/a b", false, false), "/a%20b");
    }

    #[test]
    fn queries_are_decoded_encoded_and_sorted() {
        assert_eq!(canonical_query(None), "");
        assert_eq!(canonical_query(Some("b=2&a=1&a=0")), "a=0&a=1&b=2");
        assert_eq!(canonical_query(Some("flag&x=%7e")), "flag=&x=~");
        assert_eq!(canonical_query(Some("x=a+b c")), "x=a%2Bb%20c");
    }

    #[test]
    fn a_lone_percent_is_kept() {
        assert_eq!(decode("100%"), b"100%");
        assert_eq!(decode("%4"), b"%4");
        assert_eq!(decode("%zz%41"), b"%zzA");
    }

    #[test]
    fn hex_is_lower_case() {
        assert_eq!(hex(&[0x00, 0xab, 0x0f]), "00ab0f");
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"ab"));
    }
}
