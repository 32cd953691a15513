package wsarena.cli;

import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import wsarena.host.FileLimit;
import org.junit.jupiter.params.provider.CsvSource;

/** Each bad input gives one clear line and exit code 2: no stack trace, nothing started. */
class BadInputTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "run --connections 0                    | connections must be at least 1",
        "run --connections -5                   | connections must be at least 1",
        "run --rate 0                           | open-loop rate must be a positive",
        "run --payload 4                        | at least 32 bytes",
        "run --duration 0s                      | duration must be positive",
        "run --duration soon                    | not a duration",
        "run --interval 10ms                    | at least 100 ms",
        "run --url http://127.0.0.1:1/echo      | must start with ws:// or wss://",
        "run --url ws:/echo                     | names no host",
        "run --engine nosuch                    | unknown engine 'nosuch'",
        "run --model fastest                    | unknown threading model 'fastest'",
        "run --kind utf16                       | unknown payload kind 'utf16'",
        "run --rate 100 --closed-loop           | either --rate",
        "run --scenario /no/such/file.json      | cannot read the scenario file",
        "run --connections many                 | connections",
        "run --workload storm --handshakes-in-flight 0 | handshakes in flight must be at least 1",
        "run --workload storm --source-ports 9-x       | not a port range",
        "run --workload storm --source-addresses 300   | source addresses must be 1 to 254",
        "run --workload idle --ping-interval 1ms       | ping interval must be at least 10 ms",
        "run --workload fanout                  | unknown workload 'fanout' (known: echo, broadcast, storm, idle)",
        "serve --port 70000                     | between 0 and 65535",
        "serve --engine nosuch                  | unknown engine 'nosuch'",
        "nosuchcommand                          | Unmatched argument",
        "run --peer tornado --model multi-reactor | --model does not apply to --peer tornado (Tornado runs as it is written: one asyncio event loop",
        "run --peer autobahn --engine netty     | --engine does not apply to --peer autobahn",
        "run --url ws://127.0.0.1:1/echo --model event-loop | --model does not apply to --url (wsarena does not start that server); drop --model",
        "shootout --targets undertow:event-loop,nginx | --targets: unknown target 'nginx' (known: undertow, netty, jetty, tornado, autobahn",
        "shootout --targets jetty:event-loop    | --targets: Jetty",
        "shootout --targets netty,netty:event-loop | --targets: netty:event-loop is named twice",
        "shootout --targets netty --repeat 0    | repeat each target 1 to 20 times, not 0",
        "shootout                               | Missing required option: '--targets=TARGET'",
        "bench --engines undertow,nginx         | --engines: unknown engine or Python server 'nginx'",
        "bench --engines tornado --models multi-reactor | --models leaves out tornado: Tornado",
        "bench --engines tornado --no-peers     | --no-peers leaves out tornado, which --engines names",
        "sweep --peer tornado --model multi-reactor | --model does not apply to --peer tornado (Tornado runs as it is written",
        "shootout --targets netty:event-loop --sweep --repeat 2 | --repeat measures each target several times; --sweep measures each once",
        "shootout --targets netty:event-loop --sweep --rate 100 | --sweep sets the rate step by step from --start-rate; drop --rate",
        "bench --engines netty --sweep --repeat 2 | --repeat measures each target several times; --sweep measures each once",
        "run --engine undertow --server-transport epoll | --server-transport: undertow-event-loop-epoll cannot run: Undertow",
        "run --engine netty --server-transport uring | unknown transport 'uring' (known: epoll, io_uring, nio)",
        "run --peer tornado --server-transport epoll | --server-transport does not apply to --peer tornado",
        "shootout --targets jetty:virtual-threads:epoll | --targets: jetty-virtual-threads-epoll cannot run: Jetty",
        "shootout --targets tornado:event-loop:epoll | runs on its own event loop; a transport (epoll) chooses the event loops of an engine built on Netty",
        "bench --engines undertow --server-transport epoll | --server-transport chooses Netty's event loops, and no Netty model is in this bench: add netty to --engines",
      })
  void answersWithOneSentence(String args, String expected) {
    CliResult r = CliResult.of(args.strip().split("\\s+"));

    assertThat(r.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.err()).contains(expected).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(r.err().lines().count()).isLessThanOrEqualTo(2);
  }

  @Test
  void aCountTheOpenFilesLimitCannotHoldIsRefusedBeforeTheRunNamingTheLimit() {
    OptionalLong limit = FileLimit.openFiles();
    assumeTrue(limit.isPresent() && limit.getAsLong() < 10_000_000, "an OS that gives an open-files limit");
    String asked = Long.toString(limit.getAsLong());

    CliResult r = CliResult.of("run", "--workload", "idle", "--isolation", "process", "--connections", asked);

    assertThat(r.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.err())
        .contains(String.format(java.util.Locale.ROOT, "open-files limit of %,d", limit.getAsLong()))
        .contains("ask for fewer, or raise the limit")
        .doesNotContain("Exception");
    assertThat(r.err().lines().count()).isLessThanOrEqualTo(2);
  }
}
