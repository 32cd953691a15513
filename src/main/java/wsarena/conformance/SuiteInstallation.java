package wsarena.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The Autobahn|Testsuite on this machine: the suite's jar (the Python suite with Twisted and zope,
 * as Maven Central carries it inside {@code autobahntestsuite-maven-plugin}) and Jython to run it.
 * The build copies both into {@code lib/autobahn-testsuite/} beside {@code wsarena.jar}, in the
 * plain-jar layout and in the installed app alike; nothing is downloaded at run time.
 *
 * @param folder where the two jars are
 * @param suiteJar the suite's jar
 * @param jythonJar Jython's standalone jar
 * @param suiteVersion the suite's own version, read from its jar, e.g. {@code 0.5.6}
 * @param autobahnVersion the version of the Autobahn library the suite's client is built on, e.g.
 *     {@code 0.6.4} (the suite's banner prints the two the wrong way round; its User-Agent, {@code
 *     AutobahnTestSuite/0.5.6-0.6.4}, has them right)
 */
public record SuiteInstallation(
    Path folder, Path suiteJar, Path jythonJar, String suiteVersion, String autobahnVersion) {
  /** The folder's name inside the libraries folder beside {@code wsarena.jar}. */
  public static final String FOLDER_NAME = "autobahn-testsuite";

  /** Names another folder that holds the two jars, e.g. {@code -Dwsarena.conformance.suite=DIR}. */
  public static final String FOLDER_PROPERTY = "wsarena.conformance.suite";

  // The versions pom.xml copies (autobahn.testsuite.version, jython.version), named only in the
  // sentence that says how to get them: the jars are found by their names' beginnings.
  private static final String SUITE_ARTIFACT =
      "me.normanmaurer.maven.autobahntestsuite:autobahntestsuite-maven-plugin:0.1.5";
  private static final String JYTHON_ARTIFACT = "org.python:jython-standalone:2.7.4";
  private static final String SUITE_JAR_PREFIX = "autobahntestsuite-maven-plugin-";
  private static final String JYTHON_JAR_PREFIX = "jython-standalone-";
  private static final String SUITE_VERSION_FILE = "autobahntestsuite/_version.py";
  private static final String AUTOBAHN_VERSION_FILE = "autobahn/_version.py";
  private static final Pattern VERSION = Pattern.compile("__version__\\s*=\\s*[\"']([^\"']+)[\"']");

  /** e.g. {@code Autobahn|Testsuite 0.5.6 (Autobahn 0.6.4)} */
  public String name() {
    return "Autobahn|Testsuite " + suiteVersion + " (Autobahn " + autobahnVersion + ")";
  }

  /** The child JVM's class path: Jython first, then the suite's Python packages. */
  List<Path> classPath() {
    return List.of(jythonJar, suiteJar);
  }

  /**
   * Finds the suite beside this wsarena (or in the folder {@value #FOLDER_PROPERTY} names).
   *
   * @throws ConformanceException with a sentence saying where it looked and how to get the jars
   */
  public static SuiteInstallation locate() throws ConformanceException {
    String named = System.getProperty(FOLDER_PROPERTY, "").strip();
    Path folder = named.isEmpty() ? besideTheApp() : Path.of(named);
    return in(folder);
  }

  /** The suite in {@code folder}, or a sentence saying what is missing and how to get it. */
  static SuiteInstallation in(Path folder) throws ConformanceException {
    Optional<Path> suite = jar(folder, SUITE_JAR_PREFIX);
    Optional<Path> jython = jar(folder, JYTHON_JAR_PREFIX);
    if (suite.isEmpty() || jython.isEmpty()) {
      List<String> missing = new ArrayList<>();
      suite.ifPresentOrElse(p -> {}, () -> missing.add(SUITE_ARTIFACT));
      jython.ifPresentOrElse(p -> {}, () -> missing.add(JYTHON_ARTIFACT));
      throw new ConformanceException(
          "the Autobahn|Testsuite is not installed: "
              + folder
              + " lacks "
              + String.join(" and ", missing)
              + " (from Maven Central). `mvn package` copies them there; for an installed wsarena,"
              + " put the jars in that folder, e.g. mvn dependency:copy -Dartifact="
              + missing.getFirst()
              + " -DoutputDirectory="
              + folder
              + ", or name another folder with -D"
              + FOLDER_PROPERTY
              + "=DIR");
    }
    return new SuiteInstallation(
        folder,
        suite.get(),
        jython.get(),
        version(suite.get(), SUITE_VERSION_FILE),
        version(suite.get(), AUTOBAHN_VERSION_FILE));
  }

  private static Optional<Path> jar(Path folder, String prefix) throws ConformanceException {
    if (!Files.isDirectory(folder)) {
      return Optional.empty();
    }
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> jars = Files.newDirectoryStream(folder, prefix + "*.jar")) {
      jars.forEach(found::add);
    } catch (IOException e) {
      throw new ConformanceException("cannot read " + folder + ": " + e.getMessage(), e);
    }
    if (found.size() > 1) {
      throw new ConformanceException(
          folder + " holds more than one " + prefix + "*.jar (" + found.size() + "): keep one");
    }
    return found.stream().findFirst();
  }

  private static String version(Path suiteJar, String versionFile) throws ConformanceException {
    try (ZipFile zip = new ZipFile(suiteJar.toFile())) {
      ZipEntry entry = zip.getEntry(versionFile);
      if (entry != null) {
        try (InputStream in = zip.getInputStream(entry)) {
          Matcher m = VERSION.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
          if (m.find()) {
            return m.group(1);
          }
        }
      }
    } catch (IOException e) {
      throw new ConformanceException("cannot read " + suiteJar + ": " + e.getMessage(), e);
    }
    throw new ConformanceException(
        suiteJar + " is not the Autobahn|Testsuite's jar: it has no " + versionFile);
  }

  /**
   * {@code lib/autobahn-testsuite} beside wsarena's jar ({@code target/wsarena.jar}, or {@code
   * lib/app/wsarena.jar} in the installed app), or beside {@code target/classes} when run from
   * the build's classes (the tests).
   */
  private static Path besideTheApp() throws ConformanceException {
    Path codeSource;
    try {
      codeSource =
          Path.of(SuiteInstallation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      throw new ConformanceException(
          "cannot tell where wsarena is installed; name the suite's folder with -D" + FOLDER_PROPERTY + "=DIR", e);
    }
    return codeSource.toAbsolutePath().getParent().resolve("lib").resolve(FOLDER_NAME);
  }
}
