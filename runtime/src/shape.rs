//! [`Shape`]: the structures, string enums and unions that travel inside
//! bodies, declared with `#[shape]`, and their wire names as data.

use std::fmt;

use crate::operation::FieldInfo;

/// A structure or string enum of the wire, declared with
/// [`#[shape]`](macro@crate::shape): its members' wire names and required
/// flags, or its values, as constants.
///
/// ```
/// use opwire::{Shape, shape};
///
/// /// The status of a job.
/// #[shape(rename_all = "SCREAMING_SNAKE_CASE")]
/// #[derive(Debug, Clone, Copy, PartialEq, Eq)]
/// pub enum JobStatus { InProgress, Completed }
///
/// assert_eq!(JobStatus::VALUES, ["IN_PROGRESS", "COMPLETED"]);
/// assert_eq!(JobStatus::InProgress.to_string(), "IN_PROGRESS");
/// assert_eq!("COMPLETED".parse::<JobStatus>().unwrap(), JobStatus::Completed);
/// ```
pub trait Shape {
    /// The type's name.
    const NAME: &'static str;
    /// The type's doc comment, as [`Operation::DOC`](crate::Operation::DOC)
    /// has an operation's.
    const DOC: &'static str = "";
    /// A structure's members (empty for an enum).
    const MEMBERS: &'static [FieldInfo];
    /// A string enum's values (empty for a structure).
    const VALUES: &'static [&'static str];
    /// A union (an enum whose variants hold values): its members are
    /// [`MEMBERS`](Self::MEMBERS), one of which is on the wire.
    const UNION: bool = false;
}

/// A string that is none of a `#[shape]` enum's values: the `FromStr` error.
///
/// ```
/// use opwire::shape;
///
/// #[shape]
/// #[derive(Debug)]
/// pub enum ServiceName { S3 }
///
/// let err = "GCS".parse::<ServiceName>().unwrap_err();
/// assert_eq!(err.to_string(), "unknown value `GCS`, expected `S3`");
/// assert_eq!(err.value(), "GCS");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownValue {
    value: String,
    expected: &'static [&'static str],
}

impl UnknownValue {
    /// `value`, which is none of `expected`.
    pub fn new(value: &str, expected: &'static [&'static str]) -> Self {
        UnknownValue {
            value: value.to_owned(),
            expected,
        }
    }

    /// The string that was given.
    pub fn value(&self) -> &str {
        &self.value
    }

    /// The values that would have been accepted.
    pub fn expected(&self) -> &'static [&'static str] {
        self.expected
    }
}

impl fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown value `{}`, expected ",
            self.value.escape_debug()
        )?;
        match self.expected {
            [] => f.write_str("no value at all"),
            [one] => write!(f, "`{one}`"),
            many => {
                f.write_str("one of ")?;
                for (i, value) in many.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "`{value}`")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for UnknownValue {}
