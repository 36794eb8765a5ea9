package org.chengxin.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.chengxin.catalog.model.Catalog;
import org.chengxin.identity.model.CodeFactory;
import org.chengxin.identity.model.OrganisationType;
import org.chengxin.identity.model.Region;
import org.chengxin.identity.model.RegionCode;
import org.chengxin.identity.model.RegionDirectory;
import org.chengxin.identity.model.RelationRole;
import org.chengxin.identity.model.Sex;
import org.chengxin.identity.model.SubjectKind;
import org.chengxin.identity.model.UnifiedSocialCreditCode;
import org.chengxin.platform.csv.CsvWriter;

/**
 * Generates a synthetic city: its registry of persons and organisations, their relations, and years
 * of record streams per provider. Every random draw comes from a generator seeded by the plan's
 * seed and the subject's index, so the same plan gives byte-identical files.
 */
public final class CityGenerator {
  private final CityPlan plan;
  private final Catalog catalog;
  private final List<Region> counties;
  private final String city;
  private final Set<String> codes = new HashSet<>();
  private final List<SynthSubject> adults = new ArrayList<>();

  public CityGenerator(CityPlan plan, Catalog catalog) {
    this.plan = plan;
    this.catalog = catalog;
    RegionDirectory regions = RegionDirectory.bundled();
    this.counties =
        regions.counties(plan.prefecture()).stream()
            .filter(r -> r.isCounty() && !r.code().value().endsWith("01"))
            .toList();
    if (counties.isEmpty()) {
      throw new IllegalArgumentException("no counties known under prefecture " + plan.prefecture());
    }
    this.city = regions.find(new RegionCode(plan.prefecture() + "00")).map(Region::name).orElse("");
  }

  /** Writes the city under {@code out} and returns what was written. */
  public Manifest write(Path out) {
    try {
      Files.createDirectories(out.resolve("records"));
      List<SynthSubject> subjects = population();
      List<String[]> relations = relations(subjects);
      writeSubjects(out.resolve("subjects.csv"), subjects);
      writeRelations(out.resolve("relations.csv"), relations);
      long records;
      try (RecordFiles files = new RecordFiles(out.resolve("records"), plan.prefecture())) {
        RecordStreams streams = new RecordStreams(plan, catalog, files);
        for (SynthSubject s : subjects) {
          streams.generate(s);
        }
        records = files.rows();
      }
      Manifest m = new Manifest(plan, subjects.size(), relations.size(), records);
      Files.writeString(out.resolve("manifest.txt"), m.text(), StandardCharsets.UTF_8);
      return m;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<SynthSubject> population() {
    List<SynthSubject> all = new ArrayList<>();
    for (int i = 0; i < plan.persons(); i++) {
      SynthSubject p = person(rnd(1, i));
      all.add(p);
      if (!p.minorOn(plan.from())) {
        adults.add(p);
      }
    }
    for (int i = 0; i < plan.enterprises(); i++) {
      all.add(organisation(rnd(2, i), enterpriseType(rnd(3, i)), i));
    }
    for (int i = 0; i < plan.publicInstitutions(); i++) {
      OrganisationType t =
          i % 3 == 0 ? OrganisationType.PUBLIC_INSTITUTION : OrganisationType.GOVERNMENT_ORGAN;
      all.add(organisation(rnd(4, i), t, i));
    }
    OrganisationType[] social = {
      OrganisationType.SOCIAL_GROUP,
      OrganisationType.PRIVATE_NON_ENTERPRISE_UNIT,
      OrganisationType.FOUNDATION
    };
    for (int i = 0; i < plan.socialOrganisations(); i++) {
      all.add(organisation(rnd(5, i), social[i % 3], i));
    }
    return all;
  }

  private SynthSubject person(SplittableRandom rnd) {
    Region county = counties.get(rnd.nextInt(counties.size()));
    // Ages 0–89, fewer of the very old; the population ages through the record window.
    int age = (int) (90 * Math.pow(rnd.nextDouble(), 1.15));
    LocalDate birth = plan.until().minusYears(age).minusDays(rnd.nextInt(365));
    Sex sex = rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE;
    String code;
    do {
      code = CodeFactory.person(rnd, county.code(), birth, sex).value();
    } while (!codes.add(code));
    return new SynthSubject(code, SubjectKind.PERSON, Names.person(rnd), birth, risk(rnd), false);
  }

  private SynthSubject organisation(SplittableRandom rnd, OrganisationType type, long serial) {
    Region county = counties.get(rnd.nextInt(counties.size()));
    String code;
    do {
      code = CodeFactory.organisation(rnd, type, county.code()).value();
    } while (!codes.add(code));
    String name =
        switch (type) {
          case INDIVIDUAL_BUSINESS -> Names.individualBusiness(rnd, county.name(), serial);
          case FARMERS_COOPERATIVE -> Names.cooperative(rnd, county.name(), serial);
          case GOVERNMENT_ORGAN, PUBLIC_INSTITUTION -> Names.publicBody(rnd, county.name(), serial);
          case SOCIAL_GROUP, PRIVATE_NON_ENTERPRISE_UNIT, FOUNDATION ->
              Names.society(rnd, city, serial);
          default -> Names.enterprise(rnd, city, serial);
        };
    // Now and then a registry hands over a code whose check character fails (FACTS.md: some
    // really issued codes do). The registry import keeps it flagged; no provider reports on it.
    boolean checkFailed = type == OrganisationType.ENTERPRISE && rnd.nextInt(500) == 0;
    if (checkFailed) {
      codes.remove(code);
      code = code.substring(0, 17) + otherCheck(code);
      codes.add(code);
    }
    return new SynthSubject(code, type.subjectKind(), name, null, risk(rnd), checkFailed);
  }

  private static char otherCheck(String code) {
    char right = UnifiedSocialCreditCode.checkCharacter(code.substring(0, 17));
    return right == '0' ? '1' : '0';
  }

  private static OrganisationType enterpriseType(SplittableRandom rnd) {
    int r = rnd.nextInt(100);
    return r < 85
        ? OrganisationType.ENTERPRISE
        : r < 97 ? OrganisationType.INDIVIDUAL_BUSINESS : OrganisationType.FARMERS_COOPERATIVE;
  }

  /** Most files are clean; negatives cluster in a few percent, serious cases in fewer still. */
  private static double risk(SplittableRandom rnd) {
    int r = rnd.nextInt(1000);
    return r < 850 ? 0.3 : r < 970 ? 2.0 : 8.0;
  }

  private List<String[]> relations(List<SynthSubject> subjects) {
    List<String[]> rows = new ArrayList<>();
    int i = 0;
    for (SynthSubject s : subjects) {
      if (s.kind() == SubjectKind.PERSON || s.checkFailed() || adults.isEmpty()) {
        continue;
      }
      SplittableRandom rnd = rnd(6, i++);
      LocalDate from = plan.until().minusDays(rnd.nextInt(20 * 365));
      SynthSubject rep = adults.get(rnd.nextInt(adults.size()));
      rows.add(
          new String[] {
            s.code(), rep.code(), RelationRole.LEGAL_REPRESENTATIVE.name(), from.toString(), ""
          });
      if (s.kind() == SubjectKind.ENTERPRISE && rnd.nextInt(10) == 0) {
        SynthSubject owner = adults.get(rnd.nextInt(adults.size()));
        rows.add(
            new String[] {
              s.code(), owner.code(), RelationRole.ACTUAL_CONTROLLER.name(), from.toString(), ""
            });
      }
    }
    return rows;
  }

  private static void writeSubjects(Path file, List<SynthSubject> subjects) throws IOException {
    try (CsvWriter csv = new CsvWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      csv.row("code", "name");
      for (SynthSubject s : subjects) {
        csv.row(s.code(), s.name());
      }
    }
  }

  private static void writeRelations(Path file, List<String[]> rows) throws IOException {
    try (CsvWriter csv = new CsvWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      csv.row("organisation", "person", "role", "valid_from", "valid_to");
      rows.forEach(csv::row);
    }
  }

  private SplittableRandom rnd(int stream, long index) {
    return new SplittableRandom(plan.seed() * 0x9E3779B97F4A7C15L + stream * 0x100000001B3L + index)
        .split();
  }
}
