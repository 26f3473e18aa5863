// Tern verifies every request's SigV4 signature against its own keys: a wrong key is a ForbiddenException.
import { test } from "node:test";
import assert from "node:assert/strict";
import { GetAppsCommand } from "@aws-sdk/client-pinpoint";
import { client, rejection } from "./client.mjs";

test("a request signed with an unknown key is a ForbiddenException", async () => {
  const stranger = client("AKIDUNKNOWNSTRANGER1", "not-a-tern-secret");
  const e = await rejection(stranger, new GetAppsCommand({}));
  assert.equal(e.name, "ForbiddenException");
  assert.equal(e.$metadata.httpStatusCode, 403);
});

test("a request signed with the right key id but a wrong secret is a ForbiddenException", async () => {
  const forger = client(process.env.TERN_ACCESS_KEY, "wrong-secret-for-a-real-key");
  const e = await rejection(forger, new GetAppsCommand({}));
  assert.equal(e.name, "ForbiddenException");
});
