package org.chengxin.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributeSpecTest {

  @Test
  void aRangeIsRefusedOnText() {
    assertThatThrownBy(() ->
            new AttributeSpec(
                "note", AttributeKind.TEXT, false, BigDecimal.ONE, null, null, null, null, null))
        .hasMessageContaining("attribute 'note'")
        .hasMessageContaining("min and max");
  }

  @Test
  void aMinimumAboveTheMaximumIsRefused() {
    assertThatThrownBy(
            () -> AttributeSpec.number("amount", AttributeKind.DECIMAL, true, "5", "1", null))
        .hasMessageContaining("min 5 is above max 1");
  }

  @Test
  void anEnumNeedsValuesAndOnlyAnEnumMayHaveThem() {
    assertThatThrownBy(() -> AttributeSpec.oneOf("kind", false))
        .hasMessageContaining("values are required on ENUM");
    assertThatThrownBy(() ->
            new AttributeSpec(
                "kind", AttributeKind.TEXT, false, null, null, List.of("a"), null, null, null))
        .hasMessageContaining("values are required on ENUM and allowed nowhere else");
  }

  @Test
  void enumValuesMayNotRepeat() {
    assertThatThrownBy(() -> AttributeSpec.oneOf("kind", false, "a", "a"))
        .hasMessageContaining("repeat");
  }

  @Test
  void maxLengthBelongsToTextAndIsPositive() {
    assertThatThrownBy(() ->
            new AttributeSpec(
                "days", AttributeKind.INTEGER, false, null, null, null, 10, null, null))
        .hasMessageContaining("maxLength");
    assertThatThrownBy(() -> AttributeSpec.text("note", false, 0, null))
        .hasMessageContaining("maxLength");
  }

  @Test
  void boundsCompareByValueNotByScale() {
    assertThat(AttributeSpec.number("amount", AttributeKind.DECIMAL, true, "1.0", "100.00", null))
        .isEqualTo(AttributeSpec.number("amount", AttributeKind.DECIMAL, true, "1", "100", null));
  }
}
