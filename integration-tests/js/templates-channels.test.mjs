// Email templates (with versions) and the email channel through the AWS SDK for JavaScript v3.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  CreateAppCommand, DeleteAppCommand, CreateEmailTemplateCommand, GetEmailTemplateCommand,
  UpdateEmailTemplateCommand, DeleteEmailTemplateCommand, ListTemplatesCommand, ListTemplateVersionsCommand,
  UpdateTemplateActiveVersionCommand, UpdateEmailChannelCommand, GetEmailChannelCommand, DeleteEmailChannelCommand,
  UpdateSmsChannelCommand, GetSmsChannelCommand, DeleteSmsChannelCommand, GetChannelsCommand,
} from "@aws-sdk/client-pinpoint";
import { client, rejection } from "./client.mjs";

const pinpoint = client();
const run = Date.now().toString(36);

test("creates, versions, lists, updates and deletes an email template", async () => {
  const name = `js-welcome-${run}`;
  await pinpoint.send(new CreateEmailTemplateCommand({
    TemplateName: name,
    EmailTemplateRequest: {
      Subject: "Hello {{User.UserAttributes.FirstName}}", HtmlPart: "<p>Hi {{User.UserAttributes.FirstName}}</p>",
      DefaultSubstitutions: JSON.stringify({ "User.UserAttributes.FirstName": "friend" }),
    },
  }));
  const got = (await pinpoint.send(new GetEmailTemplateCommand({ TemplateName: name }))).EmailTemplateResponse;
  assert.equal(got.TemplateName, name);
  assert.equal(got.TemplateType, "EMAIL");
  assert.equal(got.Subject, "Hello {{User.UserAttributes.FirstName}}");

  await pinpoint.send(new UpdateEmailTemplateCommand({
    TemplateName: name, CreateNewVersion: true,
    EmailTemplateRequest: { Subject: "Welcome back", TextPart: "Hi" },
  }));
  // A new version does not change the active one: Get without a version answers the active version (1).
  const active = (await pinpoint.send(new GetEmailTemplateCommand({ TemplateName: name }))).EmailTemplateResponse;
  assert.equal(active.Subject, "Hello {{User.UserAttributes.FirstName}}");
  assert.equal(active.Version, "1");
  const second = (await pinpoint.send(new GetEmailTemplateCommand({ TemplateName: name, Version: "2" })))
    .EmailTemplateResponse;
  assert.equal(second.Subject, "Welcome back");
  const versions = (await pinpoint.send(new ListTemplateVersionsCommand({ TemplateName: name, TemplateType: "EMAIL" })))
    .TemplateVersionsResponse.Item;
  assert.deepEqual(versions.map((v) => v.Version).sort(), ["1", "2"]);

  await pinpoint.send(new UpdateTemplateActiveVersionCommand({
    TemplateName: name, TemplateType: "EMAIL", TemplateActiveVersionRequest: { Version: "2" },
  }));
  const now = (await pinpoint.send(new GetEmailTemplateCommand({ TemplateName: name }))).EmailTemplateResponse;
  assert.equal(now.Subject, "Welcome back");
  assert.equal(now.Version, "2");
  const missing = await rejection(pinpoint, new GetEmailTemplateCommand({ TemplateName: name, Version: "9" }));
  assert.equal(missing.name, "NotFoundException");

  const listed = (await pinpoint.send(new ListTemplatesCommand({ Prefix: `js-welcome-${run}`, TemplateType: "EMAIL" })))
    .TemplatesResponse.Item.map((t) => t.TemplateName);
  assert.deepEqual(listed, [name]);

  await pinpoint.send(new DeleteEmailTemplateCommand({ TemplateName: name }));
  const gone = await rejection(pinpoint, new GetEmailTemplateCommand({ TemplateName: name }));
  assert.equal(gone.name, "NotFoundException");
});

test("a template without any part is a BadRequestException", async () => {
  const e = await rejection(pinpoint, new CreateEmailTemplateCommand({
    TemplateName: `js-empty-${run}`, EmailTemplateRequest: { DefaultSubstitutions: "{not json" },
  }));
  assert.equal(e.name, "BadRequestException");
  const missing = await rejection(pinpoint, new GetEmailTemplateCommand({ TemplateName: `js-empty-${run}` }));
  assert.equal(missing.name, "NotFoundException");
});

test("updates, reads and deletes the email channel of an app", async () => {
  const appId = (await pinpoint.send(new CreateAppCommand({ CreateApplicationRequest: { Name: "js-channels" } })))
    .ApplicationResponse.Id;
  try {
    const written = (await pinpoint.send(new UpdateEmailChannelCommand({
      ApplicationId: appId,
      EmailChannelRequest: { FromAddress: "news@example.com", Identity: "arn:aws:ses:us-east-1:123456789012:identity/example.com", Enabled: true },
    }))).EmailChannelResponse;
    assert.equal(written.FromAddress, "news@example.com");
    assert.equal(written.Platform, "EMAIL");
    assert.equal(written.Enabled, true);
    const read = (await pinpoint.send(new GetEmailChannelCommand({ ApplicationId: appId }))).EmailChannelResponse;
    assert.equal(read.FromAddress, "news@example.com");
    assert.equal(read.ApplicationId, appId);

    const bad = await rejection(pinpoint, new UpdateEmailChannelCommand({
      ApplicationId: appId, EmailChannelRequest: { Identity: "arn:aws:ses:us-east-1:123456789012:identity/example.com" },
    }));
    assert.equal(bad.name, "BadRequestException");

    const sms = (await pinpoint.send(new UpdateSmsChannelCommand({
      ApplicationId: appId, SMSChannelRequest: { SenderId: "Shop", Enabled: false },
    }))).SMSChannelResponse;
    assert.equal(sms.Platform, "SMS");
    assert.equal(sms.Enabled, false);
    assert.equal((await pinpoint.send(new GetSmsChannelCommand({ ApplicationId: appId }))).SMSChannelResponse.SenderId,
      "Shop");
    const all = (await pinpoint.send(new GetChannelsCommand({ ApplicationId: appId }))).ChannelsResponse.Channels;
    assert.deepEqual(Object.keys(all).sort(), ["EMAIL", "SMS"]);
    await pinpoint.send(new DeleteSmsChannelCommand({ ApplicationId: appId }));

    await pinpoint.send(new DeleteEmailChannelCommand({ ApplicationId: appId }));
    const gone = await rejection(pinpoint, new GetEmailChannelCommand({ ApplicationId: appId }));
    assert.equal(gone.name, "NotFoundException");
    const none = (await pinpoint.send(new GetChannelsCommand({ ApplicationId: appId }))).ChannelsResponse.Channels;
    assert.deepEqual(none ?? {}, {});
  } finally {
    await pinpoint.send(new DeleteAppCommand({ ApplicationId: appId }));
  }
});
