//! The types a value outside the body can have: [`PathLabel`],
//! [`QueryParam`] and [`HeaderField`], one trait per place, each with its
//! own message when a field's type is not one.
//!
//! Every `FromStr + Display` type is all three, with the same text in each
//! place. [`Timestamp`](crate::Timestamp) is the type whose text depends on
//! the place, as AWS's protocols write it: a date-time in the path and the
//! query, an http-date in a header.
//!
//! `#[operation]` names the trait at each use, on the field's type, and
//! hands the runtime the trait's functions: the runtime's own functions put
//! no bound on the type, so a type that is not one gets one error, which
//! names the trait.

use std::fmt;
use std::str::FromStr;

/// A type a path label can hold: read from the label's decoded text and
/// written into the path (percent-encoded after). Every `FromStr + Display`
/// type is one (its `FromStr` error `Display`), and so is
/// [`Timestamp`](crate::Timestamp); `#[operation]` requires it of each
/// label's field.
///
/// ```
/// use opwire::PathLabel;
///
/// let id = <u32 as PathLabel>::parse_label("42", "integer").unwrap();
/// let mut text = String::new();
/// id.write_label(&mut text).unwrap();
/// assert_eq!(text, "42");
/// let refused = <u32 as PathLabel>::parse_label("x", "integer").unwrap_err();
/// assert_eq!(refused, "`x` is not a valid integer (invalid digit found in string)");
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be the type of a path label",
    label = "a path label's type",
    note = "a label is read with `FromStr` (its error `Display`) and written with `Display`: implement both for `{Self}`, or declare the field as `String`"
)]
pub trait PathLabel: Sized {
    /// The value of `text`, or why it is not one: `expected` names the
    /// field's type for the message.
    ///
    /// # Errors
    ///
    /// When `text` is not a value of the type.
    fn parse_label(text: &str, expected: &str) -> Result<Self, String>;

    /// Writes the value's text (before percent-encoding).
    ///
    /// # Errors
    ///
    /// When `out` fails.
    fn write_label(&self, out: &mut dyn fmt::Write) -> fmt::Result;
}

/// A type a query parameter can hold (or, in a `Vec`, each of a repeated
/// parameter's values): every `FromStr + Display` type, and
/// [`Timestamp`](crate::Timestamp).
///
/// ```
/// use opwire::{QueryParam, Timestamp};
///
/// let mut text = String::new();
/// Timestamp::from_secs(1_576_540_098).write_query(&mut text).unwrap();
/// assert_eq!(text, "2019-12-16T23:48:18Z");
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be the type of a query parameter",
    label = "a query parameter's type",
    note = "a query parameter is read with `FromStr` (its error `Display`) and written with `Display`: implement both for `{Self}`, or declare the field as `String` (`Option<…>` when it may be absent, `Vec<…>` when it repeats)"
)]
pub trait QueryParam: Sized {
    /// The value of `text` (percent-decoded), or why it is not one.
    ///
    /// # Errors
    ///
    /// When `text` is not a value of the type.
    fn parse_query(text: &str, expected: &str) -> Result<Self, String>;

    /// Writes the value's text (before percent-encoding).
    ///
    /// # Errors
    ///
    /// When `out` fails.
    fn write_query(&self, out: &mut dyn fmt::Write) -> fmt::Result;
}

/// A type a header can hold: every `FromStr + Display` type, and
/// [`Timestamp`](crate::Timestamp).
///
/// ```
/// use opwire::{HeaderField, Timestamp};
///
/// let mut text = String::new();
/// Timestamp::from_secs(1_576_540_098).write_header(&mut text).unwrap();
/// assert_eq!(text, "Mon, 16 Dec 2019 23:48:18 GMT");
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be the type of a header",
    label = "a header's type",
    note = "a header is read with `FromStr` (its error `Display`) and written with `Display`: implement both for `{Self}`, or declare the field as `String` (`Option<…>` when it may be absent)"
)]
pub trait HeaderField: Sized {
    /// The value of `text`, or why it is not one.
    ///
    /// # Errors
    ///
    /// When `text` is not a value of the type.
    fn parse_header(text: &str, expected: &str) -> Result<Self, String>;

    /// Writes the value's text.
    ///
    /// # Errors
    ///
    /// When `out` fails.
    fn write_header(&self, out: &mut dyn fmt::Write) -> fmt::Result;

    /// Writes the value as one item of a comma-separated list (a `Vec`
    /// header field): in double quotes, with `"` and `\` escaped, when its
    /// text has a comma or a quote, as restJson1 writes list items.
    ///
    /// ```
    /// use opwire::HeaderField;
    ///
    /// let mut text = String::new();
    /// "b,c".to_owned().write_list_item(&mut text).unwrap();
    /// assert_eq!(text, r#""b,c""#);
    /// ```
    ///
    /// # Errors
    ///
    /// When `out` fails.
    fn write_list_item(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        let mut text = String::new();
        self.write_header(&mut text)?;
        if !text.contains([',', '"']) {
            return out.write_str(&text);
        }
        out.write_char('"')?;
        for ch in text.chars() {
            if matches!(ch, '"' | '\\') {
                out.write_char('\\')?;
            }
            out.write_char(ch)?;
        }
        out.write_char('"')
    }

    /// The items of a comma-separated list, as [`write_list_item`]
    /// writes them: split at commas outside double quotes, each trimmed of
    /// spaces and tabs and unquoted.
    ///
    /// ```
    /// use opwire::HeaderField;
    ///
    /// let items = <String as HeaderField>::split_list(r#"a, "b,c", "\"def\"""#).unwrap();
    /// assert_eq!(items, ["a", "b,c", "\"def\""]);
    /// ```
    ///
    /// [`write_list_item`]: HeaderField::write_list_item
    ///
    /// # Errors
    ///
    /// A quote that is not closed, or text after a closing quote.
    fn split_list(text: &str) -> Result<Vec<String>, String> {
        split_quoted(text)
    }
}

/// Splits a header list at commas outside double quotes.
fn split_quoted(text: &str) -> Result<Vec<String>, String> {
    let mut items = Vec::new();
    let mut chars = text.chars().peekable();
    loop {
        while chars.next_if(|c| matches!(c, ' ' | '\t')).is_some() {}
        let mut item = String::new();
        if chars.next_if_eq(&'"').is_some() {
            loop {
                match chars.next() {
                    Some('"') => break,
                    Some('\\') => item.push(chars.next().ok_or("a `\\` ends the list")?),
                    Some(ch) => item.push(ch),
                    None => return Err("a quoted item is not closed".to_owned()),
                }
            }
            while chars.next_if(|c| matches!(c, ' ' | '\t')).is_some() {}
            if !matches!(chars.peek(), None | Some(',')) {
                return Err("text after a quoted item".to_owned());
            }
        } else {
            while let Some(ch) = chars.next_if(|c| *c != ',') {
                item.push(ch);
            }
            item.truncate(item.trim_end_matches([' ', '\t']).len());
        }
        items.push(item);
        if chars.next().is_none() {
            return Ok(items);
        }
    }
}

impl<T> PathLabel for T
where
    T: FromStr + fmt::Display,
    T::Err: fmt::Display,
{
    fn parse_label(text: &str, expected: &str) -> Result<Self, String> {
        crate::request::parse(text, expected)
    }

    fn write_label(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        write!(out, "{self}")
    }
}

impl<T> QueryParam for T
where
    T: FromStr + fmt::Display,
    T::Err: fmt::Display,
{
    fn parse_query(text: &str, expected: &str) -> Result<Self, String> {
        crate::request::parse(text, expected)
    }

    fn write_query(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        write!(out, "{self}")
    }
}

impl<T> HeaderField for T
where
    T: FromStr + fmt::Display,
    T::Err: fmt::Display,
{
    fn parse_header(text: &str, expected: &str) -> Result<Self, String> {
        crate::request::parse(text, expected)
    }

    fn write_header(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        write!(out, "{self}")
    }
}

/// What writes a value's text: one of the traits' `write_*` functions.
pub type Write<T> = fn(&T, &mut dyn fmt::Write) -> fmt::Result;

/// What reads a value from text: one of the traits' `parse_*` functions.
pub type Parse<T> = fn(&str, &str) -> Result<T, String>;

/// A value with the function that writes it, as `Display`: what the path
/// renderer and the request builder take.
#[doc(hidden)]
pub struct Text<'a, T>(pub &'a T, pub Write<T>);

impl<T> fmt::Display for Text<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (self.1)(self.0, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_items_with_commas_or_quotes_are_quoted_and_read_back() {
        let items = [
            "a".to_owned(),
            "b,c".to_owned(),
            "\"def\"".to_owned(),
            String::new(),
        ];
        let mut text = String::new();
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                text.push_str(", ");
            }
            item.write_list_item(&mut text).unwrap();
        }
        assert_eq!(text, r#"a, "b,c", "\"def\"", "#);
        assert_eq!(<String as HeaderField>::split_list(&text).unwrap(), items);
    }

    #[test]
    fn a_list_that_does_not_split_is_refused() {
        for bad in [r#""open"#, r#""a" b"#, r#""a\"#] {
            assert!(<String as HeaderField>::split_list(bad).is_err(), "{bad}");
        }
    }
}
