package wsarena.scenario;

/** What the load generator asks of the target. */
public enum Workload {
  /** Each message is sent back by the server; latency is the round trip. */
  ECHO("echo", "/echo", "every message is echoed back; latency is the round trip"),
  /** Publishers send to the server, which fans each message out to every open connection. */
  BROADCAST("broadcast", "/broadcast", "publishers send, the server fans out to all; latency is publish to receipt");

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

  public static Workload fromCliName(String name) {
    return CliNames.parse(Workload.class, Workload::cliName, name, "workload");
  }
}
