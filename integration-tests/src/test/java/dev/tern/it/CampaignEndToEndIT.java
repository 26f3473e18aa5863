package dev.tern.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
import software.amazon.awssdk.services.pinpoint.model.ActivityResponse;
import software.amazon.awssdk.services.pinpoint.model.AttributeDimension;
import software.amazon.awssdk.services.pinpoint.model.AttributeType;
import software.amazon.awssdk.services.pinpoint.model.CampaignEmailMessage;
import software.amazon.awssdk.services.pinpoint.model.CampaignStatus;
import software.amazon.awssdk.services.pinpoint.model.ChannelType;
import software.amazon.awssdk.services.pinpoint.model.EndpointRequest;
import software.amazon.awssdk.services.pinpoint.model.EndpointUser;
import software.amazon.awssdk.services.pinpoint.model.Event;
import software.amazon.awssdk.services.pinpoint.model.EventsBatch;
import software.amazon.awssdk.services.pinpoint.model.EventsResponse;
import software.amazon.awssdk.services.pinpoint.model.Frequency;
import software.amazon.awssdk.services.pinpoint.model.MessageConfiguration;
import software.amazon.awssdk.services.pinpoint.model.PublicEndpoint;
import software.amazon.awssdk.services.pinpoint.model.RecencyDimension;
import software.amazon.awssdk.services.pinpoint.model.RecencyType;
import software.amazon.awssdk.services.pinpoint.model.Schedule;
import software.amazon.awssdk.services.pinpoint.model.SegmentBehaviors;
import software.amazon.awssdk.services.pinpoint.model.SegmentDimensions;
import software.amazon.awssdk.services.pinpoint.model.Session;
import software.amazon.awssdk.services.pinpoint.model.Template;
import software.amazon.awssdk.services.pinpoint.model.TemplateConfiguration;
import software.amazon.awssdk.services.pinpoint.model.WriteCampaignRequest;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * A campaign end to end on the local cloud: app, email channel, four endpoints (one opted out, one INACTIVE,
 * two eligible) last updated a month ago, a session event for each through PutEvents (recorded by
 * event-recorder), a segment selecting all four on an attribute and on activity this week (a fifth endpoint
 * with the attribute but no event stays out), a template personalised with
 * {@code {{User.UserAttributes.FirstName}}} and a DefaultSubstitutions default, an IMMEDIATE campaign —
 * then exactly the two eligible emails in moto's SES (read back from moto's model data) and matching
 * activity counts. The second test delivers every SendEmailQueue message twice and still sees two emails.
 */
class CampaignEndToEndIT {

  static final PinpointClient pinpoint = TernClients.pinpoint();
  static final ObjectMapper JSON = new ObjectMapper();
  static final String FROM = "campaigns@tern.example";
  static String app;
  static String template;

  static URI emulator() {
    String url = System.getProperty("tern.emulator.url", System.getenv("TERN_EMULATOR_URL"));
    if (url == null || url.isBlank()) {
      throw new IllegalStateException("tern.emulator.url / TERN_EMULATOR_URL is not set (infra/bin/test sets it)");
    }
    return URI.create(url);
  }

  @BeforeAll
  static void world() {
    // moto's SES refuses unverified senders, as SES does: verify the From identity first.
    try (SesV2Client ses = SesV2Client.builder().endpointOverride(emulator()).region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
        .httpClient(UrlConnectionHttpClient.create()).build()) {
      ses.createEmailIdentity(b -> b.emailIdentity(FROM));
    }
    app = pinpoint.createApp(r -> r.createApplicationRequest(b -> b.name("it-e2e"))).applicationResponse().id();
    pinpoint.updateEmailChannel(r -> r.applicationId(app).emailChannelRequest(b -> b.fromAddress(FROM)
        .identity("arn:aws:ses:us-east-1:000000000000:identity/" + FROM).enabled(true)));
    template = "it-welcome-" + UUID.randomUUID().toString().substring(0, 8);
    pinpoint.createEmailTemplate(r -> r.templateName(template).emailTemplateRequest(b -> b
        .subject("Hello {{User.UserAttributes.FirstName}}")
        .htmlPart("<p>Dear {{User.UserAttributes.FirstName}}, our sale starts now.</p>")
        .defaultSubstitutions("{\"User.UserAttributes.FirstName\":\"friend\"}")));
  }

  @AfterAll
  static void cleanUp() {
    pinpoint.deleteEmailTemplate(r -> r.templateName(template));
    pinpoint.deleteApp(r -> r.applicationId(app));
    pinpoint.close();
  }

  /**
   * Five endpoints tagged {@code cohort}, all last updated a month ago: eligible with a name, eligible without
   * one, opted out, INACTIVE, and an idle one. Each but the idle one then sends a session event through
   * PutEvents (its Endpoint part keeps the old EffectiveDate and the status), and the IT waits until event-recorder has
   * recorded them, so only those four are active this week.
   */
  static Map<String, String> endpoints(String cohort) throws Exception {
    String run = cohort + "-" + UUID.randomUUID().toString().substring(0, 6);
    Map<String, String> addresses = Map.of(
        "named", run + "-ana@example.com", "unnamed", run + "-bo@example.com",
        "opted-out", run + "-cy@example.com", "inactive", run + "-di@example.com",
        "idle", run + "-ed@example.com");
    String monthAgo = Instant.now().minus(Duration.ofDays(30)).toString();
    for (Map.Entry<String, String> e : addresses.entrySet()) {
      String kind = e.getKey();
      EndpointRequest.Builder b = EndpointRequest.builder().channelType(ChannelType.EMAIL).address(e.getValue())
          .effectiveDate(monthAgo)
          .attributes(Map.of("cohort", List.of(cohort)))
          .optOut(kind.equals("opted-out") ? "ALL" : "NONE")
          .endpointStatus(kind.equals("inactive") ? "INACTIVE" : "ACTIVE");
      b.user(kind.equals("named") ? EndpointUser.builder().userId(run + "-u1")
          .userAttributes(Map.of("FirstName", List.of("Ana"))).build()
          : EndpointUser.builder().userId(run + "-" + kind).build());
      pinpoint.updateEndpoint(r -> r.applicationId(app).endpointId(run + "-" + kind).endpointRequest(b.build()));
    }
    List<String> active = List.of("named", "unnamed", "opted-out", "inactive");
    String now = Instant.now().toString();
    Map<String, EventsBatch> batches = new java.util.HashMap<>();
    for (String kind : active) {
      batches.put(run + "-" + kind, EventsBatch.builder()
          // Any endpoint update sets EndpointStatus ACTIVE unless it says otherwise (Pinpoint's rule), so the
          // INACTIVE endpoint's events restate its status.
          .endpoint(PublicEndpoint.builder().effectiveDate(monthAgo)
              .endpointStatus(kind.equals("inactive") ? "INACTIVE" : "ACTIVE").build())
          .events(Map.of(run + "-" + kind + "-start", Event.builder().eventType("_session.start").timestamp(now)
              .session(Session.builder().id(run + "-" + kind).startTimestamp(now).build()).build()))
          .build());
    }
    EventsResponse accepted = pinpoint.putEvents(r -> r.applicationId(app).eventsRequest(b -> b.batchItem(batches)))
        .eventsResponse();
    accepted.results().values().forEach(item -> item.eventsItemResponse().values()
        .forEach(event -> assertEquals(202, event.statusCode(), event.message())));
    TernCloud cloud = TernCloud.local();
    if (cloud == null) {
      throw new IllegalStateException("tern.ready is not set (infra/bin/test sets it)");
    }
    Instant deadline = Instant.now().plusSeconds(60);
    for (String kind : active) {
      String user = kind.equals("named") ? run + "-u1" : run + "-" + kind;
      while (cloud.lastActivityOfUser(app, user) == null) {
        assertTrue(Instant.now().isBefore(deadline), "event-recorder did not record " + kind + "'s event in time");
        Thread.sleep(250);
      }
    }
    return addresses;
  }

  static String campaign(String cohort) {
    String segment = pinpoint.createSegment(r -> r.applicationId(app).writeSegmentRequest(b -> b.name(cohort)
        .dimensions(SegmentDimensions.builder().attributes(Map.of("cohort", AttributeDimension.builder()
            .attributeType(AttributeType.INCLUSIVE).values(cohort).build()))
            .behavior(SegmentBehaviors.builder().recency(RecencyDimension.builder().duration(
                software.amazon.awssdk.services.pinpoint.model.Duration.DAY_7).recencyType(RecencyType.ACTIVE)
                .build()).build())
            .build())))
        .segmentResponse().id();
    return pinpoint.createCampaign(r -> r.applicationId(app).writeCampaignRequest(WriteCampaignRequest.builder()
        .name(cohort).segmentId(segment)
        .schedule(Schedule.builder().startTime("IMMEDIATE").frequency(Frequency.ONCE).build())
        .templateConfiguration(TemplateConfiguration.builder().emailTemplate(Template.builder().name(template)
            .build()).build())
        .build())).campaignResponse().id();
  }

  /** The run's activity once COMPLETED (the scheduler is nudged at once; a minute tick is the fallback). */
  static ActivityResponse completedRun(String campaign) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(150));
    while (Instant.now().isBefore(deadline)) {
      List<ActivityResponse> runs = pinpoint.getCampaignActivities(r -> r.applicationId(app).campaignId(campaign))
          .activitiesResponse().item();
      if (!runs.isEmpty() && "COMPLETED".equals(runs.get(0).state())) {
        return runs.get(0);
      }
      Thread.sleep(500);
    }
    throw new AssertionError("campaign " + campaign + " did not complete in time");
  }

  /** Every message moto's SES accepted, as {to, subject, body}, from moto's model data. */
  static List<JsonNode> sentTo(String addressPrefix) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(emulator()
        .resolve("/moto-api/data.json")).GET().build(), HttpResponse.BodyHandlers.ofString());
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode m : JSON.readTree(r.body()).path("ses").path("Message")) {
      if (m.path("destinations").path("ToAddresses").path(0).asText().startsWith(addressPrefix)) {
        out.add(m);
      }
    }
    return out;
  }

  static void assertTheTwoEligibleEmails(Map<String, String> addresses, String campaign) throws Exception {
    ActivityResponse run = completedRun(campaign);
    String prefix = addresses.get("named").substring(0, addresses.get("named").indexOf("-ana"));
    List<JsonNode> sent = sentTo(prefix);
    assertEquals(2, sent.size(), sent.toString());
    Map<String, JsonNode> byTo = new java.util.HashMap<>();
    sent.forEach(m -> byTo.put(m.path("destinations").path("ToAddresses").path(0).asText(), m));
    JsonNode ana = byTo.get(addresses.get("named"));
    JsonNode bo = byTo.get(addresses.get("unnamed"));
    assertEquals("Hello Ana", ana.path("subject").asText());
    assertTrue(ana.path("body").asText().contains("Dear Ana,"), ana.toString());
    assertEquals("Hello friend", bo.path("subject").asText(), "the template's DefaultSubstitutions default");
    assertEquals(FROM, ana.path("source").asText());

    assertEquals(2, run.totalEndpointCount());
    assertEquals(2, run.successfulEndpointCount());
    assertEquals("SUCCESS", run.result());
    assertEquals("4", run.executionMetrics().get("ENDPOINT_PRODUCED"));
    assertEquals("1", run.executionMetrics().get("ENDPOINT_OPT_OUT"));
    assertEquals("1", run.executionMetrics().get("ENDPOINT_INACTIVE"));
    assertEquals(CampaignStatus.COMPLETED, pinpoint.getCampaign(r -> r.applicationId(app).campaignId(campaign))
        .campaignResponse().state().campaignStatus());
  }

  @Test
  void anImmediateCampaignEmailsExactlyTheTwoEligibleEndpoints() throws Exception {
    Map<String, String> addresses = endpoints("e2e");
    assertTheTwoEligibleEmails(addresses, campaign("e2e"));
  }

  /**
   * At-least-once delivery, made certain: once the run is done, the IT puts the run's send command on
   * SendEmailQueue twice more (as SQS redelivery or a duplicated publication would), waits for the queue to
   * drain, and still finds two emails and unchanged counts — the ledger's claim passes the pairs over.
   */
  @Test
  void everySendCommandDeliveredTwiceStillSendsEachEmailOnce() throws Exception {
    Map<String, String> addresses = endpoints("dup");
    String campaign = campaign("dup");
    assertTheTwoEligibleEmails(addresses, campaign);
    ActivityResponse run = completedRun(campaign);
    String prefix = addresses.get("named").substring(0, addresses.get("named").indexOf("-ana"));
    List<String> ids = List.of(prefix + "-named", prefix + "-unnamed", prefix + "-opted-out", prefix + "-inactive");
    Map<String, Object> command = new java.util.LinkedHashMap<>();
    command.put("version", 1);
    command.put("applicationId", app);
    command.put("campaignId", campaign);
    command.put("campaignVersion", 1);
    command.put("runId", run.id());
    command.put("treatmentId", "0");
    command.put("scheduledStart", run.scheduledStart());
    command.put("message", Map.of("type", "TEMPLATE", "templateName", template));
    command.put("fromAddress", FROM);
    command.put("batchIndex", 0);
    command.put("endpointIds", ids);
    String body = JSON.writeValueAsString(command);
    String queue = emulator().resolve("/000000000000/tern-local-SendEmailQueue").toString();
    try (SqsClient sqs = SqsClient.builder().endpointOverride(emulator()).region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
        .httpClient(UrlConnectionHttpClient.create()).build()) {
      sqs.sendMessage(b -> b.queueUrl(queue).messageBody(body));
      sqs.sendMessage(b -> b.queueUrl(queue).messageBody(body));
      Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
      while (Instant.now().isBefore(deadline)) {
        Map<String, String> a = sqs.getQueueAttributes(b -> b.queueUrl(queue).attributeNamesWithStrings(
            "ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible")).attributesAsStrings();
        if ("0".equals(a.get("ApproximateNumberOfMessages"))
            && "0".equals(a.get("ApproximateNumberOfMessagesNotVisible"))) {
          break;
        }
        Thread.sleep(300);
      }
    }
    assertEquals(2, sentTo(prefix).size(), "no second email for any endpoint");
    ActivityResponse after = completedRun(campaign);
    assertEquals(2, after.totalEndpointCount());
    assertEquals(2, after.successfulEndpointCount());
  }
}
