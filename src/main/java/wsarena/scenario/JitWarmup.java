package wsarena.scenario;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The warm-up a target needs before its figures settle, when the default is too short: PyPy
 * compiles the server's hot loops while it serves, and until then each message costs several times
 * what it costs after.
 */
public final class JitWarmup {
  /**
   * Measured on the 2-core machine the report names (50 closed-loop connections, 64-byte echoes):
   * Tornado on PyPy 7.3.11 spent 360 µs of CPU per message in its first second of load, 85 µs in
   * its fourth and about 55 µs from its sixth on; Autobahn|Twisted on PyPy settled at about 17 µs
   * from its third second. Ten seconds leave a margin on a busy machine.
   */
  public static final Duration PYPY = Duration.ofSeconds(10);

  private JitWarmup() {}

  /** True when {@code target} runs on PyPy: a {@code -pypy} peer, or {@code --python} naming a PyPy. */
  public static boolean needed(TargetSpec target) {
    if (!(target instanceof TargetSpec.Peer peer)) {
      return false;
    }
    if (peer.python() != null) {
      Path file = Path.of(peer.python()).getFileName();
      return file != null && file.toString().toLowerCase(Locale.ROOT).startsWith("pypy");
    }
    return peer.peer() != null && peer.peer().toLowerCase(Locale.ROOT).endsWith("-pypy");
  }

  /** The warm-up to use when none was asked for: {@code usual}, or {@link #PYPY} if longer and a target needs it. */
  public static Duration defaultFor(List<TargetSpec> targets, Duration usual) {
    boolean jit = targets.stream().anyMatch(JitWarmup::needed);
    return jit && (usual == null || usual.compareTo(PYPY) < 0) ? PYPY : usual;
  }
}
