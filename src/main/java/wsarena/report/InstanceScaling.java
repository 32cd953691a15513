package wsarena.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wsarena.text.Units;

/**
 * What running more instances of a server buys, from sweeps: the knee of N instances behind a
 * balancer (a sweep labelled e.g. {@code tornado-x2-haproxy}) over the knee of one, behind the same
 * balancer when that was swept ({@code tornado-x1-haproxy}), else alone ({@code tornado}).
 *
 * @param target the server, e.g. {@code tornado}
 * @param balance how the instances shared the load: {@code haproxy} or {@code reuse-port}
 * @param instances how many there were, at least 2
 * @param knee their knee, msgs/s
 * @param kneeLow the least their knee may be (a sweep's precision under it)
 * @param kneeHigh the most it may be: a precision over it, or unbounded when the sweep stopped
 *     before the target's limit (a lower bound)
 * @param baseline the sweep of one instance compared with
 * @param baselineKnee its knee, msgs/s
 * @param baselineLow the least its knee may be
 * @param baselineHigh the most its knee may be
 * @param logicalThreads the machine's hardware threads, which the generator and every instance share
 */
public record InstanceScaling(
    String target, String balance, int instances, double knee, double kneeLow, double kneeHigh, String baseline, double baselineKnee,
    double baselineLow, double baselineHigh, int logicalThreads) {

  private static final Pattern LABEL = Pattern.compile("(.+)-x(\\d+)-(haproxy|reuse-port)");

  /** The knee of the instances over the knee of one: 2.0 when two instances take twice the load. */
  public double factor() {
    return knee / baselineKnee;
  }

  /** The least the factor may be, from the two knees' ranges. */
  public double factorLow() {
    return kneeLow / baselineHigh;
  }

  /** The most the factor may be, from the two knees' ranges: unbounded when the instances' knee is a lower bound. */
  public double factorHigh() {
    return kneeHigh / baselineLow;
  }

  /** Every pairing the sweeps allow, in the sweeps' order. */
  static List<InstanceScaling> of(List<SweepKnee> sweeps) {
    List<InstanceScaling> out = new ArrayList<>();
    for (SweepKnee s : sweeps) {
      Matcher m = LABEL.matcher(s.label());
      if (!m.matches() || Integer.parseInt(m.group(2)) < 2 || s.kneeRate().isEmpty()) {
        continue;
      }
      String target = m.group(1);
      String balance = m.group(3);
      Optional<SweepKnee> one = find(sweeps, target + "-x1-" + balance).or(() -> find(sweeps, target));
      one.filter(o -> o.kneeRate().isPresent() && o.kneeRate().getAsDouble() > 0)
          .ifPresent(o -> out.add(new InstanceScaling(
              target, balance, Integer.parseInt(m.group(2)), s.kneeRate().getAsDouble(), s.kneeLow(), s.kneeHigh(), o.label(),
              o.kneeRate().getAsDouble(), o.kneeLow(), o.kneeHigh(), s.logicalThreads())));
    }
    return out;
  }

  /** {@code target}'s scaling behind HAProxy when swept, else sharing a port. */
  static Optional<InstanceScaling> best(List<SweepKnee> sweeps, String target) {
    List<InstanceScaling> all = of(sweeps).stream().filter(s -> s.target().equals(target)).toList();
    return all.stream().filter(s -> s.balance().equals("haproxy")).findFirst().or(() -> all.stream().findFirst());
  }

  /** e.g. {@code 2 instances behind HAProxy} */
  String how() {
    return instances + " instances " + (balance.equals("haproxy") ? "behind HAProxy" : "sharing one port (reuse-port)");
  }

  /** The figure in words, with the caveat that the cores were shared. */
  String sentence() {
    return String.format(
        Locale.ROOT,
        "%s: knee %s%s msgs/s against %s%s with one (%s), ×%.2f%s; the generator and every instance share this machine's %s",
        how(), Double.isInfinite(kneeHigh) ? "at least " : "", Units.whole(knee), Double.isInfinite(baselineHigh) ? "at least " : "",
        Units.whole(baselineKnee), baseline, factor(),
        Double.isInfinite(kneeHigh) && !Double.isInfinite(baselineHigh) ? " at least (their sweep stopped before their limit)" : "",
        logicalThreads > 0 ? Units.plural(logicalThreads, "hardware thread") : "cores");
  }

  private static Optional<SweepKnee> find(List<SweepKnee> sweeps, String label) {
    return sweeps.stream().filter(s -> s.label().equals(label)).reduce((a, b) -> b);
  }
}
