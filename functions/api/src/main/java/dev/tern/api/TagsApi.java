package dev.tern.api;

import dev.tern.api.wire.TagsModel;
import dev.tern.model.tag.TagService;
import dev.tern.wire.Operation;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Pinpoint's tagging operations on a resource named by its ARN, which clients percent-encode into one
 * path segment ({@code /v1/tags/arn%3Aaws%3Amobiletargeting%3A…%3Aapps%2F<id>}); JAX-RS hands the decoded
 * ARN to the method. The ARN's application is also the app scope {@code AuthFilter} checks. Convert,
 * call {@link TagService}, answer: 204 for the writes, TagsModel for the read.
 */
@Path("/v1/tags")
@Produces(MediaType.APPLICATION_JSON)
public class TagsApi {

  private final TagService tags;

  TagsApi(TagService tags) {
    this.tags = tags;
  }

  /** ListTagsForResource: {@code GET /v1/tags/{resource-arn}} → TagsModel. */
  @Operation("ListTagsForResource")
  @GET
  @Path("/{resource-arn}")
  public TagsModel listTagsForResource(@PathParam("resource-arn") String arn) {
    return new TagsModel(tags.list(arn));
  }

  /** TagResource: {@code POST /v1/tags/{resource-arn}} with TagsModel → 204. */
  @Operation("TagResource")
  @POST
  @Path("/{resource-arn}")
  public Response tagResource(@PathParam("resource-arn") String arn, TagsModel body) {
    tags.tag(arn, body == null ? null : body.tags());
    return Response.noContent().build();
  }

  /** UntagResource: {@code DELETE /v1/tags/{resource-arn}?tagKeys=a&tagKeys=b} → 204. */
  @Operation("UntagResource")
  @DELETE
  @Path("/{resource-arn}")
  public Response untagResource(@PathParam("resource-arn") String arn, @QueryParam("tagKeys") List<String> keys) {
    tags.untag(arn, keys);
    return Response.noContent().build();
  }
}
