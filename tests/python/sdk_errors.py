"""The official AWS SDK for Python (boto3) against the AmplifyBackend
emulator: every declared error arrives as its modeled exception, with its
members and the request ID, read from the x-amzn-ErrorType header and, with
the header removed before parsing, from the body's __type.

Usage: sdk_errors.py API THROTTLED SLOW (three base URLs: the emulator, one
that lets one request through, one whose GetBackend overruns its deadline).
Prints one JSON report for tests/tests/python_sdk.rs.
"""

import json
import re
import sys

import boto3
from botocore.config import Config

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def client(endpoint, strip_error_type):
    c = boto3.client(
        "amplifybackend",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="AKIDEXAMPLE",
        aws_secret_access_key="secret",
        aws_session_token="session-token",
        config=Config(retries={"total_max_attempts": 1}),
    )
    if strip_error_type:
        # Before parsing: the parser must find the code in the body.
        def strip(response_dict, **_):
            response_dict["headers"].pop("x-amzn-ErrorType", None)

        c.meta.events.register("before-parse.amplifybackend.*", strip)
    return c


class Report:
    def __init__(self):
        self.checks = []
        self.succeeded = set()
        self.label = "python"

    def check(self, name, ok, detail=""):
        self.checks.append({"name": f"{self.label}: {name}", "ok": bool(ok), "detail": str(detail)})

    def ok(self, c, operation, **params):
        try:
            out = getattr(c, operation)(**params)
            self.succeeded.add("".join(p.capitalize() for p in operation.split("_")))
            return out
        except Exception as err:  # noqa: BLE001 - the report names it
            self.check(f"{operation} succeeds", False, repr(err))
            return {}

    def fails(self, c, operation, exception, status, **params):
        """Calls `operation`, expecting `exception`; returns its response."""
        try:
            getattr(c, operation)(**params)
            self.check(f"{operation} fails with {exception}", False, "it succeeded")
            return {}
        except getattr(c.exceptions, exception) as err:
            response = err.response
            self.check(f"{operation} fails with {exception}", response["Error"]["Code"] == exception, response["Error"])
            meta = response["ResponseMetadata"]
            self.check(f"{operation} {exception} status", meta["HTTPStatusCode"] == status, meta["HTTPStatusCode"])
            self.check(f"{operation} {exception} message", response["Error"].get("Message"), response["Error"])
            self.check(f"{operation} {exception} request id", UUID.match(meta.get("RequestId", "")), meta)
            return response
        except Exception as err:  # noqa: BLE001 - the report names it
            self.check(f"{operation} fails with {exception}", False, repr(err))
            return {}


def main(api, throttled, slow):
    r = Report()
    r.ok(client(throttled, False), "create_backend", AppId="t", AppName="t", BackendEnvironmentName="dev")
    r.ok(client(api, False), "create_backend", AppId="app1", AppName="notes", BackendEnvironmentName="dev")
    for strip in (False, True):
        r.label = f"python {'without' if strip else 'with'} the header"
        c = client(api, strip)
        missing = r.fails(c, "get_backend", "NotFoundException", 404, AppId="nope")
        r.check("NotFoundException ResourceType", missing.get("ResourceType") == "app", missing)
        r.fails(c, "create_backend", "BadRequestException", 400, AppId="app1", AppName="notes", BackendEnvironmentName="dev")
        bad = r.fails(c, "list_backend_jobs", "BadRequestException", 400, AppId="app1", BackendEnvironmentName="dev", MaxResults=26)
        r.check("BadRequestException names the field", "maxResults" in bad.get("Error", {}).get("Message", ""), bad)
        limited = r.fails(client(throttled, strip), "get_backend", "TooManyRequestsException", 429, AppId="t")
        r.check("TooManyRequestsException LimitType", limited.get("LimitType") == "RequestRate", limited)
        r.fails(client(slow, strip), "get_backend", "GatewayTimeoutException", 504, AppId="t")
    print(json.dumps([{"checks": r.checks, "succeeded": sorted(r.succeeded)}]))


if __name__ == "__main__":
    main(*sys.argv[1:4])
