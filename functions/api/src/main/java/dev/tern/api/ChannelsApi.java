package dev.tern.api;

import dev.tern.api.wire.ChannelShapes;
import dev.tern.model.channel.ChannelKind;
import dev.tern.model.channel.ChannelService;
import dev.tern.wire.Operation;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * Pinpoint's 31 channel operations: Get/Update/Delete for each of the ten channels, and GetChannels.
 * One literal route per operation (as openapi.json lists them), each delegating to the same three
 * conversions: read the body with {@link ChannelShapes}, call {@link ChannelService}, answer the
 * channel's response shape. Update answers 200 (not 201/202), as the model says.
 */
@Path("/v1/apps/{application-id}/channels")
@Produces(MediaType.APPLICATION_JSON)
public class ChannelsApi {

  private final ChannelService channels;

  ChannelsApi(ChannelService channels) {
    this.channels = channels;
  }

  /** GetChannels: every configured channel of the app, keyed by platform. */
  @Operation("GetChannels")
  @GET
  public Map<String, Object> getChannels(@PathParam("application-id") String app) {
    return ChannelShapes.channels(channels.list(app));
  }

  /** GetAdmChannel. */
  @Operation("GetAdmChannel")
  @GET
  @Path("/adm")
  public Map<String, Object> getAdmChannel(@PathParam("application-id") String app) {
    return get(app, ChannelKind.ADM);
  }

  /** UpdateAdmChannel. */
  @Operation("UpdateAdmChannel")
  @PUT
  @Path("/adm")
  public Map<String, Object> updateAdmChannel(@PathParam("application-id") String app, Map<String, Object> body) {
    return update(app, ChannelKind.ADM, body);
  }

  /** DeleteAdmChannel. */
  @Operation("DeleteAdmChannel")
  @DELETE
  @Path("/adm")
  public Map<String, Object> deleteAdmChannel(@PathParam("application-id") String app) {
    return delete(app, ChannelKind.ADM);
  }

  /** GetApnsChannel. */
  @Operation("GetApnsChannel")
  @GET
  @Path("/apns")
  public Map<String, Object> getApnsChannel(@PathParam("application-id") String app) {
    return get(app, ChannelKind.APNS);
  }

  /** UpdateApnsChannel. */
  @Operation("UpdateApnsChannel")
  @PUT
  @Path("/apns")
  public Map<String, Object> updateApnsChannel(@PathParam("application-id") String app, Map<String, Object> body) {
    return update(app, ChannelKind.APNS, body);
  }

  /** DeleteApnsChannel. */
  @Operation("DeleteApnsChannel")
  @DELETE
  @Path("/apns")
  public Map<String, Object> deleteApnsChannel(@PathParam("application-id") String app) {
    return delete(app, ChannelKind.APNS);
  }

  /** GetApnsSandboxChannel. */
  @Operation("GetApnsSandboxChannel")
  @GET
  @Path("/apns_sandbox")
  public Map<String, Object> getApnsSandboxChannel(@PathParam("application-id") String app) {
    return get(app, ChannelKind.APNS_SANDBOX);
  }

  /** UpdateApnsSandboxChannel. */
  @Operation("UpdateApnsSandboxChannel")
  @PUT
  @Path("/apns_sandbox")
  public Map<String, Object> updateApnsSandboxChannel(@PathParam("application-id") String app, Map<String, Object> body) {
    return update(app, ChannelKind.APNS_SANDBOX, body);
  }

  /** DeleteApnsSandboxChannel. */
  @Operation("DeleteApnsSandboxChannel")
  @DELETE
  @Path("/apns_sandbox")
  public Map<String, Object> deleteApnsSandboxChannel(@PathParam("application-id") String app) {
    return delete(app, ChannelKind.APNS_SANDBOX);
  }

  /** GetApnsVoipChannel. */
  @Operation("GetApnsVoipChannel")
  @GET
  @Path("/apns_voip")
  public Map<String, Object> getApnsVoipChannel(@PathParam("application-id") String app) {
    return get(app, ChannelKind.APNS_VOIP);
  }

  /** UpdateApnsVoipChannel. */
  @Operation("UpdateApnsVoipChannel")
  @PUT
  @Path("/apns_voip")
  public Map<String, Object> updateApnsVoipChannel(@PathParam("application-id") String app, Map<String, Object> body) {
    return update(app, ChannelKind.APNS_VOIP, body);
  }

  /** DeleteApnsVoipChannel. */
  @Operation("DeleteApnsVoipChannel")
  @DELETE
  @Path("/apns_voip")
  public Map<String, Object> deleteApnsVoipChannel(@PathParam("application-id") String app) {
    return delete(app, ChannelKind.APNS_VOIP);
  }

  /** GetApnsVoipSandboxChannel. */
  @Operation("GetApnsVoipSandboxChannel")
  @GET
  @Path("/apns_voip_sandbox")
  public Map<String, Object> getApnsVoipSandboxChannel(@PathParam("application-id") String app) {
    return get(app, ChannelKind.APNS_VOIP_SANDBOX);
  }

  /** UpdateApnsVoipSandboxChannel. */
  @Operation("UpdateApnsVoipSandboxChannel")
  @PUT
  @Path("/apns_voip_sandbox")
  public Map<String, Object> updateApnsVoipSandboxChannel(@PathParam("application-id") String app, Map<String, Object> body) {
    return update(app, ChannelKind.APNS_VOIP_SANDBOX, body);
  }

  /** DeleteApnsVoipSandboxChannel. */
  @Operation("DeleteApnsVoipSandboxChannel")
  @DELETE
  @Path("/apns_voip_sandbox")
  public Map<String, Object> deleteApnsVoipSandboxChannel(@PathParam("application-id") String app) {
    return delete(app, ChannelKind.APNS_VOIP_SANDBOX);
  }

  /** GetBaiduChannel. */
  @Operation("GetBaiduChannel")
  @GET
  @Path("/baidu")
  public Map<String, Object> getBaiduChannel(@PathParam("application-id") String app) {
    return get(app, ChannelKind.BAIDU);
  }

  /** UpdateBaiduChannel. */
  @Operation("UpdateBaiduChannel")
  @PUT
  @Path("/baidu")
  public Map<String, Object> updateBaiduChannel(@PathParam("application-id") String app, Map<String, Object> body) {
    return update(app, ChannelKind.BAIDU, body);
  }

  /** DeleteBaiduChannel. */
  @Operation("DeleteBaiduChannel")
  @DELETE
  @Path("/baidu")
  public Map<String, Object> deleteBaiduChannel(@PathParam("application-id") String app) {
    return delete(app, ChannelKind.BAIDU);
  }

  /** GetEmailChannel. */
  @Operation("GetEmailChannel")
  @GET
  @Path("/email")
  public Map<String, Object> getEmailChannel(@PathParam("application-id") String app) {
    return get(app, ChannelKind.EMAIL);
  }

  /** UpdateEmailChannel. */
  @Operation("UpdateEmailChannel")
  @PUT
  @Path("/email")
  public Map<String, Object> updateEmailChannel(@PathParam("application-id") String app, Map<String, Object> body) {
    return update(app, ChannelKind.EMAIL, body);
  }

  /** DeleteEmailChannel. */
  @Operation("DeleteEmailChannel")
  @DELETE
  @Path("/email")
  public Map<String, Object> deleteEmailChannel(@PathParam("application-id") String app) {
    return delete(app, ChannelKind.EMAIL);
  }

  /** GetGcmChannel. */
  @Operation("GetGcmChannel")
  @GET
  @Path("/gcm")
  public Map<String, Object> getGcmChannel(@PathParam("application-id") String app) {
    return get(app, ChannelKind.GCM);
  }

  /** UpdateGcmChannel. */
  @Operation("UpdateGcmChannel")
  @PUT
  @Path("/gcm")
  public Map<String, Object> updateGcmChannel(@PathParam("application-id") String app, Map<String, Object> body) {
    return update(app, ChannelKind.GCM, body);
  }

  /** DeleteGcmChannel. */
  @Operation("DeleteGcmChannel")
  @DELETE
  @Path("/gcm")
  public Map<String, Object> deleteGcmChannel(@PathParam("application-id") String app) {
    return delete(app, ChannelKind.GCM);
  }

  /** GetSmsChannel. */
  @Operation("GetSmsChannel")
  @GET
  @Path("/sms")
  public Map<String, Object> getSmsChannel(@PathParam("application-id") String app) {
    return get(app, ChannelKind.SMS);
  }

  /** UpdateSmsChannel. */
  @Operation("UpdateSmsChannel")
  @PUT
  @Path("/sms")
  public Map<String, Object> updateSmsChannel(@PathParam("application-id") String app, Map<String, Object> body) {
    return update(app, ChannelKind.SMS, body);
  }

  /** DeleteSmsChannel. */
  @Operation("DeleteSmsChannel")
  @DELETE
  @Path("/sms")
  public Map<String, Object> deleteSmsChannel(@PathParam("application-id") String app) {
    return delete(app, ChannelKind.SMS);
  }

  /** GetVoiceChannel. */
  @Operation("GetVoiceChannel")
  @GET
  @Path("/voice")
  public Map<String, Object> getVoiceChannel(@PathParam("application-id") String app) {
    return get(app, ChannelKind.VOICE);
  }

  /** UpdateVoiceChannel. */
  @Operation("UpdateVoiceChannel")
  @PUT
  @Path("/voice")
  public Map<String, Object> updateVoiceChannel(@PathParam("application-id") String app, Map<String, Object> body) {
    return update(app, ChannelKind.VOICE, body);
  }

  /** DeleteVoiceChannel. */
  @Operation("DeleteVoiceChannel")
  @DELETE
  @Path("/voice")
  public Map<String, Object> deleteVoiceChannel(@PathParam("application-id") String app) {
    return delete(app, ChannelKind.VOICE);
  }

  private Map<String, Object> get(String app, ChannelKind kind) {
    return ChannelShapes.response(channels.get(app, kind));
  }

  private Map<String, Object> update(String app, ChannelKind kind, Map<String, Object> body) {
    return ChannelShapes.response(channels.update(app, kind, ChannelShapes.read(kind, body)));
  }

  private Map<String, Object> delete(String app, ChannelKind kind) {
    return ChannelShapes.response(channels.delete(app, kind));
  }
}
