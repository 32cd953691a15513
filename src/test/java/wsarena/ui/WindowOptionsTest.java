package wsarena.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowOptionsTest {
  @TempDir Path dir;

  @Test
  void noArgumentsOrOnlyWindowOptionsOpenTheWindow() {
    assertThat(WindowOptions.isWindowLaunch(new String[0])).isTrue();
    assertThat(WindowOptions.isWindowLaunch(new String[] {"--demo", "--theme", "dark"})).isTrue();
    assertThat(WindowOptions.isWindowLaunch(new String[] {"--theme=light", "--presentation"})).isTrue();
  }

  @Test
  void commandsGoToTheCommandLine() {
    assertThat(WindowOptions.isWindowLaunch(new String[] {"run", "--duration", "5s"})).isFalse();
    assertThat(WindowOptions.isWindowLaunch(new String[] {"--demo", "engines"})).isFalse();
    assertThat(WindowOptions.isWindowLaunch(new String[] {"--help"})).isFalse();
  }

  @Test
  void resultFilesOpenTheWindowAloneOrWithWindowOptions() {
    assertThat(WindowOptions.isWindowLaunch(new String[] {"run.wsarena"})).isTrue();
    assertThat(WindowOptions.isWindowLaunch(new String[] {"/tmp/b/undertow-event-loop.json", "C:\\runs\\a.WSARENA"})).isTrue();
    assertThat(WindowOptions.isWindowLaunch(new String[] {"--theme", "light", "a.wsarena", "b.json"})).isTrue();
  }

  @Test
  void aResultFileBesideACommandOrAnotherFileGoesToTheCommandLine() {
    // the command line refuses these as it did before: nothing that worked there changes
    assertThat(WindowOptions.isWindowLaunch(new String[] {"run", "--scenario", "s.json"})).isFalse();
    assertThat(WindowOptions.isWindowLaunch(new String[] {"a.wsarena", "notes.txt"})).isFalse();
    assertThat(WindowOptions.isWindowLaunch(new String[] {"host", "a.wsarena"})).isFalse();
    assertThat(WindowOptions.isWindowLaunch(new String[] {".json"})).isFalse();
    assertThat(WindowOptions.isWindowLaunch(new String[] {"--out.json"})).isFalse();
  }

  @Test
  void aScenarioFileIsTheValueOfItsOptionNotAResult() throws IOException {
    Path scenario = Files.writeString(dir.resolve("s.json"), "{}");

    WindowOptions o = WindowOptions.parse(List.of("--scenario", scenario.toString()));

    assertThat(o.scenario()).contains(scenario);
    assertThat(o.results()).isEmpty();
  }

  @Test
  void resultFilesAreReadInTheirOrderAsAbsolutePaths() throws IOException {
    Path a = Files.writeString(dir.resolve("a.wsarena"), "{}");
    Path b = Files.writeString(dir.resolve("b.json"), "{}");

    WindowOptions o = WindowOptions.parse(List.of(a.toString(), "--theme", "dark", b.toString()));

    assertThat(o.results()).containsExactly(a.toAbsolutePath(), b.toAbsolutePath());
    assertThat(o.theme()).contains(Theme.DARK);
    assertThat(o.demo()).isFalse();
  }

  @Test
  void aMissingResultFileIsASentence() {
    Path missing = dir.resolve("gone.wsarena");

    assertThatThrownBy(() -> WindowOptions.parse(List.of(missing.toString())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot open " + missing + ": there is no such file");
  }

  @Test
  void aSavedShootoutsFolderOpensTheWindowOnIt() throws IOException {
    // README: "wsarena results/shootout" opens the folder; the command line once said "Unmatched argument"
    Path shootout = Files.createDirectory(dir.resolve("shootout"));
    Files.writeString(shootout.resolve("shootout.json"), "{}");

    assertThat(WindowOptions.isWindowLaunch(new String[] {shootout.toString()})).isTrue();
    assertThat(WindowOptions.isWindowLaunch(new String[] {"--theme", "dark", shootout.toString()})).isTrue();
    assertThat(WindowOptions.parse(List.of(shootout.toString())).results()).containsExactly(shootout.toAbsolutePath());
  }

  @Test
  void anUnknownOptionIsNamedWithEveryOptionTheWindowKnows() {
    assertThatThrownBy(() -> WindowOptions.parse(List.of("--bogus")))
        .hasMessageStartingWith("unknown window option '--bogus' (known: --demo, --compare, --theme dark|light,")
        .hasMessageContaining("--screenshot-charts DIR");
  }

  @Test
  void aScreenshotImpliesADemoRun() {
    WindowOptions o = WindowOptions.parse(List.of("--screenshot", "out.png", "--theme", "light"));

    assertThat(o.demo()).isTrue();
    assertThat(o.screenshot()).contains(Path.of("out.png"));
    assertThat(o.theme()).contains(Theme.LIGHT);
  }

  @Test
  void aScreenshotOfOpenedResultsNeedsNoRun() throws IOException {
    Path a = Files.writeString(dir.resolve("a.wsarena"), "{}");

    WindowOptions o = WindowOptions.parse(List.of("--screenshot", "out.png", a.toString()));

    assertThat(o.demo()).isFalse();
    assertThat(o.results()).containsExactly(a.toAbsolutePath());
  }

  @Test
  void aWrongThemeIsASentence() {
    assertThatThrownBy(() -> WindowOptions.parse(List.of("--theme", "purple")))
        .hasMessage("unknown theme 'purple' (known: dark, light)");
    assertThatThrownBy(() -> WindowOptions.parse(List.of("--theme")))
        .hasMessage("--theme needs a value, e.g. --theme dark");
    assertThatThrownBy(() -> WindowOptions.parse(List.of("--page=")))
        .hasMessage("--page needs a value, e.g. --page compare");
  }
}
