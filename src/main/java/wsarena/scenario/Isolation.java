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
    for (Isolation i : values()) {
      if (i.cliName.equalsIgnoreCase(name) || i.name().equalsIgnoreCase(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("unknown isolation '" + name + "' (known: in-process, process)");
  }
}
