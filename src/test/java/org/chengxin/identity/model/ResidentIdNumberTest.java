package org.chengxin.identity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {"11010519491231002X", "440524188001010014", "360426199101010071"})
  void everyPublishedExampleIsAccepted(String example) {
    ResidentIdNumber id = ResidentIdNumber.parse(example);

    assertThat(id.value()).isEqualTo(example);
    assertThat(id.kind()).isEqualTo(SubjectKind.PERSON);
    assertThat(ResidentIdNumber.checkCharacter(example.substring(0, 17)))
        .isEqualTo(example.charAt(17));
  }

  @Test
  void theNumberCarriesRegionBirthDateAndSex() {
    ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002x");

    assertThat(id.value()).isEqualTo("11010519491231002X");
    assertThat(id.region()).isEqualTo(new RegionCode("110105"));
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    assertThat(ResidentIdNumber.parse("360426199101010071").sex()).isEqualTo(Sex.MALE);
  }

  @Test
  void aPersonBornIn1880IsAccepted() {
    assertThat(ResidentIdNumber.parse("440524188001010014").birthDate())
        .isEqualTo(LocalDate.of(1880, 1, 1));
  }

  @Test
  void ageCountsCompletedYearsAndMinorsAreUnder18() {
    ResidentIdNumber id = ResidentIdNumber.parse("360426199101010071");

    assertThat(id.ageOn(LocalDate.of(2008, 12, 31))).isEqualTo(17);
    assertThat(id.isMinorOn(LocalDate.of(2008, 12, 31))).isTrue();
    assertThat(id.ageOn(LocalDate.of(2009, 1, 1))).isEqualTo(18);
    assertThat(id.isMinorOn(LocalDate.of(2009, 1, 1))).isFalse();
  }

  @Test
  void askingForTheAgeBeforeBirthIsABug() {
    ResidentIdNumber id = ResidentIdNumber.parse("360426199101010071");

    assertThatThrownBy(() -> id.ageOn(LocalDate.of(1990, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aWrongCheckCharacterIsExplainedWithTheRightOne() {
    assertThatThrownBy(() -> ResidentIdNumber.parse("110105194912310021"))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessage(
            "subject: check character of resident identity number 110105194912310021 should be X");
  }

  @Test
  void aBirthDateThatIsNoCalendarDateIsRejected() {
    String first17 = "11010519490229002"; // 1949 was no leap year
    String number = first17 + ResidentIdNumber.checkCharacter(first17);

    assertThatThrownBy(() -> ResidentIdNumber.parse(number))
        .hasMessage(
            "subject: birth date 19490229 in resident identity number "
                + number
                + " is not a real date");
  }

  @Test
  void aBirthDateBefore1800IsRejected() {
    String first17 = "11010517991231002";
    String number = first17 + ResidentIdNumber.checkCharacter(first17);

    assertThatThrownBy(() -> ResidentIdNumber.parse(number)).hasMessageContaining("before 1800");
  }

  @Test
  void lettersOtherThanAFinalXAreRejected() {
    assertThatThrownBy(() -> ResidentIdNumber.parse("1101051949123100X2"))
        .hasMessageContaining("17 digits followed by a digit or X");
  }

  @Test
  void toStringHidesBirthDateAndSequence() {
    ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X");

    assertThat(id.toString()).isEqualTo("110105***********X").doesNotContain("1949");
  }

  @Test
  void inspectionTellsAMalformedNumberFromAFailedCheck() {
    assertThat(ResidentIdNumber.inspect("11010519491331002X").wellFormed()).isFalse();
    CodeInspection failed = ResidentIdNumber.inspect("110105194912310021");
    assertThat(failed.wellFormed()).isTrue();
    assertThat(failed.checkPassed()).isFalse();
  }
}
