package dev.tern.model.campaign;

import dev.tern.model.campaign.FieldError.Problem;
import dev.tern.model.campaign.WriteCampaignInput.EmailMessageInput;
import dev.tern.model.campaign.WriteCampaignInput.TemplateInput;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The email part of {@link CampaignValidator}: inline {@code MessageConfiguration.EmailMessage} or
 * {@code TemplateConfiguration.EmailTemplate}. Sources are listed in the validator's class comment.
 */
final class EmailContentRules {

    static final int MAX_HEADERS = 15;
    static final int MAX_HEADER_NAME = 126;
    static final int MAX_HEADER_VALUE = 870;
    private static final Pattern TEMPLATE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,127}");

    private EmailContentRules() {
    }

    /** The email content of the request, or null after adding its errors to {@code errors}. */
    static EmailContent check(EmailMessageInput m, TemplateInput t, List<FieldError> errors) {
        if (t != null) {
            if (m != null && m.hasContent()) {
                errors.add(new FieldError("MessageConfiguration.EmailMessage", Problem.CONFLICT,
                        "give either inline content or TemplateConfiguration.EmailTemplate, not both"));
            }
            if (CampaignValidator.blank(t.name())) {
                errors.add(new FieldError("TemplateConfiguration.EmailTemplate.Name", Problem.REQUIRED,
                        "the template to use"));
                return null;
            }
            if (!TEMPLATE_NAME.matcher(t.name()).matches()) {
                errors.add(new FieldError("TemplateConfiguration.EmailTemplate.Name", Problem.MALFORMED,
                        "letters, digits, '_' and '-', starting alphanumeric, ≤128 chars"));
                return null;
            }
            return new EmailContent.Template(t.name(), t.version(), m == null ? null : m.fromAddress());
        }
        if (m == null) {
            errors.add(new FieldError("MessageConfiguration.EmailMessage", Problem.REQUIRED,
                    "an email campaign needs EmailMessage or TemplateConfiguration.EmailTemplate"));
            return null;
        }
        int before = errors.size();
        if (CampaignValidator.blank(m.title())) {
            errors.add(new FieldError("MessageConfiguration.EmailMessage.Title", Problem.REQUIRED, "the subject"));
        }
        if (CampaignValidator.blank(m.htmlBody()) && CampaignValidator.blank(m.body())) {
            errors.add(new FieldError("MessageConfiguration.EmailMessage.HtmlBody", Problem.REQUIRED,
                    "HtmlBody or Body"));
        }
        checkHeaders(m.headers(), errors);
        return errors.size() > before ? null
                : new EmailContent.Inline(m.title(), m.htmlBody(), m.body(), m.fromAddress(), m.headers());
    }

    private static void checkHeaders(List<MessageHeader> headers, List<FieldError> errors) {
        if (headers.size() > MAX_HEADERS) {
            errors.add(new FieldError("MessageConfiguration.EmailMessage.Headers", Problem.OUT_OF_RANGE,
                    "at most " + MAX_HEADERS + " headers"));
        }
        for (int i = 0; i < headers.size(); i++) {
            MessageHeader h = headers.get(i);
            String field = "MessageConfiguration.EmailMessage.Headers[" + i + "]";
            if (CampaignValidator.blank(h.name()) || h.name().length() > MAX_HEADER_NAME) {
                errors.add(new FieldError(field + ".Name", Problem.OUT_OF_RANGE, "1–" + MAX_HEADER_NAME + " chars"));
            }
            if (h.value() != null && h.value().length() > MAX_HEADER_VALUE) {
                errors.add(new FieldError(field + ".Value", Problem.OUT_OF_RANGE, "≤" + MAX_HEADER_VALUE + " chars"));
            }
        }
    }
}
