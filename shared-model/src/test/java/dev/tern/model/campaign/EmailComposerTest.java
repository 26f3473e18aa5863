package dev.tern.model.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tern.model.template.EmailTemplate;
import dev.tern.model.template.InMemoryTemplateStore;
import dev.tern.model.template.MessageRenderer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmailComposerTest {

    static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");

    final MutableClock clock = new MutableClock(T0);
    final InMemoryCampaignStore campaigns = new InMemoryCampaignStore();
    final InMemoryTemplateStore templates = new InMemoryTemplateStore(clock);
    final EmailComposer composer = new EmailComposer(campaigns, templates, new MessageRenderer(clock), clock,
            Duration.ofSeconds(30));

    static Recipient named(String id, String firstName) {
        Map<String, Object> user = firstName == null ? Map.of("UserAttributes", Map.of())
                : Map.of("UserAttributes", Map.of("FirstName", List.of(firstName)));
        return new Recipient(id, "EMAIL", id + "@x.org", "NONE", "ACTIVE", null, Map.of("User", user));
    }

    @Test
    void aTemplateIsPersonalisedWithItsDefaultSubstitutionsForMissingValues() {
        templates.create("welcome", EmailTemplate.of("Hello {{User.UserAttributes.FirstName}}",
                "<p>Hi {{User.UserAttributes.FirstName}}</p>", null)
                .withDefaultSubstitutions("{\"User.UserAttributes.FirstName\":\"friend\"}"));
        MessageRef ref = new MessageRef.TemplateMessage("welcome", null);

        Composition.Composed ana = (Composition.Composed) composer.compose("app", ref, named("e1", "Ana <3"));
        Composition.Composed anon = (Composition.Composed) composer.compose("app", ref, named("e2", null));

        assertEquals("Hello Ana <3", ana.subject());
        assertEquals("<p>Hi Ana &lt;3</p>", ana.html());
        assertEquals("Hello friend", anon.subject());
    }

    @Test
    void inlineCampaignContentIsRenderedToo() {
        CampaignDefinition d = new CampaignDefinition("c", null, "s", null,
                new Schedule.Once(new StartTime.Immediate(), null),
                new EmailContent.Inline("Hi {{User.UserAttributes.FirstName}}", null, "Text for {{Id}}", null,
                        List.of(new MessageHeader("X-Campaign", "c1"))), null, false, null, null, Map.of());
        campaigns.putVersion(CampaignVersions.create("app", "c1", d, T0));

        Composition.Composed c = (Composition.Composed) composer.compose("app",
                new MessageRef.CampaignMessage("c1", 1), named("e1", "Bo"));

        assertEquals("Hi Bo", c.subject());
        assertEquals(List.of(new MessageHeader("X-Campaign", "c1")), c.headers());
    }

    @Test
    void aMissingTemplateIsANonRetryableFailure() {
        Composition c = composer.compose("app", new MessageRef.TemplateMessage("nope", null), named("e1", "A"));
        assertEquals(FailureReason.TEMPLATE_NOT_FOUND, ((Composition.NotComposable) c).reason());
    }
}
