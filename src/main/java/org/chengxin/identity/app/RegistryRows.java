package org.chengxin.identity.app;

import java.util.List;
import java.util.Locale;
import org.chengxin.identity.model.CodeInspection;
import org.chengxin.identity.model.InvalidIdentifierException;
import org.chengxin.identity.model.InvalidNameException;
import org.chengxin.identity.model.OrganisationType;
import org.chengxin.identity.model.SubjectCode;
import org.chengxin.identity.model.SubjectName;
import org.chengxin.identity.model.UnifiedSocialCreditCode;
import org.chengxin.identity.store.SubjectRow;

/**
 * Turns one registry row into a subject row, keeping (and flagging) bad-check organisation codes.
 */
final class RegistryRows {
  private final SubjectPinyin pinyin;

  RegistryRows(SubjectPinyin pinyin) {
    this.pinyin = pinyin;
  }

  /** A parsed row: the subject, or why the row was refused. */
  record Parsed(SubjectRow row, String problem) {}

  static void requireHeader(List<String> header, String... columns) {
    if (header == null || header.size() < columns.length) {
      throw new IllegalArgumentException(
          "the file needs a header line: " + String.join(",", columns));
    }
    for (int i = 0; i < columns.length; i++) {
      String h = header.get(i).strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
      if (!h.equals(columns[i])) {
        throw new IllegalArgumentException(
            "column "
                + (i + 1)
                + " of the header must be '"
                + columns[i]
                + "', not '"
                + header.get(i)
                + "'");
      }
    }
  }

  Parsed parse(List<String> fields) {
    if (fields.size() < 2) {
      return new Parsed(null, "needs a code and a name");
    }
    SubjectName name;
    try {
      name = new SubjectName(fields.get(1));
    } catch (InvalidNameException e) {
      return new Parsed(null, "name: " + e.getMessage());
    }
    try {
      SubjectCode code = SubjectCode.parse(fields.get(0));
      return new Parsed(
          RegisterSubject.rowOf(
              code, name.text(), pinyin.of(code.kind(), name.text()), false, "registry"),
          null);
    } catch (InvalidIdentifierException e) {
      CodeInspection usc = UnifiedSocialCreditCode.inspect(fields.get(0));
      if (usc.wellFormed() && !usc.checkPassed()) {
        String code = usc.normalised();
        String text =
            pinyin.of(OrganisationType.kindOf(code.charAt(0), code.charAt(1)), name.text());
        return new Parsed(flagged(code, name.text(), text), null);
      }
      return new Parsed(null, "code: " + e.reason());
    }
  }

  /** A well-formed organisation code whose check fails: decoded from its characters alone. */
  private static SubjectRow flagged(String code, String name, String pinyin) {
    OrganisationType type = OrganisationType.decode(code.charAt(0), code.charAt(1));
    return new SubjectRow(
        code,
        OrganisationType.kindOf(code.charAt(0), code.charAt(1)),
        type.name(),
        code.substring(2, 8),
        name,
        pinyin,
        null,
        true,
        "registry",
        null);
  }
}
