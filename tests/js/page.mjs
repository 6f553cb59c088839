// The page tests/tests/browser.rs serves on one origin: it calls the
// emulator on another (the `endpoint` in the URL's fragment) with the
// bundled official SDK and with plain fetch, then posts its report to
// /report on its own origin.

import { Report, awkwardLabels, client, everyOperation, typedWithoutTheHeader } from "./scenario.mjs";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The seed operation and an error, with fetch and a JSON body. */
async function plainFetch(endpoint, r) {
  const post = (path, body) =>
    fetch(`${endpoint}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  try {
    let res = await post("/backend", { appId: "fetched", appName: "f", backendEnvironmentName: "dev" });
    r.check("fetch CreateBackend", res.status === 200, res.status);
    res = await post("/backend/fetched/storage/dev/import", { bucketName: "fetched-bucket", serviceName: "S3" });
    const body = await res.json();
    r.check("fetch ImportBackendStorage", res.status === 200 && body.jobId?.startsWith("job-")
      && body.appId === "fetched" && body.status === "COMPLETED", JSON.stringify(body));
    r.check("fetch reads x-amzn-RequestId", UUID.test(res.headers.get("x-amzn-RequestId") ?? ""), res.headers.get("x-amzn-RequestId"));
    r.check("fetch reads Date", !Number.isNaN(Date.parse(res.headers.get("date") ?? "")), res.headers.get("date"));
    res = await post("/backend/nope/storage/dev/import", { serviceName: "S3" });
    const error = await res.json();
    r.check("fetch reads a 404", res.status === 404, res.status);
    r.check("fetch reads x-amzn-ErrorType", res.headers.get("x-amzn-ErrorType") === "NotFoundException", res.headers.get("x-amzn-ErrorType"));
    r.check("fetch reads __type", error.__type === "NotFoundException" && error.resourceType === "app", JSON.stringify(error));
    res = await post("/backend/fetched/storage/dev/import", { serviceName: "NotAService" });
    r.check("fetch reads a 400", res.status === 400 && res.headers.get("x-amzn-ErrorType") === "BadRequestException", res.status);
    res = await post("/no/such/operation", {});
    r.check("fetch reads an unknown path's 404", res.status === 404
      && res.headers.get("x-amzn-ErrorType") === "UnknownOperationException", res.status);
  } catch (err) {
    r.check("fetch", false, `${err.name}: ${err.message}`);
  }
}

const endpoint = new URLSearchParams(location.hash.slice(1)).get("endpoint");
const report = new Report(`browser ${new URL(endpoint).pathname}`);
try {
  report.check("the page is on another origin", new URL(endpoint).origin !== location.origin, location.origin);
  await everyOperation(client(endpoint), report);
  await awkwardLabels(client(endpoint), report);
  await typedWithoutTheHeader(client(endpoint, { stripErrorType: true }), report);
  await plainFetch(endpoint, report);
} catch (err) {
  report.check("the page runs to its end", false, `${err.name}: ${err.message}`);
}
await fetch("/report", { method: "POST", body: JSON.stringify([report.json()]) });
