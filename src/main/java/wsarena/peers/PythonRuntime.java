package wsarena.peers;

import java.nio.file.Path;

/**
 * The interpreters a Python server is offered on as a target of its own: the system's CPython
 * (Debian's {@code python3}, or {@code -Dwsarena.python=...}) and PyPy (Debian's {@code pypy3}).
 * Any other interpreter is one {@code --python PATH} away.
 */
public enum PythonRuntime {
  CPYTHON("", "Python", "python3"),
  /**
   * Debian's PyPy 7.3.11 implements Python 3.9 and imports Debian's Tornado, Twisted and Autobahn
   * through {@link Interpreter#DEBIAN_DIST_PACKAGES}.
   */
  PYPY("pypy", "PyPy", "pypy3");

  private static final Path PYPY_PATH = Path.of("/usr/bin/pypy3");

  private final String suffix;
  private final String name;
  private final String debianPackage;

  PythonRuntime(String suffix, String name, String debianPackage) {
    this.suffix = suffix;
    this.name = name;
    this.debianPackage = debianPackage;
  }

  /** What a target's id adds for it: {@code pypy} in {@code tornado-pypy}; empty for CPython. */
  public String suffix() {
    return suffix;
  }

  /** {@code Python} or {@code PyPy}, before the version is known. */
  public String displayName() {
    return name;
  }

  /** Where it is expected. */
  public Path path() {
    return this == PYPY ? PYPY_PATH : PythonPeer.python();
  }

  /** The sentence that says what to install when it is missing. */
  public String installHint() {
    return name + " is not installed: apt-get install " + debianPackage;
  }
}
