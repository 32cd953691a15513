package wsarena.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import wsarena.client.TlsTrust;
import wsarena.probe.FeatureProbe;
import wsarena.probe.FeatureReport;
import wsarena.probe.FeatureReportJson;
import wsarena.probe.FeatureTable;
import wsarena.probe.ProbeOptions;
import wsarena.run.TargetException;
import wsarena.run.Targets;
import wsarena.scenario.ServerDescription;
import wsarena.scenario.ThreadingModel;

/**
 * {@code wsarena features}: which WebSocket features a server has, found by trying each one.
 *
 * <p>Exit status: 0 when the probe ran (whatever the verdicts), 1 when the target could not be
 * reached or started, or the output not written, 2 for bad input.
 */
@Command(
    name = "features",
    mixinStandardHelpOptions = true,
    description = {
      "Tell which WebSocket features a server has, by trying each one.",
      "It tries TLS, permessage-deflate, subprotocol selection, the largest message echoed (1 KiB to 16 MiB),"
          + " a fragmented message, ping/pong and the close handshake. The server must echo on the probed path."
    },
    footer = {
      "",
      "Examples:",
      "  wsarena features --url ws://127.0.0.1:8080/echo",
      "  wsarena features --engine undertow --model event-loop --out features.json"
    })
final class FeaturesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin UrlTarget external;

  @Mixin EngineChoice engine;

  @Option(
      names = "--fingerprint",
      paramLabel = "SHA256",
      description = "wss:// only: accept exactly the certificate with this SHA-256 fingerprint.")
  String fingerprint;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      defaultValue = "5s",
      description = "How long each step waits for the server, e.g. 5s or 500ms. Default: ${DEFAULT-VALUE}.")
  Duration timeout;

  @Mixin OutputFile out;

  @Override
  public Integer call() throws TargetException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    FeatureReport report;
    try {
      report = probe(stderr);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the probe was interrupted", e);
    }
    if (report.unreachable().isPresent()) {
      stderr.println("wsarena: cannot probe " + report.target() + ": " + report.unreachable().get());
      stderr.flush();
      return Main.EXIT_FAILED;
    }
    stdout.print(FeatureTable.render(report));
    if (out.file().isPresent()) {
      Path file = out.file().get();
      try {
        FeatureReportJson.write(report, file);
      } catch (IOException e) {
        throw new IllegalStateException("cannot write " + file + ": " + e.getMessage(), e);
      }
      OutputFile.announce(file, stdout);
    }
    stdout.flush();
    return 0;
  }

  private FeatureReport probe(PrintWriter stderr) throws TargetException, InterruptedException {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new UserError("--timeout must be longer than zero, e.g. 5s");
    }
    URI url = external.url;
    if ((url == null) == !engine.engineGiven()) {
      throw new UserError("give either --url or --engine (with --model)");
    }
    if (url != null) {
      if (engine.model != null) {
        throw new UserError("--model goes with --engine, not with --url");
      }
      ProbeOptions options = new ProbeOptions(timeout, trustFor(url, stderr), ProbeOptions.DEFAULT_MAX_MESSAGE_BYTES);
      return new FeatureProbe(options).probe(url, url.toString());
    }
    if (external.insecure || fingerprint != null) {
      throw new UserError(
          "--insecure and --fingerprint are for --url targets: wsarena trusts its own engines'"
              + " certificates by their fingerprint");
    }
    Targets targets = Targets.standard();
    ServerDescription described = engine.engine(targets.catalog());
    ThreadingModel model = engine.model(described);
    ProbeOptions options = new ProbeOptions(timeout, TlsTrust.system(), ProbeOptions.DEFAULT_MAX_MESSAGE_BYTES);
    return targets.probeFeatures(described.id(), model, options);
  }

  private TlsTrust trustFor(URI uri, PrintWriter stderr) {
    if (external.insecure && fingerprint != null) {
      throw new UserError("choose --insecure or --fingerprint, not both");
    }
    if (fingerprint != null) {
      try {
        return TlsTrust.pinned(fingerprint);
      } catch (IllegalArgumentException e) {
        throw new UserError("--fingerprint: " + e.getMessage());
      }
    }
    if (external.insecure) {
      if ("wss".equalsIgnoreCase(uri.getScheme())) {
        stderr.println(
            "WARNING: --insecure: the server's certificate is not verified; anyone between you and "
                + uri.getHost()
                + " could read and change this traffic.");
        stderr.flush();
      }
      return TlsTrust.any();
    }
    return TlsTrust.system();
  }
}
