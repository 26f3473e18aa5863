package dev.tern.bootstrap;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * Sends a custom resource's answer to CloudFormation: an HTTP PUT of the JSON to the request's
 * {@code ResponseURL}, a presigned S3 URL signed without a content type, hence the empty
 * Content-Type (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-responses.html).
 */
interface CustomResourceResponder {

  /** Delivers {@code body} to {@code responseUrl}; throws when CloudFormation did not take it. */
  void send(String responseUrl, byte[] body) throws IOException;

  /** The HTTP implementation. */
  static CustomResourceResponder http() {
    return (responseUrl, body) -> {
      HttpURLConnection http = (HttpURLConnection) URI.create(responseUrl).toURL().openConnection();
      http.setRequestMethod("PUT");
      http.setDoOutput(true);
      http.setRequestProperty("Content-Type", "");
      http.setFixedLengthStreamingMode(body.length);
      http.setConnectTimeout(10_000);
      http.setReadTimeout(10_000);
      try (OutputStream out = http.getOutputStream()) {
        out.write(body);
      }
      int status = http.getResponseCode();
      http.disconnect();
      if (status / 100 != 2) {
        throw new IOException("CloudFormation's response URL answered HTTP " + status);
      }
    };
  }
}
