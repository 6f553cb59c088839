// The official AWS SDK for JavaScript in Node against the emulator at each
// endpoint given (node node.mjs http://127.0.0.1:8080 http://127.0.0.1:8080/prod);
// the same scenario at each, on one server.
// prints one JSON report for tests/tests/js_sdk.rs to read.

import { Report, awkwardLabels, client, everyOperation, serverErrors, typedWithoutTheHeader } from "./scenario.mjs";

const reports = [];
// One server may serve every endpoint: each run names its own apps.
for (const [run, endpoint] of process.argv.slice(2).entries()) {
  const report = new Report(`node ${new URL(endpoint).pathname}`);
  await everyOperation(client(endpoint), report);
  await awkwardLabels(client(endpoint), report, ` ${run}`);
  await typedWithoutTheHeader(client(endpoint, { stripErrorType: true }), report, ` ${run}`);
  reports.push(report.json());
}
// With OPWIRE_THROTTLED and OPWIRE_SLOW: the errors only a server answers.
const { OPWIRE_THROTTLED: throttled, OPWIRE_SLOW: slow } = process.env;
if (throttled && slow) {
  const report = new Report("node server errors");
  await serverErrors(throttled, slow, report, "node server errors");
  reports.push(report.json());
}
process.stdout.write(JSON.stringify(reports));
