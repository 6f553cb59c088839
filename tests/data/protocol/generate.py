#!/usr/bin/env python3
"""Writes the opwire declarations of the restJson1 protocol cases.

Reads `input-rest-json.json` and `output-rest-json.json` (botocore's copy of
the Smithy restJson1 protocol tests) and writes
`tests/tests/protocol/{input,output}.rs`: per test suite, a module with each
case's operation and shapes declared with `#[operation]` and `#[shape]`, and
a table of the cases with the params (input) or result (output) as Rust
values. A case whose model needs what opwire cannot declare yet gets no
declaration and a reason instead, which the harness lists.

The declarations are checked in: they are what test the macros. Run again
after `extract.sh` brings new cases:  python3 tests/data/protocol/generate.py
"""

import json
import os
import re
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "tests", "protocol")

RUST_KEYWORDS = set(
    "as break const continue crate else enum extern false fn for if impl in let loop match mod "
    "move mut pub ref return self Self static struct super trait true type unsafe use where while "
    "async await dyn abstract become box do final macro override priv typeof unsized virtual yield try gen".split()
)
INTEGERS = {"byte": "i8", "short": "i16", "integer": "i32", "long": "i64"}
FLOATS = {"float": "f32", "double": "f64"}
REQUEST_ONLY = ("uri", "querystring")
# A timestamp's type by its model's `timestampFormat`: the default format
# of its place, or one format everywhere.
TIMESTAMPS = {
    None: "opwire::Timestamp",
    "unixTimestamp": "opwire::timestamp::EpochSeconds",
    "iso8601": "opwire::timestamp::DateTime",
    "rfc822": "opwire::timestamp::HttpDate",
}


class Unsupported(Exception):
    """What a case needs that opwire does not declare yet: (feature, detail)."""

    def __init__(self, feature, detail):
        super().__init__(f"{feature}: {detail}")
        self.feature = feature
        self.detail = detail


def snake(name):
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    name = re.sub(r"[^A-Za-z0-9_]", "_", name).lower()
    if name[0].isdigit():
        name = "m_" + name
    return "r#" + name if name in RUST_KEYWORDS and name not in ("self", "Self", "crate", "super") else name


def pascal(name):
    parts = re.split(r"[^A-Za-z0-9]+", name)
    text = "".join(p[:1].upper() + p[1:] for p in parts if p)
    if not text or text[0].isdigit():
        text = "V" + text
    return text


def rust_str(text):
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append("\\u{%x}" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


class Suite:
    """One test suite's shapes as Rust items, written on first use."""

    def __init__(self, suite):
        self.shapes = suite["shapes"]
        self.endpoint = suite.get("clientEndpoint")
        self.items = {}  # shape name -> Rust source
        self.order = []
        self.stack = []
        # Output shapes: their label and query members are not in a response.
        self.responses = set()
        # (shape, member) pairs whose type is boxed, to hold the shape itself.
        self.boxed = set()

    def type_of(self, name, where, format=None):
        shape = self.shapes[name]
        kind = shape["type"]
        if kind == "string":
            if "enum" in shape:
                return self.enum(name, shape)
            return "String"
        if kind in INTEGERS:
            if "enum" in shape:
                raise Unsupported("intEnum", f"`{where}` is an intEnum")
            return INTEGERS[kind]
        if kind in FLOATS:
            return FLOATS[kind]
        if kind == "boolean":
            return "bool"
        if kind == "timestamp":
            return TIMESTAMPS[format or shape.get("timestampFormat")]
        if kind == "blob":
            return "opwire::Blob"
        if kind == "list":
            if shape.get("sparse"):
                raise Unsupported("sparse list", f"`{where}` is a sparse list")
            return f"Vec<{self.type_of(shape['member']['shape'], where + '[]')}>"
        if kind == "map":
            if shape.get("sparse"):
                raise Unsupported("sparse map", f"`{where}` is a sparse map")
            key = self.type_of(shape["key"]["shape"], where + "{key}")
            if key != "String":
                raise Unsupported("map", f"`{where}` is a map keyed by {key}")
            value = self.type_of(shape["value"]["shape"], where + "{}")
            return f"BTreeMap<String, {value}>"
        if kind == "structure":
            if shape.get("document"):
                return "serde_json::Value"
            if shape.get("union"):
                return self.union(name, shape, where)
            return self.structure(name, shape, where)
        raise Unsupported(kind, f"`{where}` is a {kind}")

    def enum(self, name, shape):
        rust = pascal(name)
        if name not in self.items:
            variants, used = [], set()
            for value in shape["enum"]:
                ident = pascal(value)
                while ident in used:
                    ident += "_"
                used.add(ident)
                variants.append(f"    #[serde(rename = {rust_str(value)})]\n    {ident},\n")
            self.add(
                name,
                "#[shape]\n#[derive(Debug, Clone, Copy, PartialEq, Eq)]\n"
                f"pub enum {rust} {{\n{''.join(variants)}}}\n",
            )
        return rust

    def structure(self, name, shape, where):
        def member(member, spec, ty):
            if spec.get("location"):
                raise Unsupported(
                    "http binding in a nested shape",
                    f"`{name}.{member}` is bound to a {spec['location']}",
                )
            wire = spec.get("locationName", member)
            return f"    #[serde(rename = {rust_str(wire)})]\n    pub {snake(member)}: Option<{ty}>,\n"

        return self.aggregate(name, shape, "#[derive(Debug, Clone, PartialEq)]\npub struct", member)

    def union(self, name, shape, where):
        def variant(member, spec, ty):
            wire = spec.get("locationName", member)
            return f"    #[serde(rename = {rust_str(wire)})]\n    {pascal(member)}({ty}),\n"

        return self.aggregate(name, shape, "#[derive(Debug, Clone, PartialEq)]\npub enum", variant)

    def aggregate(self, name, shape, head, line):
        """A structure or union: `line` writes each member (or raises)."""
        rust = pascal(name)
        if name in self.stack:
            raise Unsupported("recursive shape", f"`{name}` contains itself")
        if name in self.items:
            return rust
        self.stack.append(name)
        try:
            lines = []
            for member, spec in shape.get("members", {}).items():
                if name in self.responses and spec.get("location") in REQUEST_ONLY:
                    continue
                if spec["shape"] in self.stack or spec["shape"] == name:
                    # A member that holds a shape being declared: boxed.
                    ty = f"Box<{pascal(spec['shape'])}>"
                    self.boxed.add((name, member))
                else:
                    ty = self.type_of(spec["shape"], f"{name}.{member}", spec.get("timestampFormat"))
                lines.append(line(member, spec, ty))
        finally:
            self.stack.pop()
        self.add(name, f"#[shape]\n{head} {rust} {{\n{''.join(lines)}}}\n")
        return rust

    def add(self, name, source):
        if name not in self.items:
            self.items[name] = source
            self.order.append(name)

    # Values ---------------------------------------------------------------

    def value(self, name, value, where, format=None):
        shape = self.shapes[name]
        kind = shape["type"]
        if kind == "blob":
            return f"opwire::Blob::from({rust_str(value)})"
        if kind == "timestamp":
            millis = round(float(value) * 1000)
            stamp = f"opwire::Timestamp::from_millis({millis})"
            wrapper = TIMESTAMPS[format or shape.get("timestampFormat")]
            return stamp if wrapper == "opwire::Timestamp" else f"{wrapper}({stamp})"
        if kind == "string":
            if "enum" in shape:
                return f"{pascal(name)}::{self.variant(shape, value)}"
            return f"String::from({rust_str(value)})"
        if kind in INTEGERS:
            return f"{int(value)}_{INTEGERS[kind]}"
        if kind in FLOATS:
            if isinstance(value, str):
                raise Unsupported("NaN and infinities", f"`{where}` is {value}")
            return f"{float(value)!r}_{FLOATS[kind]}"
        if kind == "boolean":
            return "true" if value else "false"
        if kind == "list":
            items = ", ".join(self.value(shape["member"]["shape"], v, where + "[]") for v in value)
            return f"vec![{items}]"
        if kind == "map":
            entries = ", ".join(
                f"(String::from({rust_str(k)}), {self.value(shape['value']['shape'], v, where + '{}')})"
                for k, v in value.items()
            )
            return f"BTreeMap::from([{entries}])"
        if kind == "structure" and shape.get("document"):
            text = json.dumps(value)
            return f'serde_json::from_str::<serde_json::Value>(r#"{text}"#).unwrap()'
        if kind == "structure" and shape.get("union"):
            if len(value) != 1:
                raise Unsupported("union value", f"`{where}` sets {len(value)} members")
            [(member, inner)] = value.items()
            spec = shape["members"][member]
            lit = self.value(spec["shape"], inner, f"{where}.{member}", spec.get("timestampFormat"))
            return f"{pascal(name)}::{pascal(member)}({lit})"
        if kind == "structure":
            return self.struct_value(name, shape, value, where)
        raise Unsupported(kind, f"`{where}` is a {kind}")

    def struct_value(self, name, shape, value, where):
        fields = []
        for member, spec in shape.get("members", {}).items():
            if name in self.responses and spec.get("location") in REQUEST_ONLY:
                continue
            if member in value and value[member] is not None:
                inner = self.value(spec["shape"], value[member], f"{where}.{member}", spec.get("timestampFormat"))
                if (name, member) in self.boxed:
                    inner = f"Box::new({inner})"
                fields.append(f"{snake(member)}: Some({inner})")
            else:
                fields.append(f"{snake(member)}: None")
        unknown = set(value) - set(shape.get("members", {}))
        if unknown:
            raise Unsupported("unknown member", f"`{where}` has no member {sorted(unknown)}")
        return f"{pascal(name)} {{ {', '.join(fields)} }}"

    def variant(self, shape, value):
        used = set()
        for candidate in shape["enum"]:
            ident = pascal(candidate)
            while ident in used:
                ident += "_"
            used.add(ident)
            if candidate == value:
                return ident
        raise Unsupported("enum value", f"`{value}` is not one of {shape['enum']}")


def template(uri, members):
    if "?" in uri:
        raise Unsupported("constant query", f"`{uri}` has a query in its template")

    def placeholder(match):
        name, greedy = match.group(1), match.group(2)
        return f"<{name}..>" if greedy else f"<{name}>"

    return re.sub(r"\{([^}+]+)(\+)?\}", placeholder, uri)


def operation(suite, given, kind, op_name):
    """The `#[operation]` declaration of a case's operation."""
    http = given["http"]
    method = http["method"]
    if suite.endpoint:
        raise Unsupported("out of scope: endpoint", f"the client's endpoint is `{suite.endpoint}`")
    if given.get("httpChecksumRequired"):
        raise Unsupported("out of scope: checksum", "the request carries a Content-MD5 checksum")
    if given.get("requestcompression"):
        raise Unsupported("out of scope: request compression", "the request body is compressed")
    if given.get("endpoint"):
        raise Unsupported("out of scope: host prefix", "the operation has a host prefix")
    fields = []
    input_name = given.get("input", {}).get("shape") if kind == "input" else None
    shape = suite.shapes[input_name] if input_name else {"members": {}}
    payload = shape.get("payload")
    labels = set()
    body = False
    for member, spec in shape.get("members", {}).items():
        location = spec.get("location")
        where = f"{input_name}.{member}"
        wire = spec.get("locationName", member)
        if spec.get("idempotencyToken"):
            raise Unsupported("idempotency token", f"`{where}` is filled when absent")
        if spec.get("hostLabel"):
            raise Unsupported("out of scope: host prefix", f"`{where}` is a host label")
        if spec.get("jsonvalue"):
            raise Unsupported("media type", f"`{where}` is JSON text sent in base64")
        ty = suite.type_of(spec["shape"], where, spec.get("timestampFormat"))
        field = snake(member)
        if location == "uri":
            labels.add(wire)
            if ty.startswith("Vec<") or ty.startswith("BTreeMap<"):
                raise Unsupported("label type", f"`{where}` is a {ty} label")
            fields.append(f"    #[path({rust_str(wire)})]\n    pub {field}: {ty},\n")
        elif location == "querystring":
            if ty.startswith("BTreeMap<"):
                raise Unsupported("query map", f"`{where}` takes the remaining query parameters")
            if ty.startswith("Vec<"):
                fields.append(f"    #[query({rust_str(wire)})]\n    pub {field}: {ty},\n")
            else:
                fields.append(f"    #[query({rust_str(wire)})]\n    pub {field}: Option<{ty}>,\n")
        elif location == "header":
            if ty.startswith("BTreeMap<"):
                raise Unsupported("header map", f"`{where}` is a map in a header")
            # A list too: an empty list is an empty header, an absent one none.
            fields.append(f"    #[header({rust_str(wire)})]\n    pub {field}: Option<{ty}>,\n")
        elif location == "headers":
            raise Unsupported("prefix headers", f"`{where}` takes the headers named `{wire}*`")
        elif location is None and member == payload:
            fields.append(f"    #[payload]\n    pub {field}: Option<{ty}>,\n")
        elif location is None:
            body = True
            fields.append(f"    #[serde(rename = {rust_str(wire)})]\n    pub {field}: Option<{ty}>,\n")
        else:
            raise Unsupported(location, f"`{where}` is bound to {location}")
    if payload and method in ("GET", "HEAD"):
        raise Unsupported("body on GET", f"`{input_name}` has a payload on {method}")
    if body and method in ("GET", "HEAD"):
        raise Unsupported("body on GET", f"`{input_name}` has body members on {method}")
    args = [method, rust_str(template(http["requestUri"], labels))]
    if kind == "output":
        output = given.get("output", {}).get("shape")
        if output:
            out_shape = suite.shapes[output]
            suite.responses.add(output)
            if out_shape.get("payload"):
                raise Unsupported("httpPayload", f"`{output}` binds `{out_shape['payload']}` to the payload")
            for member, spec in out_shape.get("members", {}).items():
                if spec.get("location") and spec["location"] not in REQUEST_ONLY:
                    raise Unsupported(
                        "response " + spec["location"],
                        f"`{output}.{member}` is bound to the response's {spec['location']}",
                    )
            args.append(f"response = {suite.structure(output, out_shape, output)}")
        status = http.get("responseCode", 200)
        if status != 200:
            args.append(f"status = {status}")
        errors = []
        for error in given.get("errors", []):
            error_shape = suite.shapes[error["shape"]]
            for member, spec in error_shape.get("members", {}).items():
                if spec.get("location"):
                    raise Unsupported(
                        "error " + spec["location"],
                        f"`{error['shape']}.{member}` is bound to the response's {spec['location']}",
                    )
            if error_shape.get("error", {}).get("code"):
                raise Unsupported("error code", f"`{error['shape']}` has the code {error_shape['error']['code']}")
            rust = suite.structure(error["shape"], error_shape, error["shape"])
            errors.append(f"{error_shape['error']['httpStatusCode']} = {rust}")
        if errors:
            args.append(f"errors({', '.join(errors)})")
    source = (
        f"#[operation({', '.join(args)})]\n#[derive(Debug, Clone, PartialEq)]\n"
        f"pub struct {op_name} {{\n{''.join(fields)}}}\n"
    )
    return source, shape


def features(suite, case, kind):
    """The features a case exercises, for the table."""
    found = set()
    shapes = suite["shapes"]

    def walk(name, seen):
        if name in seen:
            found.add("recursive shape")
            return
        seen = seen | {name}
        shape = shapes[name]
        kind_ = shape["type"]
        if kind_ in ("timestamp", "blob", "map", "list"):
            found.add(kind_)
        if kind_ == "string" and "enum" in shape:
            found.add("enum")
        if kind_ in INTEGERS and "enum" in shape:
            found.add("intEnum")
        if kind_ in FLOATS:
            found.add("float")
        if shape.get("document"):
            found.add("document")
        if shape.get("union"):
            found.add("union")
        for child in ("member", "key", "value"):
            if child in shape:
                walk(shape[child]["shape"], seen)
        for member, spec in shape.get("members", {}).items():
            if spec.get("location"):
                found.add({"uri": "label", "querystring": "query", "header": "header",
                           "headers": "prefix headers", "statusCode": "response status"}.get(
                    spec["location"], spec["location"]))
            if "locationName" in spec and not spec.get("location") and spec["locationName"] != member:
                found.add("json name")
            if spec.get("idempotencyToken"):
                found.add("idempotency token")
            if spec.get("hostLabel"):
                found.add("host prefix")
            if spec.get("jsonvalue"):
                found.add("media type")
            walk(spec["shape"], seen)
        if shape.get("payload"):
            found.add("httpPayload")

    given = case["given"]
    if kind == "input" and given.get("input"):
        walk(given["input"]["shape"], frozenset())
    if kind == "output" and given.get("output") and "error" not in case:
        walk(given["output"]["shape"], frozenset())
    if kind == "output" and "error" in case:
        found.add("errors")
        for error in given.get("errors", []):
            walk(error["shape"], frozenset())
    if "?" in given["http"]["requestUri"]:
        found.add("constant query")
    if given.get("endpoint"):
        found.add("host prefix")
    if suite.get("clientEndpoint"):
        found.add("endpoint")
    if given.get("httpChecksumRequired"):
        found.add("checksum")
    if given.get("requestcompression"):
        found.add("request compression")
    if not found:
        found.add("empty")
    return sorted(found)


def generate(kind):
    path = os.path.join(HERE, f"{kind}-rest-json.json")
    suites = json.load(open(path))
    out = [
        f"//! The {kind} cases of the restJson1 protocol tests, declared with opwire.\n",
        "//! Written by `tests/data/protocol/generate.py` from\n",
        f"//! `tests/data/protocol/{kind}-rest-json.json`; regenerate, don't edit.\n\n",
        "#![allow(clippy::all, dead_code, non_camel_case_types, unused_imports)]\n\n",
        "use crate::check::{Case, Check};\n\n",
    ]
    table = []
    for index, raw in enumerate(suites):
        suite = Suite(raw)
        module = f"s{index:02}"
        ops = {}
        givens = {}
        checks = []
        for case in raw["cases"]:
            given = case["given"]
            feats = features(raw, case, kind)
            op_name = pascal(given["name"])
            if op_name in raw["shapes"] or op_name + "Error" in raw["shapes"]:
                op_name += "Op"
            # Cases of one operation may model it differently (other errors).
            base, n = op_name, 1
            while op_name in ops and givens[op_name] != given:
                n += 1
                op_name = f"{base}{n}"
            givens[op_name] = given
            try:
                if op_name not in ops:
                    ops[op_name] = operation(suite, given, kind, op_name)
                source, shape = ops[op_name]
                if kind == "input":
                    params = case.get("params", {})
                    fields = []
                    for member, spec in shape.get("members", {}).items():
                        field = snake(member)
                        value = params.get(member)
                        fmt = spec.get("timestampFormat")
                        ty = suite.type_of(spec["shape"], member, fmt)
                        lit = lambda v: suite.value(spec["shape"], v, member, fmt)
                        if spec.get("location") == "uri":
                            if value is None:
                                raise Unsupported("missing label", f"params have no `{member}`")
                            fields.append(f"{field}: {lit(value)}")
                        elif spec.get("location") == "querystring" and ty.startswith("Vec<"):
                            inner = lit(value) if value is not None else "Vec::new()"
                            fields.append(f"{field}: {inner}")
                        elif value is None:
                            fields.append(f"{field}: None")
                        else:
                            fields.append(f"{field}: Some({lit(value)})")
                    unknown = set(params) - set(shape.get("members", {}))
                    if unknown:
                        raise Unsupported("unknown member", f"params name {sorted(unknown)}")
                    value = f"{op_name} {{ {', '.join(fields)} }}"
                    check = f"Check::Input(|case| crate::check::input(case, {value}))"
                elif "error" in case:
                    code = case["errorCode"]
                    names = [e["shape"] for e in given.get("errors", [])]
                    if code not in names:
                        raise Unsupported("error code", f"`{code}` is not a declared error's name")
                    error = code
                    lit = suite.value(error, case["error"], error)
                    check = (
                        f"Check::Output(|case| crate::check::output::<{op_name}>(case, "
                        f"Err({op_name}Error::from({lit}))))"
                    )
                else:
                    output = given.get("output", {}).get("shape")
                    lit = suite.value(output, case.get("result", {}), output) if output else "opwire::Empty {}"
                    check = f"Check::Output(|case| crate::check::output::<{op_name}>(case, Ok({lit})))"
                checks.append((case["id"], feats, check))
            except Unsupported as why:
                reason = f"{why.feature}: {why.detail}"
                checks.append((case["id"], feats, f"Check::Undeclarable({rust_str(reason)})"))
        items = [suite.items[name] for name in suite.order]
        declared = {name: src for name, (src, _) in ops.items()} if ops else {}
        out.append(f"/// {raw['description']}\n")
        out.append(f"pub mod {module} {{\n")
        out.append("    use std::collections::BTreeMap;\n\n    use opwire::{operation, shape};\n\n")
        out.append("    use super::{Case, Check};\n\n")
        for source in items + list(declared.values()):
            out.append("".join("    " + line if line.strip() else line for line in source.splitlines(True)))
            out.append("\n")
        out.append("    pub const CASES: &[Case] = &[\n")
        for case_id, feats, check in checks:
            feat_list = ", ".join(rust_str(f) for f in feats)
            out.append(f"        Case {{ id: {rust_str(case_id)}, features: &[{feat_list}], check: {check} }},\n")
        out.append("    ];\n}\n\n")
        table.append(f"{module}::CASES")
    out.append(f"pub const SUITES: &[&[Case]] = &[{', '.join(table)}];\n")
    return "".join(out)


def main():
    os.makedirs(OUT, exist_ok=True)
    for kind in ("input", "output"):
        path = os.path.join(OUT, f"{kind}.rs")
        with open(path, "w") as f:
            f.write(generate(kind))
        # As `cargo fmt` leaves them, so a regeneration shows only changes.
        subprocess.run(["rustfmt", "--edition", "2024", path], check=True)


if __name__ == "__main__":
    main()
