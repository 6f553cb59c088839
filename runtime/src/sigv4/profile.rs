//! The shared `config` and `credentials` files of the AWS CLI and SDKs:
//! where they are ([`ProfileFiles`]) and what their profiles say
//! ([`ProfileSet`]).
//!
//! The parser follows the SDKs' shared rules (and passes their test data,
//! `tests/data/profile/`): `[profile NAME]` sections in `config` (`[default]`
//! too, unless `[profile default]` is there), `[NAME]` sections in
//! `credentials`, whose properties win; `#` and `;` comments; values
//! continued on indented lines; sub-properties under an empty value;
//! property names case-insensitive.
//!
//! ```
//! use opwire::sigv4::profile::ProfileSet;
//!
//! let config = "[profile dev]\nregion = eu-west-1\n";
//! let credentials = "[dev]\naws_access_key_id = AKID\naws_secret_access_key = secret\n";
//! let profiles = ProfileSet::parse(config, credentials)?;
//! let dev = profiles.profile("dev").unwrap();
//! assert_eq!(dev.get("region"), Some("eu-west-1"));
//! assert_eq!(dev.get("AWS_ACCESS_KEY_ID"), Some("AKID"));
//! # Ok::<(), opwire::sigv4::profile::ProfileError>(())
//! ```

use std::collections::BTreeMap;
use std::error::Error;
use std::fmt;
use std::path::{Path, PathBuf};

/// The profiles of a `config` and a `credentials` file, merged.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProfileSet {
    profiles: BTreeMap<String, Profile>,
    sso_sessions: BTreeMap<String, Profile>,
}

/// One profile (or `sso-session` section): its name and properties.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    name: String,
    /// Names lower-case.
    properties: BTreeMap<String, String>,
}

impl Profile {
    fn new(name: &str) -> Self {
        Profile {
            name: name.to_owned(),
            properties: BTreeMap::new(),
        }
    }

    /// The profile's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// A property's value; names are case-insensitive.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.properties
            .get(&name.to_ascii_lowercase())
            .map(String::as_str)
    }

    /// Every property, names lower-case, in name order.
    pub fn properties(&self) -> impl Iterator<Item = (&str, &str)> {
        self.properties
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str()))
    }
}

impl ProfileSet {
    /// Parses a `config` file's and a `credentials` file's text (either may
    /// be empty) and merges them.
    ///
    /// # Errors
    ///
    /// On a malformed line: a section header without `]`, a property
    /// outside a section or without `=`, a continuation with nothing to
    /// continue.
    pub fn parse(config: &str, credentials: &str) -> Result<Self, ProfileError> {
        let config_sections = parse_file(config, FileKind::Config)?;
        let credentials_sections = parse_file(credentials, FileKind::Credentials)?;
        // `[profile default]` in `config` hides `[default]` there.
        let prefixed_default = config_sections.iter().any(
            |s| matches!(&s.target, Target::Profile { name, bare: false } if name == "default"),
        );
        let mut set = ProfileSet::default();
        for section in config_sections.into_iter().chain(credentials_sections) {
            let (map, name) = match &section.target {
                Target::Profile { name, bare: true } if name == "default" && prefixed_default => {
                    continue;
                }
                Target::Profile { name, .. } => (&mut set.profiles, name),
                Target::SsoSession(name) => (&mut set.sso_sessions, name),
                Target::Ignored => continue,
            };
            let profile = map
                .entry(name.clone())
                .or_insert_with(|| Profile::new(name));
            profile.properties.extend(section.properties);
        }
        Ok(set)
    }

    /// The profile named `name`.
    pub fn profile(&self, name: &str) -> Option<&Profile> {
        self.profiles.get(name)
    }

    /// Every profile, in name order.
    pub fn profiles(&self) -> impl Iterator<Item = &Profile> {
        self.profiles.values()
    }

    /// Every `[sso-session NAME]` section of `config`, in name order (read,
    /// not used: SSO is out of scope).
    pub fn sso_sessions(&self) -> impl Iterator<Item = &Profile> {
        self.sso_sessions.values()
    }
}

/// Which of the two files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FileKind {
    Config,
    Credentials,
}

/// What a section header names.
#[derive(Debug)]
enum Target {
    /// `bare`: `[default]` in `config`, without the `profile` prefix.
    Profile {
        name: String,
        bare: bool,
    },
    SsoSession(String),
    /// A name that is not valid, or a section kind that is not read; its
    /// properties are parsed and dropped.
    Ignored,
}

#[derive(Debug)]
struct Section {
    target: Target,
    properties: Vec<(String, String)>,
}

/// The property a continuation line adds to.
struct Open {
    /// Its index in the section's properties (`None`: an ignored name).
    index: Option<usize>,
    /// Its value was empty: the continuations are `name = value`
    /// sub-properties.
    sub_properties: bool,
}

fn parse_file(text: &str, kind: FileKind) -> Result<Vec<Section>, ProfileError> {
    let mut sections: Vec<Section> = Vec::new();
    let mut open: Option<Open> = None;
    for (number, line) in text.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let error = |message: &'static str| ProfileError {
            file: kind,
            line: number + 1,
            message,
        };
        if line.trim().is_empty() || line.starts_with(['#', ';']) {
            continue;
        }
        if line.starts_with('[') {
            sections.push(Section {
                target: section_header(line, kind)
                    .ok_or(error("Profile definition must end with ']'"))?,
                properties: Vec::new(),
            });
            open = None;
            continue;
        }
        let Some(section) = sections.last_mut() else {
            let found = if line.starts_with([' ', '\t']) {
                "Expected a profile definition, found continuation"
            } else {
                "Expected a profile definition, found property"
            };
            return Err(error(found));
        };
        if line.starts_with([' ', '\t']) {
            let Some(property) = &open else {
                return Err(error("Expected a property definition, found continuation"));
            };
            let line = line.trim();
            if property.sub_properties {
                let (name, _) = line
                    .split_once('=')
                    .ok_or(error("Expected an '=' sign defining a sub-property"))?;
                if name.trim().is_empty() {
                    return Err(error("Sub-property did not have a name"));
                }
            }
            if let Some(index) = property.index {
                let value = &mut section.properties[index].1;
                value.push('\n');
                value.push_str(line);
            }
            continue;
        }
        let line = strip_comment(line);
        let (name, value) = line
            .split_once('=')
            .ok_or(error("Expected an '=' sign defining a property"))?;
        let (name, value) = (name.trim(), value.trim());
        if name.is_empty() {
            return Err(error("Property did not have a name"));
        }
        let valid = name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_'));
        let index = valid.then(|| {
            section
                .properties
                .push((name.to_ascii_lowercase(), value.to_owned()));
            section.properties.len() - 1
        });
        open = Some(Open {
            index,
            sub_properties: value.is_empty(),
        });
    }
    Ok(sections)
}

/// A property line without its comment: `#` or `;` after whitespace
/// (one right after the value is part of it).
fn strip_comment(line: &str) -> &str {
    let bytes = line.as_bytes();
    for (i, &byte) in bytes.iter().enumerate() {
        if matches!(byte, b'#' | b';') && i > 0 && matches!(bytes[i - 1], b' ' | b'\t') {
            return &line[..i];
        }
    }
    line
}

/// What `[…]` names; `None` if it does not end with `]`.
fn section_header(line: &str, kind: FileKind) -> Option<Target> {
    // Names cannot hold `#` or `;`: the first one starts a comment.
    let line = line[..line.find(['#', ';']).unwrap_or(line.len())].trim_end();
    let inner = line.strip_prefix('[')?.strip_suffix(']')?.trim();
    let prefixed = |prefix: &str| {
        inner
            .strip_prefix(prefix)
            .filter(|rest| rest.starts_with([' ', '\t']))
            .map(str::trim)
    };
    let target = match kind {
        FileKind::Config if inner == "default" => Target::Profile {
            name: inner.to_owned(),
            bare: true,
        },
        FileKind::Config => {
            if let Some(name) = prefixed("profile") {
                named(name, |name| Target::Profile { name, bare: false })
            } else if let Some(name) = prefixed("sso-session") {
                named(name, Target::SsoSession)
            } else {
                Target::Ignored
            }
        }
        FileKind::Credentials => named(inner, |name| Target::Profile { name, bare: false }),
    };
    Some(target)
}

/// `make(name)` if `name` is a valid profile name: letters, digits and
/// `-/.%@_:+`.
fn named(name: &str, make: impl FnOnce(String) -> Target) -> Target {
    let valid = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-/.%@_:+".contains(&b));
    if valid {
        make(name.to_owned())
    } else {
        Target::Ignored
    }
}

/// A malformed line in a `config` or `credentials` file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileError {
    file: FileKind,
    line: usize,
    message: &'static str,
}

impl ProfileError {
    /// The line's number, from 1.
    pub fn line(&self) -> usize {
        self.line
    }
}

impl fmt::Display for ProfileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = match self.file {
            FileKind::Config => "config",
            FileKind::Credentials => "credentials",
        };
        write!(f, "{file} file, line {}: {}", self.line, self.message)
    }
}

impl Error for ProfileError {}

/// Where the shared files are and which profile is wanted, from the
/// environment as the SDKs read it.
///
/// - `config`: `AWS_CONFIG_FILE`, else `~/.aws/config`;
/// - `credentials`: `AWS_SHARED_CREDENTIALS_FILE`, else `~/.aws/credentials`;
/// - the home directory `~`: `HOME`; on Windows, then `USERPROFILE`, then
///   `HOMEDRIVE` and `HOMEPATH`; a leading `~` in the two variables is
///   expanded too;
/// - the profile: `AWS_PROFILE`, else `default`.
///
/// ```
/// use opwire::sigv4::profile::ProfileFiles;
///
/// let env = |name: &str| (name == "HOME").then(|| "/home/user".to_owned());
/// let files = ProfileFiles::locate(env, false);
/// assert_eq!(files.config().unwrap().to_str(), Some("/home/user/.aws/config"));
/// assert_eq!(files.profile(), "default");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileFiles {
    config: Option<PathBuf>,
    credentials: Option<PathBuf>,
    profile: String,
}

impl ProfileFiles {
    /// From this process's environment.
    pub fn from_env() -> Self {
        ProfileFiles::locate(|name| std::env::var(name).ok(), cfg!(windows))
    }

    /// From the variables `env` gives, with Windows' rules for the home
    /// directory and its separator when `windows`. Empty variables count as
    /// unset.
    pub fn locate(env: impl Fn(&str) -> Option<String>, windows: bool) -> Self {
        let var = |name: &str| env(name).filter(|value| !value.is_empty());
        let home = var("HOME").or_else(|| {
            if !windows {
                return None;
            }
            var("USERPROFILE")
                .or_else(|| Some(format!("{}{}", var("HOMEDRIVE")?, var("HOMEPATH")?)))
        });
        let separator = if windows { '\\' } else { '/' };
        let file = |variable: &str, default: &str| -> Option<PathBuf> {
            let path = match var(variable) {
                Some(path) => match path.strip_prefix('~') {
                    Some(rest) if rest.is_empty() || rest.starts_with(['/', separator]) => {
                        format!("{}{rest}", home.as_deref()?)
                    }
                    _ => path,
                },
                None => format!("{}{separator}.aws{separator}{default}", home.as_deref()?),
            };
            Some(PathBuf::from(path))
        };
        ProfileFiles {
            config: file("AWS_CONFIG_FILE", "config"),
            credentials: file("AWS_SHARED_CREDENTIALS_FILE", "credentials"),
            profile: var("AWS_PROFILE").unwrap_or_else(|| "default".to_owned()),
        }
    }

    /// The `config` file's path; `None` if it is not set and there is no
    /// home directory.
    pub fn config(&self) -> Option<&Path> {
        self.config.as_deref()
    }

    /// The `credentials` file's path; `None` as for [`config`](Self::config).
    pub fn credentials(&self) -> Option<&Path> {
        self.credentials.as_deref()
    }

    /// The profile's name.
    pub fn profile(&self) -> &str {
        &self.profile
    }

    /// The same files, another profile.
    pub fn with_profile(mut self, profile: impl Into<String>) -> Self {
        self.profile = profile.into();
        self
    }

    /// Reads and parses both files; a file that does not exist counts as
    /// empty.
    ///
    /// # Errors
    ///
    /// If a file exists but cannot be read, or does not parse.
    pub fn load(&self) -> Result<ProfileSet, LoadError> {
        let read = |path: Option<&Path>| -> Result<String, LoadError> {
            let Some(path) = path else {
                return Ok(String::new());
            };
            match std::fs::read_to_string(path) {
                Ok(text) => Ok(text),
                Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(String::new()),
                Err(err) => Err(LoadError::Read(path.to_owned(), err)),
            }
        };
        let config = read(self.config())?;
        let credentials = read(self.credentials())?;
        ProfileSet::parse(&config, &credentials).map_err(LoadError::Parse)
    }
}

/// Why [`ProfileFiles::load`] failed.
#[derive(Debug)]
#[non_exhaustive]
pub enum LoadError {
    /// A file exists but could not be read.
    Read(PathBuf, std::io::Error),
    /// A file does not parse.
    Parse(ProfileError),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Read(path, _) => write!(f, "could not read {}", path.display()),
            LoadError::Parse(err) => err.fmt(f),
        }
    }
}

impl Error for LoadError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            LoadError::Read(_, err) => Some(err),
            LoadError::Parse(err) => Some(err),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tilde_in_the_variables_is_the_home_directory() {
        let env = |name: &str| match name {
            "HOME" => Some("/home/u".to_owned()),
            "AWS_CONFIG_FILE" => Some("~/elsewhere/config".to_owned()),
            "AWS_SHARED_CREDENTIALS_FILE" => Some("~user/creds".to_owned()),
            _ => None,
        };
        let files = ProfileFiles::locate(env, false);
        assert_eq!(files.config(), Some(Path::new("/home/u/elsewhere/config")));
        assert_eq!(files.credentials(), Some(Path::new("~user/creds")));
    }

    #[test]
    fn without_a_home_only_the_variables_locate_files() {
        let files = ProfileFiles::locate(|_| None, false);
        assert_eq!(files.config(), None);
        assert_eq!(files.credentials(), None);
        assert!(files.load().unwrap().profiles().next().is_none());
    }

    #[test]
    fn errors_name_file_and_line() {
        let err = ProfileSet::parse("", "[a]\nx = 1\n\nnot a property").unwrap_err();
        assert_eq!(
            err.to_string(),
            "credentials file, line 4: Expected an '=' sign defining a property"
        );
    }
}
