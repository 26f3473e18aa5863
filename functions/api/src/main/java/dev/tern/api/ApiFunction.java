package dev.tern.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The api function: Pinpoint's management REST API (apps and settings so far) for unchanged AWS
 * SDK/CLI clients pointed at Tern's URL.
 *
 * <p><b>Trigger</b>: API Gateway HTTP API, route {@code ANY /{proxy+}}, payload format 2.0; Lambda
 * runs {@code QuarkusStreamHandler}, which replays the event through the JAX-RS resources of this
 * package ({@link AppsApi}).
 *
 * <p><b>Input</b>: Pinpoint's rest-json wire format: the body is the operation's payload shape itself
 * (e.g. {@code {"Name":"Shop"}}), content type {@code application/json},
 * {@code application/x-amz-json-1.1} or none; query {@code page-size}/{@code token}.
 *
 * <p><b>Output</b>: the per-operation success status (201 for CreateApp, 200 otherwise) with the
 * response shape as bare JSON, member names exactly as the model, absent members omitted.
 *
 * <p><b>Failures</b>: always the modelled error shape, status + {@code x-amzn-ErrorType} +
 * {@code x-amzn-RequestId} + {@code {"Message","RequestID"}} (see {@link dev.tern.wire.ErrorMapper}). Client
 * mistakes are 4xx and write nothing; only a fault of Tern or its store is a 500, which is logged.
 * The function itself never fails the invocation for a request error, so API Gateway never retries.
 */
@ApplicationPath("/")
public class ApiFunction extends Application {}
