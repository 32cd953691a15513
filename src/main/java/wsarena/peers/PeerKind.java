package wsarena.peers;

import wsarena.scenario.CliNames;
import wsarena.scenario.ServerDescription;
import wsarena.scenario.ThreadingModel;

/**
 * The Python servers wsarena can run, each a script in the peers folder: the one list of them.
 * The window and the commands see them through the run layer's descriptions.
 */
public enum PeerKind {
  TORNADO(
      "tornado",
      "Tornado",
      "6.2",
      "One asyncio event loop in one thread accepts, reads, echoes and writes every connection",
      "tornado_server.py",
      "tornado",
      "python3-tornado"),
  AUTOBAHN(
      "autobahn",
      "Autobahn|Twisted",
      "22.7.1",
      "One Twisted reactor thread (epoll) does all the I/O and handling of every connection",
      "autobahn_server.py",
      "autobahn.twisted.websocket",
      "python3-autobahn python3-twisted");

  private final String id;
  private final String displayName;
  private final String libraryVersion;
  private final String threads;
  private final String script;
  private final String pythonModule;
  private final String debianPackages;

  PeerKind(
      String id,
      String displayName,
      String libraryVersion,
      String threads,
      String script,
      String pythonModule,
      String debianPackages) {
    this.id = id;
    this.displayName = displayName;
    this.libraryVersion = libraryVersion;
    this.threads = threads;
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
   * The library version the script is written and tested against: Debian 12's package, which is
   * where the peers get their libraries. A run records the version actually installed, as the
   * script reports it ({@link PythonPeer#library()}).
   */
  public String libraryVersion() {
    return libraryVersion;
  }

  /** Both scripts serve from one event loop, as their libraries are meant to be used. */
  public ThreadingModel model() {
    return ThreadingModel.EVENT_LOOP;
  }

  /** One line on how the server spends its threads. */
  public String threads() {
    return threads;
  }

  /**
   * What a person calls the running server: its name, the version the script reported, and the
   * language, e.g. {@code Tornado 6.2 (Python)} or {@code Autobahn|Twisted 22.7 (Python)}.
   *
   * @param library as the script reports it, e.g. {@code autobahn/22.7.1}; null when it did not
   */
  public String nameWithVersion(String library) {
    return nameWithVersion(library, ServerDescription.PYTHON);
  }

  /**
   * As {@link #nameWithVersion(String)}, on the interpreter {@code runtime} names, e.g. {@code
   * Tornado 6.2 (PyPy 7.3.11)}.
   */
  public String nameWithVersion(String library, String runtime) {
    String version = library == null || library.indexOf('/') < 0 ? "" : library.substring(library.indexOf('/') + 1);
    return ServerDescription.pythonName(displayName, version, runtime);
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
    return CliNames.parse(PeerKind.class, PeerKind::id, id, "peer");
  }
}
