package dev.tern.api;

import dev.tern.api.wire.TemplateShapes;
import dev.tern.model.template.TemplateService;
import dev.tern.model.template.TemplateType;
import dev.tern.model.template.TemplateVersion;
import dev.tern.wire.MessageBody;
import dev.tern.wire.Operation;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Pinpoint's 23 message-template operations: for each of the five types Create (201 {@code {Arn,
 * Message, RequestID}}), Get, Update and Delete (202 {@code MessageBody}), and the type-generic
 * ListTemplates, ListTemplateVersions and UpdateTemplateActiveVersion. Success bodies that carry a
 * {@code RequestID} get it from {@link SuccessRequestIds}. Rules live in {@link TemplateService} and
 * the store; an empty body reads as a request with no members (the model makes them all optional).
 */
@Path("/v1/templates")
@Produces(MediaType.APPLICATION_JSON)
public class TemplatesApi {

  private final TemplateService templates;

  TemplatesApi(TemplateService templates) {
    this.templates = templates;
  }

  /** ListTemplates: {@code GET /v1/templates?next-token&page-size&prefix&template-type}. */
  @Operation("ListTemplates")
  @GET
  public TemplateShapes.Templates listTemplates(@QueryParam("next-token") String nextToken,
      @QueryParam("page-size") String pageSize, @QueryParam("prefix") String prefix,
      @QueryParam("template-type") String templateType) {
    return TemplateShapes.Templates.of(templates.list(prefix, templateType, pageSize, nextToken));
  }

  /** ListTemplateVersions: {@code GET /v1/templates/{template-name}/{template-type}/versions}, newest first. */
  @Operation("ListTemplateVersions")
  @GET
  @Path("/{template-name}/{template-type}/versions")
  public TemplateShapes.Versions listTemplateVersions(@PathParam("template-name") String name,
      @PathParam("template-type") String type, @QueryParam("next-token") String nextToken,
      @QueryParam("page-size") String pageSize) {
    return TemplateShapes.Versions.of(templates.versions(name, type, pageSize, nextToken), null);
  }

  /** UpdateTemplateActiveVersion: 200 MessageBody. */
  @Operation("UpdateTemplateActiveVersion")
  @PUT
  @Path("/{template-name}/{template-type}/active-version")
  public MessageBody updateTemplateActiveVersion(@PathParam("template-name") String name,
      @PathParam("template-type") String type, TemplateShapes.ActiveVersionRequest body) {
    templates.setActiveVersion(name, type, body == null ? null : body.version());
    return new MessageBody("Success", null);
  }

  /** CreateEmailTemplate: 201 {Arn, Message, RequestID}. */
  @Operation("CreateEmailTemplate")
  @POST
  @Path("/{template-name}/email")
  public Response createEmailTemplate(@PathParam("template-name") String name, TemplateShapes.EmailRequest body) {
    TemplateShapes.EmailRequest request = body != null ? body : new TemplateShapes.EmailRequest(null, null, null, null, null, null, null, null);
    return created(name, templates.create(name, request.toTemplate()));
  }

  /** GetEmailTemplate: the given version, or the active one. */
  @Operation("GetEmailTemplate")
  @GET
  @Path("/{template-name}/email")
  public TemplateShapes.EmailResponse getEmailTemplate(@PathParam("template-name") String name,
      @QueryParam("version") String version) {
    TemplateVersion v = templates.get(name, TemplateType.EMAIL, version);
    return TemplateShapes.EmailResponse.of(v, templates.arn(name, v.type()));
  }

  /** UpdateEmailTemplate: 202 MessageBody. */
  @Operation("UpdateEmailTemplate")
  @PUT
  @Path("/{template-name}/email")
  public Response updateEmailTemplate(@PathParam("template-name") String name,
      @QueryParam("create-new-version") String createNewVersion, @QueryParam("version") String version,
      TemplateShapes.EmailRequest body) {
    TemplateShapes.EmailRequest request = body != null ? body : new TemplateShapes.EmailRequest(null, null, null, null, null, null, null, null);
    templates.update(name, request.toTemplate(), createNewVersion, version);
    return accepted();
  }

  /** DeleteEmailTemplate: 202 MessageBody; one version, or the template with all versions. */
  @Operation("DeleteEmailTemplate")
  @DELETE
  @Path("/{template-name}/email")
  public Response deleteEmailTemplate(@PathParam("template-name") String name,
      @QueryParam("version") String version) {
    templates.delete(name, TemplateType.EMAIL, version);
    return accepted();
  }

  /** CreateSmsTemplate: 201 {Arn, Message, RequestID}. */
  @Operation("CreateSmsTemplate")
  @POST
  @Path("/{template-name}/sms")
  public Response createSmsTemplate(@PathParam("template-name") String name, TemplateShapes.SmsRequest body) {
    TemplateShapes.SmsRequest request = body != null ? body : new TemplateShapes.SmsRequest(null, null, null, null, null);
    return created(name, templates.create(name, request.toTemplate()));
  }

  /** GetSmsTemplate: the given version, or the active one. */
  @Operation("GetSmsTemplate")
  @GET
  @Path("/{template-name}/sms")
  public TemplateShapes.SmsResponse getSmsTemplate(@PathParam("template-name") String name,
      @QueryParam("version") String version) {
    TemplateVersion v = templates.get(name, TemplateType.SMS, version);
    return TemplateShapes.SmsResponse.of(v, templates.arn(name, v.type()));
  }

  /** UpdateSmsTemplate: 202 MessageBody. */
  @Operation("UpdateSmsTemplate")
  @PUT
  @Path("/{template-name}/sms")
  public Response updateSmsTemplate(@PathParam("template-name") String name,
      @QueryParam("create-new-version") String createNewVersion, @QueryParam("version") String version,
      TemplateShapes.SmsRequest body) {
    TemplateShapes.SmsRequest request = body != null ? body : new TemplateShapes.SmsRequest(null, null, null, null, null);
    templates.update(name, request.toTemplate(), createNewVersion, version);
    return accepted();
  }

  /** DeleteSmsTemplate: 202 MessageBody; one version, or the template with all versions. */
  @Operation("DeleteSmsTemplate")
  @DELETE
  @Path("/{template-name}/sms")
  public Response deleteSmsTemplate(@PathParam("template-name") String name,
      @QueryParam("version") String version) {
    templates.delete(name, TemplateType.SMS, version);
    return accepted();
  }

  /** CreateVoiceTemplate: 201 {Arn, Message, RequestID}. */
  @Operation("CreateVoiceTemplate")
  @POST
  @Path("/{template-name}/voice")
  public Response createVoiceTemplate(@PathParam("template-name") String name, TemplateShapes.VoiceRequest body) {
    TemplateShapes.VoiceRequest request = body != null ? body : new TemplateShapes.VoiceRequest(null, null, null, null, null, null);
    return created(name, templates.create(name, request.toTemplate()));
  }

  /** GetVoiceTemplate: the given version, or the active one. */
  @Operation("GetVoiceTemplate")
  @GET
  @Path("/{template-name}/voice")
  public TemplateShapes.VoiceResponse getVoiceTemplate(@PathParam("template-name") String name,
      @QueryParam("version") String version) {
    TemplateVersion v = templates.get(name, TemplateType.VOICE, version);
    return TemplateShapes.VoiceResponse.of(v, templates.arn(name, v.type()));
  }

  /** UpdateVoiceTemplate: 202 MessageBody. */
  @Operation("UpdateVoiceTemplate")
  @PUT
  @Path("/{template-name}/voice")
  public Response updateVoiceTemplate(@PathParam("template-name") String name,
      @QueryParam("create-new-version") String createNewVersion, @QueryParam("version") String version,
      TemplateShapes.VoiceRequest body) {
    TemplateShapes.VoiceRequest request = body != null ? body : new TemplateShapes.VoiceRequest(null, null, null, null, null, null);
    templates.update(name, request.toTemplate(), createNewVersion, version);
    return accepted();
  }

  /** DeleteVoiceTemplate: 202 MessageBody; one version, or the template with all versions. */
  @Operation("DeleteVoiceTemplate")
  @DELETE
  @Path("/{template-name}/voice")
  public Response deleteVoiceTemplate(@PathParam("template-name") String name,
      @QueryParam("version") String version) {
    templates.delete(name, TemplateType.VOICE, version);
    return accepted();
  }

  /** CreatePushTemplate: 201 {Arn, Message, RequestID}. */
  @Operation("CreatePushTemplate")
  @POST
  @Path("/{template-name}/push")
  public Response createPushTemplate(@PathParam("template-name") String name, TemplateShapes.PushRequest body) {
    TemplateShapes.PushRequest request = body != null ? body : new TemplateShapes.PushRequest(null, null, null, null, null, null, null, null, null);
    return created(name, templates.create(name, request.toTemplate()));
  }

  /** GetPushTemplate: the given version, or the active one. */
  @Operation("GetPushTemplate")
  @GET
  @Path("/{template-name}/push")
  public TemplateShapes.PushResponse getPushTemplate(@PathParam("template-name") String name,
      @QueryParam("version") String version) {
    TemplateVersion v = templates.get(name, TemplateType.PUSH, version);
    return TemplateShapes.PushResponse.of(v, templates.arn(name, v.type()));
  }

  /** UpdatePushTemplate: 202 MessageBody. */
  @Operation("UpdatePushTemplate")
  @PUT
  @Path("/{template-name}/push")
  public Response updatePushTemplate(@PathParam("template-name") String name,
      @QueryParam("create-new-version") String createNewVersion, @QueryParam("version") String version,
      TemplateShapes.PushRequest body) {
    TemplateShapes.PushRequest request = body != null ? body : new TemplateShapes.PushRequest(null, null, null, null, null, null, null, null, null);
    templates.update(name, request.toTemplate(), createNewVersion, version);
    return accepted();
  }

  /** DeletePushTemplate: 202 MessageBody; one version, or the template with all versions. */
  @Operation("DeletePushTemplate")
  @DELETE
  @Path("/{template-name}/push")
  public Response deletePushTemplate(@PathParam("template-name") String name,
      @QueryParam("version") String version) {
    templates.delete(name, TemplateType.PUSH, version);
    return accepted();
  }

  /** CreateInAppTemplate: 201 {Arn, Message, RequestID}. */
  @Operation("CreateInAppTemplate")
  @POST
  @Path("/{template-name}/inapp")
  public Response createInAppTemplate(@PathParam("template-name") String name, TemplateShapes.InAppRequest body) {
    TemplateShapes.InAppRequest request = body != null ? body : new TemplateShapes.InAppRequest(null, null, null, null, null);
    return created(name, templates.create(name, request.toTemplate()));
  }

  /** GetInAppTemplate: the given version, or the active one. */
  @Operation("GetInAppTemplate")
  @GET
  @Path("/{template-name}/inapp")
  public TemplateShapes.InAppResponse getInAppTemplate(@PathParam("template-name") String name,
      @QueryParam("version") String version) {
    TemplateVersion v = templates.get(name, TemplateType.INAPP, version);
    return TemplateShapes.InAppResponse.of(v, templates.arn(name, v.type()));
  }

  /** UpdateInAppTemplate: 202 MessageBody. */
  @Operation("UpdateInAppTemplate")
  @PUT
  @Path("/{template-name}/inapp")
  public Response updateInAppTemplate(@PathParam("template-name") String name,
      @QueryParam("create-new-version") String createNewVersion, @QueryParam("version") String version,
      TemplateShapes.InAppRequest body) {
    TemplateShapes.InAppRequest request = body != null ? body : new TemplateShapes.InAppRequest(null, null, null, null, null);
    templates.update(name, request.toTemplate(), createNewVersion, version);
    return accepted();
  }

  /** DeleteInAppTemplate: 202 MessageBody; one version, or the template with all versions. */
  @Operation("DeleteInAppTemplate")
  @DELETE
  @Path("/{template-name}/inapp")
  public Response deleteInAppTemplate(@PathParam("template-name") String name,
      @QueryParam("version") String version) {
    templates.delete(name, TemplateType.INAPP, version);
    return accepted();
  }

  private Response created(String name, TemplateVersion v) {
    return Response.status(201)
        .entity(new TemplateShapes.CreateMessageBody(templates.arn(name, v.type()), "Created", null))
        .build();
  }

  private static Response accepted() {
    return Response.status(202).entity(new MessageBody("Accepted", null)).build();
  }
}
