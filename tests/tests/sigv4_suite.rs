//! opwire's SigV4 signer against the official header-signature test suite
//! (`tests/data/sigv4/`, see its NOTICE): every case's request is signed
//! with its context, and the canonical request, string to sign, signature
//! and the added headers are compared with the expected files; the
//! verifier then accepts every signed request at the case's time.
//!
//! The CRT cases encode the path once (they were made for single
//! encoding); the two older smithy-rs cases, without a context, encode it
//! twice. A case the signer cannot take as written is listed in
//! [`NOT_AS_WRITTEN`] with the reason, and run in the form an HTTP client
//! would send instead.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use http::{HeaderName, HeaderValue, Request};
use opwire::sigv4::{Credentials, Signer, Verifier};

/// Cases whose request target `http`'s `Uri` refuses: a raw space. They
/// run with the target percent-encoded, which is what a client sends; the
/// expected canonical form is the same. (Raw UTF-8, which `Uri` takes,
/// runs as written.)
const NOT_AS_WRITTEN: &[(&str, &str)] = &[("get-space-unnormalized", "a raw space in the path")];

/// Cases whose signature cannot be compared, with the reason.
const SIGNATURE_NOT_COMPARED: &[(&str, &str)] = &[(
    "double-encode-path",
    "no context and no string to sign; its signed request is dated 2015-08-30 and signed by \
     the placeholder key ANOTREAL while its canonical request is dated 2021-05-11: only the \
     canonical request is compared",
)];

fn suite() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/sigv4/v4")
}

/// What a case's `context.json` says (or, for the older cases, what their
/// files imply).
struct Context {
    credentials: Credentials,
    region: String,
    service: String,
    time: SystemTime,
    normalize: bool,
    double_encode: bool,
    sign_body: bool,
    omit_session_token: bool,
}

fn context(dir: &Path, name: &str) -> Context {
    let Ok(text) = std::fs::read_to_string(dir.join("context.json")) else {
        // The older cases: the example keys, a fixed time, double encoding.
        let (region, service) = match name {
            "double-url-encode" => ("us-east-2", "lambda"),
            _ => ("us-east-1", "execute-api"),
        };
        return Context {
            credentials: Credentials::new(
                "AKIDEXAMPLE",
                "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            ),
            region: region.into(),
            service: service.into(),
            time: time("2021-05-11T15:40:45Z"),
            normalize: true,
            double_encode: true,
            sign_body: false,
            omit_session_token: false,
        };
    };
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let text = |key: &str| json[key].as_str().unwrap().to_owned();
    let keys = &json["credentials"];
    let mut credentials = Credentials::new(
        keys["access_key_id"].as_str().unwrap(),
        keys["secret_access_key"].as_str().unwrap(),
    );
    if let Some(token) = keys["token"].as_str() {
        credentials = credentials.with_session_token(token);
    }
    Context {
        credentials,
        region: text("region"),
        service: text("service"),
        time: time(&text("timestamp")),
        normalize: json["normalize"].as_bool().unwrap(),
        double_encode: false,
        sign_body: json["sign_body"].as_bool().unwrap_or(true),
        omit_session_token: json["omit_session_token"].as_bool().unwrap_or(false),
    }
}

/// `2015-08-30T12:36:00Z` as a `SystemTime`.
fn time(text: &str) -> SystemTime {
    let number = |range: std::ops::Range<usize>| text[range].parse::<i64>().unwrap();
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    let (hour, minute, second) = (number(11..13), number(14..16), number(17..19));
    // Days from 1970-01-01, by counting: the suite's dates are few.
    let leap = |y: i64| y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let mut days = (1970..year)
        .map(|y| if leap(y) { 366 } else { 365 })
        .sum::<i64>();
    let lengths = [
        31,
        if leap(year) { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    days += lengths[..usize::try_from(month - 1).unwrap()]
        .iter()
        .sum::<i64>()
        + day
        - 1;
    let seconds = days * 86_400 + hour * 3600 + minute * 60 + second;
    UNIX_EPOCH + Duration::from_secs(u64::try_from(seconds).unwrap())
}

/// A request file: the request line, headers (an indented line continues
/// the header before it, folded with a space) and the body.
struct RawRequest {
    method: String,
    target: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

fn parse_request(text: &str) -> RawRequest {
    let (head, body) = match text.split_once("\n\n") {
        Some((head, body)) => (head, body.as_bytes().to_vec()),
        None => (text.trim_end_matches('\n'), Vec::new()),
    };
    let mut lines = head.lines();
    let request_line = lines.next().unwrap();
    let (method, rest) = request_line.split_once(' ').unwrap();
    let target = rest.strip_suffix(" HTTP/1.1").unwrap_or(rest).to_owned();
    let mut headers: Vec<(String, String)> = Vec::new();
    for line in lines {
        if line.starts_with([' ', '\t']) {
            let last = &mut headers.last_mut().unwrap().1;
            last.push(' ');
            last.push_str(line.trim());
        } else if let Some((name, value)) = line.split_once(':') {
            headers.push((name.to_owned(), value.trim().to_owned()));
        }
    }
    RawRequest {
        method: method.to_owned(),
        target,
        headers,
        body,
    }
}

/// The request target with the bytes a URI cannot hold percent-encoded.
fn encoded(target: &str) -> String {
    let mut out = String::new();
    for byte in target.bytes() {
        if byte == b' ' || byte >= 0x80 {
            out.push_str(&format!("%{byte:02X}"));
        } else {
            out.push(byte as char);
        }
    }
    out
}

fn build(raw: &RawRequest, target: &str) -> Option<Request<Vec<u8>>> {
    let mut request = Request::builder()
        .method(raw.method.as_str())
        .uri(target)
        .body(raw.body.clone())
        .ok()?;
    for (name, value) in &raw.headers {
        request.headers_mut().append(
            HeaderName::from_bytes(name.as_bytes()).unwrap(),
            HeaderValue::from_str(value).unwrap(),
        );
    }
    Some(request)
}

fn read(dir: &Path, file: &str) -> Option<String> {
    std::fs::read_to_string(dir.join(file)).ok()
}

/// The headers of the expected signed request, names lower-case.
fn signed_headers(text: &str) -> BTreeMap<String, String> {
    parse_request(text)
        .headers
        .into_iter()
        .map(|(name, value)| (name.to_ascii_lowercase(), value))
        .collect()
}

#[test]
fn every_case_of_the_header_signature_suite_signs_as_expected() {
    let mut names: Vec<String> = std::fs::read_dir(suite())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert!(names.len() >= 40, "the vendored suite is all there");

    let mut failures = Vec::new();
    let mut signatures_compared = 0;
    for name in &names {
        let dir = suite().join(name);
        let context = context(&dir, name);
        let raw = parse_request(&read(&dir, "request.txt").unwrap());
        let listed = NOT_AS_WRITTEN.iter().any(|(case, _)| case == name);
        let as_written = build(&raw, &raw.target);
        assert_eq!(
            as_written.is_none(),
            listed,
            "{name}: NOT_AS_WRITTEN lists exactly the cases whose request does not build"
        );
        let mut request = as_written.unwrap_or_else(|| build(&raw, &encoded(&raw.target)).unwrap());

        let signer = Signer::new(&context.service, &context.region)
            .normalize_path(context.normalize)
            .double_encode_path(context.double_encode)
            .content_sha256(context.sign_body)
            .sign_session_token(!context.omit_session_token);
        let signature = signer
            .sign(&mut request, &context.credentials, context.time)
            .unwrap();

        let mut check = |what: &str, expected: Option<String>, actual: &str| {
            if let Some(expected) = expected {
                if expected.trim_end() != actual {
                    failures.push((
                        name.clone(),
                        format!("{name}: {what}\n--- expected\n{expected}\n--- actual\n{actual}"),
                    ));
                }
            }
        };
        check(
            "canonical request",
            read(&dir, "header-canonical-request.txt"),
            signature.canonical_request(),
        );
        check(
            "string to sign",
            read(&dir, "header-string-to-sign.txt"),
            signature.string_to_sign(),
        );
        if SIGNATURE_NOT_COMPARED.iter().any(|(case, _)| case == name) {
            continue;
        }
        check(
            "signature",
            read(&dir, "header-signature.txt"),
            signature.signature(),
        );
        let expected = signed_headers(&read(&dir, "header-signed-request.txt").unwrap());
        for header in [
            "authorization",
            "x-amz-date",
            "x-amz-security-token",
            "x-amz-content-sha256",
        ] {
            let actual = request.headers().get(header).map(|v| v.to_str().unwrap());
            if expected.get(header).map(String::as_str) != actual {
                failures.push((
                    name.clone(),
                    format!(
                        "{name}: {header}: expected {:?}, sent {actual:?}",
                        expected.get(header)
                    ),
                ));
            }
        }
        signatures_compared += 1;

        // The verifier, set as the signer was, accepts what it signed.
        let verifier = Verifier::new(context.credentials.clone())
            .normalize_path(context.normalize)
            .double_encode_path(context.double_encode);
        if let Err(err) = verifier.verify(&request, context.time) {
            failures.push((
                name.clone(),
                format!("{name}: the verifier refuses it: {err}"),
            ));
        }
    }
    let failed: std::collections::BTreeSet<&String> =
        failures.iter().map(|(name, _)| name).collect();
    println!(
        "SigV4 suite: {} cases, {} passed, {} failed; signatures compared in {signatures_compared}; \
         run encoded: {NOT_AS_WRITTEN:?}; signature not compared: {SIGNATURE_NOT_COMPARED:?}",
        names.len(),
        names.len() - failed.len(),
        failed.len(),
    );
    let messages: Vec<&str> = failures
        .iter()
        .map(|(_, message)| message.as_str())
        .collect();
    assert!(failures.is_empty(), "{}", messages.join("\n\n"));
}

#[test]
fn a_changed_signed_header_fails_verification_at_the_cases_time() {
    let dir = suite().join("post-header-value-case");
    let context = context(&dir, "post-header-value-case");
    let raw = parse_request(&read(&dir, "request.txt").unwrap());
    let mut request = build(&raw, &raw.target).unwrap();
    Signer::new(&context.service, &context.region)
        .double_encode_path(false)
        .sign(&mut request, &context.credentials, context.time)
        .unwrap();
    let key_id = context.credentials.access_key_id().to_owned();
    let verifier = Verifier::new(context.credentials).double_encode_path(false);
    let verified = verifier.verify(&request, context.time).unwrap();
    assert_eq!(verified.access_key_id(), key_id);
    request
        .headers_mut()
        .insert("my-header1", HeaderValue::from_static("value1"));
    let err = verifier.verify(&request, context.time).unwrap_err();
    assert_eq!(err.code(), "InvalidSignatureException");
    assert!(
        err.message().contains("my-header1:value1"),
        "{}",
        err.message()
    );
}
