package org.chengxin.catalog.model;

import java.util.List;

/**
 * One field of a record type prepared for matching: its raw text (for Chinese substrings) and its
 * stemmed English tokens, computed once per field rather than once per term.
 *
 * @param field where the text came from, e.g. {@code nameEn} or {@code attributes.faith.name}
 */
public record ScannedText(String field, String raw, List<String> stems) {

  public ScannedText {
    stems = List.copyOf(stems);
  }

  public static ScannedText of(String field, String raw) {
    return new ScannedText(field, raw, Tokens.stems(raw));
  }
}
