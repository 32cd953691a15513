package wsarena;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering DESIGN.md asks for, checked on every build. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("wsarena");
  }

  @Test
  void onlyTheWindowAndTheLauncherTouchJavaFx() {
    noClasses()
        .that().resideOutsideOfPackage("wsarena.ui..")
        .and().doNotHaveFullyQualifiedName("wsarena.Launcher")
        .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
        .check(classes);
  }

  @Test
  void theCoreKnowsNothingOfItsClients() {
    noClasses()
        .that().resideInAnyPackage("wsarena.scenario..", "wsarena.engine..", "wsarena.load..", "wsarena.metrics..",
            "wsarena.host..", "wsarena.run..", "wsarena.report..", "wsarena.probe..", "wsarena.peers..",
            "wsarena.conformance..")
        .should().dependOnClassesThat().resideInAnyPackage("wsarena.ui..", "wsarena.cli..")
        .check(classes);
  }

  @Test
  void engineRoomsNeverImportEachOther() {
    slices().matching("wsarena.engine.(undertow|netty|jetty)..").should().notDependOnEachOther().check(classes);
  }

  @Test
  void metricsAreComputedBelowTheWindow() {
    noClasses()
        .that().resideInAnyPackage("wsarena.metrics..", "wsarena.load..")
        .should().dependOnClassesThat().resideInAnyPackage("wsarena.run..", "wsarena.report..")
        .check(classes);
  }
}
