package wsarena.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import wsarena.engine.EngineCatalog;
import wsarena.engine.ServerEngine;
import wsarena.host.HostInfo;
import wsarena.host.HostProbe;
import wsarena.metrics.LatencySummary;
import wsarena.metrics.Outcome;
import wsarena.metrics.RunResult;
import wsarena.metrics.Sample;
import wsarena.scenario.Isolation;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Rate;
import wsarena.scenario.Scenario;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.ThreadingModel;
import wsarena.scenario.Workload;
import wsarena.testsupport.CollectingSink;

/**
 * Every engine in every model, driven by the real generator: echo and broadcast in this JVM,
 * and echo with the target in its own process (every Undertow model, one model of the others).
 */
@Timeout(120)
class EngineMatrixIT {
  private static final EngineCatalog CATALOG = EngineCatalog.standard();
  private static final Targets TARGETS = new Targets(CATALOG);
  private static HostInfo host;

  // Every assertion counts messages (each sent one answered, each answer one latency, every
  // subscriber one copy) or asks that something was measured at all: a third of a second of closed
  // loop over 10 connections holds hundreds of round trips even on a loaded machine. A longer run
  // pins nothing more and costs CI its length 33 times.
  private static final Duration WARMUP = Duration.ofMillis(100);
  private static final Duration MEASURED = Duration.ofMillis(300);
  private static final Duration INTERVAL = Duration.ofMillis(100);

  @BeforeAll
  static void detectHost() {
    host = HostProbe.detect();
  }

  static Stream<Arguments> inProcess() {
    List<Arguments> out = new ArrayList<>();
    for (ServerEngine e : CATALOG.engines()) {
      for (ThreadingModel m : e.models()) {
        for (Workload w : List.of(Workload.ECHO, Workload.BROADCAST)) {
          out.add(Arguments.of(e.id(), m, w));
        }
      }
    }
    return out.stream();
  }

  static Stream<Arguments> ownProcess() {
    List<Arguments> out = new ArrayList<>();
    for (ServerEngine e : CATALOG.engines()) {
      List<ThreadingModel> models = e.id().equals("undertow") ? List.copyOf(e.models()) : List.of(e.models().iterator().next());
      models.forEach(m -> out.add(Arguments.of(e.id(), m)));
    }
    return out.stream();
  }

  /**
   * In this process TLS and deflate each alone; in its own process both at once, since what can go
   * wrong there is a flag not reaching the child, and each child JVM costs CI about two seconds.
   */
  static Stream<Arguments> tlsAndCompression() {
    List<Arguments> out = new ArrayList<>();
    for (ServerEngine e : CATALOG.engines()) {
      ThreadingModel m = e.models().iterator().next();
      if (e.supportsTls()) {
        out.add(Arguments.of(e.id(), m, Isolation.IN_PROCESS, true, false));
      }
      if (e.supportsCompression()) {
        out.add(Arguments.of(e.id(), m, Isolation.IN_PROCESS, false, true));
      }
      if (e.supportsTls() || e.supportsCompression()) {
        out.add(Arguments.of(e.id(), m, Isolation.PROCESS, e.supportsTls(), e.supportsCompression()));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2} tls={3} deflate={4}")
  @MethodSource("tlsAndCompression")
  void securedOrCompressed(String engine, ThreadingModel model, Isolation isolation, boolean tls, boolean deflate) throws Exception {
    LoadProfile load =
        LoadProfile.defaults().withConnections(10).withWarmup(WARMUP).withDuration(MEASURED)
            .withThreads(2).withCompression(deflate);
    Scenario s = new Scenario(TargetSpec.Embedded.of(engine, model, isolation, 0, tls, deflate), Workload.ECHO, load, INTERVAL);
    RunResult r = new Run(s, TARGETS, host, List.of(new CollectingSink())).execute();

    assertSoundEcho(r);
    assertThat(r.target().uri().getScheme()).isEqualTo(tls ? "wss" : "ws");
    if (deflate) {
      assertThat(r.target().negotiatedExtensions()).contains("permessage-deflate");
      assertThat(r.warnings()).noneMatch(w -> w.contains("permessage-deflate"));
    } else {
      assertThat(r.target().negotiatedExtensions()).isEmpty();
    }
  }

  private static RunResult run(String engine, ThreadingModel model, Isolation isolation, Workload workload) throws Exception {
    LoadProfile load =
        LoadProfile.defaults()
            .withConnections(10)
            .withRate(Rate.ClosedLoop.noThinkTime())
            .withWarmup(WARMUP)
            .withDuration(MEASURED)
            .withThreads(2)
            .withPublishers(2);
    Scenario s =
        new Scenario(TargetSpec.Embedded.of(engine, model, isolation, 4, false, false), workload, load, INTERVAL);
    return new Run(s, TARGETS, host, List.of(new CollectingSink())).execute();
  }

  @ParameterizedTest(name = "{0} {1} {2} in-process")
  @MethodSource("inProcess")
  void inThisProcess(String engine, ThreadingModel model, Workload workload) throws Exception {
    RunResult r = run(engine, model, Isolation.IN_PROCESS, workload);
    if (workload == Workload.ECHO) {
      assertSoundEcho(r);
    } else {
      assertSoundBroadcast(r);
    }
    assertThat(r.totals().cpu().targetPercent()).as("server threads were measured").isPositive();
  }

  @ParameterizedTest(name = "{0} {1} echo in its own process")
  @MethodSource("ownProcess")
  void inItsOwnProcess(String engine, ThreadingModel model) throws Exception {
    RunResult r = run(engine, model, Isolation.PROCESS, Workload.ECHO);
    assertSoundEcho(r);
    assertThat(r.target().description()).contains("own process");
    assertThat(r.totals().cpu().targetPercent()).isPositive();
    assertThat(r.totals().memory().targetRssPeakBytes()).isGreaterThan(10L << 20);
  }

  static void assertSoundEcho(RunResult r) {
    assertThat(r.outcome()).as(String.valueOf(r.failure())).isEqualTo(Outcome.COMPLETED);
    long sent = r.samples().stream().mapToLong(s -> s.counts().sent()).sum();
    long received = r.samples().stream().mapToLong(s -> s.counts().received()).sum();
    assertThat(received).isPositive().isEqualTo(sent);
    assertThat(r.totals().messages().errors()).isZero();
    assertThat(r.totals().connections().peak()).isEqualTo(10);
    // every measured message answered, and each answer is one latency
    assertThat(r.totals().fates().answered()).isPositive().isEqualTo(r.totals().fates().intended());
    assertThat(r.latency().getTotalCount()).isEqualTo(r.totals().fates().answered());
    assertOrdered(r.totals().latency());
  }

  static void assertSoundBroadcast(RunResult r) {
    assertThat(r.outcome()).as(String.valueOf(r.failure())).isEqualTo(Outcome.COMPLETED);
    assertThat(r.totals().messages().errors()).isZero();
    // 2 publishers, 8 subscribers: each publish reaches every subscriber.
    long published = r.samples().stream().mapToLong(s -> s.counts().sent()).sum();
    long delivered = r.samples().stream().mapToLong(s -> s.counts().received()).sum();
    assertThat(published).isPositive();
    assertThat(delivered).isEqualTo(published * 8);
    // The fates count the publishes, each answered by its own copy coming back to its publisher;
    // the latencies are the deliveries of the measured publishes, 8 each.
    assertThat(r.totals().fates().answered()).isPositive().isEqualTo(r.totals().fates().intended());
    assertThat(r.latency().getTotalCount()).isEqualTo(r.totals().fates().answered() * 8);
    assertOrdered(r.totals().latency());
  }

  static void assertOrdered(LatencySummary l) {
    assertThat(l.p50Micros()).isPositive();
    assertThat(l.p50Micros()).isLessThanOrEqualTo(l.p90Micros());
    assertThat(l.p90Micros()).isLessThanOrEqualTo(l.p99Micros());
    assertThat(l.p99Micros()).isLessThanOrEqualTo(l.p999Micros());
    assertThat(l.p999Micros()).isLessThanOrEqualTo(l.maxMicros());
  }
}
