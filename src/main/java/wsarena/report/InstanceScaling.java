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
 * @param baseline the sweep of one instance compared with
 * @param baselineKnee its knee, msgs/s
 * @param logicalThreads the machine's hardware threads, which the generator and every instance share
 */
public record InstanceScaling(
    String target, String balance, int instances, double knee, String baseline, double baselineKnee, int logicalThreads) {

  private static final Pattern LABEL = Pattern.compile("(.+)-x(\\d+)-(haproxy|reuse-port)");

  /** The knee of the instances over the knee of one: 2.0 when two instances take twice the load. */
  public double factor() {
    return knee / baselineKnee;
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
              target, balance, Integer.parseInt(m.group(2)), s.kneeRate().getAsDouble(), o.label(), o.kneeRate().getAsDouble(),
              s.logicalThreads())));
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
        "%s: knee %s msgs/s against %s with one (%s), ×%.2f; the generator and every instance share this machine's %s",
        how(), Units.whole(knee), Units.whole(baselineKnee), baseline, factor(),
        logicalThreads > 0 ? Units.plural(logicalThreads, "hardware thread") : "cores");
  }

  private static Optional<SweepKnee> find(List<SweepKnee> sweeps, String label) {
    return sweeps.stream().filter(s -> s.label().equals(label)).reduce((a, b) -> b);
  }
}
