package dev.tern.model.campaign;

import dev.tern.model.template.EmailTemplate;
import dev.tern.model.template.MessageRenderer;
import dev.tern.model.template.RenderResult;
import dev.tern.model.template.StoreResult;
import dev.tern.model.template.Substitutions;
import dev.tern.model.template.TemplateParts;
import dev.tern.model.template.TemplateStore;
import dev.tern.model.template.TemplateType;
import dev.tern.model.template.TemplateVersion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link MessageComposer} over the template engine: the campaign's inline {@code EmailMessage} or its email
 * template, rendered per recipient by {@link MessageRenderer} (Handlebars, the template's
 * {@code DefaultSubstitutions} for missing values, HTML escaping in the HTML part only).
 *
 * <p>Inline content is rendered as a template too — Pinpoint personalises campaign messages with the same
 * variables [inference: the docs show variables in campaign messages and templates alike]. What a message
 * reference resolves to is cached for {@code cacheFor} (one store read per batch, not per endpoint); a
 * template updated meanwhile is picked up after that time.
 *
 * <p>A missing template or campaign version is {@link FailureReason#TEMPLATE_NOT_FOUND}; a template that does
 * not render for this recipient is {@link FailureReason#RENDERING_FAILED}: both non-retryable.
 */
public final class EmailComposer implements MessageComposer {

    private record Key(String applicationId, MessageRef message) {
    }

    private record Cached(Optional<TemplateVersion> version, Instant until) {
    }

    private final CampaignStore campaigns;
    private final TemplateStore templates;
    private final MessageRenderer renderer;
    private final Clock clock;
    private final Duration cacheFor;
    private final Map<Key, Cached> cache = new ConcurrentHashMap<>();

    /** A composer reading content from these stores, caching what it read for {@code cacheFor}. */
    public EmailComposer(CampaignStore campaigns, TemplateStore templates, MessageRenderer renderer, Clock clock,
            Duration cacheFor) {
        this.campaigns = campaigns;
        this.templates = templates;
        this.renderer = renderer;
        this.clock = clock;
        this.cacheFor = cacheFor;
    }

    @Override
    public Composition compose(String applicationId, MessageRef message, Recipient recipient) {
        Instant now = clock.instant();
        Cached cached = cache.compute(new Key(applicationId, message),
                (k, c) -> c != null && c.until().isAfter(now) ? c : new Cached(resolve(applicationId, message), now.plus(cacheFor)));
        if (cached.version().isEmpty()) {
            return new Composition.NotComposable(FailureReason.TEMPLATE_NOT_FOUND, "no content for " + message);
        }
        TemplateVersion version = cached.version().get();
        RenderResult result = renderer.render(version, recipient.variables(), Substitutions.NONE);
        if (result instanceof RenderResult.Failed failed) {
            return new Composition.NotComposable(FailureReason.RENDERING_FAILED,
                    failed.part() + ": " + failed.reason());
        }
        RenderResult.Rendered r = (RenderResult.Rendered) result;
        EmailTemplate email = (EmailTemplate) version.template();
        List<MessageHeader> headers = email.headers().stream()
                .map(h -> new MessageHeader(h.name(), h.value())).toList();
        return new Composition.Composed(r.part(TemplateParts.SUBJECT), r.part(TemplateParts.HTML_PART),
                r.part(TemplateParts.TEXT_PART), headers);
    }

    private Optional<TemplateVersion> resolve(String applicationId, MessageRef message) {
        if (message instanceof MessageRef.TemplateMessage t) {
            StoreResult found = templates.get(t.templateName(), TemplateType.EMAIL, t.templateVersion());
            return found instanceof StoreResult.Ok ok ? Optional.of(ok.version()) : Optional.empty();
        }
        MessageRef.CampaignMessage m = (MessageRef.CampaignMessage) message;
        return campaigns.version(applicationId, m.campaignId(), m.campaignVersion())
                .filter(c -> c.definition().email() instanceof EmailContent.Inline)
                .map(c -> {
                    EmailContent.Inline in = (EmailContent.Inline) c.definition().email();
                    EmailTemplate template = new EmailTemplate(in.title(), in.htmlBody(), in.textBody(),
                            in.headers().stream().map(h -> new EmailTemplate.Header(h.name(), h.value())).toList(),
                            null, null, null, Map.of());
                    // A name no stored template can have (templates are [A-Za-z0-9_-]), so the renderer's
                    // compile cache never mixes inline campaign content with a template.
                    return new TemplateVersion("campaign:" + c.id(), Integer.toString(c.version()),
                            c.creationDate(), c.lastModifiedDate(), template);
                });
    }
}
