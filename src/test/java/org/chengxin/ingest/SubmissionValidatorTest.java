package org.chengxin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chengxin.catalog.store.CatalogYaml;
import org.chengxin.ingest.model.Checked;
import org.chengxin.ingest.model.ItemError;
import org.chengxin.ingest.model.Submission;
import org.chengxin.ingest.model.SubmissionValidator;
import org.chengxin.providers.model.Provider;
import org.chengxin.providers.model.ProviderKind;
import org.junit.jupiter.api.Test;

class SubmissionValidatorTest {
  private static final String PERSON = "371082199001010017";
  private static final String ENTERPRISE = "91110000600037341L";
  private final Provider bank =
      new Provider(
          "bank",
          "银行",
          "Bank",
          ProviderKind.BANK,
          Set.of("loan-default", "loan-repaid"),
          List.of(""),
          true);
  private final SubmissionValidator validator =
      new SubmissionValidator(CatalogYaml.readDefault(), bank, LocalDate.of(2026, 11, 22));

  private static Submission loanDefault(String subject, String date, Map<String, Object> attrs) {
    return new Submission(
        "r1", subject, null, "loan-default", date, "WHB-1", null, attrs, null, null);
  }

  private List<ItemError> errors(Submission s) {
    return switch (validator.check(1, s)) {
      case Checked.Valid v -> List.of();
      case Checked.Invalid i -> i.errors();
    };
  }

  @Test
  void aValidSubmissionGetsTheTypesLegalBasisAndCanonicalAttributes() {
    var checked =
        validator.check(
            1,
            loanDefault(ENTERPRISE, "2025-01-31", Map.of("amount", "1200.50", "overdue_days", 91)));
    assertThat(checked)
        .isInstanceOfSatisfying(
            Checked.Valid.class,
            v -> {
              assertThat(v.record().legalBasis()).isNotBlank();
              assertThat(v.record().attributesJson()).contains("\"amount\":1200.5");
              assertThat(v.record().contentHash()).hasSize(16);
            });
  }

  @Test
  void everyProblemOfAnItemIsListedWithItsField() {
    var s =
        new Submission(
            " ",
            "91110000600037341M",
            null,
            "loan-default",
            "2025-02-30",
            "",
            null,
            Map.of(),
            "DELETE",
            null);
    assertThat(errors(s))
        .extracting(ItemError::field)
        .contains("reference", "subject", "eventDate", "documentNo", "action");
  }

  @Test
  void aFutureEventDateIsRefused() {
    assertThat(errors(loanDefault(PERSON, "2027-01-01", Map.of("amount", 1))))
        .extracting(ItemError::message)
        .anyMatch(m -> m.contains("in the future"));
  }

  @Test
  void anUncataloguedTypeIsRefused() {
    var s =
        new Submission(
            "r",
            PERSON,
            null,
            "jaywalking-face-capture",
            "2025-01-01",
            "D",
            null,
            Map.of(),
            null,
            null);
    assertThat(errors(s))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.field()).isEqualTo("type");
          assertThat(e.message()).contains("only catalogued types");
        });
  }

  @Test
  void anUnknownAttributeIsRefusedNamingIt() {
    assertThat(errors(loanDefault(PERSON, "2025-01-01", Map.of("amount", 5, "religion", "x"))))
        .extracting(ItemError::field)
        .contains("attributes.religion");
  }

  @Test
  void aCorrectionMustNameWhatItSupersedesAndACreateMustNot() {
    var correction =
        new Submission(
            "r2",
            PERSON,
            null,
            "loan-default",
            "2025-01-01",
            "D",
            null,
            Map.of("amount", 5),
            "correct",
            null);
    var create =
        new Submission(
            "r3",
            PERSON,
            null,
            "loan-default",
            "2025-01-01",
            "D",
            null,
            Map.of("amount", 5),
            null,
            "r1");
    assertThat(errors(correction)).extracting(ItemError::field).containsExactly("supersedes");
    assertThat(errors(create)).extracting(ItemError::field).containsExactly("supersedes");
  }

  @Test
  void outsideTheAuthorisationIsMarkedUnauthorised() {
    var s =
        new Submission(
            "r", PERSON, null, "tax-arrears", "2025-01-01", "D", null, Map.of(), null, null);
    assertThat(validator.check(1, s))
        .isInstanceOfSatisfying(Checked.Invalid.class, i -> assertThat(i.unauthorised()).isTrue());
  }

  @Test
  void identicalSubmissionsHashAlikeAndDifferentOnesDoNot() {
    var a =
        (Checked.Valid) validator.check(1, loanDefault(PERSON, "2025-01-01", Map.of("amount", 5)));
    var b =
        (Checked.Valid)
            validator.check(2, loanDefault(PERSON, "2025-01-01", Map.of("amount", "5.00")));
    var c =
        (Checked.Valid) validator.check(3, loanDefault(PERSON, "2025-01-02", Map.of("amount", 5)));
    assertThat(a.record().contentHash()).isEqualTo(b.record().contentHash());
    assertThat(a.record().contentHash()).isNotEqualTo(c.record().contentHash());
  }
}
