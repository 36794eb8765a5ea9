package org.chengxin.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.chengxin.catalog.model.Catalog;
import org.chengxin.catalog.store.CatalogYaml;
import org.chengxin.ingest.file.FileRow;
import org.chengxin.ingest.file.SubmissionFile;
import org.chengxin.ingest.model.Checked;
import org.chengxin.ingest.model.SubmissionValidator;
import org.chengxin.providers.model.Provider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CityGeneratorTest {
  private static final Catalog CATALOG = CatalogYaml.readDefault();
  private static final CityPlan PLAN =
      new CityPlan(3_000, 300, 3, 42, CityPlan.WEIHAI, CityPlan.DEFAULT_UNTIL);
  @TempDir Path dir;

  @Test
  void theSameSeedGivesByteIdenticalFiles() throws IOException {
    new CityGenerator(PLAN, CATALOG).write(dir.resolve("a"));
    new CityGenerator(PLAN, CATALOG).write(dir.resolve("b"));
    List<Path> files = files(dir.resolve("a"));
    assertThat(files).hasSizeGreaterThan(5);
    for (Path f : files) {
      Path twin = dir.resolve("b").resolve(dir.resolve("a").relativize(f));
      assertThat(Files.mismatch(f, twin)).as(f.toString()).isEqualTo(-1L);
    }
  }

  @Test
  void anotherSeedGivesAnotherCity() throws IOException {
    new CityGenerator(PLAN, CATALOG).write(dir.resolve("a"));
    new CityGenerator(
            new CityPlan(3_000, 300, 3, 43, CityPlan.WEIHAI, CityPlan.DEFAULT_UNTIL), CATALOG)
        .write(dir.resolve("b"));
    assertThat(Files.mismatch(dir.resolve("a/subjects.csv"), dir.resolve("b/subjects.csv")))
        .isNotEqualTo(-1L);
  }

  @Test
  void everyGeneratedRecordPassesTheProvidersValidation() throws IOException {
    Manifest m = new CityGenerator(PLAN, CATALOG).write(dir);
    long checked = 0;
    for (Provider p : CityProviders.of(PLAN.prefecture())) {
      Path file = dir.resolve("records").resolve(p.id() + ".csv");
      if (!Files.exists(file)) {
        continue;
      }
      var validator = new SubmissionValidator(CATALOG, p, LocalDate.of(2026, 11, 22));
      try (SubmissionFile rows = SubmissionFile.open(file)) {
        for (FileRow row = rows.next(); row != null; row = rows.next()) {
          assertThat(row).isInstanceOf(FileRow.Read.class);
          Checked c = validator.check(row.index(), ((FileRow.Read) row).submission());
          assertThat(c)
              .as(file + " row " + row.index() + ": " + c)
              .isInstanceOf(Checked.Valid.class);
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo(m.records());
  }

  @Test
  void mostFilesAreCleanAndAFewHoldNegatives() throws IOException {
    Manifest m = new CityGenerator(PLAN, CATALOG).write(dir);
    assertThat(m.subjects())
        .isEqualTo(3_000 + 300 + PLAN.publicInstitutions() + PLAN.socialOrganisations());
    long withNegatives;
    try (Stream<Path> files = Files.list(dir.resolve("records"))) {
      withNegatives =
          files
              .flatMap(CityGeneratorTest::lines)
              .filter(l ->
                  l.contains("default")
                      || l.contains("overdue")
                      || l.contains("violation")
                      || l.contains("unperformed")
                      || l.contains("late"))
              .map(l -> l.split(",")[1])
              .distinct()
              .count();
    }
    double share = withNegatives / (double) m.subjects();
    assertThat(share).isBetween(0.01, 0.30);
  }

  private static Stream<String> lines(Path p) {
    try {
      return Files.readAllLines(p).stream().skip(1);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
