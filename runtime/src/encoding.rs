//! Percent-encoding as AWS SDKs do it, and strict percent-decoding.
//!
//! Encoding follows the restJson1 rules: every byte except ASCII letters,
//! digits and `- . _ ~` is percent-encoded (UTF-8 first for non-ASCII), and a
//! greedy label also keeps `/`. Decoding rejects what lenient decoders let
//! through: a `%` not followed by two hex digits, and bytes that are not UTF-8.

use std::borrow::Cow;
use std::fmt;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode, utf8_percent_encode};

/// Bytes a path label or query value keeps as they are: RFC 3986 unreserved.
pub(crate) const LABEL: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// A greedy label keeps its `/` separators.
pub(crate) const GREEDY: &AsciiSet = &LABEL.remove(b'/');

/// Appends `value` to `out`, percent-encoded with `set`.
pub(crate) fn encode_into(out: &mut String, value: &str, set: &'static AsciiSet) {
    out.extend(utf8_percent_encode(value, set));
}

/// A [`fmt::Write`] that percent-encodes what is written to it, so a
/// `Display` value is encoded without an intermediate `String`.
pub(crate) struct EncodingWriter<'a> {
    out: &'a mut String,
    set: &'static AsciiSet,
    written: bool,
}

impl<'a> EncodingWriter<'a> {
    pub(crate) fn new(out: &'a mut String, set: &'static AsciiSet) -> Self {
        EncodingWriter {
            out,
            set,
            written: false,
        }
    }

    /// Whether anything non-empty was written.
    pub(crate) fn written(&self) -> bool {
        self.written
    }
}

impl fmt::Write for EncodingWriter<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.written |= !s.is_empty();
        encode_into(self.out, s, self.set);
        Ok(())
    }
}

/// Why a percent-encoded value could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum DecodeError {
    /// A `%` not followed by two hex digits; holds the offending escape.
    BadEscape(String),
    /// The decoded bytes are not UTF-8.
    NotUtf8,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::BadEscape(escape) => {
                write!(
                    f,
                    "`{escape}` is not a valid percent-escape (expected `%` and two hex digits)"
                )
            }
            DecodeError::NotUtf8 => f.write_str("the percent-decoded bytes are not valid UTF-8"),
        }
    }
}

/// Decodes a path label: `%XX` escapes only (`+` stays `+`).
pub(crate) fn decode_label(raw: &str) -> Result<Cow<'_, str>, DecodeError> {
    if !raw.contains('%') {
        return Ok(Cow::Borrowed(raw));
    }
    check_escapes(raw)?;
    percent_decode(raw.as_bytes())
        .decode_utf8()
        .map_err(|_| DecodeError::NotUtf8)
}

/// Decodes a query-string key or value: `%XX` escapes, and `+` as a space
/// (what HTML forms and most HTTP clients send).
pub(crate) fn decode_query(raw: &str) -> Result<Cow<'_, str>, DecodeError> {
    if !raw.contains('+') {
        return decode_label(raw);
    }
    check_escapes(raw)?;
    let spaced = raw.replace('+', " ");
    let decoded = percent_decode(spaced.as_bytes()).collect::<Vec<u8>>();
    String::from_utf8(decoded)
        .map(Cow::Owned)
        .map_err(|_| DecodeError::NotUtf8)
}

/// Rejects a `%` that is not followed by two hex digits.
fn check_escapes(raw: &str) -> Result<(), DecodeError> {
    let bytes = raw.as_bytes();
    let mut i = 0;
    while let Some(offset) = bytes[i..].iter().position(|&b| b == b'%') {
        let at = i + offset;
        let escape = bytes.get(at + 1..at + 3);
        match escape {
            Some([hi, lo]) if hi.is_ascii_hexdigit() && lo.is_ascii_hexdigit() => i = at + 3,
            _ => {
                let end = (at + 3).min(bytes.len());
                let shown = String::from_utf8_lossy(&bytes[at..end]).into_owned();
                return Err(DecodeError::BadEscape(shown));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encode(value: &str, set: &'static AsciiSet) -> String {
        let mut out = String::new();
        encode_into(&mut out, value, set);
        out
    }

    #[test]
    fn label_encoding_keeps_only_unreserved_bytes() {
        assert_eq!(encode("aZ09-._~", LABEL), "aZ09-._~");
        assert_eq!(encode("a/b c%d?e#f+g", LABEL), "a%2Fb%20c%25d%3Fe%23f%2Bg");
        assert_eq!(encode("é☃", LABEL), "%C3%A9%E2%98%83");
        assert_eq!(encode("a/b c", GREEDY), "a/b%20c");
    }

    #[test]
    fn decoding_rejects_bad_escapes() {
        assert_eq!(decode_label("a%2Fb").unwrap(), "a/b");
        assert_eq!(decode_label("a+b").unwrap(), "a+b");
        assert_eq!(
            decode_label("%G1"),
            Err(DecodeError::BadEscape("%G1".into()))
        );
        assert_eq!(decode_label("ab%"), Err(DecodeError::BadEscape("%".into())));
        assert_eq!(
            decode_label("ab%4"),
            Err(DecodeError::BadEscape("%4".into()))
        );
        assert_eq!(decode_label("%FF"), Err(DecodeError::NotUtf8));
    }

    #[test]
    fn query_decoding_reads_plus_as_space() {
        assert_eq!(decode_query("a+b%2B").unwrap(), "a b+");
        assert_eq!(
            decode_query("a+%G").unwrap_err(),
            DecodeError::BadEscape("%G".into())
        );
    }
}
