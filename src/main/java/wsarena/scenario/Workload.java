package wsarena.scenario;

/** What the load generator asks of the target. */
public enum Workload {
  /** Each message is sent back by the server; latency is the round trip. */
  ECHO("echo", "/echo", "every message is echoed back; latency is the round trip"),
  /** Publishers send to the server, which fans each message out to every open connection. */
  BROADCAST("broadcast", "/broadcast", "publishers send, the server fans out to all; latency is publish to receipt"),
  /**
   * Connections opened as fast as the target takes them (or at the ramp rate), each closed after
   * its handshake or a hold, for the whole run: a sustained rate of handshakes.
   */
  STORM("storm", "/echo", "connections opened and closed as fast as the target accepts them; latency is TCP connect to upgrade complete"),
  /** Connections opened at the ramp and held, each pinged now and then: what a connection costs at rest. */
  IDLE("idle", "/echo", "connections opened and held, each pinged every interval; memory per connection, latency is the ping round trip");

  private final String cliName;
  private final String path;
  private final String description;

  Workload(String cliName, String path, String description) {
    this.cliName = cliName;
    this.path = path;
    this.description = description;
  }

  public String cliName() {
    return cliName;
  }

  /** The path an embedded engine serves this workload on. */
  public String path() {
    return path;
  }

  public String description() {
    return description;
  }

  /** True for the workloads that open and hold connections rather than send messages: storm and idle. */
  public boolean measuresConnections() {
    return this == STORM || this == IDLE;
  }

  public static Workload fromCliName(String name) {
    return CliNames.parse(Workload.class, Workload::cliName, name, "workload");
  }
}
