package wsarena.scenario;

/**
 * One thing wrong with a scenario.
 *
 * @param field the scenario field at fault, e.g. {@code connections} or {@code url}; the window
 *     marks the matching control, the CLI names the matching flag
 * @param message a sentence the user can act on
 */
public record Problem(String field, String message) {
  public static final String TARGET = "target";
  public static final String ENGINE = "engine";
  public static final String MODEL = "model";
  public static final String URL = "url";
  public static final String CONNECTIONS = "connections";
  public static final String RAMP = "ramp";
  public static final String RATE = "rate";
  public static final String THINK_TIME = "thinkTime";
  public static final String PAYLOAD = "payload";
  public static final String DURATION = "duration";
  public static final String WARMUP = "warmup";
  public static final String INTERVAL = "interval";
  public static final String THREADS = "threads";
  public static final String WORKER_THREADS = "workerThreads";
  public static final String PUBLISHERS = "publishers";
  public static final String TLS = "tls";
  public static final String COMPRESSION = "compression";
  public static final String MAX_IN_FLIGHT = "maxInFlight";
  public static final String TIMEOUT = "timeout";
  public static final String HANDSHAKES_IN_FLIGHT = "handshakesInFlight";
  public static final String HOLD = "hold";
  public static final String PING_INTERVAL = "pingInterval";
  public static final String SOURCE_ADDRESSES = "sourceAddresses";
  public static final String SOURCE_PORTS = "sourcePorts";
}
