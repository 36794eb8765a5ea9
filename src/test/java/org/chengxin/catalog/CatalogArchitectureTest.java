package org.chengxin.catalog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The catalog model stays pure: no Jackson, no Spring, no IO beyond java.*. */
class CatalogArchitectureTest {

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.chengxin.catalog");

  @Test
  void theModelDependsOnlyOnJavaAndIdentityModel() {
    classes()
        .that()
        .resideInAPackage("org.chengxin.catalog.model..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..", "org.chengxin.identity.model..", "org.chengxin.catalog.model..")
        .check(classes);
  }
}
