package wsarena.testsupport;

import java.net.URI;
import java.time.Duration;
import wsarena.scenario.LoadProfile;
import wsarena.scenario.Rate;
import wsarena.scenario.Scenario;
import wsarena.scenario.TargetSpec;

/** Short scenarios for tests: seconds, a handful of connections, loopback only. */
public final class Scenarios {
  private Scenarios() {}

  public static LoadProfile shortLoad(int connections, Rate rate) {
    return LoadProfile.defaults()
        .withConnections(connections)
        .withRate(rate)
        .withWarmup(Duration.ofMillis(500))
        .withDuration(Duration.ofSeconds(2))
        .withThreads(2);
  }

  public static Scenario external(URI uri, LoadProfile load) {
    return Scenario.defaults().withTarget(TargetSpec.External.of(uri)).withLoad(load).withInterval(Duration.ofMillis(500));
  }
}
