package dev.tern.model.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a template name and content before they are stored, returning every broken rule.
 *
 * <p>Why a list of {@link Violation}s and not an exception: the REST edge turns them into one 400
 * {@code BadRequestException} message, and tests can assert the exact field. Rules: the name pattern
 * and length from the model doc of {@code template-name}; {@code DefaultSubstitutions} must be a flat
 * JSON object of strings (model doc); sizes, header and tag limits from pinpoint-api.md §5.2; the
 * required members of the in-app shapes from the model ({@code BodyConfig {Alignment*, Body*,
 * TextColor*}} etc.). Size limits count characters of the text members a part holds, Tern's reading
 * of "email ≤600,000 chars" and the like.
 */
public final class TemplateValidator {

  /** "Must start with an alphanumeric character … alphanumeric characters, underscores, hyphens." */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

  private TemplateValidator() {}

  /** All violations of the name and content rules; empty when the template may be stored. */
  public static List<Violation> validate(String name, MessageTemplate template) {
    List<Violation> out = new ArrayList<>(validateName(name));
    if (template.defaultSubstitutions() != null
        && DefaultSubstitutions.parse(template.defaultSubstitutions())
            instanceof DefaultSubstitutions.Invalid invalid) {
      out.add(new Violation("DefaultSubstitutions", "must be a JSON object of string values: "
          + invalid.reason()));
    }
    checkTags(template.tags(), out);
    // Java 17 has no pattern switch; the chain covers every permitted type of the sealed interface.
    if (template instanceof EmailTemplate e) {
      checkEmail(e, out);
    } else if (template instanceof SmsTemplate s) {
      max(out, "Body", length(s.body()), TemplateLimits.SMS);
    } else if (template instanceof VoiceTemplate v) {
      max(out, "Body", length(v.body()), TemplateLimits.VOICE);
    } else if (template instanceof PushTemplate p) {
      checkPush(p, out);
    } else if (template instanceof InAppTemplate i) {
      checkInApp(i, out);
    }
    return List.copyOf(out);
  }

  /** Violations of the template-name rule alone (also used for names in paths). */
  public static List<Violation> validateName(String name) {
    if (name == null || name.isEmpty()) {
      return List.of(new Violation("TemplateName", "is required"));
    }
    if (name.length() > TemplateLimits.NAME) {
      return List.of(new Violation("TemplateName", "must be at most 128 characters"));
    }
    if (!NAME.matcher(name).matches()) {
      return List.of(new Violation("TemplateName",
          "must start with a letter or digit and contain only letters, digits, '_' and '-'"));
    }
    return List.of();
  }

  private static void checkEmail(EmailTemplate e, List<Violation> out) {
    max(out, "Subject+HtmlPart+TextPart",
        length(e.subject()) + length(e.htmlPart()) + length(e.textPart()), TemplateLimits.EMAIL);
    if (e.headers().size() > TemplateLimits.HEADERS) {
      out.add(new Violation("Headers", "at most 15 headers"));
    }
    for (int i = 0; i < e.headers().size(); i++) {
      EmailTemplate.Header h = e.headers().get(i);
      if (h.name() == null || h.name().isEmpty()) {
        out.add(new Violation("Headers[" + i + "].Name", "is required"));
      }
      max(out, "Headers[" + i + "].Name", length(h.name()), TemplateLimits.HEADER_NAME);
      max(out, "Headers[" + i + "].Value", length(h.value()), TemplateLimits.HEADER_VALUE);
    }
  }

  private static void checkPush(PushTemplate p, List<Violation> out) {
    if (p.defaultPart() != null) {
      PushTemplate.DefaultPart d = p.defaultPart();
      max(out, "Default", length(d.title(), d.body(), d.sound(), d.url()), TemplateLimits.PUSH_PART);
    }
    if (p.apns() != null) {
      PushTemplate.ApnsPart a = p.apns();
      max(out, "APNS", length(a.title(), a.body(), a.mediaUrl(), a.rawContent(), a.sound(), a.url()),
          TemplateLimits.PUSH_PART);
    }
    checkAndroid("GCM", p.gcm(), TemplateLimits.PUSH_PART, out);
    checkAndroid("Baidu", p.baidu(), TemplateLimits.PUSH_PART, out);
    checkAndroid("ADM", p.adm(), TemplateLimits.PUSH_ADM, out);
  }

  private static void checkAndroid(
      String field, PushTemplate.AndroidPart a, int limit, List<Violation> out) {
    if (a != null) {
      max(out, field, length(a.title(), a.body(), a.imageIconUrl(), a.imageUrl(), a.rawContent(),
          a.smallImageIconUrl(), a.sound(), a.url()), limit);
    }
  }

  private static void checkInApp(InAppTemplate t, List<Violation> out) {
    if (t.content().size() > TemplateLimits.IN_APP_CARDS) {
      out.add(new Violation("Content", "at most 5 items"));
    }
    int total = 0;
    for (int i = 0; i < t.content().size(); i++) {
      InAppTemplate.Content c = t.content().get(i);
      String at = "Content[" + i + "].";
      checkText(at + "BodyConfig", "Body", c.body(), out);
      checkText(at + "HeaderConfig", "Header", c.header(), out);
      checkButton(at + "PrimaryBtn", c.primaryBtn(), out);
      checkButton(at + "SecondaryBtn", c.secondaryBtn(), out);
      total += length(c.backgroundColor(), c.imageUrl())
          + (c.body() == null ? 0 : length(c.body().text(), c.body().textColor()))
          + (c.header() == null ? 0 : length(c.header().text(), c.header().textColor()));
    }
    for (Map.Entry<String, String> e : t.customConfig().entrySet()) {
      total += length(e.getKey(), e.getValue());
    }
    max(out, "Content", total, TemplateLimits.IN_APP);
  }

  private static void checkText(String at, String textMember, InAppTemplate.Text text,
      List<Violation> out) {
    if (text == null) {
      return;
    }
    if (text.alignment() == null) {
      out.add(new Violation(at + ".Alignment", "is required"));
    }
    if (text.text() == null) {
      out.add(new Violation(at + "." + textMember, "is required"));
    }
    if (text.textColor() == null) {
      out.add(new Violation(at + ".TextColor", "is required"));
    }
  }

  private static void checkButton(String at, InAppTemplate.Button b, List<Violation> out) {
    if (b == null) {
      return;
    }
    if (b.defaultConfig() != null) {
      if (b.defaultConfig().buttonAction() == null) {
        out.add(new Violation(at + ".DefaultConfig.ButtonAction", "is required"));
      }
      if (b.defaultConfig().text() == null) {
        out.add(new Violation(at + ".DefaultConfig.Text", "is required"));
      }
    }
    String[] names = {"Android", "IOS", "Web"};
    InAppTemplate.OverrideButton[] overrides = {b.android(), b.ios(), b.web()};
    for (int i = 0; i < names.length; i++) {
      if (overrides[i] != null && overrides[i].buttonAction() == null) {
        out.add(new Violation(at + "." + names[i] + ".ButtonAction", "is required"));
      }
    }
  }

  private static void checkTags(Map<String, String> tags, List<Violation> out) {
    if (tags.size() > TemplateLimits.TAGS) {
      out.add(new Violation("tags", "at most 50 tags"));
    }
    for (Map.Entry<String, String> tag : tags.entrySet()) {
      if (tag.getKey().isEmpty() || tag.getKey().length() > TemplateLimits.TAG_KEY) {
        out.add(new Violation("tags", "tag key must be 1 to 128 characters: " + tag.getKey()));
      }
      if (length(tag.getValue()) > TemplateLimits.TAG_VALUE) {
        out.add(new Violation("tags", "tag value must be at most 256 characters: " + tag.getKey()));
      }
    }
  }

  private static void max(List<Violation> out, String field, int length, int limit) {
    if (length > limit) {
      out.add(new Violation(field, "is " + length + " characters; the limit is " + limit));
    }
  }

  private static int length(String... texts) {
    int n = 0;
    for (String t : texts) {
      n += t == null ? 0 : t.length();
    }
    return n;
  }
}
