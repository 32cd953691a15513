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
import wsarena.probe.HandshakeCheck;
import wsarena.scenario.TargetSpec;

/**
 * Runs the Autobahn|Testsuite against a target that is up: checks its WebSocket handshake, runs
 * the suite's fuzzing client on its echo endpoint in a child JVM, and reads the suite's report into
 * a {@link ConformanceSummary}. Starting and stopping the target is the run layer's job ({@code
 * wsarena.run.ConformanceCheck}); this class only judges an address.
 *
 * <pre>{@code
 * ConformanceRunner runner = new ConformanceRunner(SuiteInstallation.locate(), CaseSelection.quick(),
 *     CaseSelection.quick().defaultTimeout(), reportsFolder);
 * TargetConformance verdicts = runner.judge(new Endpoint("netty-event-loop", spec, description, url), listener);
 * }</pre>
 *
 * <p>Each target's reports (the suite's {@code index.json}, {@code index.html} and per-case files,
 * the spec and the suite's log) go into {@link #folder(String) a folder named by its label} under
 * the reports folder. A target that cannot be reached, or on which the suite fails, becomes a
 * {@link ConformanceFailure} with a sentence.
 */
public final class ConformanceRunner {
  /** How long the handshake check waits: a refused handshake must be a sentence within seconds. */
  static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(5);

  /** Told how a call goes, target by target; every method is called on the judging thread. */
  public interface Listener {
    default void targetStarted(String target, String description, URI url) {}

    /** Called from the thread that reads the suite's log. */
    default void caseStarted(String target, String caseId, int number, int total) {}

    default void targetFinished(TargetConformance result) {}
  }

  /**
   * A target that is up, as the suite needs it.
   *
   * @param label its short name, unique among the targets of one reports folder (see {@link #labels})
   * @param spec what it is, for the library causes of cases it cannot mend
   * @param description what it is, in words, e.g. {@code Netty 4.2.18.Final · Single event loop · this process}
   * @param url its echo endpoint
   */
  public record Endpoint(String label, TargetSpec spec, String description, URI url) {}

  private final SuiteInstallation suite;
  private final CaseSelection cases;
  private final FuzzingClient client;
  private final Path reportsFolder;

  public ConformanceRunner(SuiteInstallation suite, CaseSelection cases, Duration timeoutPerTarget, Path reportsFolder) {
    this.suite = suite;
    this.cases = cases;
    this.client = new FuzzingClient(suite, timeoutPerTarget, cases.hasPerformanceCases());
    this.reportsFolder = reportsFolder;
  }

  public SuiteInstallation suite() {
    return suite;
  }

  public CaseSelection cases() {
    return cases;
  }

  /** Where the suite's reports on the target labelled {@code label} go. */
  public Path folder(String label) {
    return reportsFolder.resolve(label);
  }

  /**
   * The suite against one endpoint. Never throws for what the target does: a refused handshake,
   * a suite that overruns its time or writes no report is a {@link ConformanceFailure}.
   *
   * @throws InterruptedException when the thread was interrupted; the suite's JVM is stopped
   */
  public TargetConformance judge(Endpoint target, Listener listener) throws InterruptedException {
    try {
      return summary(target, listener);
    } catch (ConformanceException e) {
      return new ConformanceFailure(target.label(), target.description(), e.getMessage());
    }
  }

  private ConformanceSummary summary(Endpoint target, Listener listener)
      throws ConformanceException, InterruptedException {
    URI url = target.url();
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
    String label = target.label();
    Path folder = folder(label);
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
    List<CaseVerdict> verdicts = LibraryCauses.attach(target.spec(), SuiteReport.read(folder, label));
    return ConformanceSummary.of(label, target.description(), url, suite.name(), cases, started, millis, verdicts);
  }

  /** A target's label as the suite's reports name it: its own, with characters unsafe in file names replaced. */
  public static String label(TargetSpec target) {
    return target.label().replaceAll("[^A-Za-z0-9._-]", "-");
  }

  /** Each target's label, made unique (the suite names its report files by it). */
  public static List<String> labels(List<TargetSpec> targets) {
    Set<String> seen = new HashSet<>();
    List<String> labels = new ArrayList<>();
    for (TargetSpec t : targets) {
      String base = label(t);
      String label = base;
      for (int n = 2; !seen.add(label); n++) {
        label = base + "-" + n;
      }
      labels.add(label);
    }
    return labels;
  }
}
