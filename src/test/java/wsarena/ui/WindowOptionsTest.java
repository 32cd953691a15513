package wsarena.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowOptionsTest {
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
  void aScreenshotImpliesADemoRun() {
    WindowOptions o = WindowOptions.parse(List.of("--screenshot", "out.png", "--theme", "light"));

    assertThat(o.demo()).isTrue();
    assertThat(o.screenshot()).contains(Path.of("out.png"));
    assertThat(o.theme()).contains(Theme.LIGHT);
  }

  @Test
  void aWrongThemeIsASentence() {
    assertThatThrownBy(() -> WindowOptions.parse(List.of("--theme", "purple")))
        .hasMessage("unknown theme 'purple' (known: dark, light)");
    assertThatThrownBy(() -> WindowOptions.parse(List.of("--theme")))
        .hasMessage("--theme needs a value, e.g. --theme dark");
  }
}
