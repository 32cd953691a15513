package wsarena.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import wsarena.client.TlsTrust;
import wsarena.engine.EngineCatalog;
import wsarena.engine.ServerEngine;
import wsarena.scenario.ThreadingModel;

/**
 * The feature probe against every embedded engine in every model, started in this process with TLS
 * and permessage-deflate on, as {@code wsarena features --engine E --model M} does. Each engine's
 * first model is tried up to 16 MiB; its other models up to 1 MiB, which keeps the test short (16
 * MiB through TLS takes seconds on a busy 2-core machine) while still passing every model.
 */
@Timeout(120)
class EngineFeatureProbeIT {

  static Stream<Arguments> enginesAndModels() {
    return EngineCatalog.standard().engines().stream()
        .flatMap(
            engine -> {
              ThreadingModel first = engine.models().stream().sorted().findFirst().orElseThrow();
              return engine.models().stream()
                  .sorted()
                  .map(model -> Arguments.of(engine.id(), model, model == first ? 16 * MIB : MIB));
            });
  }

  private static final int MIB = 1024 * 1024;

  @ParameterizedTest(name = "{0} {1}, up to {2} bytes")
  @MethodSource("enginesAndModels")
  void everyEngineDoesEveryFeatureButChoosesNoSubprotocol(
      String engineId, ThreadingModel model, int maxMessageBytes) throws Exception {
    ServerEngine engine = EngineCatalog.standard().require(engineId);
    FeatureReport report =
        EngineProbe.probe(
            engine,
            model,
            new ProbeOptions(ProbeOptions.DEFAULT_TIMEOUT, TlsTrust.system(), maxMessageBytes));
    System.out.print(FeatureTable.render(report));

    assertThat(report.target()).startsWith("wss://127.0.0.1:").endsWith("/echo");
    assertThat(report.label())
        .isEqualTo(engine.displayName() + " " + model.cliName() + " (in this process)");
    assertThat(report.result(Feature.TLS).detail())
        .startsWith("TLSv1.3, ")
        .endsWith("certificate matches the pinned SHA-256 fingerprint");
    assertThat(report.result(Feature.SUBPROTOCOL))
        .isEqualTo(
            FeatureResult.no(
                Feature.SUBPROTOCOL, "offered 'wsarena.v1, chat'; the server chose none"));
    assertThat(report.result(Feature.LARGEST_MESSAGE).bytes()).isEqualTo(maxMessageBytes);
    assertThat(report.results())
        .filteredOn(r -> r.feature() != Feature.SUBPROTOCOL)
        .allSatisfy(
            r -> assertThat(r.verdict()).as(r.name() + ": " + r.detail()).isEqualTo(Verdict.YES));
  }
}
