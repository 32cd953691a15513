package wsarena.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Ease of use section: the smallest complete echo server of each library side by side, with
 * what can be counted of each ({@link MinimalServers}). The counts are facts; how easy a library
 * is stays the author's judgement, and the section says so.
 */
final class EaseOfUseSection {
  private EaseOfUseSection() {}

  static String render() {
    Optional<Path> folder = MinimalServers.locate();
    List<MinimalServers.Count> counts;
    try {
      counts = folder.isEmpty() ? List.of() : MinimalServers.count(folder.get());
    } catch (IOException e) {
      counts = List.of();
    }
    StringBuilder sb = new StringBuilder();
    if (counts.isEmpty()) {
      sb.append("Not counted: the minimal servers (`src/site/minimal/`) are not found from here; run `wsarena report` from the project folder,")
          .append(" or name the folder with `-D").append(MinimalServers.PROPERTY).append("=DIR`.\n\n");
    } else {
      sb.append("The smallest complete echo server of each library, as its documentation writes one (`src/site/minimal/`;")
          .append(" a test starts each and measures it as a target, so each one works). Lines: not blank, not a comment.")
          .append(" Library names: the library's classes, functions and objects the code names, its event loop's included")
          .append(" (asyncio for Tornado, Twisted for Autobahn). Callbacks: the methods written for the library to call.\n\n");
      List<List<String>> rows = new ArrayList<>();
      for (MinimalServers.Count c : counts) {
        rows.add(List.of(
            ReportMarkdown.escape(c.library().name()),
            "`" + c.library().file() + "`",
            Integer.toString(c.lines()),
            Integer.toString(c.imports()),
            Integer.toString(c.names().size()),
            Integer.toString(c.callbacks().size()),
            ReportMarkdown.escape(String.join(", ", c.names()) + (c.callbacks().isEmpty() ? "" : "; " + String.join(", ", c.callbacks())))));
      }
      sb.append(ReportMarkdown.textTable(
          List.of("library", "file", "lines", "imports", "library names", "callbacks", "names; callbacks"), rows));
      sb.append('\n');
      for (MinimalServers.Count c : counts) {
        String language = c.library().file().endsWith(".py") ? "python" : "java";
        sb.append("**").append(ReportMarkdown.escape(c.library().name())).append("** (").append(c.lines()).append(" lines)\n\n")
            .append("```").append(language).append('\n').append(c.code().strip()).append("\n```\n\n");
      }
    }
    sb.append("*For the author:* how easy each library is to learn, set up and program stays a judgement these counts do not make.\n");
    return sb.toString();
  }
}
