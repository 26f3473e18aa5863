// Apps and settings through the AWS SDK for JavaScript v3.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  CreateAppCommand, DeleteAppCommand, GetAppCommand, GetAppsCommand,
  GetApplicationSettingsCommand, UpdateApplicationSettingsCommand,
} from "@aws-sdk/client-pinpoint";
import { client, rejection } from "./client.mjs";

const pinpoint = client();

test("creates, gets, lists, updates settings of and deletes an app", async () => {
  const created = (await pinpoint.send(new CreateAppCommand({
    CreateApplicationRequest: { Name: "js-app", tags: { team: "js" } },
  }))).ApplicationResponse;
  assert.match(created.Id, /^[0-9a-f]{32}$/);
  assert.equal(created.Name, "js-app");
  assert.deepEqual(created.tags, { team: "js" });

  const got = (await pinpoint.send(new GetAppCommand({ ApplicationId: created.Id }))).ApplicationResponse;
  assert.deepEqual(got, created);

  const ids = [];
  let token;
  do {
    const page = (await pinpoint.send(new GetAppsCommand({ PageSize: "50", Token: token }))).ApplicationsResponse;
    ids.push(...(page.Item ?? []).map((a) => a.Id));
    token = page.NextToken;
  } while (token);
  assert.ok(ids.includes(created.Id));

  const settings = (await pinpoint.send(new UpdateApplicationSettingsCommand({
    ApplicationId: created.Id,
    WriteApplicationSettingsRequest: { QuietTime: { Start: "21:30", End: "06:00" }, Limits: { Daily: 3 } },
  }))).ApplicationSettingsResource;
  assert.equal(settings.QuietTime.Start, "21:30");
  const read = (await pinpoint.send(new GetApplicationSettingsCommand({ ApplicationId: created.Id })))
    .ApplicationSettingsResource;
  assert.equal(read.Limits.Daily, 3);

  const deleted = (await pinpoint.send(new DeleteAppCommand({ ApplicationId: created.Id }))).ApplicationResponse;
  assert.equal(deleted.Id, created.Id);
  const gone = await rejection(pinpoint, new GetAppCommand({ ApplicationId: created.Id }));
  assert.equal(gone.name, "NotFoundException");
  assert.equal(gone.$metadata.httpStatusCode, 404);
});

test("an unknown app is a NotFoundException with Pinpoint's message shape", async () => {
  const e = await rejection(pinpoint, new GetAppCommand({ ApplicationId: "0123456789abcdef0123456789abcdef" }));
  assert.equal(e.name, "NotFoundException");
  assert.ok(e.message.length > 0);
  assert.ok(e.RequestID);
});

test("invalid settings are a BadRequestException", async () => {
  const app = (await pinpoint.send(new CreateAppCommand({ CreateApplicationRequest: { Name: "js-bad" } })))
    .ApplicationResponse;
  const e = await rejection(pinpoint, new UpdateApplicationSettingsCommand({
    ApplicationId: app.Id,
    WriteApplicationSettingsRequest: { QuietTime: { Start: "25:99", End: "06:00" } },
  }));
  assert.equal(e.name, "BadRequestException");
  assert.equal(e.$metadata.httpStatusCode, 400);
  await pinpoint.send(new DeleteAppCommand({ ApplicationId: app.Id }));
});
