package wsarena.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The packaged launcher must start the JVM with the pom's {@code wsarena.jvmFlags}, which every
 * other wsarena JVM gets; packaging/common.args copies them, and this keeps the copy honest.
 */
class LauncherJavaOptionsTest {
  private static final Pattern JVM_FLAGS = Pattern.compile("<wsarena.jvmFlags>([^<]*)</wsarena.jvmFlags>");
  private static final Pattern JAVA_OPTION = Pattern.compile("^--java-options \"([^\"]*)\"$", Pattern.MULTILINE);
  private static final String NATIVE_ACCESS = "--enable-native-access=";

  @Test
  void theLauncherGetsEveryFlagOfThePom() throws IOException {
    List<String> launcherOptions = launcherOptions();
    for (String flag : pomJvmFlags()) {
      if (flag.startsWith(NATIVE_ACCESS)) {
        // the launcher may grant native access to more modules (JavaFX is modular there), never fewer
        assertThat(nativeAccessModules(launcherOptions)).as(flag).containsAll(modules(flag));
      } else {
        assertThat(launcherOptions).as(flag).contains(flag);
      }
    }
  }

  @Test
  void javaFxGetsNativeAccessBecauseTheRuntimeHoldsItAsAModule() throws IOException {
    assertThat(nativeAccessModules(launcherOptions())).contains("javafx.graphics", "ALL-UNNAMED");
  }

  private static List<String> pomJvmFlags() throws IOException {
    Matcher m = JVM_FLAGS.matcher(Files.readString(Path.of("pom.xml")));
    assertThat(m.find()).as("wsarena.jvmFlags in pom.xml").isTrue();
    return Arrays.asList(m.group(1).strip().split("\\s+"));
  }

  private static List<String> launcherOptions() throws IOException {
    Matcher m = JAVA_OPTION.matcher(Files.readString(Path.of("packaging", "common.args")));
    List<String> options = m.results().map(r -> r.group(1)).toList();
    assertThat(options).as("--java-options in packaging/common.args").isNotEmpty();
    return options;
  }

  private static Set<String> nativeAccessModules(List<String> options) {
    return options.stream()
        .filter(o -> o.startsWith(NATIVE_ACCESS))
        .flatMap(o -> modules(o).stream())
        .collect(Collectors.toSet());
  }

  private static Set<String> modules(String nativeAccessFlag) {
    return Set.of(nativeAccessFlag.substring(NATIVE_ACCESS.length()).split(","));
  }
}
