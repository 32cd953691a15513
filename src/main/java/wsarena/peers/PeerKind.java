package wsarena.peers;

/** The Python servers wsarena measures beside its engines, each a script in the peers folder. */
public enum PeerKind {
  TORNADO("tornado", "Tornado", "tornado_server.py", "tornado", "python3-tornado"),
  AUTOBAHN(
      "autobahn",
      "Autobahn|Twisted",
      "autobahn_server.py",
      "autobahn.twisted.websocket",
      "python3-autobahn python3-twisted");

  private final String id;
  private final String displayName;
  private final String script;
  private final String pythonModule;
  private final String debianPackages;

  PeerKind(
      String id, String displayName, String script, String pythonModule, String debianPackages) {
    this.id = id;
    this.displayName = displayName;
    this.script = script;
    this.pythonModule = pythonModule;
    this.debianPackages = debianPackages;
  }

  /** The name on the command line and in file names, e.g. {@code tornado}. */
  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  /**
   * What a person calls the running server: its name, the version the script reported, and the
   * language, e.g. {@code Tornado 6.2 (Python)} or {@code Autobahn|Twisted 22.7 (Python)}.
   *
   * @param library as the script reports it, e.g. {@code autobahn/22.7.1}; null when it did not
   */
  public String nameWithVersion(String library) {
    String version = library == null || library.indexOf('/') < 0 ? "" : library.substring(library.indexOf('/') + 1);
    String[] parts = version.split("\\.");
    String shown = parts.length > 2 ? parts[0] + "." + parts[1] : version;
    return displayName + (shown.isEmpty() ? "" : " " + shown) + " (Python)";
  }

  /** The script's file name inside the peers folder. */
  public String script() {
    return script;
  }

  /** The module whose import tells whether the library is installed. */
  String pythonModule() {
    return pythonModule;
  }

  /** The sentence that says what to install when the library is missing. */
  public String installHint() {
    return displayName + " is not installed: apt-get install " + debianPackages;
  }

  public static PeerKind fromId(String id) {
    for (PeerKind kind : values()) {
      if (kind.id.equalsIgnoreCase(id) || kind.name().equalsIgnoreCase(id)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown peer '" + id + "' (known: tornado, autobahn)");
  }
}
