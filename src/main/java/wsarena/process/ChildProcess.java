package wsarena.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A child process that says on stdout when it is ready, and is watched until it ends: its stdout
 * is read for the ready line (and drained after it), the last lines of its stderr are kept for
 * error messages, its exit is seen, and it is stopped gracefully (SIGTERM, a grace period, then
 * SIGKILL). Its stdin is closed at once, unless the child takes commands there ({@link
 * #startTakingCommands}): then {@link #ask} writes a line and waits for the line that answers it.
 *
 * <p>Ctrl-C is the user's, and stops the run, not its children: a terminal sends SIGINT to its
 * whole foreground process group, so each child starts in a session of its own ({@code setsid},
 * where the system has it) and is stopped by its owner once the run has ended. {@link
 * #stopAtJvmExit} keeps that order when the JVM exits: the child gets time to be stopped by its
 * owner before the hook stops it.
 *
 * <pre>{@code
 * ChildProcess<Port> child = ChildProcess.start(new ProcessBuilder(command), "peer-tornado", Port::parse);
 * Port port = child.awaitReady(Duration.ofSeconds(15));   // or NotReady: timed out, or it exited
 * ...
 * child.exitSentence("the Tornado process");  // "the Tornado process (pid 41) exited with code 1: ..."
 * child.close();                               // SIGTERM, up to 5 s, then SIGKILL
 * }</pre>
 *
 * @param <T> what the ready line says, e.g. the port the child listens on
 */
public final class ChildProcess<T> implements AutoCloseable {
  /** How long a child may take to exit after SIGTERM before it is killed. */
  public static final Duration STOP_GRACE = Duration.ofSeconds(5);

  /** Lines of stderr kept: enough for a Python traceback's end or a JVM's last words. */
  static final int STDERR_LINES_KEPT = 20;

  /** Lines of stderr told in the exit sentence: a traceback's last frame and its error. */
  private static final int STDERR_LINES_TOLD = 3;
  /** Once the process is gone, how long its stderr may take to deliver the last lines. */
  private static final Duration STDERR_DRAIN = Duration.ofSeconds(1);

  private final Process process;
  private final Deque<String> stderr = new ArrayDeque<>();
  private final CompletableFuture<T> ready = new CompletableFuture<>();
  private final Thread stderrReader;
  /** Stops the child at the JVM's exit, when asked for ({@link #stopAtJvmExit}); null before. */
  private Thread exitHook;
  /** Hears each line of stdout after the ready line, while a question waits for its answer. */
  private volatile Consumer<String> answers;

  private ChildProcess(Process process, String name, Function<String, Optional<T>> readyLine) {
    this.process = process;
    this.stderrReader = reader(process.getErrorStream(), name + "-stderr", this::keep, () -> {});
    reader(
        process.getInputStream(),
        name + "-stdout",
        line -> {
          if (!ready.isDone()) {
            readyLine.apply(line.strip()).ifPresent(ready::complete);
          } else {
            Consumer<String> listener = answers;
            if (listener != null) {
              listener.accept(line.strip());
            }
          }
        },
        () -> ready.completeExceptionally(new IOException("the child closed its output")));
  }

  /**
   * Starts the command and watches it; returns at once ({@link #awaitReady} waits for the line).
   *
   * @param name names the watching threads, e.g. {@code target} or {@code peer-tornado}
   * @param readyLine reads a line of stdout: the value it says, or empty for any other line
   * @throws IOException when the command cannot run at all (no such file, no permission)
   */
  public static <T> ChildProcess<T> start(
      ProcessBuilder builder, String name, Function<String, Optional<T>> readyLine) throws IOException {
    Process process = inItsOwnSession(builder).start();
    process.getOutputStream().close();
    return new ChildProcess<>(process, "wsarena-" + name, readyLine);
  }

  /** As {@link #start}, with the child's stdin kept open for {@link #ask}. */
  public static <T> ChildProcess<T> startTakingCommands(
      ProcessBuilder builder, String name, Function<String, Optional<T>> readyLine) throws IOException {
    return new ChildProcess<>(inItsOwnSession(builder).start(), "wsarena-" + name, readyLine);
  }

  /** Where the system has it: {@code setsid}, which runs the command in place, same pid, in a new session. */
  private static final Optional<String> SETSID =
      java.util.stream.Stream.of("/usr/bin/setsid", "/bin/setsid")
          .filter(p -> java.nio.file.Files.isExecutable(java.nio.file.Path.of(p)))
          .findFirst();

  /**
   * The command, run in a session (and so a process group) of its own, out of reach of the
   * terminal's SIGINT. {@code setsid} forks only when its caller leads a process group, which a
   * process this JVM just started never does: so the pid seen here is the child's own.
   */
  static ProcessBuilder inItsOwnSession(ProcessBuilder builder) {
    if (SETSID.isPresent() && !builder.command().isEmpty() && !builder.command().getFirst().equals(SETSID.get())) {
      List<String> command = new java.util.ArrayList<>(builder.command());
      command.addFirst(SETSID.get());
      builder.command(command);
    }
    return builder;
  }

  /**
   * Stops the child if the JVM exits while it runs, after giving its owner {@code ownerGrace} to
   * stop it first: on Ctrl-C the run stops, closes its connections and then its target, and a
   * target stopped at once by a hook beside it would close them first, as if the server failed.
   */
  public synchronized void stopAtJvmExit(Duration ownerGrace) {
    if (exitHook != null) {
      return;
    }
    exitHook = new Thread(() -> {
      awaitExit(ownerGrace);
      stop();
    }, "wsarena-stop-" + pid());
    Runtime.getRuntime().addShutdownHook(exitHook);
  }

  /**
   * Writes {@code command} as a line on the child's stdin and waits for the first line of its
   * stdout that {@code answer} reads; one question at a time. Empty when the child does not answer
   * in time, has ended, or does not take commands.
   */
  public synchronized <R> Optional<R> ask(String command, Function<String, Optional<R>> answer, Duration timeout) {
    if (!ready.isDone() || !process.isAlive()) {
      return Optional.empty();
    }
    CompletableFuture<R> answered = new CompletableFuture<>();
    answers = line -> answer.apply(line).ifPresent(answered::complete);
    try {
      var in = process.getOutputStream();
      in.write((command + "\n").getBytes(StandardCharsets.UTF_8));
      in.flush();
      return Optional.of(answered.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
    } catch (IOException | ExecutionException | TimeoutException e) {
      return Optional.empty(); // stdin closed (no commands taken, or the child ended), or no answer
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } finally {
      answers = null;
    }
  }

  /**
   * Waits for the ready line. When none comes, the child is stopped and its last words are in
   * before this returns, so {@link #lastStderrLine()} can explain why.
   *
   * @throws NotReady when the time is up or the child ended first
   */
  public T awaitReady(Duration timeout) throws NotReady, InterruptedException {
    try {
      return ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      stop();
      throw new NotReady(true, exitCode().orElse(-1));
    } catch (ExecutionException e) {
      int code = awaitExit(STOP_GRACE) ? process.exitValue() : stop();
      awaitStderrEnd();
      throw new NotReady(false, code);
    } catch (InterruptedException e) {
      stop();
      throw e;
    }
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** The exit code once the child has ended (128 + the signal's number when a signal ended it). */
  public OptionalInt exitCode() {
    return process.isAlive() ? OptionalInt.empty() : OptionalInt.of(process.exitValue());
  }

  /** Waits up to {@code timeout} for the child to end; true once it has. */
  public boolean awaitExit(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
    }
  }

  /** The last lines the child wrote on stderr, oldest first, blank lines left out. */
  public synchronized List<String> stderrTail() {
    return List.copyOf(stderr);
  }

  public synchronized Optional<String> lastStderrLine() {
    return Optional.ofNullable(stderr.peekLast());
  }

  /**
   * How the child ended, once it has: {@code <what> (pid N) exited with code C}, followed by its
   * last line on stderr when it wrote one (a JVM's or a Python script's own one-sentence message).
   * Empty while it runs.
   */
  public Optional<String> exitSentence(String what) {
    if (process.isAlive()) {
      return Optional.empty();
    }
    awaitStderrEnd();
    int code = process.exitValue();
    List<String> tail = stderrTail();
    List<String> last = tail.subList(Math.max(0, tail.size() - STDERR_LINES_TOLD), tail.size());
    return Optional.of(
        what
            + " (pid "
            + pid()
            + ") exited with code "
            + code
            + (code > 128 && code < 160 ? " (killed by signal " + (code - 128) + ")" : "")
            + (last.isEmpty() ? "" : ": " + String.join(" · ", last)));
  }

  /**
   * Stops the child (SIGTERM, {@link #STOP_GRACE}, then SIGKILL) and reaps it; never throws.
   *
   * @return its exit code, or -1 when it could not be waited for
   */
  public int stop() {
    forgetExitHook();
    if (!process.isAlive()) {
      return process.exitValue();
    }
    process.destroy();
    try {
      if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
          return -1;
        }
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  @Override
  public void close() {
    stop();
  }

  private synchronized void forgetExitHook() {
    if (exitHook != null && Thread.currentThread() != exitHook) {
      try {
        Runtime.getRuntime().removeShutdownHook(exitHook);
      } catch (IllegalStateException e) {
        // the JVM is shutting down already: the hook runs, and finds the child stopped
      }
      exitHook = null;
    }
  }

  private void awaitStderrEnd() {
    try {
      stderrReader.join(STDERR_DRAIN);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized void keep(String line) {
    if (line.isBlank()) {
      return;
    }
    if (stderr.size() == STDERR_LINES_KEPT) {
      stderr.removeFirst();
    }
    stderr.addLast(line.strip());
  }

  /** Reads a stream of the child line by line until it ends. */
  private static Thread reader(InputStream in, String threadName, Consumer<String> onLine, Runnable onEnd) {
    return Thread.ofPlatform()
        .daemon()
        .name(threadName)
        .start(
            () -> {
              try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  onLine.accept(line);
                }
              } catch (IOException e) {
                // the stream closes when the process ends
              }
              onEnd.run();
            });
  }

  /** The child did not say it was ready: the time ran out, or it ended first. */
  public static final class NotReady extends Exception {
    private final boolean timedOut;
    private final int exitCode;

    NotReady(boolean timedOut, int exitCode) {
      super(timedOut ? "no ready line in time" : "ended with code " + exitCode + " before its ready line");
      this.timedOut = timedOut;
      this.exitCode = exitCode;
    }

    /** True when the time ran out; false when the child ended first. */
    public boolean timedOut() {
      return timedOut;
    }

    /** The child's exit code (it is stopped either way), -1 when unknown. */
    public int exitCode() {
      return exitCode;
    }
  }
}
