package wsarena.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import wsarena.report.ClaimCheck;
import wsarena.report.ClaimsFiles;
import wsarena.report.ReportData;
import wsarena.report.ReportInputs;
import wsarena.report.ReportMarkdown;

/**
 * Every command wsarena prints for a reader to run (a report's "measure with", the README's
 * examples, each command's help footer) is one that parses: advice that stops with "Unknown
 * options" is worse than none. Placeholders in capitals (DIR, FILE, R) are filled with a value of
 * their kind first; anything else must parse as written.
 */
class PrintedCommandsTest {
  /** What a placeholder stands for, so the command around it can be parsed. */
  private static final Map<String, String> PLACEHOLDERS =
      Map.ofEntries(
          Map.entry("DIR", "results"), Map.entry("OUT", "report"), Map.entry("FILE", "claims.yaml"), Map.entry("R", "3500"),
          Map.entry("E", "netty"), Map.entry("M", "event-loop"), Map.entry("LABEL", "netty-event-loop"),
          Map.entry("SAVED-RUNS...", "a/result.json"), Map.entry("URL", "ws://127.0.0.1:9000/echo"), Map.entry("N", "4"),
          Map.entry("IMG", "registry.example/wsarena:0.1.0"), Map.entry("PID", "1234"), Map.entry("PATH", "/usr/bin/pypy3"));

  /** A placeholder inside a word, e.g. the port of {@code ws://127.0.0.1:PORT/echo}. */
  private static final Map<String, String> INSIDE_WORDS = Map.of("PORT", "9000");

  private static final Pattern INLINE = Pattern.compile("`(wsarena [^`]+)`");

  @Test
  void everyCommandAReportAdvisesParses() {
    ReportData empty = new ReportData(new ReportInputs(List.of(), Map.of(), List.of(), Map.of(), List.of(), List.of()));
    String md = new ReportMarkdown("Nothing measured", null, "wsarena report results --out report", Set.of())
        .render(empty, ClaimsFiles.article(), List.<ClaimCheck>of());
    List<String> commands = inline(md);

    // the empty report advises a command for each thing it lacks: echo, equal load, sweeps, storms, idle, features, conformance, claims
    assertThat(commands).hasSizeGreaterThanOrEqualTo(6);
    assertAllParse("report.md", commands);
  }

  @Test
  void everyCommandOfTheReadmeParses() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    List<String> commands = new ArrayList<>(codeBlockCommands(readme));
    commands.addAll(inline(readme));

    assertThat(commands).hasSizeGreaterThan(20);
    assertAllParse("README.md", commands);
  }

  @Test
  void everyExampleInAHelpTextParses() {
    List<String> commands = new ArrayList<>();
    Main.commandLine().getSubcommands().forEach((name, sub) -> {
      String pending = null;
      for (String line : sub.getCommandSpec().usageMessage().footer()) {
        String l = withoutComment(line.strip());
        if (pending == null && !l.startsWith("wsarena ")) {
          continue;
        }
        String joined = pending == null ? l : pending + " " + l;
        if (joined.endsWith("\\")) {
          pending = joined.substring(0, joined.length() - 1).strip();
        } else {
          commands.add(joined);
          pending = null;
        }
      }
    });

    assertThat(commands).hasSizeGreaterThan(20);
    assertAllParse("help", commands);
  }

  private static void assertAllParse(String where, List<String> commands) {
    List<String> refused = new ArrayList<>();
    for (String command : new LinkedHashSet<>(commands)) {
      List<String> args = words(withoutComment(command));
      if (onlyNames(args) || opensTheWindow(args)) {
        continue;
      }
      try {
        Main.commandLine().parseArgs(args.subList(1, args.size()).toArray(String[]::new));
      } catch (CommandLine.ParameterException e) {
        refused.add(command + "  ->  " + e.getMessage());
      }
    }
    assertThat(refused).as("commands in " + where + " that do not parse").isEmpty();
  }

  /**
   * True for {@code wsarena report} or {@code wsarena kube manifest} in running text: a command's
   * name, not a command to run.
   */
  private static boolean onlyNames(List<String> args) {
    CommandLine at = Main.commandLine();
    for (String word : args.subList(1, args.size())) {
      CommandLine sub = at.getSubcommands().get(word);
      if (sub == null) {
        return false;
      }
      at = sub;
    }
    return args.size() > 1;
  }

  /**
   * {@code wsarena a.wsarena b/result.json}: files for the window, which the launcher opens before
   * any command is parsed.
   */
  private static boolean opensTheWindow(List<String> args) {
    return args.size() > 1 && !args.get(1).startsWith("-") && !Main.commandLine().getSubcommands().containsKey(args.get(1));
  }

  /** Lines of fenced code blocks that start with {@code wsarena }, continuation lines joined. */
  static List<String> codeBlockCommands(String markdown) {
    List<String> out = new ArrayList<>();
    boolean inBlock = false;
    StringBuilder pending = null;
    for (String line : markdown.split("\\R")) {
      if (line.strip().startsWith("```")) {
        inBlock = !inBlock;
        continue;
      }
      if (!inBlock) {
        continue;
      }
      if (pending != null) {
        pending.append(' ').append(line.strip());
      } else if (line.startsWith("wsarena ")) {
        pending = new StringBuilder(line.strip());
      } else {
        continue;
      }
      String text = withoutComment(pending.toString());
      if (text.endsWith("\\")) {
        pending.setLength(0);
        pending.append(text, 0, text.length() - 1);
      } else {
        out.add(pending.toString());
        pending = null;
      }
    }
    return out;
  }

  /** Every {@code `wsarena ...`} in running text. */
  static List<String> inline(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = INLINE.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** The command without a trailing {@code # comment}. */
  private static String withoutComment(String command) {
    int hash = command.indexOf(" #");
    return (hash < 0 ? command : command.substring(0, hash)).strip();
  }

  /** Shell words: spaces split, quotes group and are removed; placeholders filled. */
  static List<String> words(String command) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char quote = 0;
    boolean any = false;
    for (char c : command.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        any = true;
      } else if (Character.isWhitespace(c)) {
        if (any || !word.isEmpty()) {
          out.add(fill(word.toString()));
        }
        word.setLength(0);
        any = false;
      } else {
        word.append(c);
      }
    }
    if (any || !word.isEmpty()) {
      out.add(fill(word.toString()));
    }
    return out;
  }

  /**
   * A word with its placeholders filled; a synopsis's optional part ({@code [--instances N]}) taken
   * as given, and of alternatives ({@code haproxy|reuse-port}) the first.
   */
  private static String fill(String word) {
    String w = word.replace("[", "").replace("]", "");
    if (!w.contains("://") && w.contains("|") && !w.startsWith("|")) {
      w = w.substring(0, w.indexOf('|'));
    }
    for (var e : INSIDE_WORDS.entrySet()) {
      w = w.replaceAll("\\b" + e.getKey() + "\\b", e.getValue());
    }
    return PLACEHOLDERS.getOrDefault(w, w);
  }
}
