package wsarena.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every flag of every command with its default, as scripts use them: the shared options moved into
 * mixins and their per-command defaults into {@link Defaults}, and none of them changed ({@code
 * bench} only gained {@code --repeat} and {@code --cool-down} as a preset of {@code shootout}).
 */
class CliOptionsTest {
  private static final List<String> FLAGS_AND_DEFAULTS =
      List.of(
        "serve --transport = null",
        "serve --commands-on-stdin = false",
        "serve --compression = false",
        "serve --engine = undertow",
        "serve --host = 127.0.0.1",
        "serve --model = event-loop",
        "serve --parent-pid = 0",
        "serve --port = 8080",
        "serve --tls = false",
        "serve --worker-threads = 0",
        "run --closed-loop = false",
        "run --compression = false",
        "run --conformance = false",
        "run --connections = 100",
        "run --duration = 10s",
        "run --engine = undertow",
        "run --handshakes-in-flight = 100",
        "run --hold = 0s",
        "run --insecure = false",
        "run --interval = 1s",
        "run --isolation = in-process",
        "run --kind = text",
        "run --max-in-flight = 1000",
        "run --model = event-loop",
        "run --out = null",
        "run --payload = 64",
        "run --peer = null",
        "run --ping-interval = 1s",
        "run --publishers = 1",
        "run --quiet = false",
        "run --ramp = 0",
        "run --rate = null",
        "run --scenario = null",
        "run --source-addresses = 254",
        "run --source-ports = null",
        "run --target-pid = 0",
        "run --think-time = 0ms",
        "run --threads = 0",
        "run --timeout = 5s",
        "run --transport = null",
        "run --server-transport = null",
        "run --tls = false",
        "run --url = null",
        "run --warmup = 2s",
        "run --worker-threads = 0",
        "run --workload = echo",
        "run --balance = null",
        "run --instances = 1",
        "run --python = null",
        "sweep --balance = null",
        "sweep --instances = 1",
        "sweep --python = null",
        "shootout --closed-loop = false",
        "shootout --compression = false",
        "shootout --connections = 100",
        "shootout --cool-down = 2s",
        "shootout --duration = 10s",
        "shootout --handshakes-in-flight = 100",
        "shootout --hold = 0s",
        "shootout --interval = 1s",
        "shootout --isolation = process",
        "shootout --kind = text",
        "shootout --max-in-flight = 1000",
        "shootout --out = null",
        "shootout --payload = 64",
        "shootout --ping-interval = 1s",
        "shootout --publishers = 1",
        "shootout --quiet = false",
        "shootout --ramp = 0",
        "shootout --rate = null",
        "shootout --repeat = 1",
        "shootout --source-addresses = 254",
        "shootout --connection-steps = null",
        "shootout --cooldown = 1s",
        "shootout --fresh-target = false",
        "shootout --precision = 5%",
        "shootout --rate-per-connection = 10",
        "shootout --slo-p99 = 10ms",
        "shootout --start-rate = 1000",
        "shootout --sweep = false",
        "shootout --source-ports = null",
        "shootout --targets = null",
        "shootout --think-time = 0ms",
        "shootout --threads = 0",
        "shootout --timeout = 5s",
        "shootout --transport = null",
        "shootout --warmup = 2s",
        "shootout --workload = echo",
        "bench --connections = 100",
        "bench --cool-down = 2s",
        "run --segment = null",
        "run --job-segments = null",
        "run --start-at = null",
        "run --log-result = false",
        "sweep --compression = false",
        "sweep --connection-steps = null",
        "sweep --connections = 100",
        "sweep --cooldown = 1s",
        "sweep --duration = 10s",
        "sweep --engine = undertow",
        "sweep --fresh-target = false",
        "sweep --insecure = false",
        "sweep --interval = 1s",
        "sweep --intervals = false",
        "sweep --isolation = process",
        "sweep --kind = text",
        "sweep --max-in-flight = 1000",
        "sweep --model = event-loop",
        "sweep --out = null",
        "sweep --payload = 64",
        "sweep --peer = null",
        "sweep --precision = 5%",
        "sweep --publishers = 1",
        "sweep --ramp = 0",
        "sweep --rate-per-connection = 10",
        "sweep --slo-p99 = 10ms",
        "sweep --start-rate = 1000",
        "sweep --target-pid = 0",
        "sweep --threads = 0",
        "sweep --timeout = 5s",
        "sweep --transport = null",
        "sweep --server-transport = null",
        "sweep --tls = false",
        "sweep --url = null",
        "sweep --warmup = 2s",
        "sweep --worker-threads = 0",
        "sweep --workload = echo",
        "bench --connection-steps = null",
        "bench --conformance = false",
        "bench --cooldown = 1s",
        "bench --duration = 10s",
        "bench --engines = null",
        "bench --fresh-target = false",
        "bench --handshakes-in-flight = 100",
        "bench --hold = 0s",
        "bench --isolation = process",
        "bench --max-in-flight = 1000",
        "bench --models = null",
        "bench --no-peers = false",
        "bench --out = null",
        "bench --payload = 64",
        "bench --precision = 5%",
        "bench --rate = null",
        "bench --rate-per-connection = 10",
        "bench --slo-p99 = 10ms",
        "bench --start-rate = 1000",
        "bench --sweep = false",
        "bench --ping-interval = 1s",
        "bench --source-addresses = 254",
        "bench --source-ports = null",
        "bench --repeat = 1",
        "bench --threads = 0",
        "bench --timeout = 5s",
        "bench --transport = null",
        "bench --server-transport = null",
        "bench --warmup = 3s",
        "bench --workload = echo",
        "compare --out = null",
        "compare --title = wsarena comparison",
        "compare <RESULT> arity=1..*",
        "merge --out = null",
        "merge <DIR> arity=1..*",
        "chart --out = .",
        "chart --scale = 2",
        "chart --size = 1600x900",
        "chart --square = false",
        "chart <RESULT> arity=1..*",
        "features --engine = null",
        "features --fingerprint = null",
        "features --insecure = false",
        "features --model = null",
        "features --out = null",
        "features --timeout = 5s",
        "features --url = null",
        "conformance --cases = null",
        "conformance --engine = null",
        "conformance --full = false",
        "conformance --isolation = in-process",
        "conformance --model = null",
        "conformance --out = null",
        "conformance --peer = null",
        "conformance --timeout = null",
        "conformance --url = null",
        "report --claims = null",
        "report --measured-with = null",
        "report --out = null",
        "report --title = Python and JVM WebSocket servers, measured",
        "report <DIR-or-FILE> arity=1..*",
        "soak --connections = 50",
        "soak --engine = netty",
        "soak --minutes = 10",
        "soak --model = event-loop",
        "soak --payload = 64",
        "soak --rate = 2000",
        "help <COMMAND> arity=0..1");

  @Test
  void everyFlagKeepsItsNameAndDefault() {
    List<String> actual = new ArrayList<>();
    Main.commandLine().getSubcommands().forEach((name, command) -> {
      command.getCommandSpec().options().stream()
          .filter(o -> !o.usageHelp() && !o.versionHelp())
          .sorted((a, b) -> String.join("|", a.names()).compareTo(String.join("|", b.names())))
          .forEach(o -> actual.add(name + " " + String.join("|", o.names()) + " = " + o.defaultValueString()));
      command.getCommandSpec().positionalParameters()
          .forEach(p -> actual.add(name + " <" + p.paramLabel() + "> arity=" + p.arity()));
    });

    assertThat(actual).containsExactlyInAnyOrderElementsOf(FLAGS_AND_DEFAULTS);
  }

  @Test
  void theHelpOfASharedOptionIsTheCommandsOwn() {
    assertThat(help("run")).contains("--out=DIR  Write result.json, samples.csv, latency.hgrm and latency.hlog into this folder.");
    assertThat(help("chart")).contains("--out=DIR  Folder for the pictures. Default: the current folder.");
    assertThat(help("compare")).contains("--out=FILE  Write the comparison as Markdown, with the hardware block.");
    assertThat(help("serve")).contains("--engine=ENGINE  Engine (see 'wsarena engines'). Default: undertow.");
    assertThat(help("features")).contains("--engine=ENGINE  Probe an embedded engine instead");
    assertThat(help("bench")).contains("Load before measuring, not measured. Default: 3s, or 10s when a target runs on PyPy");
    assertThat(help("run")).contains("Load before measuring, not measured. Default: 2s, or 10s when a target runs on PyPy");
  }

  /** The command's help on one line per option. */
  private static String help(String command) {
    CommandLine cl = Main.commandLine();
    cl.setUsageHelpWidth(240);
    return cl.getSubcommands().get(command).getUsageMessage().replaceAll(" {2,}", "  ");
  }

  @Test
  void theCommandListSaysWhatEachCommandDoesInAWholeSentence() {
    String usage = Main.commandLine().getUsageMessage();
    String commands = usage.substring(usage.indexOf("Commands:") + "Commands:".length());
    // a command's summary may wrap onto indented lines; joined, it ends like a sentence
    List<String> summaries = new ArrayList<>();
    for (String line : commands.strip().split("\\R")) {
      if (line.startsWith("    ") && !summaries.isEmpty()) {
        summaries.set(summaries.size() - 1, summaries.getLast() + " " + line.strip());
      } else {
        summaries.add(line.strip());
      }
    }

    assertThat(summaries).hasSizeGreaterThanOrEqualTo(8).allSatisfy(summary -> assertThat(summary).endsWith("."));
  }

  @Test
  void noExampleAddressIsBrokenAcrossLines() {
    CommandLine cl = Main.commandLine();
    List<String> helps = new ArrayList<>(List.of(cl.getUsageMessage()));
    cl.getSubcommands().values().forEach(c -> helps.add(c.getUsageMessage()));

    for (String help : helps) {
      java.util.regex.Matcher url = java.util.regex.Pattern.compile("wss?://\\S*").matcher(help);
      while (url.find()) {
        assertThat(url.group()).as(help).matches("wss?://(127\\.0\\.0\\.1:\\d+/\\w+)?[.,)]?");
      }
    }
  }
}
