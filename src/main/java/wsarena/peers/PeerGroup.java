package wsarena.peers;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import wsarena.scenario.Balance;

/**
 * A Python server as a run measures it: one instance, or several behind HAProxy ({@link Balancer})
 * or sharing one port ({@code SO_REUSEPORT}). Every process is this JVM's child and ends with it;
 * {@link #close} stops the balancer first, so no connection is handed to an instance on its way out.
 *
 * <pre>{@code
 * try (PeerGroup tornado = PeerGroup.start(PeerKind.TORNADO, PeerOptions.port(0), 2, Balance.HAPROXY)) {
 *   URI echo = tornado.uri("/echo");   // HAProxy's port
 *   List<Long> pids = tornado.pids();  // both instances and HAProxy: the target's CPU is their sum
 * }
 * }</pre>
 */
public final class PeerGroup implements AutoCloseable {
  /** More instances than this on one machine measure the scheduler, not the library. */
  public static final int MAX_INSTANCES = wsarena.scenario.TargetSpec.Peer.MAX_INSTANCES;

  private final PeerKind kind;
  private final Balance balance;
  private final List<PythonPeer> instances;
  private final Balancer balancer;

  private PeerGroup(PeerKind kind, Balance balance, List<PythonPeer> instances, Balancer balancer) {
    this.kind = kind;
    this.balance = balance;
    this.instances = List.copyOf(instances);
    this.balancer = balancer;
  }

  /**
   * Starts {@code count} instances of {@code kind} as {@code options} say (its port is the one
   * clients connect to: the balancer's, or the shared one), and HAProxy in front when {@code
   * balance} says so.
   *
   * @throws PeerException with a sentence: a count out of range, one instance per direct run, or
   *     what stopped an instance or HAProxy from starting (those started are stopped again)
   */
  public static PeerGroup start(PeerKind kind, PeerOptions options, int count, Balance balance) throws PeerException {
    if (count < 1 || count > MAX_INSTANCES) {
      throw new PeerException("--instances " + count + " is not between 1 and " + MAX_INSTANCES);
    }
    if (balance == Balance.DIRECT && count > 1) {
      throw new PeerException(count + " instances need something to share the load: --balance haproxy or reuse-port");
    }
    if (balance != Balance.DIRECT && options.tls().isPresent()) {
      throw new PeerException("several instances serve ws:// only");
    }
    List<PythonPeer> started = new ArrayList<>();
    try {
      Balancer balancer = null;
      switch (balance) {
        case DIRECT -> started.add(PythonPeer.start(kind, options));
        case HAPROXY -> {
          Optional<String> missing = Balancer.missingRequirement();
          if (missing.isPresent()) {
            throw new PeerException(missing.get());
          }
          for (int i = 0; i < count; i++) {
            started.add(PythonPeer.start(kind, options.withPort(0)));
          }
          balancer = Balancer.startOn(options.port(), started.stream().map(PythonPeer::port).toList());
        }
        case REUSE_PORT -> {
          started.add(PythonPeer.start(kind, options.sharingPort(options.port())));
          int shared = started.getFirst().port();
          for (int i = 1; i < count; i++) {
            started.add(PythonPeer.start(kind, options.sharingPort(shared)));
          }
        }
      }
      return new PeerGroup(kind, balance, started, balancer);
    } catch (PeerException | RuntimeException e) {
      started.forEach(PythonPeer::close);
      throw e;
    }
  }

  public PeerKind kind() {
    return kind;
  }

  public Balance balance() {
    return balance;
  }

  public List<PythonPeer> instances() {
    return instances;
  }

  /** HAProxy, when the instances are behind it. */
  public Optional<Balancer> balancer() {
    return Optional.ofNullable(balancer);
  }

  /** The port clients connect to. */
  public int port() {
    return balancer != null ? balancer.port() : instances.getFirst().port();
  }

  /** e.g. {@code ws://127.0.0.1:43123/echo} */
  public URI uri(String path) {
    return balancer != null
        ? URI.create("ws://127.0.0.1:" + balancer.port() + path)
        : instances.getFirst().uri(path);
  }

  /** Every process that serves: the instances, then HAProxy's. */
  public List<Long> pids() {
    List<Long> pids = new ArrayList<>(instances.stream().map(PythonPeer::pid).toList());
    if (balancer != null) {
      pids.add(balancer.pid());
    }
    return pids;
  }

  public OptionalLong balancerPid() {
    return balancer == null ? OptionalLong.empty() : OptionalLong.of(balancer.pid());
  }

  /**
   * What serves, e.g. {@code Tornado 6.2 (PyPy 7.3.11) · own process (pid 41)} or {@code Tornado
   * 6.2 (Python) · 2 instances behind HAProxy 2.6.12 (pids 41, 42; HAProxy 43)}.
   */
  public String description() {
    String name = instances.getFirst().name();
    if (instances.size() == 1 && balance == Balance.DIRECT) {
      return name + " · own process (pid " + instances.getFirst().pid() + ")";
    }
    String pids = instances.stream().map(p -> Long.toString(p.pid())).collect(Collectors.joining(", "));
    String how =
        balancer != null
            ? "behind HAProxy " + version(balancer.library()) + " (pids " + pids + "; HAProxy " + balancer.pid() + ")"
            : balance.phrase() + " (pids " + pids + ")";
    return name + " · " + instances.size() + (instances.size() == 1 ? " instance " : " instances ") + how;
  }

  /** Why a process of this group ended while it should serve, as a sentence; empty while all run. */
  public Optional<String> deathCause() {
    for (PythonPeer instance : instances) {
      Optional<String> ended = instance.exitSentence();
      if (ended.isPresent()) {
        return ended;
      }
    }
    return balancer == null ? Optional.empty() : balancer.exitSentence();
  }

  /** Waits up to {@code timeout} for a process of the group to be seen ending. */
  public void awaitExit(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline && deathCause().isEmpty()) {
      instances.getFirst().awaitExit(Duration.ofMillis(20));
    }
  }

  @Override
  public void close() {
    if (balancer != null) {
      balancer.close();
    }
    instances.forEach(PythonPeer::close);
  }

  private static String version(String library) {
    int slash = library.indexOf('/');
    return slash < 0 ? "" : library.substring(slash + 1);
  }
}
