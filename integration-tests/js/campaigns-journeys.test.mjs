// Campaigns (with versions) and journeys through the AWS SDK for JavaScript v3.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  CreateAppCommand, DeleteAppCommand, CreateSegmentCommand,
  CreateCampaignCommand, GetCampaignCommand, GetCampaignsCommand, UpdateCampaignCommand, DeleteCampaignCommand,
  GetCampaignVersionsCommand,
  CreateJourneyCommand, GetJourneyCommand, ListJourneysCommand, UpdateJourneyCommand, DeleteJourneyCommand,
  UpdateJourneyStateCommand,
} from "@aws-sdk/client-pinpoint";
import { client, rejection } from "./client.mjs";

const pinpoint = client();
let appId;
let segmentId;

before(async () => {
  appId = (await pinpoint.send(new CreateAppCommand({ CreateApplicationRequest: { Name: "js-campaigns" } })))
    .ApplicationResponse.Id;
  segmentId = (await pinpoint.send(new CreateSegmentCommand({
    ApplicationId: appId,
    WriteSegmentRequest: { Name: "everyone-email", Dimensions: { Demographic: { Channel: { Values: ["EMAIL"] } } } },
  }))).SegmentResponse.Id;
});
after(async () => pinpoint.send(new DeleteAppCommand({ ApplicationId: appId })));

const future = () => new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();

function campaign(name) {
  return {
    Name: name, SegmentId: segmentId,
    MessageConfiguration: { EmailMessage: { Title: "Spring sale", HtmlBody: "<p>Sale</p>", FromAddress: "shop@example.com" } },
    Schedule: { StartTime: future(), Frequency: "ONCE" },
  };
}

test("creates, gets, lists, updates, versions and deletes a campaign", async () => {
  const created = (await pinpoint.send(new CreateCampaignCommand({
    ApplicationId: appId, WriteCampaignRequest: campaign("spring"),
  }))).CampaignResponse;
  assert.equal(created.Name, "spring");
  assert.equal(created.Version, 1);
  assert.equal(created.State.CampaignStatus, "SCHEDULED");

  const got = (await pinpoint.send(new GetCampaignCommand({ ApplicationId: appId, CampaignId: created.Id })))
    .CampaignResponse;
  assert.equal(got.Id, created.Id);
  const listed = (await pinpoint.send(new GetCampaignsCommand({ ApplicationId: appId }))).CampaignsResponse;
  assert.ok(listed.Item.some((c) => c.Id === created.Id));

  const updated = (await pinpoint.send(new UpdateCampaignCommand({
    ApplicationId: appId, CampaignId: created.Id, WriteCampaignRequest: campaign("spring-2"),
  }))).CampaignResponse;
  assert.equal(updated.Version, 2);
  const versions = (await pinpoint.send(new GetCampaignVersionsCommand({ ApplicationId: appId, CampaignId: created.Id })))
    .CampaignsResponse.Item.map((c) => c.Version).sort();
  assert.deepEqual(versions, [1, 2]);

  await pinpoint.send(new DeleteCampaignCommand({ ApplicationId: appId, CampaignId: created.Id }));
  const gone = await rejection(pinpoint, new GetCampaignCommand({ ApplicationId: appId, CampaignId: created.Id }));
  assert.equal(gone.name, "NotFoundException");
});

test("a campaign for an unknown segment is rejected", async () => {
  const e = await rejection(pinpoint, new CreateCampaignCommand({
    ApplicationId: appId, WriteCampaignRequest: { ...campaign("orphan"), SegmentId: "0123456789abcdef0123456789abcdef" },
  }));
  assert.ok(["BadRequestException", "NotFoundException"].includes(e.name), e.name);
  assert.equal(e.$metadata.httpStatusCode, e.name === "BadRequestException" ? 400 : 404);
});

test("a campaign of an unknown app is a NotFoundException", async () => {
  const e = await rejection(pinpoint, new GetCampaignsCommand({ ApplicationId: "0123456789abcdef0123456789abcdef" }));
  assert.equal(e.name, "NotFoundException");
});

function journey(name) {
  return {
    Name: name,
    StartCondition: { SegmentStartCondition: { SegmentId: segmentId } },
    StartActivity: "welcome",
    Activities: {
      welcome: { EMAIL: { MessageConfig: { FromAddress: "shop@example.com" }, TemplateName: "welcome", NextActivity: "pause" } },
      pause: { Wait: { WaitTime: { WaitFor: "P1D" }, NextActivity: "bye" } },
      bye: { EMAIL: { TemplateName: "bye" } },
    },
  };
}

test("creates, gets, lists, updates and deletes a journey", async () => {
  const created = (await pinpoint.send(new CreateJourneyCommand({
    ApplicationId: appId, WriteJourneyRequest: journey("onboarding"),
  }))).JourneyResponse;
  assert.equal(created.Name, "onboarding");
  assert.equal(created.State, "DRAFT");
  const got = (await pinpoint.send(new GetJourneyCommand({ ApplicationId: appId, JourneyId: created.Id }))).JourneyResponse;
  assert.equal(got.StartActivity, "welcome");
  const listed = (await pinpoint.send(new ListJourneysCommand({ ApplicationId: appId }))).JourneysResponse;
  assert.ok(listed.Item.some((j) => j.Id === created.Id));
  const updated = (await pinpoint.send(new UpdateJourneyCommand({
    ApplicationId: appId, JourneyId: created.Id, WriteJourneyRequest: journey("onboarding-2"),
  }))).JourneyResponse;
  assert.equal(updated.Name, "onboarding-2");
  await pinpoint.send(new DeleteJourneyCommand({ ApplicationId: appId, JourneyId: created.Id }));
  const gone = await rejection(pinpoint, new GetJourneyCommand({ ApplicationId: appId, JourneyId: created.Id }));
  assert.equal(gone.name, "NotFoundException");
});

test("publishes, pauses and cancels a journey; its activities are frozen once published", async () => {
  // Pinpoint pauses only journeys that refresh their segment (RefreshFrequency).
  const lifecycle = { ...journey("lifecycle"), RefreshFrequency: "PT1H" };
  const id = (await pinpoint.send(new CreateJourneyCommand({
    ApplicationId: appId, WriteJourneyRequest: lifecycle,
  }))).JourneyResponse.Id;
  const state = async (State) => (await pinpoint.send(new UpdateJourneyStateCommand({
    ApplicationId: appId, JourneyId: id, JourneyStateRequest: { State },
  }))).JourneyResponse.State;
  assert.equal(await state("ACTIVE"), "ACTIVE");
  const changed = { ...journey("lifecycle"), RefreshFrequency: "PT1H" };
  changed.Activities.bye.EMAIL.TemplateName = "other";
  const frozen = await rejection(pinpoint, new UpdateJourneyCommand({
    ApplicationId: appId, JourneyId: id, WriteJourneyRequest: changed,
  }));
  assert.equal(frozen.name, "ConflictException");
  assert.equal(await state("PAUSED"), "PAUSED");
  assert.equal(await state("CANCELLED"), "CANCELLED");
  const missing = await rejection(pinpoint, new GetJourneyCommand({
    ApplicationId: appId, JourneyId: "0123456789abcdef0123456789abcdef",
  }));
  assert.equal(missing.name, "NotFoundException");
});

test("a journey whose activity points nowhere is a BadRequestException", async () => {
  const bad = journey("dangling");
  bad.Activities.bye.EMAIL.NextActivity = "nowhere";
  const e = await rejection(pinpoint, new CreateJourneyCommand({ ApplicationId: appId, WriteJourneyRequest: bad }));
  assert.equal(e.name, "BadRequestException");
});
