package org.chengxin.identity.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class IdentifierProperties {
  private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final String DIGITS = "0123456789";
  private static final String ID_CHECK_CHARACTERS = "0123456789X";

  @Property
  void everyCreditCodeTheFactoryMakesVerifies(@ForAll("creditCodes") UnifiedSocialCreditCode code) {
    assertThat(UnifiedSocialCreditCode.inspect(code.value()).valid()).isTrue();
    assertThat(code.organisationCodeCheckPasses()).isTrue();
  }

  @Property
  void everyIdentityNumberTheFactoryMakesVerifiesAndParsesAsAPerson(
      @ForAll("identityNumbers") ResidentIdNumber id) {
    assertThat(ResidentIdNumber.inspect(id.value()).valid()).isTrue();
    assertThat(SubjectCode.parse(id.value())).isEqualTo(id);
  }

  @Property(tries = 300)
  void everySubstitutionInACreditCodeIsCaughtByTheCheckCharacter(
      @ForAll("creditCodes") UnifiedSocialCreditCode code) {
    String value = code.value();
    for (int position = 0; position < 18; position++) {
      for (char replacement : CREDIT_ALPHABET.toCharArray()) {
        if (replacement != value.charAt(position)) {
          assertThat(creditCheckPasses(substitute(value, position, replacement)))
              .as("%s with %c at %d", value, replacement, position + 1)
              .isFalse();
        }
      }
    }
  }

  /**
   * Holds at all 17 adjacent pairs, the check character included; see CheckCharacterArithmeticTest.
   */
  @Property(tries = 300)
  void everyAdjacentTranspositionInACreditCodeIsCaughtByTheCheckCharacter(
      @ForAll("creditCodes") UnifiedSocialCreditCode code) {
    String value = code.value();
    for (int position = 0; position < 17; position++) {
      if (value.charAt(position) != value.charAt(position + 1)) {
        assertThat(creditCheckPasses(transpose(value, position))).isFalse();
      }
    }
  }

  @Property(tries = 300)
  void everySubstitutionInAnIdentityNumberIsCaughtByTheCheckCharacter(
      @ForAll("identityNumbers") ResidentIdNumber id) {
    String value = id.value();
    for (int position = 0; position < 18; position++) {
      String replacements = position < 17 ? DIGITS : ID_CHECK_CHARACTERS;
      for (char replacement : replacements.toCharArray()) {
        if (replacement != value.charAt(position)) {
          assertThat(idCheckPasses(substitute(value, position, replacement))).isFalse();
        }
      }
    }
  }

  /**
   * Restricted honestly: when the check character is X, swapping it with digit 17 puts an X where
   * only digits may stand. The check arithmetic is then not even defined; the number is rejected as
   * malformed instead, which this property asserts for that one case.
   */
  @Property(tries = 300)
  void everyAdjacentTranspositionInAnIdentityNumberIsRejected(
      @ForAll("identityNumbers") ResidentIdNumber id) {
    String value = id.value();
    for (int position = 0; position < 17; position++) {
      if (value.charAt(position) == value.charAt(position + 1)) {
        continue;
      }
      String swapped = transpose(value, position);
      if (swapped.charAt(16) == 'X') {
        assertThat(ResidentIdNumber.inspect(swapped).wellFormed()).isFalse();
      } else {
        assertThat(idCheckPasses(swapped)).isFalse();
      }
    }
  }

  @Provide
  Arbitrary<UnifiedSocialCreditCode> creditCodes() {
    return Combinators.combine(
            Arbitraries.longs(), Arbitraries.of(OrganisationType.class), regions())
        .as((seed, type, region) ->
            CodeFactory.organisation(new SplittableRandom(seed), type, region));
  }

  @Provide
  Arbitrary<ResidentIdNumber> identityNumbers() {
    Arbitrary<LocalDate> births =
        Arbitraries.longs()
            .between(LocalDate.of(1800, 1, 1).toEpochDay(), LocalDate.of(2030, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay);
    return Combinators.combine(Arbitraries.longs(), regions(), births, Arbitraries.of(Sex.class))
        .as((seed, region, birth, sex) ->
            CodeFactory.person(new SplittableRandom(seed), region, birth, sex));
  }

  private static Arbitrary<RegionCode> regions() {
    return Arbitraries.strings().numeric().ofLength(6).map(RegionCode::new);
  }

  private static boolean creditCheckPasses(String code) {
    return UnifiedSocialCreditCode.checkCharacter(code.substring(0, 17)) == code.charAt(17);
  }

  private static boolean idCheckPasses(String number) {
    return ResidentIdNumber.checkCharacter(number.substring(0, 17)) == number.charAt(17);
  }

  static String substitute(String value, int position, char replacement) {
    return value.substring(0, position) + replacement + value.substring(position + 1);
  }

  static String transpose(String value, int position) {
    char[] chars = value.toCharArray();
    chars[position] = value.charAt(position + 1);
    chars[position + 1] = value.charAt(position);
    return new String(chars);
  }
}
