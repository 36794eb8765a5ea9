package org.chengxin.scoring.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/guardrails.md documents every guardrail the code can report. */
class GuardrailDocsTest {

  @Test
  void everyGuardrailIdIsDocumented() throws IOException {
    String docs = Files.readString(Path.of("docs/guardrails.md"));

    for (Guardrail guardrail : Guardrail.values()) {
      assertThat(docs).as(guardrail.id()).contains("`" + guardrail.id() + "`");
    }
  }
}
