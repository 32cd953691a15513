package wsarena.conformance;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import wsarena.Version;
import wsarena.engine.EngineCatalog;
import wsarena.probe.HandshakeCheck;
import wsarena.run.RunningTarget;
import wsarena.run.TargetException;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.Workload;

/**
 * Runs the Autobahn|Testsuite against targets, one after the other: starts each as a run would,
 * checks its WebSocket handshake, runs the suite's fuzzing client on its echo endpoint in a child
 * JVM, and reads the suite's report into a {@link ConformanceSummary}.
 *
 * <pre>{@code
 * ConformanceRunner runner = new ConformanceRunner(SuiteInstallation.locate(), EngineCatalog.standard(),
 *     CaseSelection.quick(), CaseSelection.quick().defaultTimeout(), reportsFolder, listener);
 * ConformanceReport report = runner.run(List.of(TargetSpec.Embedded.of("netty", EVENT_LOOP, IN_PROCESS)));
 * }</pre>
 *
 * <p>Each target's reports (the suite's {@code index.json}, {@code index.html} and per-case files,
 * the spec and the suite's log) go into a folder named by its label under the reports folder. A
 * target that cannot be started or reached, or on which the suite fails, becomes a {@link
 * ConformanceFailure} with a sentence, and the others still run.
 */
public final class ConformanceRunner {
  /** How long the handshake check waits: a refused handshake must be a sentence within seconds. */
  static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(5);

  /** Told how the call goes, target by target. */
  public interface Listener {
    default void targetStarted(String target, String description, URI url) {}

    default void caseStarted(String target, String caseId, int number, int total) {}

    default void targetFinished(TargetConformance result) {}
  }

  private final SuiteInstallation suite;
  private final EngineCatalog catalog;
  private final CaseSelection cases;
  private final FuzzingClient client;
  private final Path reportsFolder;
  private final Listener listener;

  public ConformanceRunner(
      SuiteInstallation suite,
      EngineCatalog catalog,
      CaseSelection cases,
      Duration timeoutPerTarget,
      Path reportsFolder,
      Listener listener) {
    this.suite = suite;
    this.catalog = catalog;
    this.cases = cases;
    this.client = new FuzzingClient(suite, timeoutPerTarget);
    this.reportsFolder = reportsFolder;
    this.listener = listener;
  }

  /** The suite against every target, in order; a target it cannot judge does not stop the others. */
  public ConformanceReport run(List<TargetSpec> targets) throws InterruptedException {
    Instant createdAt = Instant.now();
    List<TargetConformance> results = new ArrayList<>();
    List<String> labels = labels(targets);
    for (int i = 0; i < targets.size(); i++) {
      TargetConformance result = judge(targets.get(i), labels.get(i));
      results.add(result);
      listener.targetFinished(result);
    }
    return ConformanceReport.of(Version.current(), suite.name(), createdAt, results);
  }

  private TargetConformance judge(TargetSpec spec, String label) throws InterruptedException {
    try (RunningTarget target = RunningTarget.start(spec, catalog, Workload.ECHO)) {
      URI url = target.uri();
      listener.targetStarted(label, target.description(), url);
      try {
        return judge(spec, label, target, url);
      } catch (ConformanceException e) {
        return new ConformanceFailure(label, target.description(), e.getMessage());
      }
    } catch (TargetException e) {
      return new ConformanceFailure(label, spec.label(), e.getMessage());
    }
  }

  private ConformanceSummary judge(TargetSpec spec, String label, RunningTarget target, URI url)
      throws ConformanceException, InterruptedException {
    if (!"ws".equalsIgnoreCase(url.getScheme())) {
      throw new ConformanceException(
          "the suite's client speaks only ws:// here (its TLS needs pyOpenSSL, which Jython lacks): "
              + url + " cannot be tested");
    }
    Optional<String> refused = HandshakeCheck.failure(url, HANDSHAKE_TIMEOUT);
    if (refused.isPresent()) {
      throw new ConformanceException(
          "the suite cannot test " + url + ": " + refused.get()
              + " (it needs a WebSocket endpoint that echoes every message, such as wsarena's /echo)");
    }
    Path folder = reportsFolder.resolve(label);
    Path specFile = folder.resolve("spec.json");
    try {
      Files.createDirectories(folder);
      FuzzingSpec.write(specFile, label, url, folder, cases);
    } catch (IOException e) {
      throw new ConformanceException("cannot write the suite's spec into " + folder + ": " + e.getMessage(), e);
    }
    Instant started = Instant.now();
    long startNanos = System.nanoTime();
    client.run(specFile, folder, (caseId, number, total) -> listener.caseStarted(label, caseId, number, total));
    long millis = (System.nanoTime() - startNanos) / 1_000_000;
    Optional<String> died = target.deathCause();
    if (died.isPresent()) {
      throw new ConformanceException("the target died during the suite: " + died.get() + " (its verdicts are in " + folder + ")");
    }
    List<CaseVerdict> verdicts = LibraryCauses.attach(spec, SuiteReport.read(folder, label));
    return ConformanceSummary.of(label, target.description(), url, suite.name(), cases, started, millis, verdicts);
  }

  /** Each target's label, made unique (the suite names its report files by it). */
  static List<String> labels(List<TargetSpec> targets) {
    Set<String> seen = new HashSet<>();
    List<String> labels = new ArrayList<>();
    for (TargetSpec t : targets) {
      String base = t.label().replaceAll("[^A-Za-z0-9._-]", "-");
      String label = base;
      for (int n = 2; !seen.add(label); n++) {
        label = base + "-" + n;
      }
      labels.add(label);
    }
    return labels;
  }
}
