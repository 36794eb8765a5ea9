package org.chengxin.identity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "org.chengxin.identity",
    importOptions = ImportOption.DoNotIncludeTests.class)
class IdentityArchitectureTest {

  @ArchTest
  static final ArchRule modelImportsOnlyJavaAndItself =
      classes()
          .that()
          .resideInAPackage("org.chengxin.identity.model..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "org.chengxin.identity.model..");

  @ArchTest
  static final ArchRule onlyThePinyinPackageUsesIcu =
      classes()
          .that()
          .resideOutsideOfPackage("org.chengxin.identity.pinyin..")
          .should()
          .onlyDependOnClassesThat()
          .resideOutsideOfPackage("com.ibm.icu..");
}
