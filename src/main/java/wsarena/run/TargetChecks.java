package wsarena.run;

import java.net.URI;
import java.util.Optional;
import wsarena.conformance.ConformanceFailure;
import wsarena.conformance.ConformanceRunner;
import wsarena.conformance.TargetConformance;
import wsarena.probe.FeatureProbe;
import wsarena.probe.FeatureReport;
import wsarena.probe.ProbeOptions;
import wsarena.scenario.Scenario;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.Workload;

/**
 * What is checked on a target besides its performance, on the very server a run measures: the
 * feature probe (as {@code wsarena features} tries a URL), the Autobahn|Testsuite (as {@code
 * wsarena conformance}), both or neither. A {@link Run} given checks runs them once its target is
 * up and before any load ({@link wsarena.metrics.Phase#CHECKING}): their traffic is measured
 * nowhere, and the run result carries what they found. {@link Targets#check} runs them on a target
 * started for nothing else.
 *
 * <pre>{@code
 * TargetChecks checks = TargetChecks.NONE.withFeatures().withConformance(runner);
 * RunResult r = new Run(scenario, targets, host, listeners, checks).execute();
 * r.features(); r.conformance();
 * }</pre>
 *
 * @param features try each WebSocket feature (a few seconds)
 * @param conformance the suite to run on the target's echo endpoint, or null for none (its quick
 *     set takes 15-45 s here)
 */
public record TargetChecks(boolean features, ConformanceRunner conformance) {
  /** How a run's warning begins when the suite could not judge its target; the sentence why follows. */
  public static final String NOT_JUDGED_WARNING = "the conformance suite could not judge the target: ";

  /** No check: a run measures at once. */
  public static final TargetChecks NONE = new TargetChecks(false, null);

  /** What the checks found on one target; null for a check that was not asked for. */
  public record Findings(FeatureReport features, TargetConformance conformance) {}

  public TargetChecks withFeatures() {
    return new TargetChecks(true, conformance);
  }

  public TargetChecks withConformance(ConformanceRunner runner) {
    return new TargetChecks(features, runner);
  }

  /** The feature probe and the suite, as {@code run --conformance} and the window's "check first" ask ({@link QuickChecks}). */
  public static TargetChecks featuresAndSuite(ConformanceRunner runner) {
    return NONE.withFeatures().withConformance(runner);
  }

  public boolean any() {
    return features || conformance != null;
  }

  /**
   * Why these checks cannot run on {@code scenario}'s target, as a sentence; empty when they can.
   * Both need an endpoint that echoes: a server wsarena starts has {@code /echo} beside {@code
   * /broadcast}, a URL is only what it was given for.
   */
  public Optional<String> problem(Scenario scenario) {
    if (any() && scenario.workload() != Workload.ECHO && scenario.target() instanceof TargetSpec.External) {
      return Optional.of(
          "the feature probe and the conformance suite need an echo endpoint, and a URL measured with the "
              + scenario.workload().cliName() + " workload is not one: check it on its own, with the echo workload");
    }
    return Optional.empty();
  }

  /**
   * Runs the checks on a target that is up, at its echo endpoint {@code echo}. The features a
   * server has only when started with them (TLS, permessage-deflate) are tried on it started so
   * ({@link SwitchedOnFeatures}), as a user would get them.
   *
   * @param targets what starts that second server
   * @param label the target's name in the suite's reports
   * @param progress told when the suite starts on the target and of each case it runs
   */
  Findings check(Targets targets, StartedTarget target, TargetSpec spec, String label, URI echo, ConformanceRunner.Listener progress)
      throws InterruptedException {
    FeatureReport probed = null;
    if (features) {
      ProbeOptions options = ProbeOptions.defaults(target.trust());
      probed = SwitchedOnFeatures.complete(new FeatureProbe(options).probe(echo, target.description()), targets, spec, options);
    }
    TargetConformance verdicts = null;
    if (conformance != null) {
      progress.targetStarted(label, target.description(), echo);
      verdicts = conformance.judge(new ConformanceRunner.Endpoint(label, spec, target.description(), echo), progress);
      String died = target.deathCause();
      if (died != null) {
        verdicts =
            new ConformanceFailure(
                label,
                target.description(),
                "the target died during the suite: " + died + " (its verdicts are in " + conformance.folder(label) + ")");
      }
    }
    return new Findings(probed, verdicts);
  }

  /** Where a started target echoes: its own address for echo, the same server's /echo for broadcast. */
  static URI echoEndpoint(StartedTarget target, Scenario scenario) {
    return scenario.workload() == Workload.ECHO || scenario.target() instanceof TargetSpec.External
        ? target.uri()
        : target.uri().resolve(Workload.ECHO.path());
  }
}
