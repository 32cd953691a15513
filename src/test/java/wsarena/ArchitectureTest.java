package wsarena;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The walls between the rooms, checked on every build: the window and the commands are thin
 * fronts over one headless core; only {@code run} starts servers and the load generator; the
 * scenario and the metrics are values and arithmetic that start nothing. Each package's
 * package-info says what the room owns.
 */
class ArchitectureTest {
  private static final String[] CORE = {
    "wsarena.scenario..", "wsarena.engine..", "wsarena.load..", "wsarena.metrics..", "wsarena.host..",
    "wsarena.run..", "wsarena.report..", "wsarena.probe..", "wsarena.peers..", "wsarena.process..",
    "wsarena.client..", "wsarena.conformance..", "wsarena.kube.."
  };

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
        .that().resideInAnyPackage(CORE)
        .should().dependOnClassesThat().resideInAnyPackage("wsarena.ui..", "wsarena.cli..")
        .check(classes);
  }

  @Test
  void theWindowAndTheCommandsNeverImportEachOther() {
    noClasses().that().resideInAPackage("wsarena.ui..")
        .should().dependOnClassesThat().resideInAPackage("wsarena.cli..")
        .check(classes);
    noClasses().that().resideInAPackage("wsarena.cli..")
        .should().dependOnClassesThat().resideInAPackage("wsarena.ui..")
        .check(classes);
  }

  @Test
  void theFrontsReachEnginesPeersAndTheGeneratorOnlyThroughRun() {
    noClasses()
        .that().resideInAnyPackage("wsarena.ui..", "wsarena.cli..")
        .should().dependOnClassesThat().resideInAnyPackage("wsarena.engine..", "wsarena.peers..", "wsarena.load..")
        .because("only wsarena.run starts anything; the fronts read its descriptions (scenario.TargetCatalog)")
        .check(classes);
  }

  @Test
  void scenarioAndMetricsStartNothing() {
    noClasses()
        .that().resideInAnyPackage("wsarena.scenario..", "wsarena.metrics..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "wsarena.engine..", "wsarena.peers..", "wsarena.load..", "wsarena.run..", "wsarena.process..",
            "wsarena.ui..", "wsarena.cli..")
        .check(classes);
  }

  @Test
  void enginesServeAndMeasureNothing() {
    noClasses()
        .that().resideInAPackage("wsarena.engine..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "wsarena.metrics..", "wsarena.load..", "wsarena.run..", "wsarena.ui..", "wsarena.cli..")
        .check(classes);
  }

  @Test
  void theChildProcessPlumbingServesBothRoomsAndNeedsNeither() {
    noClasses()
        .that().resideInAPackage("wsarena.process..")
        .should().dependOnClassesThat(resideInAPackage("wsarena..").and(resideOutsideOfPackage("wsarena.process..")))
        .check(classes);
    noClasses()
        .that().resideInAPackage("wsarena.peers..")
        .should().dependOnClassesThat().resideInAnyPackage("wsarena.run..", "wsarena.engine..", "wsarena.load..")
        .check(classes);
  }

  @Test
  void theClientPlumbingServesTheGeneratorAndTheProbeAndNeedsNeither() {
    noClasses()
        .that().resideInAPackage("wsarena.client..")
        .should().dependOnClassesThat(resideInAPackage("wsarena..").and(resideOutsideOfPackage("wsarena.client..")))
        .check(classes);
  }

  @Test
  void onlyTheKubernetesRoomSpeaksToKubernetes() {
    noClasses()
        .that().resideOutsideOfPackages("wsarena.kube..", "wsarena.cli..")
        .should().dependOnClassesThat().resideInAPackage("io.fabric8..")
        .check(classes);
  }

  @Test
  void theConformanceSuiteJudgesAnAddressAndStartsNothing() {
    noClasses()
        .that().resideInAPackage("wsarena.conformance..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "wsarena.engine..", "wsarena.peers..", "wsarena.load..", "wsarena.run..", "wsarena.process..",
            "wsarena.metrics..", "wsarena.report..")
        .because("wsarena.run starts the targets it judges, and run results and reports carry its verdicts")
        .check(classes);
  }

  @Test
  void engineRoomsNeverImportEachOther() {
    slices().matching("wsarena.engine.(undertow|netty|jetty)..").should().notDependOnEachOther().check(classes);
  }

  @Test
  void runWritesNoReport() {
    noClasses()
        .that().resideInAPackage("wsarena.run..")
        .should().dependOnClassesThat().resideInAPackage("wsarena.report..")
        .because("reports are written from what runs produce; a run's own words stand on wsarena.text")
        .check(classes);
  }

  @Test
  void failuresGoToTheLogNotToAStackTraceOnTheConsole() {
    noClasses()
        .should().callMethod(Throwable.class, "printStackTrace")
        .because("a failure that reaches no user's sentence goes to the SLF4J log")
        .check(classes);
  }

  @Test
  void theFormattingRoomStandsOnNoOtherRoom() {
    noClasses()
        .that().resideInAPackage("wsarena.text..")
        .should().dependOnClassesThat(resideInAPackage("wsarena..").and(resideOutsideOfPackage("wsarena.text..")))
        .check(classes);
  }

  @Test
  void metricsAreComputedBelowTheWindow() {
    noClasses()
        .that().resideInAnyPackage("wsarena.metrics..", "wsarena.load..", "wsarena.client..")
        .should().dependOnClassesThat().resideInAnyPackage("wsarena.run..", "wsarena.report..")
        .check(classes);
  }
}
