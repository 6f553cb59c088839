//! opwire's parser of the shared `config` and `credentials` files against
//! the AWS SDKs' shared test data (`tests/data/profile/`, see its NOTICE):
//! every case of `profile-parser-tests.json` (the profiles and
//! `sso-session` sections, or the error) and of `file-location-tests.json`
//! (which files and profile the environment points to); then the profile
//! and default credential providers over real files.

use std::collections::BTreeMap;
use std::path::Path;

use opwire::sigv4::profile::{ProfileFiles, ProfileSet};
use opwire::sigv4::{
    CredentialsErrorKind, DefaultCredentials, EnvironmentCredentials, ProfileCredentials,
    ProvideCredentials,
};
use serde_json::Value;

fn data(file: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data/profile")
        .join(file);
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

type Sections = BTreeMap<String, BTreeMap<String, String>>;

fn expected_sections(value: Option<&Value>) -> Sections {
    let Some(Value::Object(sections)) = value else {
        return Sections::new();
    };
    sections
        .iter()
        .map(|(name, properties)| {
            let properties = properties
                .as_object()
                .unwrap()
                .iter()
                .map(|(key, value)| (key.clone(), value.as_str().unwrap().to_owned()))
                .collect();
            (name.clone(), properties)
        })
        .collect()
}

fn sections<'a>(profiles: impl Iterator<Item = &'a opwire::sigv4::profile::Profile>) -> Sections {
    profiles
        .map(|profile| {
            let properties = profile
                .properties()
                .map(|(key, value)| (key.to_owned(), value.to_owned()))
                .collect();
            (profile.name().to_owned(), properties)
        })
        .collect()
}

#[test]
fn every_case_of_the_sdks_profile_parser_tests_passes() {
    let tests = data("profile-parser-tests.json");
    let tests = tests["tests"].as_array().unwrap();
    let mut failures = Vec::new();
    for test in tests {
        let name = test["name"].as_str().unwrap();
        let input = &test["input"];
        let config = input["configFile"].as_str().unwrap_or("");
        let credentials = input["credentialsFile"].as_str().unwrap_or("");
        let parsed = ProfileSet::parse(config, credentials);
        let output = &test["output"];
        match (output.get("errorContaining"), parsed) {
            (Some(wanted), Err(err)) => {
                let wanted = wanted.as_str().unwrap();
                if !err.to_string().contains(wanted) {
                    failures.push(format!("{name}: the error `{err}` lacks `{wanted}`"));
                }
            }
            (Some(wanted), Ok(set)) => {
                failures.push(format!(
                    "{name}: parsed ({set:?}), expected an error with {wanted}"
                ));
            }
            (None, Err(err)) => failures.push(format!("{name}: failed: {err}")),
            (None, Ok(set)) => {
                let config = &output["config"];
                let want = expected_sections(config.get("profiles"));
                let got = sections(set.profiles());
                if want != got {
                    failures.push(format!("{name}: profiles {got:?}, expected {want:?}"));
                }
                let want = expected_sections(config.get("sso_sessions"));
                let got = sections(set.sso_sessions());
                if want != got {
                    failures.push(format!("{name}: sso-sessions {got:?}, expected {want:?}"));
                }
            }
        }
    }
    println!(
        "profile parser: {} of {} cases passed",
        tests.len() - failures.len(),
        tests.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_case_of_the_sdks_file_location_tests_passes() {
    let tests = data("file-location-tests.json");
    let tests = tests["tests"].as_array().unwrap();
    let mut failures = Vec::new();
    for test in tests {
        let name = test["name"].as_str().unwrap();
        let env: BTreeMap<String, String> = test["environment"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(key, value)| (key.clone(), value.as_str().unwrap().to_owned()))
            .collect();
        let windows = test["platform"] == "windows";
        let files = ProfileFiles::locate(|name| env.get(name).cloned(), windows);
        let shown = |path: Option<&Path>| path.map(|p| p.to_str().unwrap().to_owned());
        let checks = [
            (
                "config",
                test["configLocation"].as_str(),
                shown(files.config()),
            ),
            (
                "credentials",
                test["credentialsLocation"].as_str(),
                shown(files.credentials()),
            ),
            (
                "profile",
                test["profile"].as_str(),
                Some(files.profile().to_owned()),
            ),
        ];
        for (what, want, got) in checks {
            if let Some(want) = want {
                if got.as_deref() != Some(want) {
                    failures.push(format!("{name}: {what} {got:?}, expected {want}"));
                }
            }
        }
    }
    println!(
        "file locations: {} of {} cases passed",
        tests.len() - failures.len(),
        tests.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A fresh directory under the target dir, for files the providers read.
fn scratch(name: &str) -> std::path::PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join(".aws")).unwrap();
    dir
}

#[tokio::test]
async fn the_profile_provider_reads_the_named_profile_from_home_and_prefers_the_credentials_file() {
    let home = scratch("profile_provider");
    std::fs::write(
        home.join(".aws/config"),
        "[default]\nregion = us-east-1\n[profile dev]\naws_access_key_id = FROM_CONFIG\naws_secret_access_key = config-secret\n",
    )
    .unwrap();
    std::fs::write(
        home.join(".aws/credentials"),
        "[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = dev-secret\naws_session_token = dev-token\n",
    )
    .unwrap();
    let home_text = home.to_str().unwrap().to_owned();
    let env = move |name: &str| match name {
        "HOME" => Some(home_text.clone()),
        "AWS_PROFILE" => Some("dev".to_owned()),
        _ => None,
    };
    let credentials = ProfileCredentials::with_env(env.clone())
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!(credentials.access_key_id(), "AKIDDEV");
    assert_eq!(credentials.secret_access_key(), "dev-secret");
    assert_eq!(credentials.session_token(), Some("dev-token"));

    // The default profile has no keys; another profile does not exist.
    let err = ProfileCredentials::with_env(env.clone())
        .profile("default")
        .provide_credentials()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), CredentialsErrorKind::Invalid, "{err}");
    let err = ProfileCredentials::with_env(env)
        .profile("nope")
        .provide_credentials()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), CredentialsErrorKind::NotFound, "{err}");
}

#[tokio::test]
async fn a_profile_that_needs_sso_or_a_role_is_unsupported_not_silently_empty() {
    let home = scratch("profile_unsupported");
    let config = home.join("elsewhere-config");
    std::fs::write(
        &config,
        "[profile sso]\nsso_session = corp\n[profile role]\nrole_arn = arn:aws:iam::1:role/x\nsource_profile = sso\n",
    )
    .unwrap();
    let config_text = config.to_str().unwrap().to_owned();
    for profile in ["sso", "role"] {
        let config_text = config_text.clone();
        let env = move |name: &str| (name == "AWS_CONFIG_FILE").then(|| config_text.clone());
        let err = ProfileCredentials::with_env(env)
            .profile(profile)
            .provide_credentials()
            .await
            .unwrap_err();
        assert_eq!(err.kind(), CredentialsErrorKind::Unsupported, "{err}");
    }
}

#[tokio::test]
async fn a_malformed_file_is_an_error_naming_its_line() {
    let home = scratch("profile_malformed");
    std::fs::write(home.join(".aws/credentials"), "[default]\nno equals sign\n").unwrap();
    let home_text = home.to_str().unwrap().to_owned();
    let err = ProfileCredentials::with_env(move |name| (name == "HOME").then(|| home_text.clone()))
        .provide_credentials()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), CredentialsErrorKind::Invalid);
    assert!(
        err.to_string().contains("credentials file, line 2"),
        "{err}"
    );
}

#[tokio::test]
async fn the_default_chain_takes_the_environment_first_then_the_profile() {
    let home = scratch("default_chain");
    std::fs::write(
        home.join(".aws/credentials"),
        "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = file-secret\n",
    )
    .unwrap();
    let home_text = home.to_str().unwrap().to_owned();
    let with_keys = {
        let home_text = home_text.clone();
        move |name: &str| match name {
            "HOME" => Some(home_text.clone()),
            "AWS_ACCESS_KEY_ID" => Some("AKIDENV".to_owned()),
            "AWS_SECRET_ACCESS_KEY" => Some("env-secret".to_owned()),
            "AWS_SESSION_TOKEN" => Some(String::new()), // empty: unset
            _ => None,
        }
    };
    let credentials = DefaultCredentials::with_env(with_keys)
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!(credentials.access_key_id(), "AKIDENV");
    assert_eq!(credentials.session_token(), None);

    let home_only = move |name: &str| (name == "HOME").then(|| home_text.clone());
    let credentials = DefaultCredentials::with_env(home_only)
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!(credentials.access_key_id(), "AKIDFILE");

    // Half a key pair in the environment stops the chain: it is a mistake,
    // not an absence.
    let half = |name: &str| (name == "AWS_ACCESS_KEY_ID").then(|| "AKID".to_owned());
    let err = DefaultCredentials::with_env(half)
        .provide_credentials()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), CredentialsErrorKind::Invalid);
    let err = EnvironmentCredentials::with_env(half)
        .provide_credentials()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("AWS_SECRET_ACCESS_KEY"), "{err}");
}
