package wsarena.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import wsarena.probe.FeatureProbe;
import wsarena.probe.FeatureReport;
import wsarena.probe.FeatureReportJson;
import wsarena.probe.FeatureTable;
import wsarena.probe.ProbeOptions;
import wsarena.probe.TrustPolicy;
import wsarena.probe.WebSocketUrl;
import wsarena.run.TargetException;
import wsarena.run.Targets;
import wsarena.scenario.ScenarioValidator;
import wsarena.scenario.ServerDescription;
import wsarena.scenario.ThreadingModel;

/**
 * {@code wsarena features}: which WebSocket features a server has, found by trying each one.
 *
 * <p>Exit status: 0 when the probe ran (whatever the verdicts), 1 when the target could not be
 * reached or started, or the output not written, 2 for bad input. It reports its own errors as one
 * line, so it behaves the same under {@link Main} and on its own {@link CommandLine}.
 */
@Command(
    name = "features",
    mixinStandardHelpOptions = true,
    description = {
      "Tells which WebSocket features a server has, by trying each one: TLS, permessage-deflate,",
      "subprotocol selection, the largest message echoed (1 KiB to 16 MiB), a fragmented message,",
      "ping/pong and the close handshake. The server must echo on the probed path."
    },
    footer = {
      "",
      "Examples:",
      "  wsarena features --url ws://127.0.0.1:8080/echo",
      "  wsarena features --engine undertow --model event-loop --out features.json"
    })
public final class FeaturesCommand implements Callable<Integer> {
  private static final int OK = 0;

  @Spec CommandSpec spec;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description = "an echo endpoint, ws:// or wss://, e.g. ws://127.0.0.1:8080/echo")
  String url;

  @Option(
      names = "--engine",
      paramLabel = "ENGINE",
      description = "probe an embedded engine, started in this process on a free port")
  String engine;

  @Option(
      names = "--model",
      paramLabel = "MODEL",
      description = "the engine's threading model, e.g. event-loop (default: its first)")
  String model;

  @Option(
      names = "--insecure",
      description = "wss:// only: accept any certificate, unverified (prints a warning)")
  boolean insecure;

  @Option(
      names = "--fingerprint",
      paramLabel = "SHA256",
      description = "wss:// only: accept exactly the certificate with this SHA-256 fingerprint")
  String fingerprint;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      defaultValue = "5s",
      converter = DurationConverter.class,
      description =
          "how long each step waits for the server, e.g. 5s or 500ms (default: ${DEFAULT-VALUE})")
  Duration timeout;

  @Option(names = "--out", paramLabel = "FILE", description = "also write the report as JSON")
  Path out;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    try {
      FeatureReport report = probe(stderr);
      if (report.unreachable().isPresent()) {
        stderr.println(
            "wsarena: cannot probe " + report.target() + ": " + report.unreachable().get());
        return Main.EXIT_FAILED;
      }
      stdout.print(FeatureTable.render(report));
      stdout.flush();
      if (out != null) {
        FeatureReportJson.write(report, out);
        stdout.println("Wrote " + out);
      }
      return OK;
    } catch (BadInput e) {
      stderr.println("wsarena: " + e.getMessage());
      return Main.EXIT_BAD_INPUT;
    } catch (TargetException e) {
      stderr.println("wsarena: " + e.getMessage());
      return Main.EXIT_FAILED;
    } catch (IOException e) {
      stderr.println("wsarena: cannot write " + out + ": " + e.getMessage());
      return Main.EXIT_FAILED;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stderr.println("wsarena: the probe was interrupted");
      return Main.EXIT_FAILED;
    } finally {
      stdout.flush();
      stderr.flush();
    }
  }

  private FeatureReport probe(PrintWriter stderr)
      throws BadInput, TargetException, InterruptedException {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new BadInput("--timeout must be longer than zero, e.g. 5s");
    }
    if ((url == null) == (engine == null)) {
      throw new BadInput("give either --url or --engine (with --model)");
    }
    if (url != null) {
      if (model != null) {
        throw new BadInput("--model goes with --engine, not with --url");
      }
      URI uri = parseUrl();
      ProbeOptions options =
          new ProbeOptions(timeout, trustFor(uri, stderr), ProbeOptions.DEFAULT_MAX_MESSAGE_BYTES);
      return new FeatureProbe(options).probe(uri, uri.toString());
    }
    if (insecure || fingerprint != null) {
      throw new BadInput(
          "--insecure and --fingerprint are for --url targets: wsarena trusts its own engines'"
              + " certificates by their fingerprint");
    }
    Targets targets = Targets.standard();
    ServerDescription described =
        targets.catalog().engine(engine).orElseThrow(() -> new BadInput(targets.catalog().unknownEngine(engine)));
    ThreadingModel threadingModel = modelOf(described);
    ProbeOptions options =
        new ProbeOptions(timeout, TrustPolicy.system(), ProbeOptions.DEFAULT_MAX_MESSAGE_BYTES);
    return targets.probeFeatures(described.id(), threadingModel, options);
  }

  private URI parseUrl() throws BadInput {
    try {
      return WebSocketUrl.parse(url);
    } catch (IllegalArgumentException e) {
      throw new BadInput("--url: " + e.getMessage());
    }
  }

  private TrustPolicy trustFor(URI uri, PrintWriter stderr) throws BadInput {
    if (insecure && fingerprint != null) {
      throw new BadInput("choose --insecure or --fingerprint, not both");
    }
    if (fingerprint != null) {
      try {
        return TrustPolicy.pinned(fingerprint);
      } catch (IllegalArgumentException e) {
        throw new BadInput("--fingerprint: " + e.getMessage());
      }
    }
    if (insecure) {
      if ("wss".equalsIgnoreCase(uri.getScheme())) {
        stderr.println(
            "WARNING: --insecure: the server's certificate is not verified; anyone between you and "
                + uri.getHost()
                + " could read and change this traffic.");
        stderr.flush();
      }
      return TrustPolicy.any();
    }
    return TrustPolicy.system();
  }

  private ThreadingModel modelOf(ServerDescription described) throws BadInput {
    if (model == null) {
      return described.threadingModels().stream()
          .findFirst()
          .orElseThrow(() -> new BadInput(described.id() + " offers no threading model"));
    }
    ThreadingModel threadingModel;
    try {
      threadingModel = ThreadingModel.fromCliName(model);
    } catch (IllegalArgumentException e) {
      throw new BadInput(e.getMessage());
    }
    if (!described.offers(threadingModel)) {
      throw new BadInput(described.lacks(threadingModel.cliName()));
    }
    return threadingModel;
  }

  /** Reads 5s, 500ms or 2m, as every wsarena command does. */
  static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String text) {
      try {
        return ScenarioValidator.parseDuration(text);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** Input the user can fix; the message is the one line printed. */
  private static final class BadInput extends Exception {
    BadInput(String message) {
      super(message);
    }
  }
}
