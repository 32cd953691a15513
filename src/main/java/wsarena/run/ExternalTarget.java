package wsarena.run;

import java.net.URI;
import wsarena.load.TlsTrust;
import wsarena.metrics.ResourceSampler;
import wsarena.scenario.TargetSpec;

/** A server wsarena did not start: measured from the outside, its CPU and memory unknown. */
record ExternalTarget(TargetSpec.External spec) implements StartedTarget {
  @Override
  public URI uri() {
    return spec.url();
  }

  @Override
  public TlsTrust trust() {
    return spec.trustAnyCertificate() ? new TlsTrust.AnyCertificate() : new TlsTrust.SystemDefault();
  }

  @Override
  public String description() {
    return "external server at " + spec.url();
  }

  @Override
  public ResourceSampler.TargetProcess process() {
    return new ResourceSampler.TargetProcess.Unknown();
  }

  @Override
  public void close() {}
}
