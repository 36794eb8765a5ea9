package org.chengxin.identity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "91110000600037341L",
        "121200004013590816",
        "91310115MA1K3BTP2B",
        "91350100M000100Y43"
      })
  void everyPublishedExampleIsAcceptedWithItsEmbeddedOrganisationCheck(String example) {
    UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(example);

    assertThat(code.value()).isEqualTo(example);
    assertThat(code.organisationCodeCheckPasses()).isTrue();
    assertThat(UnifiedSocialCreditCode.checkCharacter(example.substring(0, 17)))
        .isEqualTo(example.charAt(17));
  }

  @Test
  void anEnterpriseCodeIsDecodedIntoTypeKindRegionAndOrganisationCode() {
    UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse("91310115MA1K3BTP2B");

    assertThat(code.organisationType()).isEqualTo(OrganisationType.ENTERPRISE);
    assertThat(code.kind()).isEqualTo(SubjectKind.ENTERPRISE);
    assertThat(code.region()).isEqualTo(new RegionCode("310115"));
    assertThat(code.organisationCode()).isEqualTo("MA1K3BTP2");
  }

  @Test
  void aPublicInstitutionCodeIsAPublicInstitution() {
    UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse("121200004013590816");

    assertThat(code.organisationType()).isEqualTo(OrganisationType.PUBLIC_INSTITUTION);
    assertThat(code.kind()).isEqualTo(SubjectKind.PUBLIC_INSTITUTION);
    assertThat(code.region().value()).isEqualTo("120000");
  }

  @Test
  void userInputIsTrimmedUpperCasedAndMadeHalfWidth() {
    assertThat(UnifiedSocialCreditCode.parse("  91310115ma1k3btp2b\t").value())
        .isEqualTo("91310115MA1K3BTP2B");
    assertThat(UnifiedSocialCreditCode.parse("\u3000９１３１０１１５ＭＡ１Ｋ３ＢＴＰ２ｂ").value())
        .isEqualTo("91310115MA1K3BTP2B");
  }

  @Test
  void aWrongCheckCharacterIsExplainedWithTheRightOne() {
    assertThatThrownBy(() -> UnifiedSocialCreditCode.parse("91110000600037341M"))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessage(
            "subject: check character of Unified Social Credit Code 91110000600037341M should be L")
        .extracting("field")
        .isEqualTo("subject");
  }

  @Test
  void aLetterNeverUsedInCodesIsNamedWithItsPosition() {
    assertThatThrownBy(() -> UnifiedSocialCreditCode.parse("9111000060003734IL"))
        .hasMessageContaining("'I' at position 17");
  }

  @Test
  void aCodeOfTheWrongLengthSaysHowLongItIs() {
    assertThatThrownBy(() -> UnifiedSocialCreditCode.parse("91110000600037341"))
        .hasMessage(
            "subject: a Unified Social Credit Code has 18 characters; 91110000600037341 has 17");
  }

  @Test
  void lettersInTheRegionDigitsAreRejected() {
    String first17 = "9111A000600037341";
    String code = first17 + UnifiedSocialCreditCode.checkCharacter(first17);

    assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(code))
        .hasMessageContaining("characters 3 to 8")
        .hasMessageContaining("region code");
  }

  @Test
  void aCodeWhoseEmbeddedOrganisationCodeFailsItsCheckIsRejected() {
    String first17 = "9111000060003734" + "2"; // organisation check should be 1
    String code = first17 + UnifiedSocialCreditCode.checkCharacter(first17);

    assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(code))
        .hasMessage(
            "subject: organisation code 600037342 inside Unified Social Credit Code "
                + code
                + " fails its own check: character 17 should be 1");
  }

  @Test
  void inspectionFlagsAFailedCheckWithoutThrowing() {
    CodeInspection inspection = UnifiedSocialCreditCode.inspect(" 91110000600037341m ");

    assertThat(inspection.normalised()).isEqualTo("91110000600037341M");
    assertThat(inspection.wellFormed()).isTrue();
    assertThat(inspection.checkPassed()).isFalse();
    assertThat(inspection.problem()).contains("should be L");
  }

  @Test
  void inspectionOfGarbageReportsAMalformedCode() {
    assertThat(UnifiedSocialCreditCode.inspect(null).wellFormed()).isFalse();
    assertThat(UnifiedSocialCreditCode.inspect("").problem())
        .isEqualTo("no Unified Social Credit Code given");
    assertThat(UnifiedSocialCreditCode.inspect("统一社会信用代码").valid()).isFalse();
    assertThat(UnifiedSocialCreditCode.inspect("91310115MA1K3BTP2B").valid()).isTrue();
  }
}
