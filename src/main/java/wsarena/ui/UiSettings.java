package wsarena.ui;

import wsarena.host.WholeFile;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import wsarena.scenario.Scenario;
import wsarena.scenario.ScenarioJson;

/**
 * What the window remembers between launches: the last scenario ({@code scenario.json}, the same
 * format {@code wsarena run --scenario} reads) and a few window preferences ({@code window.properties}).
 *
 * <p>The folder is {@code %APPDATA%\wsarena} on Windows and {@code ~/.wsarena} elsewhere; the
 * system property {@code wsarena.settings.dir} overrides it (tests use a temporary folder).
 */
public final class UiSettings {
  private static final String SCENARIO_FILE = "scenario.json";
  private static final String PREFERENCES_FILE = "window.properties";

  private final Path dir;
  private final Properties preferences = new Properties();

  public UiSettings(Path dir) {
    this.dir = dir;
    Path file = dir.resolve(PREFERENCES_FILE);
    if (Files.isRegularFile(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        preferences.load(in);
      } catch (IOException | IllegalArgumentException e) {
        // unreadable preferences are not worth a message: the defaults serve
      }
    }
  }

  /** The settings of this user on this machine. */
  public static UiSettings forCurrentUser() {
    return new UiSettings(defaultDir());
  }

  static Path defaultDir() {
    String override = System.getProperty("wsarena.settings.dir");
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    String appData = System.getenv("APPDATA");
    boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    if (windows && appData != null && !appData.isBlank()) {
      return Path.of(appData, "wsarena");
    }
    return Path.of(System.getProperty("user.home"), ".wsarena");
  }

  public Path dir() {
    return dir;
  }

  /**
   * The scenario saved last time, empty when there is none.
   *
   * @throws IOException when the file exists but cannot be read as a scenario
   */
  public Optional<Scenario> loadScenario() throws IOException {
    Path file = dir.resolve(SCENARIO_FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    return Optional.of(ScenarioJson.read(file));
  }

  public void saveScenario(Scenario scenario) throws IOException {
    Files.createDirectories(dir);
    ScenarioJson.write(scenario, dir.resolve(SCENARIO_FILE));
  }

  public Optional<Theme> theme() {
    try {
      return Optional.ofNullable(preferences.getProperty("theme")).map(Theme::fromName);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public void setTheme(Theme theme) {
    preferences.setProperty("theme", theme.cliName());
  }

  public boolean presentation() {
    return Boolean.parseBoolean(preferences.getProperty("presentation", "false"));
  }

  public void setPresentation(boolean on) {
    preferences.setProperty("presentation", Boolean.toString(on));
  }

  /** The folder of the last export, if it still exists. */
  public Optional<Path> exportDir() {
    return Optional.ofNullable(preferences.getProperty("exportDir"))
        .map(Path::of)
        .filter(Files::isDirectory);
  }

  /** Where the file dialogs start: the folder used last for an export or an open, else home. */
  public Optional<File> dialogFolder() {
    return exportDir()
        .or(() -> Optional.of(Path.of(System.getProperty("user.home"))))
        .map(Path::toFile)
        .filter(File::isDirectory);
  }

  public void setExportDir(Path folder) {
    preferences.setProperty("exportDir", folder.toAbsolutePath().toString());
  }

  /** The Compare view's ticked targets, by the names {@code shootout --targets} reads. */
  public java.util.List<String> compareTargets() {
    return list("compare.targets", ",");
  }

  public void setCompareTargets(java.util.List<String> names) {
    preferences.setProperty("compare.targets", String.join(",", names));
  }

  /** The URLs the user added to the Compare view's checklist. */
  public java.util.List<String> compareUrls() {
    return list("compare.urls", " ");
  }

  public void setCompareUrls(java.util.List<String> urls) {
    preferences.setProperty("compare.urls", String.join(" ", urls));
  }

  /** How many times the Compare view measures each target; 1 when never set. */
  public int compareRepeats() {
    try {
      return Math.max(1, Integer.parseInt(preferences.getProperty("compare.repeats", "1")));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  public void setCompareRepeats(int repeats) {
    preferences.setProperty("compare.repeats", Integer.toString(repeats));
  }

  private java.util.List<String> list(String key, String separator) {
    String value = preferences.getProperty(key, "").strip();
    return value.isEmpty() ? java.util.List.of() : java.util.List.of(value.split(java.util.regex.Pattern.quote(separator)));
  }

  public void savePreferences() throws IOException {
    Files.createDirectories(dir);
    WholeFile.write(dir.resolve(PREFERENCES_FILE), out -> preferences.store(out, "wsarena window preferences"));
  }
}
