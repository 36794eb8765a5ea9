package org.chengxin.catalog.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A word or phrase that marks a prohibited category when it appears in a record type, with the
 * harmless phrases that contain it but do not count.
 */
public sealed interface Term {

  /** The term as written in the rule, for messages. */
  String text();

  boolean matches(ScannedText scanned);

  /**
   * English words matched as whole, stemmed tokens in sequence: "face template" matches
   * "Face-templates", while "face" alone is no term, so "face value" stays legal.
   */
  record English(String text, List<String> stems, List<List<String>> harmless) implements Term {
    public English {
      if (stems.isEmpty()) {
        throw new IllegalArgumentException("English term without words: '" + text + "'");
      }
      stems = List.copyOf(stems);
      harmless = harmless.stream().map(List::copyOf).toList();
    }

    @Override
    public boolean matches(ScannedText scanned) {
      List<String> tokens = scanned.stems();
      if (Collections.indexOfSubList(tokens, stems) < 0) {
        return false;
      }
      return harmless.isEmpty() || Collections.indexOfSubList(masked(tokens), stems) >= 0;
    }

    // Blanks every harmless phrase so "bankruptcy petition" no longer shows "petition".
    private List<String> masked(List<String> tokens) {
      List<String> copy = new ArrayList<>(tokens);
      for (List<String> phrase : harmless) {
        for (int at = Collections.indexOfSubList(copy, phrase);
            at >= 0;
            at = Collections.indexOfSubList(copy, phrase)) {
          Collections.fill(copy.subList(at, at + phrase.size()), "");
        }
      }
      return copy;
    }
  }

  /**
   * Chinese text matched as a substring. Chinese has no spaces, so a term can straddle two words:
   * 游行 (march) sits inside 旅游行业 (tourism industry); such phrases are listed as harmless.
   */
  record Chinese(String text, List<String> harmless) implements Term {
    public Chinese {
      harmless = List.copyOf(harmless);
    }

    @Override
    public boolean matches(ScannedText scanned) {
      String raw = scanned.raw();
      if (!raw.contains(text)) {
        return false;
      }
      for (String phrase : harmless) {
        raw = raw.replace(phrase, "");
      }
      return raw.contains(text);
    }
  }

  /** English terms separated by commas: {@code en("religion, religious belief, church")}. */
  static List<Term> en(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(","))
        .map(String::strip)
        .<Term>map(t -> new English(t, Tokens.stems(t), List.of()))
        .toList();
  }

  /** One English term with the phrases that contain it but do not count. */
  static Term enExcept(String term, String... harmless) {
    return new English(
        term, Tokens.stems(term), Arrays.stream(harmless).map(Tokens::stems).toList());
  }

  /** Chinese terms separated by spaces: {@code zh("宗教 教堂 清真寺")}. */
  static List<Term> zh(String spaceSeparated) {
    return Arrays.stream(spaceSeparated.strip().split("\\s+"))
        .<Term>map(t -> new Chinese(t, List.of()))
        .toList();
  }

  /** One Chinese term with the phrases that contain it but do not count. */
  static Term zhExcept(String term, String... harmless) {
    return new Chinese(term, List.of(harmless));
  }
}
