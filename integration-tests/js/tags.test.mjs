// Tags through the AWS SDK for JavaScript v3: the SDK percent-encodes the whole ARN into one path segment.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  CreateAppCommand, CreateSmsTemplateCommand, DeleteAppCommand, DeleteSmsTemplateCommand, GetAppCommand,
  GetSmsTemplateCommand, ListTagsForResourceCommand, TagResourceCommand, UntagResourceCommand,
} from "@aws-sdk/client-pinpoint";
import { client, rejection } from "./client.mjs";

const pinpoint = client();
const tagsOf = async (arn) => (await pinpoint.send(new ListTagsForResourceCommand({ ResourceArn: arn }))).TagsModel.tags;

test("tags, lists and untags an app and a template", async () => {
  const app = (await pinpoint.send(new CreateAppCommand({
    CreateApplicationRequest: { Name: "js-tags", tags: { team: "js" } },
  }))).ApplicationResponse;
  const name = `js-tags-${Date.now()}`;
  const template = (await pinpoint.send(new CreateSmsTemplateCommand({
    TemplateName: name, SMSTemplateRequest: { Body: "Hi", tags: { a: "1" } },
  }))).CreateTemplateMessageBody;
  try {
    const tagged = await pinpoint.send(new TagResourceCommand({
      ResourceArn: app.Arn, TagsModel: { tags: { stage: "prod", "a:b/c": "d e" } },
    }));
    assert.equal(tagged.$metadata.httpStatusCode, 204);
    assert.deepEqual(await tagsOf(app.Arn), { team: "js", stage: "prod", "a:b/c": "d e" });
    const got = (await pinpoint.send(new GetAppCommand({ ApplicationId: app.Id }))).ApplicationResponse;
    assert.equal(got.tags.stage, "prod");

    const untagged = await pinpoint.send(new UntagResourceCommand({ ResourceArn: app.Arn, TagKeys: ["stage", "a:b/c"] }));
    assert.equal(untagged.$metadata.httpStatusCode, 204);
    assert.deepEqual(await tagsOf(app.Arn), { team: "js" });

    await pinpoint.send(new TagResourceCommand({ ResourceArn: template.Arn, TagsModel: { tags: { owner: "ops" } } }));
    const sms = (await pinpoint.send(new GetSmsTemplateCommand({ TemplateName: name }))).SMSTemplateResponse;
    assert.deepEqual(sms.tags, { a: "1", owner: "ops" });
  } finally {
    await pinpoint.send(new DeleteSmsTemplateCommand({ TemplateName: name }));
    await pinpoint.send(new DeleteAppCommand({ ApplicationId: app.Id }));
  }
});

test("an unknown resource is a NotFoundException and a bad ARN a BadRequestException", async () => {
  const missing = await rejection(pinpoint, new ListTagsForResourceCommand({
    ResourceArn: "arn:aws:mobiletargeting:us-east-1:000000000000:apps/0123456789abcdef0123456789abcdef",
  }));
  assert.equal(missing.name, "NotFoundException");
  assert.equal(missing.$metadata.httpStatusCode, 404);

  const bad = await rejection(pinpoint, new TagResourceCommand({
    ResourceArn: "arn:aws:mobiletargeting:us-east-1:000000000000:recommenders/x", TagsModel: { tags: { a: "b" } },
  }));
  assert.equal(bad.name, "BadRequestException");
  assert.equal(bad.$metadata.httpStatusCode, 400);
});
