package wsarena.run;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import wsarena.load.ClientLoad;
import wsarena.metrics.FailuresByCause;
import wsarena.metrics.Fates;
import wsarena.metrics.GeneratorHealth;
import wsarena.metrics.IntervalSampler;
import wsarena.metrics.Phase;
import wsarena.metrics.Sample;
import wsarena.metrics.Troubles;
import wsarena.text.Units;
import wsarena.scenario.ConnectionLoad;
import wsarena.scenario.Isolation;
import wsarena.scenario.Scenario;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.Workload;

/**
 * What a run warns about, and when: the listener hears each warning as it is found, and the result
 * keeps each one once, in the order found. The first generator-bound interval is told at once
 * but not kept: the end of the run says whether the whole run was bound.
 */
final class RunWarnings {
  private final Scenario scenario;
  private final RunEvent.Listener listener;
  private final Set<String> kept = new LinkedHashSet<>();
  private boolean boundTold;
  /** Troubles not told yet, and when they were last told: at most one line a second. */
  private Troubles untold = Troubles.NONE;
  private long troublesToldAtMillis = Long.MIN_VALUE;

  RunWarnings(Scenario scenario, RunEvent.Listener listener) {
    this.scenario = scenario;
    this.listener = listener;
  }

  /** Before the target starts: choices of the user that weaken the result. */
  void atStart() {
    if (scenario.target() instanceof TargetSpec.External x
        && x.trustAnyCertificate()
        && "wss".equalsIgnoreCase(x.url().getScheme())) {
      warn("certificate checks are off (trust any certificate): the server's identity was not verified");
    }
    if (scenario.workload() == Workload.IDLE) {
      switch (scenario.target()) {
        case TargetSpec.Embedded e when e.isolation() == Isolation.IN_PROCESS ->
            warn("memory per connection is not measured in this process, where the client's connections share the"
                + " target's memory: run the target in its own process to measure it");
        case TargetSpec.External x when x.processId() <= 0 ->
            warn("memory per connection is not measured without the server's process id (--target-pid)");
        default -> {}
      }
    }
  }

  /** The conformance suite could not judge the target before the load. */
  void notJudged(String why) {
    warn(TargetChecks.NOT_JUDGED_WARNING + why);
  }

  void rampTimedOut(int stillConnecting) {
    warn("the ramp did not finish in time: " + Units.plural(stillConnecting, "connection") + " still connecting");
  }

  /**
   * After every sample: connections lost and protocol errors, told as they happen (gathered to at
   * most one line a second, so a server failing every connection does not flood the output).
   */
  void sampled(Sample s) {
    untold = untold.plus(s.troubles());
    if (untold.any() && (s.elapsedMillis() - troublesToldAtMillis >= 1000 || s.phase() == Phase.DRAINING)) {
      troublesToldAtMillis = s.elapsedMillis();
      tell("at " + Units.seconds(s.elapsedMillis()) + ": " + troubles(untold));
      untold = Troubles.NONE;
    }
  }

  /** E.g. {@code 2 connections lost (2 server error (1011–1014)); 1 protocol error (1 malformed frame)}. */
  static String troubles(Troubles t) {
    String lost = t.lostCount() == 0 ? "" : Units.plural(t.lostCount(), "connection") + " lost (" + t.describeLost() + ")";
    String errors = t.protocolErrorCount() == 0 ? ""
        : Units.plural(t.protocolErrorCount(), "protocol error") + " (" + t.describeProtocolErrors() + ")";
    return lost.isEmpty() || errors.isEmpty() ? lost + errors : lost + "; " + errors;
  }

  /** After each measured sample: the first interval in which the generator was the limit. */
  void measured(Sample s) {
    if (!boundTold && GeneratorHealth.bound(s)) {
      boundTold = true;
      tell(GeneratorHealth.WARNING + " in this interval: a generator thread is saturated or behind its schedule");
    }
  }

  /**
   * At the end: what the generator saw go wrong (when it ran) and whether it was the limit.
   *
   * @param generator null when the target never started
   * @param fates the fates of the measured messages
   * @param failure why the run failed, or null
   */
  void atEnd(ClientLoad generator, Fates fates, List<Sample> samples, String failure) {
    if (generator != null && generator.transportNote() != null) {
      warn(generator.transportNote());
    }
    if (generator != null && scenario.workload() == Workload.STORM) {
      stormFailures(generator, samples);
    } else if (generator != null) {
      int failed = generator.connectionsFailed();
      // the failure sentence already names the cause when no connection got through
      boolean toldByFailure =
          failure != null && generator.firstFailure() != null && failure.contains(generator.firstFailure())
              && !generator.anyConnected();
      Troubles troubles = Troubles.over(samples);
      if (failed > 0 && !toldByFailure) {
        long lost = troubles.lostCount();
        warn(failed + " of " + Units.plural(scenario.load().connections(), "connection") + " failed or "
            + (failed == 1 ? "was" : "were") + " closed by the server"
            + (lost > 0 ? " (" + Units.whole(lost) + " lost while open: " + troubles.describeLost() + ")" : "")
            + (generator.firstFailure() == null ? "" : ": " + generator.firstFailure()));
      }
      if (generator.firstMessageError() != null) {
        warn(troubles.protocolErrorCount() > 0
            ? Units.plural(troubles.protocolErrorCount(), "protocol error") + " (" + troubles.describeProtocolErrors()
                + "), the first: " + generator.firstMessageError()
            : "some messages were wrong: " + generator.firstMessageError());
      }
      if (fates.timedOut() > 0) {
        warn(Units.whole(fates.timedOut()) + " of " + Units.plural(fates.intended(), "measured message")
            + " timed out: no answer within " + Units.seconds(scenario.load().timeout().toMillis())
            + " (or a wrong answer came, or their connection was lost); each is in the latencies at the time it was given up"
            + (generator.lateAnswers() > 0
                ? "; " + Units.plural(generator.lateAnswers(), "answer") + " came after that and " + (generator.lateAnswers() == 1 ? "was" : "were") + " ignored"
                : ""));
      }
      if (fates.notSent() > 0) {
        warn(Units.whole(fates.notSent()) + " of " + Units.plural(fates.intended(), "measured message")
            + " could not be sent: the target fell so far behind that they still waited when the run ended,"
            + " or their connection was lost or never opened");
      }
      if (scenario.load().compression() && generator.negotiatedExtensions().isEmpty()) {
        warn("permessage-deflate was offered but the server did not accept it: messages went uncompressed");
      }
    }
    List<Sample> measured = IntervalSampler.measuredOnly(samples);
    String health = GeneratorHealth.verdict(measured);
    if (health != null) {
      warn(health);
    }
    String machine = GeneratorHealth.machineVerdict(measured);
    if (machine != null) {
      warn(machine);
    }
  }

  /** A storm's failed attempts by cause, and what to do when the client itself ran short. */
  private void stormFailures(ClientLoad storm, List<Sample> samples) {
    FailuresByCause f = FailuresByCause.NONE;
    for (Sample s : samples) {
      f = f.plus(s.connectFailures());
    }
    if (f.total() > 0) {
      warn(Units.plural(f.total(), "connection attempt") + " failed over the run (" + f.describe() + ")"
          + (storm.firstFailure() == null ? "" : ": " + storm.firstFailure()));
    }
    if (f.outOfPorts() > 0) {
      warn("the client ran out of source ports (every address:port pair in use or in TIME_WAIT): spread the storm"
          + " over more source addresses (--source-addresses, up to " + ConnectionLoad.MAX_SOURCE_ADDRESSES
          + ") or a wider source port range, or lower its rate");
    }
    if (f.outOfFiles() > 0) {
      warn("the client ran out of file descriptors (its open-files limit): fewer handshakes in flight or a shorter"
          + " hold, or a higher limit (ulimit -n)");
    }
  }

  /** Every kept warning, in the order found. */
  List<String> kept() {
    return List.copyOf(kept);
  }

  private void warn(String warning) {
    if (kept.add(warning)) {
      tell(warning);
    }
  }

  private void tell(String warning) {
    listener.on(new RunEvent.Warned(warning));
  }
}
