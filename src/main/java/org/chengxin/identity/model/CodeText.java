package org.chengxin.identity.model;

import java.util.Locale;

/** Text helpers shared by the code parsers: input normalisation and message quoting. */
final class CodeText {
  static final String SUBJECT = "subject";
  private static final int QUOTE_LIMIT = 24;

  private CodeText() {}

  /**
   * What people type into a form, made comparable: surrounding blanks (also the ideographic space)
   * removed, full-width digits and letters from Chinese input methods made half-width, letters
   * upper-cased.
   */
  static String normalise(String raw) {
    if (raw == null) {
      return "";
    }
    StringBuilder half = new StringBuilder(raw.length());
    raw.strip().codePoints().map(CodeText::halfWidth).forEach(half::appendCodePoint);
    return half.toString().toUpperCase(Locale.ROOT);
  }

  private static int halfWidth(int c) {
    return c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c;
  }

  /** True when {@code text[from, to)} consists of ASCII digits only. */
  static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The input as it may appear in a message: cut short so a pasted essay cannot flood logs. */
  static String quote(String value) {
    return value.length() <= QUOTE_LIMIT ? value : value.substring(0, QUOTE_LIMIT) + "…";
  }
}
