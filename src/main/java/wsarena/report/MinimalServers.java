package wsarena.report;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The smallest complete echo server of each library wsarena measures ({@code src/site/minimal/}),
 * counted: lines (not blank, not a comment), import statements, the library's names the code uses
 * (classes, functions, objects, including those of the event loop it runs on: asyncio for Tornado,
 * Twisted for Autobahn) and the callbacks it writes for the library to call. Facts about the code,
 * not a judgement of ease; a test runs each server and measures it, so none is a strawman.
 */
public final class MinimalServers {
  /** System property naming the folder; else {@code src/site/minimal} from here or the project of the jar. */
  public static final String PROPERTY = "wsarena.minimal.dir";

  /**
   * One library's server.
   *
   * @param id the target label it stands beside, e.g. {@code tornado}
   * @param modules where the library's names come from: Python modules or Java packages
   */
  public record Library(String id, String name, String file, List<String> modules) {}

  /** Every library wsarena measures, in the report's order: the article's two, then the engines. */
  public static final List<Library> LIBRARIES =
      List.of(
          new Library("tornado", "Tornado", "tornado_echo.py", List.of("tornado", "asyncio")),
          new Library("autobahn", "Autobahn|Twisted", "autobahn_echo.py", List.of("autobahn", "twisted")),
          new Library("undertow", "Undertow", "UndertowEcho.java", List.of("io.undertow")),
          new Library("netty", "Netty", "NettyEcho.java", List.of("io.netty")),
          new Library("jetty", "Jetty", "JettyEcho.java", List.of("org.eclipse.jetty")));

  /**
   * A server's counts.
   *
   * @param names the library's names the code uses, in order of first use
   * @param callbacks the methods it writes for the library to call
   */
  public record Count(Library library, Path file, String code, int lines, int imports, List<String> names, List<String> callbacks) {
    /** Names and callbacks: what a reader must learn of the library to write this server. */
    public int concepts() {
      return names.size() + callbacks.size();
    }
  }

  private static final Pattern PY_FROM = Pattern.compile("^from\\s+([\\w.]+)\\s+import\\s+(.+)$");
  private static final Pattern PY_IMPORT = Pattern.compile("^import\\s+([\\w.]+)$");
  private static final Pattern PY_CLASS = Pattern.compile("^class\\s+\\w+\\((.+)\\):");
  private static final Pattern PY_DEF = Pattern.compile("^\\s+def\\s+(\\w+)\\(");
  private static final Pattern JAVA_IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)\\s*;");
  private static final Pattern JAVA_METHOD = Pattern.compile("(?:protected|public)\\s+[\\w<>\\[\\]]+\\s+(\\w+)\\s*\\(");

  private MinimalServers() {}

  /** The folder of the servers, or empty when it is not found from here. */
  public static Optional<Path> locate() {
    String property = System.getProperty(PROPERTY);
    List<Path> candidates = new ArrayList<>();
    if (property != null && !property.isBlank()) {
      candidates.add(Path.of(property));
    }
    candidates.add(Path.of("src", "site", "minimal"));
    try {
      var source = MinimalServers.class.getProtectionDomain().getCodeSource();
      if (source != null) {
        Path code = Path.of(source.getLocation().toURI()); // target/wsarena.jar or target/classes
        if (code.getParent() != null && code.getParent().getParent() != null) {
          candidates.add(code.getParent().getParent().resolve("src").resolve("site").resolve("minimal"));
        }
      }
    } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
      // only the working directory then
    }
    return candidates.stream().filter(d -> Files.isRegularFile(d.resolve(LIBRARIES.getFirst().file()))).findFirst();
  }

  /** Every library's server in {@code folder} that is there, counted. */
  public static List<Count> count(Path folder) throws IOException {
    List<Count> out = new ArrayList<>();
    for (Library library : LIBRARIES) {
      Path file = folder.resolve(library.file());
      if (Files.isRegularFile(file)) {
        out.add(count(library, file, Files.readString(file)));
      }
    }
    return out;
  }

  /** The counts of one server's code. */
  public static Count count(Library library, Path file, String code) {
    return file.toString().endsWith(".py") ? python(library, file, code) : java(library, file, code);
  }

  private static Count python(Library library, Path file, String code) {
    int lines = 0;
    int imports = 0;
    Set<String> names = new LinkedHashSet<>();
    List<String> modules = new ArrayList<>();
    List<String> callbacks = new ArrayList<>();
    boolean inLibraryClass = false;
    for (String line : code.split("\n")) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      lines++;
      Matcher from = PY_FROM.matcher(t);
      Matcher plain = PY_IMPORT.matcher(t);
      if (from.matches() || plain.matches()) {
        imports++;
        if (from.matches() && ofLibrary(library, from.group(1))) {
          for (String name : from.group(2).split(",")) {
            names.add(name.strip().split("\\s+")[0]);
          }
        } else if (plain.matches() && ofLibrary(library, plain.group(1))) {
          modules.add(plain.group(1));
        }
        continue;
      }
      for (String module : modules) {
        Matcher use = Pattern.compile("\\b" + Pattern.quote(module) + "\\.(\\w+)").matcher(t);
        while (use.find()) {
          if (!modules.contains(module + "." + use.group(1))) {
            names.add(use.group(1));
          }
        }
      }
      Matcher cls = PY_CLASS.matcher(line);
      if (cls.find()) {
        String bases = cls.group(1);
        inLibraryClass = names.stream().anyMatch(n -> bases.matches(".*\\b" + Pattern.quote(n) + "\\b.*"));
        continue;
      }
      if (!line.startsWith(" ")) {
        inLibraryClass = false;
      }
      Matcher def = PY_DEF.matcher(line);
      if (inLibraryClass && def.find()) {
        callbacks.add(def.group(1));
      }
    }
    return new Count(library, file, code, lines, imports, List.copyOf(names), List.copyOf(callbacks));
  }

  private static Count java(Library library, Path file, String code) {
    int lines = 0;
    int imports = 0;
    Set<String> names = new LinkedHashSet<>();
    List<String> callbacks = new ArrayList<>();
    boolean inBlockComment = false;
    boolean override = false;
    for (String line : code.split("\n")) {
      String t = line.strip();
      if (inBlockComment) {
        inBlockComment = !t.contains("*/");
        continue;
      }
      if (t.startsWith("/*")) {
        inBlockComment = !t.contains("*/");
        continue;
      }
      if (t.isEmpty() || t.startsWith("//")) {
        continue;
      }
      lines++;
      Matcher imp = JAVA_IMPORT.matcher(t);
      if (imp.matches()) {
        imports++;
        String name = imp.group(2);
        if (ofLibrary(library, name)) {
          names.add(name.substring(name.lastIndexOf('.') + 1));
        }
        continue;
      }
      if (t.equals("@Override")) {
        override = true;
        continue;
      }
      Matcher method = JAVA_METHOD.matcher(t);
      if (override && method.find()) {
        callbacks.add(method.group(1));
      }
      override = false;
    }
    return new Count(library, file, code, lines, imports, List.copyOf(names), List.copyOf(callbacks));
  }

  private static boolean ofLibrary(Library library, String module) {
    String m = module.toLowerCase(Locale.ROOT);
    return library.modules().stream().anyMatch(prefix -> m.equals(prefix) || m.startsWith(prefix + "."));
  }
}
