package dev.tern.model.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.model.app.AppService;
import dev.tern.model.app.InMemoryAppStore;
import dev.tern.model.campaign.EmailChannel;
import dev.tern.model.common.BadRequestException;
import dev.tern.model.common.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChannelServiceTest {

  static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
  static final String IDENTITY = "arn:aws:ses:us-east-1:123456789012:identity/example.com";

  final InMemoryChannelStore store = new InMemoryChannelStore();
  final AppService apps = new AppService(new InMemoryAppStore(), Clock.fixed(NOW, ZoneOffset.UTC),
      () -> "0123456789abcdef0123456789abcdef", "us-east-1", "1");
  final ChannelService channels = new ChannelService(store, apps, Clock.fixed(NOW, ZoneOffset.UTC));
  final String app = apps.create("Shop", null).id();

  static ChannelUpdate update(Boolean enabled, Map<String, String> values) {
    return new ChannelUpdate(enabled, values, null);
  }

  @Test
  void emailChannelIsEnabledByDefaultAndFeedsTheCampaignView() {
    Channel c = channels.update(app, ChannelKind.EMAIL,
        update(null, Map.of("FromAddress", "news@example.com", "Identity", IDENTITY, "ConfigurationSet", "cs")));
    assertTrue(c.enabled());
    assertEquals(1, c.version());
    assertFalse(c.hasCredential());
    assertEquals(Optional.of(new EmailChannel("news@example.com", "cs", true)), store.emailChannel(app));
  }

  @Test
  void updatesMergeKeepCredentialsAndCountVersions() {
    channels.update(app, ChannelKind.APNS, update(true,
        Map.of("Certificate", "cert", "PrivateKey", "key", "DefaultAuthenticationMethod", "certificate")));
    Channel off = channels.update(app, ChannelKind.APNS, update(false, Map.of()));
    assertFalse(off.enabled());
    assertEquals(2, off.version());
    assertEquals("cert", off.setting("Certificate"));
    assertEquals("CERTIFICATE", off.setting("DefaultAuthenticationMethod"));
    assertTrue(off.hasCredential());
    assertEquals(NOW, off.creationDate());
  }

  @Test
  void modelRequiredMembersAreNeededInEveryRequestNotJustTheStoredOne() {
    channels.update(app, ChannelKind.EMAIL, update(true,
        Map.of("FromAddress", "news@example.com", "Identity", "arn:aws:ses:us-east-1:123456789012:identity/x.com")));
    var e = assertThrows(BadRequestException.class, () -> channels.update(app, ChannelKind.EMAIL, update(false,
        Map.of("Identity", "arn:aws:ses:us-east-1:123456789012:identity/x.com"))));
    assertEquals("FromAddress: is required", e.getMessage());
    assertTrue(channels.get(app, ChannelKind.EMAIL).enabled(), "nothing written");
    Channel off = channels.update(app, ChannelKind.EMAIL, update(false,
        Map.of("FromAddress", "news@example.com", "Identity", "arn:aws:ses:us-east-1:123456789012:identity/x.com")));
    assertFalse(off.enabled());
  }

  @Test
  void requiredMembersAndCredentialRulesAre400AndWriteNothing() {
    var e = assertThrows(BadRequestException.class,
        () -> channels.update(app, ChannelKind.EMAIL, update(true, Map.of("FromAddress", "not an address"))));
    assertTrue(e.getMessage().contains("Identity: is required"), e.getMessage());
    assertTrue(e.getMessage().contains("FromAddress: 'not an address' is not an email address"), e.getMessage());
    assertThrows(BadRequestException.class, () -> channels.update(app, ChannelKind.APNS, update(true, Map.of("Certificate", "c"))));
    assertThrows(BadRequestException.class, () -> channels.update(app, ChannelKind.APNS_SANDBOX, update(true, Map.of())));
    assertThrows(BadRequestException.class, () -> channels.update(app, ChannelKind.APNS_VOIP,
        update(true, Map.of("TokenKey", "k", "TokenKeyId", "id", "TeamId", "t", "BundleId", "b", "DefaultAuthenticationMethod", "CERTIFICATE"))));
    assertThrows(BadRequestException.class, () -> channels.update(app, ChannelKind.GCM, update(true, Map.of("DefaultAuthenticationMethod", "KEY"))));
    assertThrows(BadRequestException.class, () -> channels.update(app, ChannelKind.GCM,
        update(true, Map.of("ApiKey", "k", "DefaultAuthenticationMethod", "PIGEON"))));
    assertThrows(BadRequestException.class, () -> channels.update(app, ChannelKind.BAIDU, update(true, Map.of("ApiKey", "k"))));
    assertThrows(BadRequestException.class, () -> channels.update(app, ChannelKind.ADM, update(true, Map.of("ClientId", "c"))));
    assertEquals(List.of(), channels.list(app));
  }

  @Test
  void tokenAuthenticationAndOtherChannelsAreAccepted() {
    channels.update(app, ChannelKind.APNS_VOIP_SANDBOX, update(true,
        Map.of("TokenKey", "k", "TokenKeyId", "id", "TeamId", "t", "BundleId", "b", "DefaultAuthenticationMethod", "token")));
    channels.update(app, ChannelKind.GCM, update(true, Map.of("ServiceJson", "{\"type\":\"service_account\"}")));
    channels.update(app, ChannelKind.SMS, update(true, Map.of("SenderId", "Shop")));
    channels.update(app, ChannelKind.VOICE, update(false, Map.of()));
    channels.update(app, ChannelKind.BAIDU, update(true, Map.of("ApiKey", "k", "SecretKey", "s")));
    channels.update(app, ChannelKind.ADM, update(true, Map.of("ClientId", "c", "ClientSecret", "s")));
    assertEquals(6, channels.list(app).size());
  }

  @Test
  void anEmptyStringClearsAnOptionalMember() {
    channels.update(app, ChannelKind.SMS, update(true, Map.of("SenderId", "Shop", "ShortCode", "12345")));
    Channel c = channels.update(app, ChannelKind.SMS, update(null, Map.of("ShortCode", "")));
    assertEquals(Map.of("SenderId", "Shop"), c.settings());
  }

  @Test
  void unconfiguredChannelsAndUnknownAppsAre404() {
    assertThrows(NotFoundException.class, () -> channels.get(app, ChannelKind.EMAIL));
    assertThrows(NotFoundException.class, () -> channels.delete(app, ChannelKind.EMAIL));
    assertThrows(NotFoundException.class, () -> channels.list("ffffffffffffffffffffffffffffffff"));
  }

  @Test
  void deleteReturnsTheChannelAndForgetsIt() {
    channels.update(app, ChannelKind.SMS, update(true, Map.of()));
    assertEquals(ChannelKind.SMS, channels.delete(app, ChannelKind.SMS).kind());
    assertEquals(List.of(), channels.list(app));
    assertEquals(1, channels.update(app, ChannelKind.SMS, update(true, Map.of())).version(), "a fresh start");
  }
}
