//! The generic halves of the `Deserialize` impls the macros write for bodies
//! and `#[shape]` types, in place of serde's derive: the visitors live here,
//! once, and each type contributes only its member names and a `match` that
//! fills its slots. Errors are serde's own (`missing field`, `duplicate
//! field`, `unknown variant`), so messages and paths read as with the derive.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, IgnoredAny, MapAccess, SeqAccess,
    VariantAccess, Visitor,
};

/// The members of a structure being read: one `Option` slot each.
pub trait Slots<'de>: Sized {
    /// The structure the slots make.
    type Value;

    /// Every slot empty.
    fn empty() -> Self;

    /// Reads the value of member `index` from `map` into its slot.
    fn fill<A: MapAccess<'de>>(&mut self, index: usize, map: &mut A) -> Result<(), A::Error>;

    /// The structure, or the error of a missing member. Called while the
    /// deserializer is still at the object, so the error's position (and
    /// the path derived from it) is the object's.
    fn finish<E: de::Error>(self) -> Result<Self::Value, E>;
}

/// Reads a JSON object into `S`, member by member (unknown ones skipped).
/// Only an object: a list is refused, not read positionally.
pub fn deserialize_struct<'de, D, S>(
    deserializer: D,
    name: &'static str,
    members: &'static [&'static str],
) -> Result<S::Value, D::Error>
where
    D: Deserializer<'de>,
    S: Slots<'de>,
{
    deserializer.deserialize_struct(
        name,
        members,
        StructVisitor {
            members,
            slots: PhantomData::<S>,
        },
    )
}

struct StructVisitor<S> {
    members: &'static [&'static str],
    slots: PhantomData<S>,
}

impl<'de, S: Slots<'de>> Visitor<'de> for StructVisitor<S> {
    type Value = S::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    /// A list is refused, once read to its end: the error's position is
    /// then past the list, which names it (not its first element) as the
    /// value at fault.
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<S::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Err(de::Error::invalid_type(de::Unexpected::Seq, &self))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<S::Value, A::Error> {
        let mut slots = S::empty();
        while let Some(index) = map.next_key_seed(Name(self.members))? {
            match index {
                Some(index) => slots.fill(index, &mut map)?,
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        slots.finish()
    }
}

/// Reads a member name (or an enum value) as its index among `names`;
/// `None` for a name not among them.
struct Name(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for Name {
    type Value = Option<usize>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<usize>, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for Name {
    type Value = Option<usize>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a name")
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<Option<usize>, E> {
        Ok(self.0.iter().position(|known| *known == name))
    }

    fn visit_bytes<E: de::Error>(self, name: &[u8]) -> Result<Option<usize>, E> {
        Ok(self.0.iter().position(|known| known.as_bytes() == name))
    }
}

/// How many members are serialized: those not skipped. Not generic, so it
/// is compiled once rather than per type.
pub fn present(skip: &[bool]) -> usize {
    skip.iter().filter(|skip| !**skip).count()
}

/// A member given twice is an error, as serde's derive makes it; checked
/// before its value is read.
pub fn vacant<T, E: de::Error>(slot: &Option<T>, name: &'static str) -> Result<(), E> {
    match slot {
        Some(_) => Err(E::duplicate_field(name)),
        None => Ok(()),
    }
}

/// Skips the value of a member the type does not have.
pub fn skip<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<IgnoredAny>().map(|_| ())
}

/// A required member's value, or serde's "missing field" error.
pub fn required<T, E: de::Error>(slot: Option<T>, name: &'static str) -> Result<T, E> {
    slot.ok_or_else(|| E::missing_field(name))
}

/// Reads a string enum's value as its index in `values`.
pub fn deserialize_enum<'de, D: Deserializer<'de>>(
    deserializer: D,
    name: &'static str,
    values: &'static [&'static str],
) -> Result<usize, D::Error> {
    deserializer.deserialize_enum(name, values, EnumVisitor(values))
}

struct EnumVisitor(&'static [&'static str]);

impl<'de> Visitor<'de> for EnumVisitor {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("one of the enum's values")
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<usize, A::Error> {
        let (index, variant) = data.variant_seed(Value(self.0))?;
        variant.unit_variant()?;
        Ok(index)
    }
}

/// An enum value as its index; an unknown one is serde's "unknown variant".
struct Value(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for Value {
    type Value = usize;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for Value {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("one of the enum's values")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<usize, E> {
        self.0
            .iter()
            .position(|known| *known == value)
            .ok_or_else(|| E::unknown_variant(value, self.0))
    }

    fn visit_bytes<E: de::Error>(self, value: &[u8]) -> Result<usize, E> {
        match std::str::from_utf8(value) {
            Ok(value) => self.visit_str(value),
            Err(_) => Err(E::invalid_value(de::Unexpected::Bytes(value), &self)),
        }
    }
}

/// The members of a union being read: the one present, by its index.
pub trait UnionMembers<'de> {
    /// The union.
    type Value;

    /// Reads the value of member `index` from `map`.
    fn read<A: MapAccess<'de>>(index: usize, map: &mut A) -> Result<Self::Value, A::Error>;
}

/// Reads a JSON object of exactly one member (besides a `__type`, which
/// some services add and which is skipped) into the union `U`.
pub fn deserialize_union<'de, D, U>(
    deserializer: D,
    name: &'static str,
    members: &'static [&'static str],
) -> Result<U::Value, D::Error>
where
    D: Deserializer<'de>,
    U: UnionMembers<'de>,
{
    deserializer.deserialize_map(UnionVisitor {
        name,
        members,
        union: PhantomData::<U>,
    })
}

struct UnionVisitor<U> {
    name: &'static str,
    members: &'static [&'static str],
    union: PhantomData<U>,
}

impl<'de, U: UnionMembers<'de>> Visitor<'de> for UnionVisitor<U> {
    type Value = U::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "a JSON object with one member of the union `{}`",
            self.name
        )
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<U::Value, A::Error> {
        let mut value: Option<(usize, U::Value)> = None;
        while let Some(key) = map.next_key::<String>()? {
            if key == "__type" {
                map.next_value::<IgnoredAny>()?;
                continue;
            }
            let Some(index) = self.members.iter().position(|member| *member == key) else {
                return Err(de::Error::custom(format_args!(
                    "unknown member `{}` of the union `{}`, expected one of {}",
                    key.escape_debug(),
                    self.name,
                    Listed(self.members)
                )));
            };
            if let Some((first, _)) = value {
                return Err(de::Error::custom(format_args!(
                    "the union `{}` holds one member, not both `{}` and `{key}`",
                    self.name, self.members[first]
                )));
            }
            value = Some((index, U::read(index, &mut map)?));
        }
        value.map(|(_, value)| value).ok_or_else(|| {
            de::Error::custom(format_args!(
                "the union `{}` needs one member, one of {}",
                self.name,
                Listed(self.members)
            ))
        })
    }
}

/// `` `a`, `b` `` for a message.
struct Listed(&'static [&'static str]);

impl fmt::Display for Listed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, name) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "`{name}`")?;
        }
        Ok(())
    }
}

/// The error of an enum index out of range (never, for generated code).
pub fn bad_index<E: de::Error>(index: usize) -> E {
    E::custom(format_args!("no value at index {index}"))
}
