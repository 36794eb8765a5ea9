package org.chengxin.scoring.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.chengxin.catalog.store.CatalogYaml;
import org.chengxin.scoring.model.Guardrails;
import org.chengxin.scoring.policy.PolicyYaml;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ShippedSchemesPassGuardrailsTest {

  static Stream<String> shipped() {
    return SchemeYaml.SHIPPED.stream();
  }

  @ParameterizedTest
  @MethodSource("shipped")
  void everyShippedSchemePassesTheShippedNationalPolicy(String id) {
    var scheme = SchemeYaml.readShipped(id);
    assertThat(Guardrails.check(scheme, CatalogYaml.readDefault(), PolicyYaml.readDefault()))
        .isEmpty();
  }
}
