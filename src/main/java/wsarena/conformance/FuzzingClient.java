package wsarena.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the suite's fuzzing client ({@code wstest -m fuzzingclient}) in a child JVM under Jython,
 * with a bounded heap and a time limit, its output kept in a log file beside the reports.
 *
 * <p>The suite writes its reports only when every case has run, and a refused handshake makes it
 * wait forever, so the caller checks the handshake first and this class stops a child that overruns
 * its time. The child also watches this JVM and exits when it is gone.
 */
final class FuzzingClient {
  /** Without a bound the suite's heap grows to 1.6-3.5 GB over group 9; 512 MB is enough. */
  static final String HEAP = "-Xmx512m";

  static final String LOG_FILE = "wstest.log";

  private static final Pattern WILL_RUN = Pattern.compile("will run (\\d+) test cases");
  private static final Pattern RUNNING = Pattern.compile("Running test case ID (\\S+) for agent");
  private static final int LOG_LINES_KEPT = 20;

  /** Told of each case as the suite starts it. */
  interface Progress {
    void caseStarted(String caseId, int number, int total);
  }

  private final SuiteInstallation suite;
  private final Duration timeout;
  private final boolean performanceCases;

  /** @param performanceCases whether the cases include group 9, which runs for minutes */
  FuzzingClient(SuiteInstallation suite, Duration timeout, boolean performanceCases) {
    this.suite = suite;
    this.timeout = timeout;
    this.performanceCases = performanceCases;
  }

  /**
   * Runs the spec and returns once the suite ended by itself, its reports written.
   *
   * @throws ConformanceException when it could not start, overran its time (it is stopped) or ended
   *     with an error; the sentence carries the log's last line
   */
  void run(Path spec, Path folder, Progress progress) throws ConformanceException, InterruptedException {
    Path log = folder.resolve(LOG_FILE);
    List<String> command = command(spec);
    Process process;
    try {
      process =
          new ProcessBuilder(command)
              .directory(folder.toFile())
              .redirectErrorStream(true)
              .redirectInput(ProcessBuilder.Redirect.PIPE)
              .start();
    } catch (IOException e) {
      throw new ConformanceException(
          "could not start the suite's JVM (" + command.getFirst() + "): " + e.getMessage(), e);
    }
    Deque<String> tail = new ArrayDeque<>();
    Thread reader =
        Thread.ofPlatform()
            .daemon()
            .name("wsarena-conformance-log")
            .start(() -> copyLog(process, log, tail, progress));
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        stop(process);
        reader.join(TimeUnit.SECONDS.toMillis(5));
        throw new ConformanceException(
            "the suite did not finish within "
                + minutes(timeout)
                + " and was stopped (its log: "
                + log
                + "); a longer --timeout gives it more time");
      }
      reader.join(TimeUnit.SECONDS.toMillis(5));
      if (process.exitValue() != 0) {
        throw new ConformanceException(
            "the suite ended with status " + process.exitValue() + lastLine(tail) + " (its log: " + log + ")");
      }
    } catch (InterruptedException e) {
      stop(process);
      throw e;
    }
  }

  private List<String> command(Path spec) {
    List<String> c = new ArrayList<>();
    c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    c.add(HEAP);
    c.add("-XX:+ExitOnOutOfMemoryError");
    if (!performanceCases) {
      // Jython compiles the suite's Python on every start, and the optimizing JIT never pays off in a
      // run of seconds: the client JIT alone took importing the suite from 12 s of CPU to 6 s (loaded
      // 2-core machine). Group 9's minutes of traffic keep the full JIT.
      c.add("-XX:TieredStopAtLevel=1");
    }
    // Jython's jffi loads native code and its shaded Guava uses Unsafe: the same two flags every
    // wsarena JVM gets, so the log holds the suite's own lines and not the JDK's warnings.
    c.add("--enable-native-access=ALL-UNNAMED");
    c.add("--sun-misc-unsafe-memory-access=allow");
    c.add("-cp");
    c.add(String.join(java.io.File.pathSeparator, suite.classPath().stream().map(Path::toString).toList()));
    c.add("org.python.util.jython");
    c.add("-c");
    c.add(script(spec, ProcessHandle.current().pid()));
    return c;
  }

  /** The suite's own entry point (what its {@code wstest} script runs), after a watch on this JVM. */
  static String script(Path spec, long parentPid) {
    return String.join(
        "\n",
        "import sys",
        "from java.lang import ProcessHandle, System",
        "def parent_gone():",
        "    System.exit(3)",
        "ProcessHandle.of(" + parentPid + ").get().onExit().thenRun(parent_gone)",
        "sys.argv = ['wstest', '-m', 'fuzzingclient', '-s', " + pythonString(spec.toAbsolutePath().toString()) + "]",
        "from autobahntestsuite import wstest",
        "wstest.run()");
  }

  private static String pythonString(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  private static void copyLog(Process process, Path log, Deque<String> tail, Progress progress) {
    int total = 0;
    int number = 0;
    try (BufferedReader in =
            new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        out.println(line);
        synchronized (tail) {
          tail.addLast(line);
          if (tail.size() > LOG_LINES_KEPT) {
            tail.removeFirst();
          }
        }
        Matcher willRun = WILL_RUN.matcher(line);
        if (willRun.find()) {
          total = Integer.parseInt(willRun.group(1));
        }
        Matcher running = RUNNING.matcher(line);
        if (running.find()) {
          progress.caseStarted(running.group(1), ++number, total);
        }
      }
    } catch (IOException e) {
      // the stream closes when the process ends; a log that cannot be written loses only the log
    }
  }

  private static String lastLine(Deque<String> tail) {
    synchronized (tail) {
      for (var it = tail.descendingIterator(); it.hasNext(); ) {
        String line = it.next().strip();
        if (!line.isEmpty()) {
          return ": " + line;
        }
      }
    }
    return "";
  }

  private static void stop(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String minutes(Duration d) {
    long seconds = d.toSeconds();
    return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
  }
}
