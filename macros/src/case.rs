//! Case rules: serde's `rename_all` names, the snake_case form a placeholder
//! binds to, and "did you mean" suggestions.

/// One of serde's `rename_all` rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RenameRule {
    Lower,
    Upper,
    Pascal,
    Camel,
    Snake,
    ScreamingSnake,
    Kebab,
    ScreamingKebab,
}

impl RenameRule {
    pub const NAMES: [(&'static str, RenameRule); 8] = [
        ("lowercase", RenameRule::Lower),
        ("UPPERCASE", RenameRule::Upper),
        ("PascalCase", RenameRule::Pascal),
        ("camelCase", RenameRule::Camel),
        ("snake_case", RenameRule::Snake),
        ("SCREAMING_SNAKE_CASE", RenameRule::ScreamingSnake),
        ("kebab-case", RenameRule::Kebab),
        ("SCREAMING-KEBAB-CASE", RenameRule::ScreamingKebab),
    ];

    pub fn from_name(name: &str) -> Option<Self> {
        Self::NAMES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, rule)| *rule)
    }

    /// The wire name of a snake_case field name.
    pub fn apply_to_field(self, field: &str) -> String {
        match self {
            RenameRule::Lower | RenameRule::Snake => field.to_owned(),
            RenameRule::Upper | RenameRule::ScreamingSnake => field.to_ascii_uppercase(),
            RenameRule::Pascal => {
                let mut out = String::new();
                let mut capitalize = true;
                for ch in field.chars() {
                    if ch == '_' {
                        capitalize = true;
                    } else if capitalize {
                        out.push(ch.to_ascii_uppercase());
                        capitalize = false;
                    } else {
                        out.push(ch);
                    }
                }
                out
            }
            RenameRule::Camel => {
                let pascal = RenameRule::Pascal.apply_to_field(field);
                let mut chars = pascal.chars();
                match chars.next() {
                    Some(first) => first.to_ascii_lowercase().to_string() + chars.as_str(),
                    None => pascal,
                }
            }
            RenameRule::Kebab => field.replace('_', "-"),
            RenameRule::ScreamingKebab => field.to_ascii_uppercase().replace('_', "-"),
        }
    }
}

impl RenameRule {
    /// The wire name of a PascalCase variant name.
    pub fn apply_to_variant(self, variant: &str) -> String {
        match self {
            RenameRule::Pascal => variant.to_owned(),
            RenameRule::Lower => variant.to_ascii_lowercase(),
            RenameRule::Upper => variant.to_ascii_uppercase(),
            RenameRule::Camel => {
                let mut chars = variant.chars();
                match chars.next() {
                    Some(first) => first.to_ascii_lowercase().to_string() + chars.as_str(),
                    None => String::new(),
                }
            }
            RenameRule::Snake
            | RenameRule::ScreamingSnake
            | RenameRule::Kebab
            | RenameRule::ScreamingKebab => {
                let mut snake = String::new();
                for (i, ch) in variant.char_indices() {
                    if i > 0 && ch.is_uppercase() {
                        snake.push('_');
                    }
                    snake.push(ch.to_ascii_lowercase());
                }
                // The field rules turn snake_case into the other three.
                self.apply_to_field(&snake)
            }
        }
    }
}

/// The snake_case form of a placeholder name: `appId` → `app_id`,
/// `MFAMode` → `mfa_mode`, `backend-env` → `backend_env`.
pub fn to_snake_case(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 4);
    for (i, &ch) in chars.iter().enumerate() {
        if ch == '-' {
            out.push('_');
            continue;
        }
        if ch.is_ascii_uppercase() {
            let prev = i.checked_sub(1).map(|p| chars[p]);
            let next = chars.get(i + 1);
            let after_lower = prev.is_some_and(|p| p.is_ascii_lowercase() || p.is_ascii_digit());
            let acronym_end = prev.is_some_and(|p| p.is_ascii_uppercase())
                && next.is_some_and(|n| n.is_ascii_lowercase());
            if (after_lower || acronym_end) && !out.ends_with('_') {
                out.push('_');
            }
            out.push(ch.to_ascii_lowercase());
        } else {
            out.push(ch);
        }
    }
    out
}

/// The candidate closest to `target`, if close enough to suggest.
pub fn similar<'a>(target: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let target = target.to_ascii_lowercase();
    candidates
        .into_iter()
        .map(|candidate| {
            (
                distance(&target, &candidate.to_ascii_lowercase()),
                candidate,
            )
        })
        .filter(|(d, candidate)| *d <= (target.len().max(candidate.len()) / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, candidate)| candidate)
}

/// Levenshtein distance.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitute = previous + usize::from(ca != cb);
            previous = row[j + 1];
            row[j + 1] = substitute.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_rules_match_serde() {
        let cases = [
            (
                RenameRule::Camel,
                "backend_environment_name",
                "backendEnvironmentName",
            ),
            (RenameRule::Pascal, "app_id", "AppId"),
            (RenameRule::Snake, "app_id", "app_id"),
            (RenameRule::ScreamingSnake, "app_id", "APP_ID"),
            (RenameRule::Kebab, "app_id", "app-id"),
            (RenameRule::ScreamingKebab, "app_id", "APP-ID"),
            (RenameRule::Lower, "app_id", "app_id"),
            (RenameRule::Upper, "app_id", "APP_ID"),
        ];
        for (rule, field, wire) in cases {
            assert_eq!(rule.apply_to_field(field), wire, "{rule:?}");
        }
    }

    #[test]
    fn variant_rules_match_serde() {
        let cases = [
            (RenameRule::ScreamingSnake, "UserPoolOnly", "USER_POOL_ONLY"),
            (RenameRule::Snake, "InProgress", "in_progress"),
            (RenameRule::Kebab, "InProgress", "in-progress"),
            (RenameRule::ScreamingKebab, "InProgress", "IN-PROGRESS"),
            (RenameRule::Camel, "InProgress", "inProgress"),
            (RenameRule::Pascal, "InProgress", "InProgress"),
            (RenameRule::Lower, "InProgress", "inprogress"),
            (RenameRule::Upper, "InProgress", "INPROGRESS"),
        ];
        for (rule, variant, wire) in cases {
            assert_eq!(rule.apply_to_variant(variant), wire, "{rule:?}");
        }
    }

    #[test]
    fn placeholders_to_snake_case() {
        assert_eq!(to_snake_case("appId"), "app_id");
        assert_eq!(
            to_snake_case("backendEnvironmentName"),
            "backend_environment_name"
        );
        assert_eq!(to_snake_case("MFAMode"), "mfa_mode");
        assert_eq!(to_snake_case("jobId2"), "job_id2");
        assert_eq!(to_snake_case("app_id"), "app_id");
        assert_eq!(to_snake_case("proxy-path"), "proxy_path");
    }

    #[test]
    fn suggestions() {
        assert_eq!(similar("app_id", ["app_idd", "bucket"]), Some("app_idd"));
        assert_eq!(similar("app_id", ["appid"]), Some("appid"));
        assert_eq!(similar("app_id", ["bucket_name"]), None);
    }
}
