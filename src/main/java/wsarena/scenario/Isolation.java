package wsarena.scenario;

/** Where an embedded engine runs. */
public enum Isolation {
  /** In this JVM: quick to start, good for demos; client and server share one heap and GC. */
  IN_PROCESS("in-process"),
  /** In a child JVM: separate CPU, memory and GC figures; the accurate choice. */
  PROCESS("process");

  private final String cliName;

  Isolation(String cliName) {
    this.cliName = cliName;
  }

  public String cliName() {
    return cliName;
  }

  public static Isolation fromCliName(String name) {
    return CliNames.parse(Isolation.class, Isolation::cliName, name, "isolation");
  }
}
