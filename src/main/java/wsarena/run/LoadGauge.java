package wsarena.run;

import wsarena.load.ClientLoad;
import wsarena.metrics.ConnectionGauge;

/** The sampler's view of a client's connection counts: metrics does not know the load package's types. */
final class LoadGauge {
  private LoadGauge() {}

  static ConnectionGauge of(ClientLoad g) {
    return new ConnectionGauge() {
      @Override
      public int open() {
        return g.connectionsOpen();
      }

      @Override
      public int connecting() {
        return g.connectionsConnecting();
      }

      @Override
      public int failed() {
        return g.connectionsFailed();
      }
    };
  }
}
