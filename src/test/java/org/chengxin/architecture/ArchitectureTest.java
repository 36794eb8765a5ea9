package org.chengxin.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The structure STYLE.md promises, kept by tests rather than by goodwill. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.chengxin");
  }

  @Test
  void domainModelsImportOnlyJavaAndOtherModels() {
    classes()
        .that()
        .resideInAPackage("org.chengxin..model..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "org.chengxin..model..")
        .because("the domain core is pure: no framework, no IO library")
        .check(classes);
  }

  @Test
  void capabilitiesHaveNoDependencyCycles() {
    slices().matching("org.chengxin.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void layersInsideACapabilityHaveNoCycles() {
    slices().matching("org.chengxin.(*).(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void onlyWebPackagesAndTheCliUseSpringMvc() {
    classes()
        .that()
        .resideOutsideOfPackages("..web..", "org.chengxin.access..", "org.chengxin.cli..")
        .should()
        .onlyDependOnClassesThat()
        .resideOutsideOfPackage("org.springframework.web..")
        .check(classes);
  }
}
