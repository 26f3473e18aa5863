package dev.tern.ingest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The ingest function: Pinpoint's PutEvents for unchanged SDK/Amplify clients pointed at Tern's URL.
 *
 * <p><b>Trigger</b>: API Gateway HTTP API, route {@code POST /v1/apps/{application-id}/events} on the same
 * API as the api function (a more specific route than its {@code ANY /{proxy+}}), payload format 2.0;
 * Lambda runs {@code QuarkusStreamHandler}, which replays the event through {@link EventsApi}.
 *
 * <p><b>Input</b>: Pinpoint's {@code EventsRequest} JSON, at most 4 MB and 100 events.
 *
 * <p><b>Output</b>: 202 with Pinpoint's {@code EventsResponse}: per endpoint and per event id a status
 * (202 accepted, 400 invalid with the reason, 500 "retry" when the queue refused the event). Accepted events
 * are on EventsQueue when the answer leaves; the event recorder stores them asynchronously.
 *
 * <p><b>Failures</b>: a request that is bad as a whole (unreadable JSON, no BatchItem, over 100 events,
 * unknown app, over 4 MB) is a 4xx in Pinpoint's error shape (functions/wire); Tern's own faults a 500.
 */
@ApplicationPath("/")
public class IngestFunction extends Application {}
