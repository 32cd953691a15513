package wsarena.run;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import wsarena.client.TlsTrust;
import wsarena.metrics.ResourceSampler;
import wsarena.peers.PeerException;
import wsarena.peers.PeerGroup;
import wsarena.peers.PeerOptions;
import wsarena.peers.PythonServer;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.Workload;

/**
 * One of the Python servers, started for the run in its own process (or several behind a
 * balancer) and measured as one: its CPU and memory are the sum over every process that serves.
 */
final class PeerTarget implements StartedTarget {
  private final PeerGroup group;
  private final Workload workload;
  private volatile boolean stopping;

  private PeerTarget(PeerGroup group, Workload workload) {
    this.group = group;
    this.workload = workload;
  }

  static PeerTarget start(TargetSpec.Peer spec, Workload workload) throws TargetException {
    PythonServer server;
    try {
      server = PythonServer.fromId(spec.peer());
    } catch (IllegalArgumentException e) {
      throw new TargetException(e.getMessage(), e);
    }
    Path python = spec.python() != null ? Path.of(spec.python()) : server.runtime().path();
    try {
      return new PeerTarget(
          PeerGroup.start(server.kind(), PeerOptions.port(0).withPython(python), spec.instances(), spec.balance()), workload);
    } catch (PeerException e) {
      throw new TargetException(e.getMessage(), e);
    }
  }

  @Override
  public URI uri() {
    return group.uri(workload.path());
  }

  @Override
  public TlsTrust trust() {
    return TlsTrust.system();
  }

  @Override
  public String description() {
    return group.description();
  }

  @Override
  public ResourceSampler.TargetProcess process() {
    return group.pids().size() == 1
        ? new ResourceSampler.TargetProcess.Pid(group.pids().getFirst())
        : new ResourceSampler.TargetProcess.Pids(group.pids(), group.balancerPid());
  }

  @Override
  public Optional<TargetMemory.Reading> settledMemory() {
    long sum = 0;
    for (long pid : group.pids()) {
      long rss = TargetMemory.settledRss(pid);
      if (rss < 0) {
        return Optional.empty();
      }
      sum += rss;
    }
    return Optional.of(new TargetMemory.Reading(sum, -1));
  }

  @Override
  public String deathCause() {
    return stopping ? null : group.deathCause().orElse(null);
  }

  @Override
  public void awaitExit(Duration timeout) {
    group.awaitExit(timeout);
  }

  @Override
  public void close() {
    stopping = true;
    group.close();
  }
}
