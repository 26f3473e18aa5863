package dev.tern.model.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The helpers of Pinpoint's "Using message template helpers" guide, mostly its own examples. */
class MessageRendererHelpersTest {

  private final MessageRenderer renderer = new MessageRenderer(Fixtures.CLOCK);

  static Stream<Arguments> helpers() {
    return Stream.of(
        // built-ins
        Arguments.of("if, value present", "{{#if User.UserAttributes.FirstName.[0]}}Hello "
            + "{{User.UserAttributes.FirstName.[0]}},{{else}}Hello,{{/if}}", "Hello Jane,"),
        Arguments.of("if, value missing", "{{#if Attributes.Nope.[0]}}yes{{else}}no{{/if}}", "no"),
        Arguments.of("each with index", "{{#each Attributes.Colors}}{{@index}}={{this}} {{/each}}",
            "0=red 1=blue 2=green "),
        Arguments.of("each over nothing takes else",
            "{{#each Attributes.Nope}}x{{else}}You have no favorite colors.{{/each}}",
            "You have no favorite colors."),
        Arguments.of("inline partial", "{{#* inline \"fullName\"}}{{User.UserAttributes.FirstName.[0]}}"
            + " {{User.UserAttributes.[Last Name].[0]}}{{/inline}}Hello {{> fullName}}",
            "Hello Jane Doe"),
        // conditionals
        Arguments.of("eq block", "{{#eq Attributes.Colors.[0] \"red\"}}red{{else}}not red{{/eq}}",
            "red"),
        Arguments.of("eq inline with yes/no", "{{eq Location.Country \"US\" yes='y' no='n'}}", "y"),
        Arguments.of("neq", "{{#neq Location.Country \"US\"}}abroad{{else}}home{{/neq}}", "home"),
        Arguments.of("gt compares numeric strings as numbers",
            "{{#gt User.UserAttributes.UserAge.[0] \"17\"}}old enough{{else}}too young{{/gt}}",
            "old enough"),
        Arguments.of("gt: 9 is not greater than 17", "{{#gt \"9\" \"17\"}}yes{{else}}no{{/gt}}",
            "no"),
        Arguments.of("gte equal", "{{gte Metrics.score 42 yes='y' no='n'}}", "y"),
        Arguments.of("lt", "{{#lt User.UserAttributes.UserAge.[0] \"18\"}}minor{{else}}adult{{/lt}}",
            "adult"),
        Arguments.of("lte", "{{lte 3 3 yes='y' no='n'}}", "y"),
        Arguments.of("eq on a one-value list compares its value",
            "{{#eq Attributes.City \"Seattle\"}}yes{{/eq}}", "yes"),
        Arguments.of("and of two eq", "{{#and (eq Location.City \"Los Angeles\") "
            + "(eq Location.Country \"US\")}}LA{{else}}not LA{{/and}}", "LA"),
        Arguments.of("or of two eq", "{{#or (eq Location.City \"Seattle\") "
            + "(eq Location.City \"Los Angeles\")}}west{{else}}not west{{/or}}", "west"),
        Arguments.of("not", "{{#not (eq Attributes.Colors.[0] \"red\")}}no red{{else}}red{{/not}}",
            "red"),
        // strings
        Arguments.of("abbreviate", "{{abbreviate \"Alejandro\" 6}}", "Ale..."),
        Arguments.of("capitalize", "{{capitalize \"my first post\"}}", "My First Post"),
        Arguments.of("capitalizeFirst", "{{capitalizeFirst \"my first post\"}}", "My first post"),
        Arguments.of("center", "[{{center Location.City size=15}}]", "[  Los Angeles  ]"),
        Arguments.of("cut", "{{cut Location.City \"e\"}}", "Los Angls"),
        Arguments.of("join", "{{join Attributes.Colors \", \"}}", "red, blue, green"),
        Arguments.of("ljust", "[{{ljust Location.City 13}}]", "[Los Angeles  ]"),
        Arguments.of("rjust", "[{{rjust Location.City 13}}]", "[  Los Angeles]"),
        Arguments.of("lower", "{{lower \"Santos\"}}", "santos"),
        Arguments.of("upper", "{{upper User.UserAttributes.[Last Name].[0]}}", "DOE"),
        Arguments.of("replace", "{{replace Location.City \" \" \"_\"}}", "Los_Angeles"),
        Arguments.of("slugify", "{{slugify Location.City}}", "los-angeles"),
        Arguments.of("stripTags", "{{stripTags \"<h1>Art</h1>\"}}", "Art"),
        Arguments.of("substring", "{{substring Location.City 4 9}}", "Angel"),
        Arguments.of("yesno", "{{yesno true}}/{{yesno false}}", "yes/no"),
        Arguments.of("nested helpers", "{{capitalizeFirst (lower \"JANE\")}}", "Jane"),
        Arguments.of("inflect without count", "{{inflect 3 \"apple\" \"apples\"}}", "apples"),
        Arguments.of("inflect with count", "{{inflect 3 \"apple\" \"apples\" includeCount=true}}",
            "3 apples"),
        Arguments.of("inflect singular", "{{inflect 1 \"apple\" \"apples\"}}", "apple"),
        Arguments.of("ordinalize", "{{ordinalize User.UserAttributes.UserAge.[0]}} "
            + "{{ordinalize 1}} {{ordinalize 3}} {{ordinalize 11}} {{ordinalize 112}}",
            "22nd 1st 3rd 11th 112th"),
        // dates
        Arguments.of("dateFormat with inputFormat, full, zone",
            "{{dateFormat Attributes.StartDate.[0] inputFormat=\"MM/dd/yyyy\" outputFormat=\"full\" "
                + "tz=\"America/Los_Angeles\"}}", "Saturday, September 19, 2020"),
        Arguments.of("dateFormat ISO input, default medium", "{{dateFormat CreationDate}}",
            "Jun 30, 2019"),
        Arguments.of("dateFormat short", "{{dateFormat CreationDate \"short\"}}", "6/30/19"),
        Arguments.of("dateFormat long", "{{dateFormat CreationDate outputFormat=\"long\"}}",
            "June 30, 2019"),
        Arguments.of("dateFormat pattern and zone",
            "{{dateFormat EffectiveDate outputFormat=\"yyyy-MM-dd HH:mm\" tz=\"Asia/Tokyo\"}}",
            "2019-08-23 19:54"),
        Arguments.of("dateFormat of a missing value is empty", "[{{dateFormat Attributes.Nope}}]",
            "[]"),
        Arguments.of("now, medium by default", "{{now}}", "Sep 19, 2020"),
        Arguments.of("now in a zone past midnight", "{{now \"yyyy-MM-dd\" tz=\"Pacific/Kiritimati\"}}",
            "2020-09-20"),
        // math and encoding
        Arguments.of("add", "{{add 5 2.3}}", "7.3"),
        Arguments.of("subtract", "{{subtract 5 2.3}}", "2.7"),
        Arguments.of("multiply", "{{multiply 5 2.3}}", "11.5"),
        Arguments.of("divide", "{{divide 5 2.3}}", "2.17391304"),
        Arguments.of("modulo", "{{modulo 7 2}}", "1"),
        Arguments.of("ceiling", "{{ceiling 5.23}}", "6"),
        Arguments.of("floor", "{{floor 5.23}}", "5"),
        Arguments.of("round", "{{round 19.21}}", "19"),
        Arguments.of("math on a metric", "{{add Metrics.score 1}}", "43"),
        Arguments.of("encode64", "{{encode64 \"Hello World\"}}", "SGVsbG8gV29ybGQ="),
        Arguments.of("decode64", "{{decode64 \"SGVsbG8gV29ybGQ=\"}}", "Hello World"),
        Arguments.of("md5", "{{md5 \"Hello World\"}}", "b10a8db164e0754105b7a99be72e3fe5"),
        Arguments.of("sha256", "{{sha256 \"Hello World\"}}",
            "a591a6d40bf420404a011733cfb7b190d62c65bf0bcda32b57b277d9ad9f146e"),
        Arguments.of("sha512", "{{sha512 \"Hello World\"}}",
            "2c74fd17edafd80e8447b0d46741ee243b7eb74dd2149a0ab1b9246fb30382f27e853d8585719e0e67cbd"
                + "a0daa8f51671064615d645ae27acb15bfb1447f459b"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("helpers")
  void rendersHelper(String name, String body, String expected) {
    RenderResult result =
        renderer.render(Fixtures.sms(body), Fixtures.endpoint(), Substitutions.NONE);

    assertEquals(new RenderResult.Rendered(Map.of("Body", expected)), result);
  }

  @Test
  void uuidPrintsAFreshRandomUuid() {
    RenderResult result =
        renderer.render(Fixtures.sms("{{uuid}} {{uuid}}"), Fixtures.endpoint(), Substitutions.NONE);

    String[] ids = ((RenderResult.Rendered) result).part("Body").split(" ");
    assertTrue(ids[0].matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"),
        ids[0]);
    assertTrue(!ids[0].equals(ids[1]), "two calls gave the same id");
  }

  @Test
  void eachStopsAtFifteenItems() {
    Map<String, Object> endpoint = Map.of("Attributes", Map.of("N", java.util.stream.IntStream
        .range(0, 20).mapToObj(Integer::toString).toList()));

    RenderResult result =
        renderer.render(Fixtures.sms("{{#each Attributes.N}}{{this}},{{/each}}"), endpoint,
            Substitutions.NONE);

    assertEquals("0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,",
        ((RenderResult.Rendered) result).part("Body"));
  }
}
