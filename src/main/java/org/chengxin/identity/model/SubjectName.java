package org.chengxin.identity.model;

import java.text.Normalizer;
import java.util.Objects;

/**
 * A subject's name as registered: NFC-normalised, trimmed, 1 to 100 characters (code points), free
 * of control and invisible formatting characters, which could disguise one name as another on a
 * public list.
 */
public record SubjectName(String text) {
  private static final int MAX_LENGTH = 100;
  private static final String FIELD = "name";

  public SubjectName {
    Objects.requireNonNull(text, "text");
    text = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    int length = text.codePointCount(0, text.length());
    if (length == 0) {
      throw new InvalidNameException(FIELD, "the name is empty");
    }
    if (length > MAX_LENGTH) {
      throw new InvalidNameException(
          FIELD,
          "the name has %d characters; at most %d are allowed".formatted(length, MAX_LENGTH));
    }
    rejectInvisible(text);
  }

  private static void rejectInvisible(String text) {
    int position = 0;
    for (int c : text.codePoints().toArray()) {
      position++;
      if (isInvisible(c)) {
        throw new InvalidNameException(
            FIELD,
            "the name contains an invisible control character (U+%04X) at position %d"
                .formatted(c, position));
      }
    }
  }

  private static boolean isInvisible(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.SURROGATE
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  @Override
  public String toString() {
    return text;
  }
}
