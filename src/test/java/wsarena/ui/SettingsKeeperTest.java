package wsarena.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wsarena.scenario.Isolation;
import wsarena.scenario.Scenario;
import wsarena.scenario.TargetCatalog;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.ThreadingModel;
import wsarena.ui.form.ScenarioForm;
import wsarena.ui.testing.StubEngine;

/**
 * What the window brings back from the last launch: the scenario rehearsed last for the normal
 * window, never for a demo (a wrong URL rehearsed opened {@code --demo} straight into "The run failed").
 */
class SettingsKeeperTest {
  private final TargetCatalog catalog = StubEngine.catalog(StubEngine.undertowLike(), StubEngine.jettyLike());
  private final Scenario rehearsed =
      Scenario.defaults().withTarget(TargetSpec.Embedded.of("jetty", ThreadingModel.REACTOR_WORKERS, Isolation.IN_PROCESS));

  @TempDir Path dir;

  private ScenarioForm restored(List<String> args) throws IOException {
    UiSettings settings = new UiSettings(dir);
    settings.saveScenario(rehearsed);
    ScenarioForm form = new ScenarioForm(catalog);
    assertThat(new SettingsKeeper(settings, WindowOptions.parse(args)).restoreScenario(form)).isEmpty();
    return form;
  }

  @Test
  void theNormalWindowBringsBackTheScenarioRehearsedLast() throws IOException {
    assertThat(restored(List.of()).check().scenario().orElseThrow().target()).isEqualTo(rehearsed.target());
  }

  @Test
  void aDemoStartsTheEmbeddedDefaultAndLeavesTheRehearsedScenarioRemembered() throws IOException {
    ScenarioForm form = restored(List.of("--demo"));

    assertThat(form.check().scenario().orElseThrow().target()).isEqualTo(Scenario.defaults().target());
    new SettingsKeeper(new UiSettings(dir), WindowOptions.parse(List.of("--demo"))).saveOnClose(form.check().scenario());
    assertThat(new UiSettings(dir).loadScenario().orElseThrow().target()).isEqualTo(rehearsed.target());
  }
}
