package dev.tern.api;

import dev.tern.api.wire.TemplateShapes;
import dev.tern.wire.MessageBody;
import dev.tern.wire.WireFilters;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Fills {@code RequestID} in success bodies that carry one ({@code MessageBody} of the 202 template
 * answers, {@code CreateTemplateMessageBody}, {@code TemplateVersionsResponse}) with the request's id,
 * the same as the {@code x-amzn-RequestId} header. Resources leave it null: the id belongs to the HTTP
 * exchange, which only filters see.
 */
public class SuccessRequestIds {

  /** Replaces a null RequestID with this request's id. */
  @ServerResponseFilter
  public void fill(ContainerRequestContext request, ContainerResponseContext response) {
    Object entity = response.getEntity();
    if (entity instanceof MessageBody m && m.requestId() == null && response.getStatus() < 300) {
      response.setEntity(new MessageBody(m.message(), WireFilters.requestId(request)));
    } else if (entity instanceof TemplateShapes.CreateMessageBody c && c.requestId() == null) {
      response.setEntity(new TemplateShapes.CreateMessageBody(c.arn(), c.message(), WireFilters.requestId(request)));
    } else if (entity instanceof TemplateShapes.Versions v && v.requestId() == null) {
      response.setEntity(new TemplateShapes.Versions(v.item(), v.message(), v.nextToken(), WireFilters.requestId(request)));
    }
  }
}
