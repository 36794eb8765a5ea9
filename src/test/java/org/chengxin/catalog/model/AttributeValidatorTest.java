package org.chengxin.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chengxin.catalog.model.RecordTypeBuilder.aType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributeValidatorTest {

  private final AttributeValidator validator = new AttributeValidator();
  private final RecordType loanDefault =
      aType("loan-default")
          .attributes(
              AttributeSpec.number("amount", AttributeKind.DECIMAL, true, "0.01", null, "yuan"),
              AttributeSpec.number(
                  "overdue_days", AttributeKind.INTEGER, false, "1", "3650", "days"),
              AttributeSpec.of("due_date", AttributeKind.DATE, false),
              AttributeSpec.of("secured", AttributeKind.BOOLEAN, false),
              AttributeSpec.oneOf("channel", false, "bank", "online_lender"),
              AttributeSpec.text("contract_number", false, 10, null))
          .build();

  @Test
  void valuesFromJsonAndCsvOfEveryAcceptedShapePass() {
    assertThat(errors(Map.of("amount", 1200, "overdue_days", 30L))).isEmpty();
    assertThat(errors(Map.of("amount", "1200.50", "overdue_days", "30"))).isEmpty();
    assertThat(errors(Map.of("amount", 12.5, "overdue_days", 30.0))).isEmpty();
    assertThat(errors(Map.of("amount", new BigDecimal("0.01"), "overdue_days", BigInteger.TEN)))
        .isEmpty();
    assertThat(
            errors(
                Map.of(
                    "amount", 1L,
                    "due_date", "2024-02-29",
                    "secured", true,
                    "channel", "bank",
                    "contract_number", "合同-2024-1")))
        .isEmpty();
  }

  @Test
  void anUnknownAttributeIsRefused() {
    assertThat(errors(Map.of("amount", 1, "colour", "red")))
        .containsExactly(
            new AttributeError(
                "colour", "attribute 'colour' is not defined for record type 'loan-default'"));
  }

  @Test
  void aMissingOrNullRequiredAttributeIsRefused() {
    Map<String, Object> withNull = new HashMap<>();
    withNull.put("amount", null);

    assertThat(errors(Map.of()))
        .extracting(AttributeError::message)
        .containsExactly("required attribute 'amount' is missing");
    assertThat(errors(withNull)).extracting(AttributeError::attribute).containsExactly("amount");
  }

  @Test
  void textAndFractionsAreNotIntegers() {
    assertThat(messages(Map.of("amount", 1, "overdue_days", "abc")))
        .containsExactly("attribute 'overdue_days' must be a whole number, not 'abc'");
    assertThat(messages(Map.of("amount", 1, "overdue_days", 1.5)))
        .containsExactly("attribute 'overdue_days' must be a whole number, not 1.5");
    assertThat(messages(Map.of("amount", 1, "overdue_days", "1.5"))).hasSize(1);
  }

  @Test
  void malformedDecimalsAreRefused() {
    for (Object bad : List.of("12,5", "1e5", ".5", "5.", "", Double.NaN, true)) {
      assertThat(errors(Map.of("amount", bad))).as("%s", bad).hasSize(1);
    }
  }

  @Test
  void datesMustBeRealAndIso() {
    assertThat(messages(Map.of("amount", 1, "due_date", "2024-02-30")))
        .containsExactly(
            "attribute 'due_date' must be a real date written yyyy-MM-dd, not '2024-02-30'");
    assertThat(errors(Map.of("amount", 1, "due_date", "2023-02-29"))).hasSize(1);
    assertThat(errors(Map.of("amount", 1, "due_date", "2024-2-3"))).hasSize(1);
    assertThat(errors(Map.of("amount", 1, "due_date", "2024/02/03"))).hasSize(1);
  }

  @Test
  void numbersOutsideTheRangeAreRefused() {
    assertThat(messages(Map.of("amount", "0.001")))
        .containsExactly("attribute 'amount' is 0.001, below the minimum 0.01");
    assertThat(messages(Map.of("amount", 1, "overdue_days", 4000)))
        .containsExactly("attribute 'overdue_days' is 4000, above the maximum 3650");
  }

  @Test
  void enumValuesMustBeListed() {
    assertThat(messages(Map.of("amount", 1, "channel", "pawnshop")))
        .containsExactly("attribute 'channel' is 'pawnshop', not one of [bank, online_lender]");
  }

  @Test
  void booleansMustBeTrueOrFalse() {
    assertThat(errors(Map.of("amount", 1, "secured", "yes"))).hasSize(1);
    assertThat(errors(Map.of("amount", 1, "secured", "false"))).isEmpty();
  }

  @Test
  void textMayNotBeTooLongBlankOrCarryControlCharacters() {
    assertThat(messages(Map.of("amount", 1, "contract_number", "12345678901")))
        .containsExactly("attribute 'contract_number' is 11 characters long, over the maximum 10");
    assertThat(messages(Map.of("amount", 1, "contract_number", "A1\u0007")))
        .containsExactly("attribute 'contract_number' contains a control character at position 2");
    assertThat(errors(Map.of("amount", 1, "contract_number", "  "))).hasSize(1);
    assertThat(errors(Map.of("amount", 1, "contract_number", 42))).hasSize(1);
  }

  @Test
  void everyProblemIsReported() {
    assertThat(errors(Map.of("overdue_days", 0, "channel", "x", "extra", 1))).hasSize(4);
  }

  @Test
  void normaliseGivesOneJavaTypePerKind() {
    Map<String, Object> normal =
        validator.normalise(
            loanDefault,
            Map.of(
                "amount", 12.5, "overdue_days", "30", "due_date", "2024-03-01", "secured", "true"));

    assertThat(normal)
        .containsExactly(
            Map.entry("amount", new BigDecimal("12.5")),
            Map.entry("overdue_days", 30L),
            Map.entry("due_date", LocalDate.of(2024, 3, 1)),
            Map.entry("secured", true));
    assertThatThrownBy(() -> validator.normalise(loanDefault, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void validatesWellOverAHundredThousandRecordsASecond() {
    Map<String, Object> good = Map.of("amount", "1200.50", "overdue_days", 30, "channel", "bank");
    Map<String, Object> bad = Map.of("amount", "x", "overdue_days", 1.5);
    int runs = 200_000;
    long started = System.nanoTime();
    int failures = 0;
    for (int i = 0; i < runs; i++) {
      failures += validator.validate(loanDefault, i % 10 == 0 ? bad : good).size();
    }
    double seconds = (System.nanoTime() - started) / 1e9;

    assertThat(failures).isEqualTo(runs / 10 * 2);
    assertThat(runs / seconds).as("records per second").isGreaterThan(100_000);
  }

  private List<AttributeError> errors(Map<String, ?> attributes) {
    return validator.validate(loanDefault, attributes);
  }

  private List<String> messages(Map<String, ?> attributes) {
    return errors(attributes).stream().map(AttributeError::message).toList();
  }
}
