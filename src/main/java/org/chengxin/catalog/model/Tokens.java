package org.chengxin.catalog.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits English text into stemmed words so "Churches", "church" and "church_attendance" meet on
 * the same token. Any character that is not an ASCII letter separates words, which also cuts Latin
 * words out of Chinese text ("DNA样本" gives "dna").
 */
final class Tokens {

  private Tokens() {}

  static List<String> stems(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean letter = i < text.length() && isAsciiLetter(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        out.add(stem(text.substring(start, i).toLowerCase(Locale.ROOT)));
        start = -1;
      }
    }
    return out;
  }

  /**
   * A deliberately small stemmer: plural and verb endings, then a final "e". Terms and text pass
   * through the same function, so it need only be consistent, not linguistically right.
   */
  static String stem(String word) {
    String w = word;
    if (w.length() > 5 && w.endsWith("ing")) {
      w = w.substring(0, w.length() - 3);
    } else if (w.length() > 4 && (w.endsWith("ies") || w.endsWith("ied"))) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.length() > 4 && w.endsWith("ed")) {
      w = w.substring(0, w.length() - 2);
    } else if (w.length() > 3 && w.endsWith("s") && !keepsFinalS(w)) {
      w = w.substring(0, w.length() - 1);
    }
    return w.length() > 3 && w.endsWith("e") ? w.substring(0, w.length() - 1) : w;
  }

  // "status", "iris", "address" are not plurals.
  private static boolean keepsFinalS(String w) {
    return w.endsWith("ss") || w.endsWith("us") || w.endsWith("is");
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
