package dev.tern.model.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.model.common.BadRequestException;
import dev.tern.model.template.TemplateType;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResourceArnTest {

  static final String REGION = "eu-west-1";
  static final String ACCOUNT = "123456789012";
  static final String BASE = "arn:aws:mobiletargeting:" + REGION + ":" + ACCOUNT + ":";
  static final String APP = "0123456789abcdef0123456789abcdef";
  static final String ID = "fedcba9876543210fedcba9876543210";

  static ResourceArn parse(String arn) {
    return ResourceArn.parse(arn, REGION, ACCOUNT);
  }

  @Test
  void parsesEveryTaggableResourceType() {
    assertEquals(new ResourceArn.App(APP), parse(BASE + "apps/" + APP));
    assertEquals(new ResourceArn.Campaign(APP, ID), parse(BASE + "apps/" + APP + "/campaigns/" + ID));
    assertEquals(new ResourceArn.Segment(APP, ID), parse(BASE + "apps/" + APP + "/segments/" + ID));
    assertEquals(new ResourceArn.Journey(APP, ID), parse(BASE + "apps/" + APP + "/journeys/" + ID));
    assertEquals(new ResourceArn.Template("welcome_1", TemplateType.EMAIL), parse(BASE + "templates/welcome_1/EMAIL"));
    assertEquals(new ResourceArn.Template("w", TemplateType.INAPP), parse(BASE + "templates/w/INAPP"));
  }

  @Test
  void namesTheApplicationOfAppResourcesOnly() {
    assertEquals(APP, parse(BASE + "apps/" + APP + "/segments/" + ID).applicationId());
    assertEquals(null, parse(BASE + "templates/w/SMS").applicationId());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "not-an-arn", "arn:aws:mobiletargeting:eu-west-1:123456789012",
      "arn:aws:sns:eu-west-1:123456789012:apps/0123456789abcdef0123456789abcdef",
      "arn:aws-cn:mobiletargeting:eu-west-1:123456789012:apps/0123456789abcdef0123456789abcdef",
      "arn:aws:mobiletargeting:eu-west-1:123456789012:recommenders/abc",
      "arn:aws:mobiletargeting:eu-west-1:123456789012:apps",
      "arn:aws:mobiletargeting:eu-west-1:123456789012:apps/",
      "arn:aws:mobiletargeting:eu-west-1:123456789012:apps//campaigns/x",
      "arn:aws:mobiletargeting:eu-west-1:123456789012:apps/a/campaigns",
      "arn:aws:mobiletargeting:eu-west-1:123456789012:apps/a/endpoints/e",
      "arn:aws:mobiletargeting:eu-west-1:123456789012:apps/a/campaigns/c/versions/1",
      "arn:aws:mobiletargeting:eu-west-1:123456789012:templates/w",
      "arn:aws:mobiletargeting:eu-west-1:123456789012:templates/w/email",
      "arn:aws:mobiletargeting:eu-west-1:123456789012:templates/w/FAX",
      "arn:aws:mobiletargeting:eu-west-1:123456789012:apps/0123456789abcdef0123456789abcdef/"})
  void rejectsTextThatNamesNoTaggableResource(String arn) {
    assertThrows(BadRequestException.class, () -> parse(arn));
    assertEquals(Optional.empty(), ResourceArn.applicationIdOf(arn));
  }

  @Test
  void rejectsNullAsMissing() {
    BadRequestException e = assertThrows(BadRequestException.class, () -> parse(null));
    assertTrue(e.getMessage().contains("required"), e.getMessage());
  }

  @Test
  void rejectsAnotherRegionOrAccountButStillNamesItsApplicationForAuthorisation() {
    String otherRegion = "arn:aws:mobiletargeting:us-east-1:" + ACCOUNT + ":apps/" + APP;
    String otherAccount = "arn:aws:mobiletargeting:" + REGION + ":999999999999:apps/" + APP;
    BadRequestException e = assertThrows(BadRequestException.class, () -> parse(otherRegion));
    assertTrue(e.getMessage().contains("us-east-1"), e.getMessage());
    assertThrows(BadRequestException.class, () -> parse(otherAccount));
    // Authorisation sees the app named in the ARN, so a scoped key is refused before the 400.
    assertEquals(Optional.of(APP), ResourceArn.applicationIdOf(otherRegion));
  }

  @Test
  void applicationIdOfAgreesWithParse() {
    for (String resource : new String[] {"apps/" + APP, "apps/" + APP + "/campaigns/" + ID,
        "apps/" + APP + "/journeys/" + ID, "apps/" + APP + "/segments/" + ID}) {
      assertEquals(Optional.of(parse(BASE + resource).applicationId()), ResourceArn.applicationIdOf(BASE + resource));
    }
    assertEquals(Optional.empty(), ResourceArn.applicationIdOf(BASE + "templates/w/EMAIL"));
  }

  @Test
  void wellShapedArnsWithIdsTernNeverIssuesParseButCannotExist() {
    assertFalse(parse(BASE + "apps/not-hex").canExist());
    assertFalse(parse(BASE + "apps/" + APP + "/campaigns/" + APP.toUpperCase()).canExist());
    assertFalse(parse(BASE + "templates/-bad-/EMAIL").canExist());
    assertTrue(parse(BASE + "apps/" + APP + "/journeys/" + ID).canExist());
    assertTrue(parse(BASE + "templates/ok-name/PUSH").canExist());
  }
}
