package wsarena.run;

import java.net.URI;
import java.util.Optional;
import wsarena.client.TlsTrust;
import wsarena.metrics.ResourceSampler;
import wsarena.scenario.TargetSpec;

/**
 * A server wsarena did not start: measured from the outside; its CPU and memory are measured too
 * when its process id on this machine is known.
 */
record ExternalTarget(TargetSpec.External spec) implements StartedTarget {
  @Override
  public URI uri() {
    return spec.url();
  }

  @Override
  public TlsTrust trust() {
    return spec.trustAnyCertificate() ? TlsTrust.any() : TlsTrust.system();
  }

  @Override
  public String description() {
    return "external server at " + spec.url() + (spec.processId() > 0 ? " (pid " + spec.processId() + ")" : "");
  }

  @Override
  public ResourceSampler.TargetProcess process() {
    return spec.processId() > 0
        ? new ResourceSampler.TargetProcess.Pid(spec.processId())
        : new ResourceSampler.TargetProcess.Unknown();
  }

  @Override
  public Optional<TargetMemory.Reading> settledMemory() {
    long rss = spec.processId() > 0 ? TargetMemory.settledRss(spec.processId()) : -1;
    return rss < 0 ? Optional.empty() : Optional.of(new TargetMemory.Reading(rss, -1));
  }

  @Override
  public String deathCause() {
    if (spec.processId() <= 0 || ProcessHandle.of(spec.processId()).map(ProcessHandle::isAlive).orElse(false)) {
      return null;
    }
    return "the target process (pid " + spec.processId() + ") is gone";
  }

  @Override
  public void close() {}
}
