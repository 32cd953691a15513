package wsarena.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;
import wsarena.ui.WindowOptions;

/** Every command's help, as a user reads it. */
class HelpTest {

  @Test
  void wsarenaHelpSaysHowToOpenTheWindow() {
    StringWriter out = new StringWriter();
    CommandLine cl = Main.commandLine(WindowOptions.usage());
    cl.setOut(new PrintWriter(out));

    assertThat(cl.execute("--help")).isZero();

    assertThat(out.toString())
        .contains("Usage: wsarena [-hV] [COMMAND]", "wsarena [WINDOW OPTIONS] [RESULT...]", "--demo", "--theme=dark|light",
            "a saved shootout's folder");
  }

  /**
   * picocli warns on the System.err it found when it loaded, before any test could catch it, so
   * every help is printed in a JVM of its own and all it says is read.
   */
  @Test
  @Timeout(120)
  void noCommandsHelpCarriesAPicocliWarning() throws IOException, InterruptedException {
    String javaBin = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), EveryHelp.class.getName())
        .redirectErrorStream(true)
        .start();
    String printed = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor(100, TimeUnit.SECONDS)).isTrue();

    assertThat(p.exitValue()).as(printed).isZero();
    assertThat(printed).contains("Usage: wsarena sweep", "Usage: wsarena bench", "Usage: wsarena shootout", "Usage: wsarena kube");
    assertThat(printed).doesNotContain("[picocli WARN]");
  }

  /** Prints the help of wsarena and of every command under it. */
  public static final class EveryHelp {
    public static void main(String[] args) {
      PrintStream out = System.out;
      List<CommandLine> all = new ArrayList<>();
      collect(Main.commandLine(WindowOptions.usage()), all);
      for (CommandLine cl : all) {
        cl.usage(out);
      }
      out.flush();
    }

    private static void collect(CommandLine cl, List<CommandLine> into) {
      into.add(cl);
      cl.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, into));
    }
  }
}
