package org.chengxin.ingest.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chengxin.catalog.model.AttributeError;
import org.chengxin.catalog.model.AttributeValidator;
import org.chengxin.catalog.model.Catalog;
import org.chengxin.catalog.model.RecordType;
import org.chengxin.identity.model.InvalidIdentifierException;
import org.chengxin.identity.model.SubjectCode;
import org.chengxin.providers.model.Authorisation;
import org.chengxin.providers.model.Provider;
import org.chengxin.records.model.RecordAction;

/**
 * Checks one submission against the catalog, the provider's authorisation and the field rules —
 * everything that needs no database. Cheap on the happy path: it runs for every imported row.
 */
public final class SubmissionValidator {
  private static final AttributeValidator ATTRIBUTES = new AttributeValidator();
  private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(SubmissionValidator::sha256);

  private final Catalog catalog;
  private final Provider provider;
  private final LocalDate today;

  public SubmissionValidator(Catalog catalog, Provider provider, LocalDate today) {
    this.catalog = catalog;
    this.provider = provider;
    this.today = today;
  }

  public Checked check(long index, Submission s) {
    Fields f = new Fields(index, s.reference());
    String reference = f.text("reference", s.reference(), 128, true);
    SubjectCode subject = subject(f, s.subject());
    RecordType type = type(f, s.type(), subject);
    if (type != null && subject != null) {
      if (provider.authorise(type.code(), subject.region().value())
          instanceof Authorisation.Refused(String reason)) {
        return new Checked.Invalid(
            List.of(new ItemError(index, s.reference(), "type", reason)), true);
      }
    }
    LocalDate eventDate = eventDate(f, s.eventDate());
    String documentNo = f.text("documentNo", s.documentNo(), 200, true);
    String legalBasis = f.text("legalBasis", s.legalBasis(), 500, false);
    String subjectName = f.text("subjectName", s.subjectName(), 100, false);
    RecordAction action = action(f, s.action());
    String supersedes = f.text("supersedes", s.supersedes(), 128, false);
    if (action != null && action.supersedes() != (supersedes != null)) {
      f.error(
          "supersedes",
          action.supersedes()
              ? action + " must name the reference of the version it supersedes"
              : "only CORRECT and REVOKE supersede an earlier version");
    } else if (supersedes != null && supersedes.equals(reference)) {
      f.error("supersedes", "a version cannot supersede itself");
    }
    Map<String, Object> attributes = type == null ? null : attributes(f, type, s.attributes());
    if (!f.errors.isEmpty()) {
      return new Checked.Invalid(List.copyOf(f.errors), false);
    }
    String basis = legalBasis != null ? legalBasis : type.legalBasis();
    String json = CanonicalJson.of(attributes);
    byte[] hash =
        hash(
            subject.value(),
            type.code(),
            action.name(),
            supersedes,
            eventDate.toString(),
            documentNo,
            basis,
            json);
    return new Checked.Valid(
        new ValidRecord(
            index,
            reference,
            subject,
            subjectName,
            type.code(),
            action,
            supersedes,
            eventDate,
            documentNo,
            basis,
            json,
            hash));
  }

  /** Typed attributes; on the happy path the schema is walked once, errors are listed in full. */
  private static Map<String, Object> attributes(
      Fields f, RecordType type, Map<String, Object> raw) {
    try {
      return ATTRIBUTES.normalise(type, raw);
    } catch (IllegalArgumentException invalid) {
      for (AttributeError e : ATTRIBUTES.validate(type, raw)) {
        f.error("attributes." + e.attribute(), e.message());
      }
      return null;
    }
  }

  private static SubjectCode subject(Fields f, String raw) {
    if (raw == null || raw.isBlank()) {
      f.error(
          "subject", "is required: the subject's Unified Social Credit Code or resident ID number");
      return null;
    }
    try {
      return SubjectCode.parse(raw);
    } catch (InvalidIdentifierException e) {
      f.error("subject", e.reason());
      return null;
    }
  }

  private RecordType type(Fields f, String code, SubjectCode subject) {
    if (code == null || code.isBlank()) {
      f.error("type", "is required: a record type code from the catalog");
      return null;
    }
    RecordType type = catalog.find(code.trim()).orElse(null);
    if (type == null) {
      f.error(
          "type", "unknown record type '" + code.trim() + "': only catalogued types are accepted");
    } else if (subject != null && !type.appliesTo(subject.kind())) {
      f.error(
          "type",
          "record type " + type.code() + " does not apply to " + subject.kind() + " subjects");
      return null;
    }
    return type;
  }

  private LocalDate eventDate(Fields f, String raw) {
    if (raw == null || raw.isBlank()) {
      f.error("eventDate", "is required (YYYY-MM-DD)");
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(raw.trim());
      if (d.isAfter(today)) {
        f.error("eventDate", raw.trim() + " is in the future");
      } else if (d.isBefore(EARLIEST)) {
        f.error("eventDate", raw.trim() + " is before " + EARLIEST);
      }
      return d;
    } catch (DateTimeParseException e) {
      f.error("eventDate", "'" + raw.trim() + "' is not a date of the form YYYY-MM-DD");
      return null;
    }
  }

  private static RecordAction action(Fields f, String raw) {
    if (raw == null || raw.isBlank()) {
      return RecordAction.CREATE;
    }
    try {
      return RecordAction.valueOf(raw.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      f.error("action", "'" + raw.trim() + "' is not one of CREATE, CORRECT, REVOKE");
      return null;
    }
  }

  private static byte[] hash(String... parts) {
    MessageDigest md = SHA256.get();
    for (String p : parts) {
      md.update(p == null ? new byte[] {0} : p.getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0x1f);
    }
    return Arrays.copyOf(md.digest(), 16);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Collects the errors of one item. */
  private static final class Fields {
    final long index;
    final String reference;
    final List<ItemError> errors = new ArrayList<>(2);

    Fields(long index, String reference) {
      this.index = index;
      this.reference = reference;
    }

    void error(String field, String message) {
      errors.add(new ItemError(index, reference, field, message));
    }

    /** Trimmed text, or null when absent and optional; refuses control characters. */
    String text(String field, String raw, int maxLength, boolean required) {
      if (raw == null || raw.isBlank()) {
        if (required) {
          error(field, "is required");
        }
        return null;
      }
      String t = raw.strip();
      if (t.length() > maxLength) {
        error(field, "is longer than " + maxLength + " characters");
      }
      for (int i = 0; i < t.length(); i++) {
        if (Character.isISOControl(t.charAt(i))) {
          error(field, "contains a control character");
          break;
        }
      }
      return t;
    }
  }
}
