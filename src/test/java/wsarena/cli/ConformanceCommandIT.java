package wsarena.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import wsarena.engine.EngineOptions;
import wsarena.engine.RunningServer;
import wsarena.scenario.ThreadingModel;
import wsarena.engine.undertow.UndertowEngine;

/** {@code wsarena conformance} as a user runs it: the table, the files, one line per mistake. */
@Timeout(120)
class ConformanceCommandIT {

  private record Outcome(int exitCode, String out, String err) {}

  private static Outcome conformance(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
    String[] all = new String[args.length + 1];
    all[0] = "conformance";
    System.arraycopy(args, 0, all, 1, args.length);
    int exitCode = cl.execute(all);
    return new Outcome(exitCode, out.toString(), err.toString());
  }

  @Test
  void printsATablePerTargetAndKeepsTheSuitesReports(@TempDir Path dir) throws Exception {
    Outcome o = conformance("--engine", "undertow", "--model", "event-loop", "--cases", "7.9.*", "--out", dir.toString());

    assertThat(o.exitCode()).as(o.err()).isZero();
    assertThat(o.out())
        .contains("== undertow-event-loop: Undertow")
        .containsPattern("Autobahn\\|Testsuite 0\\.5\\.6 \\(Autobahn 0\\.6\\.4\\), 9 cases \\(7\\.9\\.\\*\\) in [0-9.]+ s against ws://127\\.0\\.0\\.1:\\d+/echo")
        .containsPattern("undertow-event-loop +9 +0 +0 +0 +0\n")
        .contains("Files: " + dir.toAbsolutePath());
    JsonNode json = new ObjectMapper().readTree(dir.resolve("conformance.json").toFile());
    JsonNode target = json.get("targets").get(0);
    assertThat(target.get("target").asText()).isEqualTo("undertow-event-loop");
    assertThat(target.get("ok").asInt()).isEqualTo(9);
    assertThat(json.get("failures")).isEmpty();
    assertThat(dir.resolve("undertow-event-loop/index.html")).isNotEmptyFile();
    assertThat(dir.resolve("undertow-event-loop/index.json")).isNotEmptyFile();
    assertThat(dir.resolve("undertow-event-loop/wstest.log")).content().contains("Running test case ID 7.9.9");
  }

  @Test
  void aPathThatIsNoWebSocketIsOneSentenceAndExitCodeOne() throws Exception {
    try (RunningServer server =
        new UndertowEngine().start(new EngineOptions(ThreadingModel.EVENT_LOOP, EngineOptions.LOOPBACK, 0, 0, false, false))) {
      String url = server.uri("/nowhere").toString();

      Outcome o = conformance("--url", url);

      assertThat(o.exitCode()).isEqualTo(Main.EXIT_FAILED);
      assertThat(o.err()).startsWith("wsarena: 127.0.0.1-" + server.port() + ": the suite cannot test " + url + ": the server answered 404");
      assertThat(o.out()).contains("not judged").doesNotContain("Running test case");
    }
  }

  @Test
  void badInputIsOneSentenceAndExitCodeTwo() {
    assertThat(conformance("--engine", "netty", "--cases", "close"))
        .satisfies(o -> assertThat(o.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT))
        .satisfies(o -> assertThat(o.err()).isEqualTo("wsarena: --cases: 'close' is not a case of the suite: give case ids or patterns such as 1.*, 7.9.1 or 6.4.*\n"));
    assertThat(conformance("--cases", "1.*").err())
        .isEqualTo("wsarena: name a target: --engine ENGINE [--model MODEL], --peer tornado|autobahn or --url ws://HOST:PORT/echo\n");
    assertThat(conformance("--engine", "jetty", "--model", "event-loop").err())
        .isEqualTo("wsarena: Jetty 12.1.14 has no threading model 'event-loop' (it offers reactor-workers, virtual-threads)\n");
    assertThat(conformance("--engine", "netty", "--full", "--cases", "1.*").err())
        .isEqualTo("wsarena: choose either --full or --cases, not both\n");
    assertThat(conformance("--peer", "nginx").err())
        .isEqualTo("wsarena: unknown peer 'nginx' (known: tornado, autobahn, tornado-pypy, autobahn-pypy)\n");
  }
}
