package wsarena.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteInstallationTest {

  private static void jar(Path file, String... entriesAndTexts) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < entriesAndTexts.length; i += 2) {
        zip.putNextEntry(new ZipEntry(entriesAndTexts[i]));
        zip.write(entriesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
  }

  @Test
  void aMissingSuiteIsASentenceThatSaysWhereAndHowToGetIt(@TempDir Path dir) {
    Path folder = dir.resolve("lib").resolve(SuiteInstallation.FOLDER_NAME);

    assertThatThrownBy(() -> SuiteInstallation.in(folder))
        .isInstanceOf(ConformanceException.class)
        .hasMessage("the Autobahn|Testsuite is not installed: " + folder
            + " lacks me.normanmaurer.maven.autobahntestsuite:autobahntestsuite-maven-plugin:0.1.5 and"
            + " org.python:jython-standalone:2.7.4 (from Maven Central). `mvn package` copies them there;"
            + " for an installed wsarena, put the jars in that folder, e.g. mvn dependency:copy"
            + " -Dartifact=me.normanmaurer.maven.autobahntestsuite:autobahntestsuite-maven-plugin:0.1.5"
            + " -DoutputDirectory=" + folder + ", or name another folder with -Dwsarena.conformance.suite=DIR");
  }

  @Test
  void findsBothJarsAndReadsTheVersionsFromTheSuitesJar(@TempDir Path dir) throws Exception {
    jar(dir.resolve("autobahntestsuite-maven-plugin-0.1.5.jar"),
        "autobahntestsuite/_version.py", "# header\n__version__ = \"0.5.6\"\n",
        "autobahn/_version.py", "__version__ = '0.6.4'\n");
    jar(dir.resolve("jython-standalone-2.7.4.jar"), "org/python/util/jython.class", "");

    SuiteInstallation suite = SuiteInstallation.in(dir);

    assertThat(suite.name()).isEqualTo("Autobahn|Testsuite 0.5.6 (Autobahn 0.6.4)");
    assertThat(suite.classPath())
        .containsExactly(dir.resolve("jython-standalone-2.7.4.jar"), dir.resolve("autobahntestsuite-maven-plugin-0.1.5.jar"));
  }

  @Test
  void aJarWithoutTheSuiteInsideIsASentence(@TempDir Path dir) throws Exception {
    jar(dir.resolve("autobahntestsuite-maven-plugin-0.1.5.jar"), "README", "not the suite");
    jar(dir.resolve("jython-standalone-2.7.4.jar"), "README", "");

    assertThatThrownBy(() -> SuiteInstallation.in(dir))
        .hasMessage(dir.resolve("autobahntestsuite-maven-plugin-0.1.5.jar")
            + " is not the Autobahn|Testsuite's jar: it has no autobahntestsuite/_version.py");
  }

  @Test
  void twoVersionsOfOneJarAreASentence(@TempDir Path dir) throws Exception {
    jar(dir.resolve("jython-standalone-2.7.3.jar"), "README", "");
    jar(dir.resolve("jython-standalone-2.7.4.jar"), "README", "");

    assertThatThrownBy(() -> SuiteInstallation.in(dir))
        .hasMessage(dir + " holds more than one jython-standalone-*.jar (2): keep one");
  }
}
