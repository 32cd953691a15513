package wsarena.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Scenario;

class UiSettingsTest {
  @TempDir Path dir;

  @Test
  void theScenarioComesBackAfterARestart() throws IOException {
    Scenario s = Scenario.defaults().withLoad(LoadProfile.defaults().withConnections(42));
    new UiSettings(dir).saveScenario(s);

    assertThat(new UiSettings(dir).loadScenario()).contains(s);
  }

  @Test
  void noSavedScenarioIsEmpty() throws IOException {
    assertThat(new UiSettings(dir.resolve("new")).loadScenario()).isEmpty();
  }

  @Test
  void aBrokenScenarioFileIsReported() throws IOException {
    Files.writeString(dir.resolve("scenario.json"), "{ not json");

    assertThatThrownBy(() -> new UiSettings(dir).loadScenario()).isInstanceOf(IOException.class);
  }

  @Test
  void preferencesComeBackAfterARestart() throws IOException {
    UiSettings first = new UiSettings(dir);
    first.setTheme(Theme.LIGHT);
    first.setPresentation(true);
    first.savePreferences();

    UiSettings second = new UiSettings(dir);
    assertThat(second.theme()).contains(Theme.LIGHT);
    assertThat(second.presentation()).isTrue();
  }

  @Test
  void fileDialogsStartInTheLastFolderWhileItExistsElseAtHome() throws IOException {
    UiSettings settings = new UiSettings(dir);
    Path home = Path.of(System.getProperty("user.home"));
    Path last = Files.createDirectory(dir.resolve("exports"));

    assertThat(settings.dialogFolder()).contains(home.toFile());
    settings.setExportDir(last);
    assertThat(settings.dialogFolder()).contains(last.toFile());
    Files.delete(last);
    assertThat(settings.dialogFolder()).contains(home.toFile());
  }
}
