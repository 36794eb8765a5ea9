package org.chengxin.identity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class SubjectCodeTest {
  static final List<String> EXAMPLES =
      List.of(
          "91110000600037341L",
          "121200004013590816",
          "91310115MA1K3BTP2B",
          "91350100M000100Y43",
          "11010519491231002X",
          "440524188001010014",
          "360426199101010071");
  private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  @Test
  void personsAndOrganisationsAreToldApartByTheirCodes() {
    assertThat(SubjectCode.parse("11010519491231002x")).isInstanceOf(ResidentIdNumber.class);
    assertThat(SubjectCode.parse("91110000600037341L")).isInstanceOf(UnifiedSocialCreditCode.class);
    assertThat(SubjectCode.parse("91110000600037341L").kind()).isEqualTo(SubjectKind.ENTERPRISE);
  }

  @Test
  void anAllDigitCreditCodeWithoutABirthDateParsesAsACreditCode() {
    SubjectCode code = SubjectCode.parse("121200004013590816");

    assertThat(code).isInstanceOf(UnifiedSocialCreditCode.class);
    assertThat(code.kind()).isEqualTo(SubjectKind.PUBLIC_INSTITUTION);
  }

  @Test
  void oneCharacterChangeOfEveryPublishedExampleIsRejectedByItsOwnCodeSystem() {
    List<String> accepted = new ArrayList<>();
    for (String example : EXAMPLES) {
      SubjectKind kind = SubjectCode.parse(example).kind();
      for (String changed : oneCharacterChanges(example)) {
        if (parses(() -> SubjectCode.parse(changed, kind))) {
          accepted.add(changed);
        }
      }
    }
    assertThat(accepted).isEmpty();
  }

  /**
   * The check characters guard each code system, not the pair: without a known kind, one slip can
   * land on a valid code of the other system. Among all one-character changes of the examples this
   * happens once: 440524188001010014 with 0 → U at position 10 is a valid credit code (authority 4,
   * type 4, both checks pass). Forms that know the kind should use parse(raw, kind).
   */
  @Test
  void withoutAKnownKindOnlyOneChangeOfTheExamplesLandsOnAnotherValidCode() {
    List<String> accepted = new ArrayList<>();
    for (String example : EXAMPLES) {
      for (String changed : oneCharacterChanges(example)) {
        if (parses(() -> SubjectCode.parse(changed))) {
          accepted.add(changed);
        }
      }
    }
    assertThat(accepted).containsExactly("440524188U01010014");
    assertThat(SubjectCode.parse("440524188U01010014").kind()).isEqualTo(SubjectKind.ENTERPRISE);
  }

  private static List<String> oneCharacterChanges(String example) {
    List<String> changes = new ArrayList<>();
    for (int position = 0; position < example.length(); position++) {
      for (char replacement : CHARACTERS.toCharArray()) {
        if (replacement != example.charAt(position)) {
          changes.add(
              example.substring(0, position) + replacement + example.substring(position + 1));
        }
      }
    }
    return changes;
  }

  private static boolean parses(Supplier<SubjectCode> parse) {
    try {
      parse.get();
      return true;
    } catch (InvalidIdentifierException rejected) {
      return false;
    }
  }

  @Test
  void aMistypedIdentityNumberIsExplainedAsAnIdentityNumber() {
    assertThatThrownBy(() -> SubjectCode.parse("110105194912310021"))
        .hasMessage(
            "subject: check character of resident identity number 110105194912310021 should be X");
    assertThatThrownBy(() -> SubjectCode.parse("11010519491331002X"))
        .hasMessageContaining("birth date 19491331");
  }

  @Test
  void aMistypedCreditCodeIsExplainedAsACreditCode() {
    assertThatThrownBy(() -> SubjectCode.parse("91110000600037341M"))
        .hasMessageContaining("should be L");
    assertThatThrownBy(() -> SubjectCode.parse("121200004013590817"))
        .hasMessage(
            "subject: check character of Unified Social Credit Code 121200004013590817 should be"
                + " 6");
  }

  @Test
  void inputOfTheWrongLengthIsNeitherKindOfCode() {
    assertThatThrownBy(() -> SubjectCode.parse("12345"))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessage(
            "subject: 12345 is not an 18-character Unified Social Credit Code or resident identity"
                + " number");
    assertThatThrownBy(() -> SubjectCode.parse("  ")).hasMessageContaining("no Unified");
  }

  @Test
  void aKnownKindSelectsTheCodeSystem() {
    assertThat(SubjectCode.parse("360426199101010071", SubjectKind.PERSON))
        .isInstanceOf(ResidentIdNumber.class);
    assertThat(SubjectCode.parse("121200004013590816", SubjectKind.PUBLIC_INSTITUTION))
        .isInstanceOf(UnifiedSocialCreditCode.class);
  }

  @Test
  void aCreditCodeOfAnotherKindThanStatedIsRejected() {
    assertThatThrownBy(() -> SubjectCode.parse("121200004013590816", SubjectKind.ENTERPRISE))
        .hasMessageContaining(
            "is the code of a public institution, not of the kind asked for (enterprise)");
    assertThatThrownBy(() -> SubjectCode.parse("91110000600037341L", SubjectKind.PERSON))
        .hasMessageContaining("resident identity number");
  }
}
