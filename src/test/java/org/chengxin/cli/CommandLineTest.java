package org.chengxin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommandLineTest {
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalErr;

  @BeforeEach
  void captureErr() {
    originalErr = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreErr() {
    System.setErr(originalErr);
  }

  private String errText() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void anUnknownOptionIsOneLineAndExitCodeTwo() {
    assertThat(Chengxin.run("serve", "--prot", "80")).isEqualTo(2);
    assertThat(errText().lines()).hasSize(1);
    assertThat(errText()).contains("--prot");
  }

  @Test
  void aMissingImportFileIsOneLineAndExitCodeOne() {
    assertThat(Chengxin.run("import", "--provider", "bank", "/no/such/file.csv")).isEqualTo(1);
    assertThat(errText().strip()).isEqualTo("chengxin: no such file: /no/such/file.csv");
  }

  @Test
  void importNeedsToKnowWhatTheFileHolds() {
    assertThat(Chengxin.run("import", "/tmp/whatever.csv")).isEqualTo(1);
    assertThat(errText().strip())
        .isEqualTo(
            "chengxin: say what FILE holds: --provider ID (records), --registry or --relations");
  }

  @Test
  void badSynthNumbersAreOneLineErrors() {
    assertThat(Chengxin.run("synth", "--persons", "-5", "--out", "/tmp/x")).isEqualTo(1);
    assertThat(errText()).contains("at least 10 persons");
  }

  @Test
  void schemeValidateNamesEveryViolationWithItsRuleAndGuardrail() throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    PrintStream originalOut = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = Chengxin.run("scheme", "validate", "src/test/resources/schemes/four-violations.yaml");
    } finally {
      System.setOut(originalOut);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(code).isEqualTo(1);
    assertThat(text.lines().filter(l -> l.startsWith("rule ") || l.startsWith("scheme ")))
        .hasSize(4)
        .anyMatch(l -> l.startsWith("rule wh-fare-evasion-loan [cross-domain]"))
        .anyMatch(l -> l.startsWith("rule wh-jaywalking [uncatalogued-type]"))
        .anyMatch(l -> l.startsWith("rule wh-loan-default [points-above-severity-cap]"))
        .anyMatch(l -> l.contains("[tiers-gap]"));
    assertThat(text).contains("weihai-draft v2: 4 violation(s); it cannot be published");
  }

  @Test
  void aShippedSchemeValidates() {
    assertThat(
            Chengxin.run(
                "scheme", "validate", "src/main/resources/schemes/rongcheng-personal.yaml"))
        .isZero();
  }

  @Test
  void aMalformedSchemeFileIsAOneLineError() throws Exception {
    java.nio.file.Path bad = java.nio.file.Files.createTempFile("scheme", ".yaml");
    java.nio.file.Files.writeString(bad, "id: x\nversion: one\n");
    assertThat(Chengxin.run("scheme", "validate", bad.toString())).isEqualTo(1);
    assertThat(errText().lines()).hasSize(1);
    assertThat(errText()).startsWith("chengxin: scheme 'x', field '");
  }

  @Test
  void anUnknownBenchmarkIsNamed() {
    assertThat(Chengxin.run("bench", "nonsense")).isEqualTo(1);
    assertThat(errText()).contains("unknown benchmark 'nonsense'");
  }
}
