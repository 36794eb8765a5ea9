package org.chengxin.identity.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proves by exhaustion what the properties sample. Both checks are linear in the character values,
 * so whether a transposition is caught depends only on the two characters and their position, not
 * on the rest of the code; zeros elsewhere lose no generality.
 */
class CheckCharacterArithmeticTest {
  private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final String DIGITS = "0123456789";
  private static final String ZEROS = "00000000000000000";

  @Test
  void swappingAnyTwoDifferentNeighboursAmongTheFirst17ChangesTheCheckCharacter() {
    List<String> missed = new ArrayList<>();
    for (int position = 0; position < 16; position++) {
      for (char a : CREDIT_ALPHABET.toCharArray()) {
        for (char b : CREDIT_ALPHABET.toCharArray()) {
          String first17 = place(ZEROS, position, a, b);
          if (a != b && credit(first17) == credit(swap(first17, position))) {
            missed.add("credit code " + first17);
          }
          if (a != b
              && DIGITS.indexOf(a) >= 0
              && DIGITS.indexOf(b) >= 0
              && id(first17) == id(swap(first17, position))) {
            missed.add("identity number " + first17);
          }
        }
      }
    }
    assertThat(missed).isEmpty();
  }

  /** The first character (weight 1) sweeps the check character through all 31 values. */
  @Test
  void swappingTheCheckCharacterWithItsNeighbourIsCaughtInACreditCode() {
    List<String> missed = new ArrayList<>();
    for (char lead : CREDIT_ALPHABET.toCharArray()) {
      for (char a : CREDIT_ALPHABET.toCharArray()) {
        String first17 = lead + ZEROS.substring(1, 16) + a;
        char check = credit(first17);
        if (check != a && credit(first17.substring(0, 16) + check) == a) {
          missed.add(first17 + check);
        }
      }
    }
    assertThat(missed).isEmpty();
  }

  /**
   * The first two digits sweep the check character through all 11 values. A check character X
   * cannot move into the digits, so those cases are malformed rather than caught by the check.
   */
  @Test
  void swappingTheCheckCharacterWithItsNeighbourIsCaughtInAnIdentityNumber() {
    List<String> missed = new ArrayList<>();
    for (int lead = 0; lead < 100; lead++) {
      for (char a : DIGITS.toCharArray()) {
        String first17 = "%02d".formatted(lead) + ZEROS.substring(2, 16) + a;
        char check = id(first17);
        if (check != a && check != 'X' && id(first17.substring(0, 16) + check) == a) {
          missed.add(first17 + check);
        }
      }
    }
    assertThat(missed).isEmpty();
  }

  private static String place(String text, int position, char a, char b) {
    char[] chars = text.toCharArray();
    chars[position] = a;
    chars[position + 1] = b;
    return new String(chars);
  }

  private static String swap(String text, int position) {
    return IdentifierProperties.transpose(text, position);
  }

  private static char credit(String first17) {
    return UnifiedSocialCreditCode.checkCharacter(first17);
  }

  private static char id(String first17) {
    return ResidentIdNumber.checkCharacter(first17);
  }
}
