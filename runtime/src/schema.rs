//! [`Schema`]: the JSON form of a field's type, as `const` data the macros
//! write for every field, member, response and error, for documents such
//! as [`openapi`](crate::openapi) generated from the declarations.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::fmt;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;
use std::rc::Rc;
use std::sync::Arc;

use crate::operation::FieldInfo;
use crate::shape::Shape;

/// What values of a type look like in JSON (or as the text of a path
/// label, query parameter or header): the data a JSON Schema is written
/// from.
///
/// `#[operation]` and `#[shape]` give each field the schema of its type
/// through [`Describe`]; a type that does not implement it (a plain serde
/// type) is [`Schema::Any`].
///
/// ```
/// use opwire::{Describe, Schema};
///
/// assert_eq!(<Vec<String> as Describe>::SCHEMA, Schema::array(&Schema::String));
/// assert_eq!(<Option<bool> as Describe>::SCHEMA, Schema::Nullable(&Schema::Boolean));
/// let Schema::Integer { minimum, maximum, .. } = <u8 as Describe>::SCHEMA else { panic!() };
/// assert_eq!((minimum, maximum), (0, 255));
/// ```
#[derive(Clone, Copy)]
#[non_exhaustive]
pub enum Schema {
    /// `true` or `false`.
    Boolean,
    /// A whole number in `minimum..=maximum` (the Rust type's range).
    Integer {
        /// OpenAPI's `format`: `int32`, `int64` or `""` for other widths.
        format: &'static str,
        /// The smallest value.
        minimum: i128,
        /// The largest value.
        maximum: i128,
    },
    /// A number (`f32`, `f64`).
    Number {
        /// OpenAPI's `format`: `float` or `double`.
        format: &'static str,
    },
    /// A string.
    String,
    /// A list of values; `unique` for sets.
    Array {
        /// Each item's schema.
        items: &'static Schema,
        /// The items are distinct (a set).
        unique: bool,
    },
    /// An object with string keys and values of one schema (a map).
    Map(&'static Schema),
    /// The value or `null` (an `Option`).
    Nullable(&'static Schema),
    /// A structure without a name of its own: its members (an operation's
    /// body, [`Empty`](crate::Empty)).
    Object(&'static [FieldInfo]),
    /// A `#[shape]` structure or string enum, referred to by name; a
    /// function, so that shapes can contain themselves.
    Shape(fn() -> ShapeInfo),
    /// Any JSON value: the type says nothing more.
    Any,
}

impl Schema {
    /// A list of `items` (not a set). A `const fn`, for schemas written by
    /// hand in [`Describe`] impls.
    ///
    /// ```
    /// use opwire::Schema;
    ///
    /// const TAGS: Schema = Schema::array(&Schema::String);
    /// assert!(matches!(TAGS, Schema::Array { unique: false, .. }));
    /// ```
    pub const fn array(items: &'static Schema) -> Schema {
        Schema::Array {
            items,
            unique: false,
        }
    }

    /// The schema without `null`: what a query parameter or header of an
    /// `Option` type carries when present.
    pub fn non_null(&self) -> &Schema {
        match self {
            Schema::Nullable(inner) => inner.non_null(),
            other => other,
        }
    }

    /// The shape this schema names, if it is one.
    pub fn shape(&self) -> Option<ShapeInfo> {
        match self {
            Schema::Shape(info) => Some(info()),
            _ => None,
        }
    }
}

// By hand: `Shape` holds a function pointer, compared and hashed by the
// name of the shape it returns (pointers to one function can differ).
impl PartialEq for Schema {
    fn eq(&self, other: &Self) -> bool {
        use Schema::*;
        match (self, other) {
            (Boolean, Boolean) | (String, String) | (Any, Any) => true,
            (
                Integer {
                    format: a,
                    minimum: b,
                    maximum: c,
                },
                Integer {
                    format: x,
                    minimum: y,
                    maximum: z,
                },
            ) => (a, b, c) == (x, y, z),
            (Number { format: a }, Number { format: b }) => a == b,
            (
                Array {
                    items: a,
                    unique: b,
                },
                Array {
                    items: x,
                    unique: y,
                },
            ) => a == x && b == y,
            (Map(a), Map(b)) | (Nullable(a), Nullable(b)) => a == b,
            (Object(a), Object(b)) => a == b,
            (Shape(a), Shape(b)) => a().name == b().name,
            _ => false,
        }
    }
}

impl Eq for Schema {}

impl Hash for Schema {
    fn hash<H: Hasher>(&self, state: &mut H) {
        std::mem::discriminant(self).hash(state);
        match self {
            Schema::Integer {
                format,
                minimum,
                maximum,
            } => (format, minimum, maximum).hash(state),
            Schema::Number { format } => format.hash(state),
            Schema::Array { items, unique } => (items, unique).hash(state),
            Schema::Map(inner) | Schema::Nullable(inner) => inner.hash(state),
            Schema::Object(members) => members.hash(state),
            Schema::Shape(info) => info().name.hash(state),
            Schema::Boolean | Schema::String | Schema::Any => {}
        }
    }
}

impl fmt::Debug for Schema {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Schema::Boolean => f.write_str("Boolean"),
            Schema::Integer {
                format,
                minimum,
                maximum,
            } => f
                .debug_struct("Integer")
                .field("format", format)
                .field("minimum", minimum)
                .field("maximum", maximum)
                .finish(),
            Schema::Number { format } => f.debug_struct("Number").field("format", format).finish(),
            Schema::String => f.write_str("String"),
            Schema::Array { items, unique } => f
                .debug_struct("Array")
                .field("items", items)
                .field("unique", unique)
                .finish(),
            Schema::Map(inner) => f.debug_tuple("Map").field(inner).finish(),
            Schema::Nullable(inner) => f.debug_tuple("Nullable").field(inner).finish(),
            Schema::Object(members) => f.debug_tuple("Object").field(members).finish(),
            Schema::Shape(info) => write!(f, "Shape({})", info().name),
            Schema::Any => f.write_str("Any"),
        }
    }
}

/// A `#[shape]` type as data: [`Shape`]'s constants in one value.
///
/// ```
/// use opwire::{ShapeInfo, shape};
///
/// /// A job.
/// #[shape]
/// pub struct Job { pub job_id: String }
///
/// let info = ShapeInfo::of::<Job>();
/// assert_eq!((info.name, info.doc), ("Job", "A job."));
/// assert_eq!(info.members[0].wire, "jobId");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ShapeInfo {
    /// [`Shape::NAME`].
    pub name: &'static str,
    /// [`Shape::DOC`].
    pub doc: &'static str,
    /// [`Shape::MEMBERS`].
    pub members: &'static [FieldInfo],
    /// [`Shape::VALUES`].
    pub values: &'static [&'static str],
}

impl ShapeInfo {
    /// The declaration of `T`.
    pub fn of<T: Shape>() -> ShapeInfo {
        ShapeInfo {
            name: T::NAME,
            doc: T::DOC,
            members: T::MEMBERS,
            values: T::VALUES,
        }
    }

    /// Whether this is a string enum (else a structure; an enum without
    /// variants reads as an empty structure).
    pub fn is_enum(&self) -> bool {
        !self.values.is_empty()
    }
}

/// A type whose JSON form has a [`Schema`]: implemented here for Rust's
/// scalars, strings, collections and `Option`, and by `#[shape]` for its
/// types.
///
/// Implement it for a type of your own that a plain serde impl puts on the
/// wire, so that documents describe it:
///
/// ```
/// use opwire::{Describe, Schema};
///
/// /// Seconds since the Unix epoch, as a JSON number.
/// pub struct EpochSeconds(pub f64);
///
/// impl Describe for EpochSeconds {
///     const SCHEMA: Schema = Schema::Number { format: "double" };
/// }
/// ```
pub trait Describe {
    /// The schema of every value of the type.
    const SCHEMA: Schema;
}

macro_rules! integers {
    ($($ty:ty => $format:literal),* $(,)?) => {$(
        impl Describe for $ty {
            const SCHEMA: Schema = Schema::Integer {
                format: $format,
                minimum: <$ty>::MIN as i128,
                maximum: <$ty>::MAX as i128,
            };
        }
    )*};
}

integers! {
    i8 => "", i16 => "", i32 => "int32", i64 => "int64", isize => "int64",
    u8 => "", u16 => "", u32 => "", u64 => "", usize => "",
}

impl Describe for bool {
    const SCHEMA: Schema = Schema::Boolean;
}

impl Describe for f32 {
    const SCHEMA: Schema = Schema::Number { format: "float" };
}

impl Describe for f64 {
    const SCHEMA: Schema = Schema::Number { format: "double" };
}

impl Describe for String {
    const SCHEMA: Schema = Schema::String;
}

impl Describe for str {
    const SCHEMA: Schema = Schema::String;
}

impl Describe for serde_json::Value {
    const SCHEMA: Schema = Schema::Any;
}

impl Describe for crate::Empty {
    const SCHEMA: Schema = Schema::Object(&[]);
}

impl<T: Describe> Describe for Option<T> {
    const SCHEMA: Schema = Schema::Nullable(&T::SCHEMA);
}

macro_rules! transparent {
    ($($wrapper:ident),*) => {$(
        impl<T: Describe + ?Sized> Describe for $wrapper<T> {
            const SCHEMA: Schema = T::SCHEMA;
        }
    )*};
}

transparent!(Box, Arc, Rc);

macro_rules! lists {
    ($($list:ident => $unique:literal),*) => {$(
        impl<T: Describe> Describe for $list<T> {
            const SCHEMA: Schema = Schema::Array { items: &T::SCHEMA, unique: $unique };
        }
    )*};
}

lists!(Vec => false, VecDeque => false, BTreeSet => true);

impl<T: Describe, S> Describe for HashSet<T, S> {
    const SCHEMA: Schema = Schema::Array {
        items: &T::SCHEMA,
        unique: true,
    };
}

impl<T: Describe> Describe for [T] {
    const SCHEMA: Schema = Schema::array(&T::SCHEMA);
}

impl<V: Describe> Describe for BTreeMap<String, V> {
    const SCHEMA: Schema = Schema::Map(&V::SCHEMA);
}

impl<V: Describe, S> Describe for HashMap<String, V, S> {
    const SCHEMA: Schema = Schema::Map(&V::SCHEMA);
}

/// `Probe::<T>::SCHEMA`: `T`'s [`Describe::SCHEMA`] where `T` implements it,
/// else [`Schema::Any`] (from [`ProbeFallback`], which the macros bring
/// into scope): an inherent constant wins over a trait's when its bound
/// holds, so a declaration may use types that do not describe themselves.
#[doc(hidden)]
pub struct Probe<T: ?Sized>(PhantomData<T>);

impl<T: Describe + ?Sized> Probe<T> {
    pub const SCHEMA: Schema = T::SCHEMA;
}

#[doc(hidden)]
pub trait ProbeFallback {
    const SCHEMA: Schema = Schema::Any;
}

impl<T: ?Sized> ProbeFallback for Probe<T> {}

#[cfg(test)]
mod tests {
    use super::*;

    struct Plain;

    #[test]
    fn a_type_without_describe_probes_as_any_and_one_with_it_as_its_own() {
        #[allow(unused_imports)]
        use ProbeFallback as _;
        assert_eq!(Probe::<Plain>::SCHEMA, Schema::Any);
        assert_eq!(Probe::<Vec<u64>>::SCHEMA, Schema::array(&u64::SCHEMA));
        assert_eq!(
            Probe::<Option<BTreeMap<String, bool>>>::SCHEMA,
            Schema::Nullable(&Schema::Map(&Schema::Boolean))
        );
    }

    #[test]
    fn integer_ranges_are_the_rust_types() {
        let Schema::Integer {
            minimum, maximum, ..
        } = i64::SCHEMA
        else {
            panic!("not an integer")
        };
        assert_eq!((minimum, maximum), (i64::MIN as i128, i64::MAX as i128));
    }
}
