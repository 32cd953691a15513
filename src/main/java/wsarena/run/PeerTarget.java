package wsarena.run;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import wsarena.client.TlsTrust;
import wsarena.metrics.ResourceSampler;
import wsarena.peers.PeerException;
import wsarena.peers.PeerKind;
import wsarena.peers.PythonPeer;
import wsarena.scenario.Workload;

/** One of the Python servers, started for the run in its own process and measured as one. */
final class PeerTarget implements StartedTarget {
  private final PythonPeer peer;
  private final PeerKind kind;
  private final Workload workload;
  private volatile boolean stopping;

  private PeerTarget(PythonPeer peer, PeerKind kind, Workload workload) {
    this.peer = peer;
    this.kind = kind;
    this.workload = workload;
  }

  static PeerTarget start(PeerKind kind, Workload workload) throws TargetException {
    try {
      return new PeerTarget(PythonPeer.start(kind, 0), kind, workload);
    } catch (PeerException e) {
      throw new TargetException(e.getMessage(), e);
    }
  }

  @Override
  public URI uri() {
    return peer.uri(workload.path());
  }

  @Override
  public TlsTrust trust() {
    return TlsTrust.system();
  }

  @Override
  public String description() {
    return kind.nameWithVersion(peer.library()) + " · own process (pid " + peer.pid() + ")";
  }

  @Override
  public ResourceSampler.TargetProcess process() {
    return new ResourceSampler.TargetProcess.Pid(peer.pid());
  }

  @Override
  public Optional<TargetMemory.Reading> settledMemory() {
    long rss = TargetMemory.settledRss(peer.pid());
    return rss < 0 ? Optional.empty() : Optional.of(new TargetMemory.Reading(rss, -1));
  }

  @Override
  public String deathCause() {
    return stopping ? null : peer.exitSentence().orElse(null);
  }

  @Override
  public void awaitExit(Duration timeout) {
    peer.awaitExit(timeout);
  }

  @Override
  public void close() {
    stopping = true;
    peer.close();
  }
}
