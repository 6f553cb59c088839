//! `cors = false` or `cors(…)` in `#[operation(…)]`.

use proc_macro2::Ident;
use syn::parse::ParseStream;
use syn::{LitBool, LitInt, LitStr, Token};

use crate::ctxt::Ctxt;

use super::parse_keyed;

/// The keys of `cors(…)`.
const CORS_KEYS: [&str; 5] = ["origin", "headers", "expose", "max_age", "credentials"];

/// `cors = false` or `cors(origin = "…" | ["…", …], headers = "…",
/// expose = "…", max_age = 600, credentials = true)`.
pub struct Cors {
    pub enabled: bool,
    /// The `origin` key and its origins; `"*"` is any.
    pub origin: Option<(Ident, Vec<LitStr>)>,
    pub headers: Option<LitStr>,
    pub expose: Option<LitStr>,
    pub max_age: Option<u32>,
    pub credentials: Option<LitBool>,
}

impl Default for Cors {
    fn default() -> Self {
        Cors {
            enabled: true,
            origin: None,
            headers: None,
            expose: None,
            max_age: None,
            credentials: None,
        }
    }
}

impl Cors {
    /// Whether the declaration allows any origin (the default, or `"*"`).
    pub fn any_origin(&self) -> bool {
        self.origin
            .as_ref()
            .is_none_or(|(_, origins)| origins.iter().any(|lit| lit.value() == "*"))
    }
}

pub(super) fn parse_cors(cx: &Ctxt, input: ParseStream) -> syn::Result<Cors> {
    let mut cors = Cors::default();
    if input.peek(Token![=]) {
        input.parse::<Token![=]>()?;
        let enabled: LitBool = input.parse()?;
        cors.enabled = enabled.value;
        return Ok(cors);
    }
    parse_keyed(cx, input, "CORS key", &CORS_KEYS, |key, name, content| {
        let header_value = |lit: &LitStr, empty_ok: bool| {
            let value = lit.value();
            if (value.is_empty() && !empty_ok) || !value.bytes().all(|b| (0x20..0x7f).contains(&b))
            {
                cx.error_spanned_by(
                    lit,
                    format!("`{name}` must be a non-empty header value of visible ASCII"),
                );
            }
        };
        match name {
            "origin" => {
                let origins = if content.peek(syn::token::Bracket) {
                    let list;
                    syn::bracketed!(list in content);
                    let origins =
                        list.parse_terminated(<LitStr as syn::parse::Parse>::parse, Token![,])?;
                    origins.into_iter().collect()
                } else {
                    vec![content.parse::<LitStr>()?]
                };
                if origins.is_empty() {
                    cx.error_at(
                        key.span(),
                        "`origin` needs at least one origin, or `\"*\"` for any",
                    );
                }
                for lit in &origins {
                    header_value(lit, false);
                    if lit.value() == "*" && origins.len() > 1 {
                        cx.error_spanned_by(
                            lit,
                            "`\"*\"` allows any origin: it stands alone, not in a list",
                        );
                    }
                }
                cors.origin = Some((key.clone(), origins));
            }
            "headers" | "expose" => {
                let lit: LitStr = content.parse()?;
                header_value(&lit, name == "expose");
                if name == "headers" {
                    cors.headers = Some(lit);
                } else {
                    cors.expose = Some(lit);
                }
            }
            "credentials" => cors.credentials = Some(content.parse()?),
            "max_age" => {
                let lit: LitInt = content.parse()?;
                match lit.base10_parse::<u32>() {
                    Ok(seconds) => cors.max_age = Some(seconds),
                    Err(_) => cx.error_spanned_by(&lit, "`max_age` is a number of seconds"),
                }
            }
            _ => unreachable!("checked against CORS_KEYS"),
        }
        Ok(())
    })?;
    Ok(cors)
}
