package org.chengxin.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.chengxin.providers.model.Authorisation;
import org.chengxin.providers.model.Provider;
import org.chengxin.providers.model.ProviderKind;
import org.junit.jupiter.api.Test;

class ProviderAuthorisationTest {
  private final Provider court =
      new Provider(
          "rongcheng-court",
          "荣成市人民法院",
          "Rongcheng Court",
          ProviderKind.COURT,
          Set.of("court-judgment-unperformed"),
          List.of("371082"),
          true);

  @Test
  void aProviderMaySubmitItsTypesInItsRegions() {
    assertThat(court.authorise("court-judgment-unperformed", "371082"))
        .isInstanceOf(Authorisation.Allowed.class);
  }

  @Test
  void anotherTypeIsRefusedNamingTheType() {
    assertThat(court.authorise("tax-arrears", "371082"))
        .isEqualTo(
            new Authorisation.Refused(
                "provider rongcheng-court is not authorised for record type tax-arrears"));
  }

  @Test
  void anotherRegionIsRefusedNamingTheRegion() {
    assertThat(court.authorise("court-judgment-unperformed", "371002"))
        .isInstanceOf(Authorisation.Refused.class)
        .hasToString(
            "Refused[reason=provider rongcheng-court is not authorised for subjects in"
                + " region 371002]");
  }

  @Test
  void anEmptyPrefixMeansNationwide() {
    Provider spc =
        new Provider(
            "spc",
            "最高人民法院",
            "Supreme People's Court",
            ProviderKind.COURT,
            Set.of("court-judgment-unperformed"),
            List.of(""),
            true);
    assertThat(spc.authorise("court-judgment-unperformed", "650102"))
        .isInstanceOf(Authorisation.Allowed.class);
  }

  @Test
  void aDeactivatedProviderMaySubmitNothing() {
    Provider off =
        new Provider(
            "old-court",
            "旧法院",
            "Old court",
            ProviderKind.COURT,
            Set.of("court-judgment-unperformed"),
            List.of("37"),
            false);
    assertThat(off.authorise("court-judgment-unperformed", "371082"))
        .isInstanceOf(Authorisation.Refused.class);
  }

  @Test
  void aProviderNeedsTypesAndWellFormedRegions() {
    assertThatThrownBy(
            () -> new Provider("x1", "某", "X", ProviderKind.OTHER, Set.of(), List.of("37"), true))
        .hasMessageContaining("record type");
    assertThatThrownBy(() ->
            new Provider("x1", "某", "X", ProviderKind.OTHER, Set.of("a"), List.of("37x"), true))
        .hasMessageContaining("prefixes");
  }
}
