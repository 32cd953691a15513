package wsarena.scenario;

/**
 * How the instances of a Python server share the load ({@code --balance}): alone on its port, behind
 * HAProxy, or on one port the kernel shares out ({@code SO_REUSEPORT}).
 */
public enum Balance {
  /** One instance, connected to directly: what a run does without {@code --instances}. */
  DIRECT("direct", "connected to directly"),
  /** HAProxy, started by the run on loopback, passes each WebSocket upgrade to an instance in turn. */
  HAPROXY("haproxy", "behind HAProxy"),
  /** Every instance binds the same port with SO_REUSEPORT; the kernel spreads new connections. */
  REUSE_PORT("reuse-port", "sharing one port (SO_REUSEPORT)");

  private final String cliName;
  private final String phrase;

  Balance(String cliName, String phrase) {
    this.cliName = cliName;
    this.phrase = phrase;
  }

  public String cliName() {
    return cliName;
  }

  /** e.g. {@code behind HAProxy}, after "2 instances". */
  public String phrase() {
    return phrase;
  }

  public static Balance fromCliName(String name) {
    return CliNames.parse(Balance.class, Balance::cliName, name, "balance");
  }
}
