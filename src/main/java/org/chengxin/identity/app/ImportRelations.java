package org.chengxin.identity.app;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chengxin.access.Caller;
import org.chengxin.access.Role;
import org.chengxin.audit.AuditLog;
import org.chengxin.identity.model.InvalidIdentifierException;
import org.chengxin.identity.model.RelationRole;
import org.chengxin.identity.model.ResidentIdNumber;
import org.chengxin.identity.model.SubjectRelation;
import org.chengxin.identity.model.UnifiedSocialCreditCode;
import org.chengxin.identity.store.SubjectStore;
import org.chengxin.platform.csv.CsvReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads organisation–person relations ({@code organisation,person,role,valid_from,valid_to}): legal
 * representatives, principals, responsible persons, actual controllers. Some measures fall on them,
 * so both codes must verify.
 */
@Service
public class ImportRelations {
  private final SubjectStore subjects;
  private final AuditLog audit;
  private final TransactionTemplate tx;

  public ImportRelations(SubjectStore subjects, AuditLog audit, TransactionTemplate tx) {
    this.subjects = subjects;
    this.audit = audit;
    this.tx = tx;
  }

  public RegistryReport importRelations(Caller caller, Path file) {
    caller.require("import relations", Role.SYSTEM_ADMIN);
    List<SubjectRelation> relations = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    long rows = 0;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      CsvReader csv = new CsvReader(reader);
      RegistryRows.requireHeader(csv.next(), "organisation", "person", "role", "valid_from");
      for (List<String> f = csv.next(); f != null; f = csv.next()) {
        if (f.size() == 1 && f.get(0).isBlank()) {
          continue;
        }
        rows++;
        try {
          relations.add(parse(f));
        } catch (IllegalArgumentException | DateTimeParseException e) {
          errors.add("row " + rows + ": " + e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long added = tx.execute(s -> relations.stream().filter(subjects::addRelation).count());
    audit.ok(
        caller.actor(),
        "import relations",
        file.getFileName().toString(),
        Map.of("rows", rows, "added", added, "refused", errors.size()));
    return new RegistryReport(
        rows, added, 0, 0, errors.size(), errors.subList(0, Math.min(100, errors.size())));
  }

  private static SubjectRelation parse(List<String> f) {
    if (f.size() < 4) {
      throw new IllegalArgumentException("needs organisation, person, role and valid_from");
    }
    try {
      String to = f.size() > 4 ? f.get(4).strip() : "";
      return new SubjectRelation(
          UnifiedSocialCreditCode.parse(f.get(0)),
          ResidentIdNumber.parse(f.get(1)),
          RelationRole.valueOf(f.get(2).strip()),
          LocalDate.parse(f.get(3).strip()),
          to.isEmpty() ? null : LocalDate.parse(to));
    } catch (InvalidIdentifierException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }
}
