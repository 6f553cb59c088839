// What the official AWS SDK for JavaScript (v3) must be able to do against
// the AmplifyBackend emulator, in Node (node.mjs) and in a browser page on
// another origin (page.mjs): every one of the 31 operations, the declared
// errors typed (with and without the x-amzn-ErrorType header), request IDs
// readable, and labels that need percent-encoding coming back equal.
//
// Each check is recorded, never thrown, so a run reports all that failed.

import * as sdk from "@aws-sdk/client-amplifybackend";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A client for `endpoint`, with static session credentials. */
export function client(endpoint, { stripErrorType = false } = {}) {
  const client = new sdk.AmplifyBackendClient({
    endpoint,
    region: "us-east-1",
    credentials: {
      accessKeyId: "AKIDEXAMPLE",
      secretAccessKey: "secret",
      sessionToken: "session-token",
    },
    maxAttempts: 1,
  });
  if (stripErrorType) {
    // Below the deserializer: it sees the response without the header and
    // must find the error's code in the body's `__type`.
    client.middlewareStack.add(
      (next) => async (args) => {
        const out = await next(args);
        for (const name of Object.keys(out.response.headers)) {
          if (name.toLowerCase() === "x-amzn-errortype") delete out.response.headers[name];
        }
        return out;
      },
      { step: "deserialize", priority: "low", name: "stripErrorType" },
    );
  }
  return client;
}

/** Records checks and the operations that answered with success. */
export class Report {
  constructor(label) {
    this.label = label;
    this.checks = [];
    this.succeeded = new Set();
  }
  check(name, ok, detail = "") {
    this.checks.push({ name: `${this.label}: ${name}`, ok: Boolean(ok), detail: String(detail) });
  }
  json() {
    return { checks: this.checks, succeeded: [...this.succeeded].sort() };
  }
}

const command = (name, input) => new sdk[`${name}Command`](input);

/** Sends `name` with `input`; records a failure as a check. */
async function ok(c, r, name, input) {
  try {
    const out = await c.send(command(name, input));
    r.succeeded.add(name);
    r.check(`${name} request id`, UUID.test(out.$metadata.requestId ?? ""), out.$metadata.requestId);
    return out;
  } catch (err) {
    r.check(`${name} succeeds`, false, `${err.name}: ${err.message}`);
    return {};
  }
}

/** Sends `name` expecting the typed error `type`; returns it. */
async function fails(c, r, name, input, type, status) {
  try {
    await c.send(command(name, input));
    r.check(`${name} fails with ${type}`, false, "it succeeded");
    return {};
  } catch (err) {
    r.check(`${name} fails with ${type}`, err instanceof sdk[type] && err.name === type, `${err.name}: ${err.message}`);
    r.check(`${name} ${type} status`, err.$metadata?.httpStatusCode === status, err.$metadata?.httpStatusCode);
    r.check(`${name} ${type} message`, typeof err.message === "string" && err.message.length > 0, err.message);
    r.check(`${name} ${type} request id`, UUID.test(err.$metadata?.requestId ?? ""), err.$metadata?.requestId);
    return err;
  }
}

const job = (r, name, out, app, env) => {
  r.check(`${name} job`, out.JobId?.startsWith("job-") && out.Status === "COMPLETED"
    && out.AppId === app && out.BackendEnvironmentName === env, JSON.stringify(out));
};

/** Every one of the 31 operations, and what each answers. */
export async function everyOperation(c, r) {
  const App = "d1a2b3c4";
  const base = { AppId: App, BackendEnvironmentName: "dev" };

  let out = await ok(c, r, "CreateBackend", { ...base, AppName: "notes", ResourceName: "amplify-notes" });
  job(r, "CreateBackend", out, App, "dev");
  await fails(c, r, "CreateBackend", { ...base, AppName: "notes" }, "BadRequestException", 400);
  out = await ok(c, r, "GetBackend", base);
  r.check("GetBackend answers", out.AppName === "notes" && out.BackendEnvironmentList?.join() === "dev", JSON.stringify(out));
  const missing = await fails(c, r, "GetBackend", { AppId: "nope" }, "NotFoundException", 404);
  r.check("NotFoundException resourceType", missing.ResourceType === "app", missing.ResourceType);

  const auth = {
    AuthResources: "USER_POOL_ONLY",
    Service: "COGNITO",
    UserPoolConfigs: { RequiredSignUpAttributes: ["EMAIL"], SignInMethod: "EMAIL", UserPoolName: "notesUsers" },
  };
  out = await ok(c, r, "CreateBackendAuth", { ...base, ResourceName: "notesAuth", ResourceConfig: auth });
  job(r, "CreateBackendAuth", out, App, "dev");
  out = await ok(c, r, "GetBackendAuth", { ...base, ResourceName: "notesAuth" });
  r.check("GetBackendAuth answers", out.ResourceConfig?.UserPoolConfigs?.UserPoolName === "notesUsers", JSON.stringify(out));
  out = await ok(c, r, "UpdateBackendAuth", {
    ...base, ResourceName: "notesAuth",
    ResourceConfig: { AuthResources: "USER_POOL_ONLY", Service: "COGNITO", UserPoolConfigs: { Mfa: { MFAMode: "OPTIONAL" } } },
  });
  job(r, "UpdateBackendAuth", out, App, "dev");
  out = await ok(c, r, "ImportBackendAuth", { ...base, NativeClientId: "native", UserPoolId: "us-east-1_users", WebClientId: "web" });
  job(r, "ImportBackendAuth", out, App, "dev");

  const api = { ApiName: "notesApi", Service: "AppSync", TransformSchema: "type Note @model { id: ID! }" };
  out = await ok(c, r, "CreateBackendAPI", { ...base, ResourceName: "notesApi", ResourceConfig: api });
  job(r, "CreateBackendAPI", out, App, "dev");
  out = await ok(c, r, "GetBackendAPI", { ...base, ResourceName: "notesApi" });
  r.check("GetBackendAPI answers", out.ResourceConfig?.TransformSchema === api.TransformSchema, JSON.stringify(out));
  out = await ok(c, r, "GenerateBackendAPIModels", { ...base, ResourceName: "notesApi" });
  job(r, "GenerateBackendAPIModels", out, App, "dev");
  out = await ok(c, r, "GetBackendAPIModels", { ...base, ResourceName: "notesApi" });
  r.check("GetBackendAPIModels answers", out.Status === "LATEST" && out.Models?.includes("type Note"), JSON.stringify(out));
  out = await ok(c, r, "UpdateBackendAPI", { ...base, ResourceName: "notesApi", ResourceConfig: { TransformSchema: "type Note @model { id: ID! done: Boolean }" } });
  job(r, "UpdateBackendAPI", out, App, "dev");

  const permissions = { Authenticated: ["READ", "CREATE_AND_UPDATE"] };
  out = await ok(c, r, "CreateBackendStorage", {
    ...base, ResourceName: "notesMedia", ResourceConfig: { BucketName: "notes-media", Permissions: permissions, ServiceName: "S3" },
  });
  r.check("CreateBackendStorage job", out.Status === "COMPLETED", JSON.stringify(out));
  out = await ok(c, r, "GetBackendStorage", { ...base, ResourceName: "notesMedia" });
  r.check("GetBackendStorage answers", out.ResourceConfig?.BucketName === "notes-media", JSON.stringify(out));
  out = await ok(c, r, "UpdateBackendStorage", {
    ...base, ResourceName: "notesMedia", ResourceConfig: { Permissions: { Authenticated: ["READ"] }, ServiceName: "S3" },
  });
  r.check("UpdateBackendStorage job", out.Status === "COMPLETED", JSON.stringify(out));
  out = await ok(c, r, "ImportBackendStorage", { ...base, BucketName: "notes-archive", ServiceName: "S3" });
  r.check("ImportBackendStorage job", out.Status === "COMPLETED" && out.AppId === App, JSON.stringify(out));
  out = await ok(c, r, "ListS3Buckets", {});
  r.check("ListS3Buckets answers", out.Buckets?.some((b) => b.Name === "notes-archive"), JSON.stringify(out));

  out = await ok(c, r, "CreateBackendConfig", { AppId: App });
  r.check("CreateBackendConfig answers", out.AppId === App, JSON.stringify(out));
  out = await ok(c, r, "UpdateBackendConfig", { AppId: App, LoginAuthConfig: { AwsCognitoRegion: "us-east-1" } });
  r.check("UpdateBackendConfig answers", out.LoginAuthConfig?.AwsCognitoRegion === "us-east-1", JSON.stringify(out));
  await ok(c, r, "RemoveBackendConfig", { AppId: App });

  const token = await ok(c, r, "CreateToken", { AppId: App });
  r.check("CreateToken answers", /^\d{6}$/.test(token.ChallengeCode ?? ""), JSON.stringify(token));
  out = await ok(c, r, "GetToken", { AppId: App, SessionId: token.SessionId });
  r.check("GetToken answers", out.ChallengeCode === token.ChallengeCode, JSON.stringify(out));
  out = await ok(c, r, "DeleteToken", { AppId: App, SessionId: token.SessionId });
  r.check("DeleteToken answers", out.IsSuccess === true, JSON.stringify(out));

  out = await ok(c, r, "ListBackendJobs", { ...base, MaxResults: 25 });
  const jobs = out.Jobs ?? [];
  r.check("ListBackendJobs answers", jobs.length >= 8 && jobs[0].Operation === "CreateBackend", JSON.stringify(out));
  const tooMany = await fails(c, r, "ListBackendJobs", { ...base, MaxResults: 26 }, "BadRequestException", 400);
  r.check("BadRequestException names the field", tooMany.message?.includes("maxResults"), tooMany.message);
  const first = jobs[0]?.JobId ?? "job-1";
  out = await ok(c, r, "GetBackendJob", { ...base, JobId: first });
  r.check("GetBackendJob answers", out.JobId === first && out.Operation === "CreateBackend", JSON.stringify(out));
  out = await ok(c, r, "UpdateBackendJob", { ...base, JobId: first, Status: "FAILED" });
  r.check("UpdateBackendJob answers", out.Status === "FAILED", JSON.stringify(out));

  out = await ok(c, r, "CloneBackend", { ...base, TargetEnvironmentName: "staging" });
  job(r, "CloneBackend", out, App, "dev");
  out = await ok(c, r, "DeleteBackendAPI", { ...base, ResourceName: "notesApi" });
  job(r, "DeleteBackendAPI", out, App, "dev");
  out = await ok(c, r, "DeleteBackendAuth", { ...base, ResourceName: "notesAuth" });
  job(r, "DeleteBackendAuth", out, App, "dev");
  out = await ok(c, r, "DeleteBackendStorage", { ...base, ResourceName: "notesMedia", ServiceName: "S3" });
  r.check("DeleteBackendStorage job", out.Status === "COMPLETED", JSON.stringify(out));
  out = await ok(c, r, "DeleteBackend", { AppId: App, BackendEnvironmentName: "staging" });
  job(r, "DeleteBackend", out, App, "staging");
  out = await ok(c, r, "RemoveAllBackends", { AppId: App, CleanAmplifyApp: true });
  r.check("RemoveAllBackends answers", out.Status === "COMPLETED", JSON.stringify(out));
  const gone = await fails(c, r, "GetBackend", { AppId: App }, "NotFoundException", 404);
  r.check("a removed app is not found", gone.ResourceType === "app", gone.ResourceType);
}

/** Labels that need percent-encoding go out and come back equal. */
export async function awkwardLabels(c, r, run = "") {
  for (const [AppId, BackendEnvironmentName] of [
    [`app with space${run}`, "env/with/slashes"],
    [`100%${run}`, "a+b"],
    [`héllo wörld ✓${run}`, "日本"],
  ]) {
    await ok(c, r, "CreateBackend", { AppId, AppName: "odd", BackendEnvironmentName });
    const out = await ok(c, r, "GetBackend", { AppId, BackendEnvironmentName });
    r.check(`labels ${JSON.stringify([AppId, BackendEnvironmentName])} come back equal`,
      out.AppId === AppId && out.BackendEnvironmentName === BackendEnvironmentName, JSON.stringify(out));
    const job = await ok(c, r, "ImportBackendStorage", { AppId, BackendEnvironmentName, BucketName: "b", ServiceName: "S3" });
    r.check(`labels ${JSON.stringify([AppId, BackendEnvironmentName])} in ImportBackendStorage`,
      job.AppId === AppId && job.BackendEnvironmentName === BackendEnvironmentName, JSON.stringify(job));
  }
}

/** The declared errors, typed from the body's `__type` alone. */
export async function typedWithoutTheHeader(c, r, run = "") {
  const missing = await fails(c, r, "GetBackend", { AppId: "nope" }, "NotFoundException", 404);
  r.check("NotFoundException resourceType", missing.ResourceType === "app", missing.ResourceType);
  const backend = { AppId: `typed${run}`, AppName: "typed", BackendEnvironmentName: "dev" };
  await ok(c, r, "CreateBackend", backend);
  await fails(c, r, "CreateBackend", backend, "BadRequestException", 400);
  await fails(c, r, "ListBackendJobs", { AppId: `typed${run}`, BackendEnvironmentName: "dev", MaxResults: 0 }, "BadRequestException", 400);
}

/** The errors only the server answers, typed with and without the header:
 * 429 from `throttled` (after one call it lets through), 504 from `slow`. */
export async function serverErrors(throttled, slow, r, label) {
  await ok(client(throttled), r, "CreateBackend", { AppId: "t", AppName: "t", BackendEnvironmentName: "dev" });
  for (const stripErrorType of [false, true]) {
    r.label = `${label} ${stripErrorType ? "without" : "with"} the header`;
    const limited = await fails(client(throttled, { stripErrorType }), r, "GetBackend", { AppId: "t" }, "TooManyRequestsException", 429);
    r.check("TooManyRequestsException limitType", limited.LimitType === "RequestRate", limited.LimitType);
    await fails(client(slow, { stripErrorType }), r, "GetBackend", { AppId: "t" }, "GatewayTimeoutException", 504);
  }
}
