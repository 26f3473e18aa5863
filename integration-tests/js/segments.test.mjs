// Segments with versions through the AWS SDK for JavaScript v3.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  CreateAppCommand, DeleteAppCommand, CreateSegmentCommand, GetSegmentCommand, GetSegmentsCommand,
  UpdateSegmentCommand, DeleteSegmentCommand, GetSegmentVersionCommand, GetSegmentVersionsCommand,
} from "@aws-sdk/client-pinpoint";
import { client, rejection } from "./client.mjs";

const pinpoint = client();
let appId;

before(async () => {
  appId = (await pinpoint.send(new CreateAppCommand({ CreateApplicationRequest: { Name: "js-segments" } })))
    .ApplicationResponse.Id;
});
after(async () => pinpoint.send(new DeleteAppCommand({ ApplicationId: appId })));

const byCity = (city) => ({
  Name: `city-${city}`,
  Dimensions: {
    Attributes: { City: { AttributeType: "INCLUSIVE", Values: [city] } },
    Demographic: { Channel: { DimensionType: "INCLUSIVE", Values: ["EMAIL"] } },
  },
});

test("creates, gets, lists, versions, updates and deletes a segment", async () => {
  const created = (await pinpoint.send(new CreateSegmentCommand({
    ApplicationId: appId, WriteSegmentRequest: byCity("Lisbon"),
  }))).SegmentResponse;
  assert.equal(created.Name, "city-Lisbon");
  assert.equal(created.Version, 1);
  assert.equal(created.SegmentType, "DIMENSIONAL");
  assert.deepEqual(created.Dimensions.Attributes.City.Values, ["Lisbon"]);

  const got = (await pinpoint.send(new GetSegmentCommand({ ApplicationId: appId, SegmentId: created.Id })))
    .SegmentResponse;
  assert.deepEqual(got, created);

  const listed = (await pinpoint.send(new GetSegmentsCommand({ ApplicationId: appId }))).SegmentsResponse;
  assert.ok(listed.Item.some((s) => s.Id === created.Id));

  const updated = (await pinpoint.send(new UpdateSegmentCommand({
    ApplicationId: appId, SegmentId: created.Id, WriteSegmentRequest: byCity("Porto"),
  }))).SegmentResponse;
  assert.equal(updated.Version, 2);
  assert.equal(updated.Name, "city-Porto");

  const v1 = (await pinpoint.send(new GetSegmentVersionCommand({
    ApplicationId: appId, SegmentId: created.Id, Version: "1",
  }))).SegmentResponse;
  assert.deepEqual(v1.Dimensions.Attributes.City.Values, ["Lisbon"]);
  const versions = (await pinpoint.send(new GetSegmentVersionsCommand({ ApplicationId: appId, SegmentId: created.Id })))
    .SegmentsResponse.Item.map((s) => s.Version).sort();
  assert.deepEqual(versions, [1, 2]);

  await pinpoint.send(new DeleteSegmentCommand({ ApplicationId: appId, SegmentId: created.Id }));
  const gone = await rejection(pinpoint, new GetSegmentCommand({ ApplicationId: appId, SegmentId: created.Id }));
  assert.equal(gone.name, "NotFoundException");
});

test("an invalid segment is a BadRequestException and is not stored", async () => {
  const e = await rejection(pinpoint, new CreateSegmentCommand({
    ApplicationId: appId,
    WriteSegmentRequest: { Name: "bad", Dimensions: { Attributes: { City: { AttributeType: "SOMETIMES", Values: ["x"] } } } },
  }));
  assert.equal(e.name, "BadRequestException");
  const listed = (await pinpoint.send(new GetSegmentsCommand({ ApplicationId: appId }))).SegmentsResponse;
  assert.ok(!(listed.Item ?? []).some((s) => s.Name === "bad"));
});

test("a segment of an unknown app is a NotFoundException", async () => {
  const e = await rejection(pinpoint, new CreateSegmentCommand({
    ApplicationId: "0123456789abcdef0123456789abcdef", WriteSegmentRequest: byCity("Faro"),
  }));
  assert.equal(e.name, "NotFoundException");
});
