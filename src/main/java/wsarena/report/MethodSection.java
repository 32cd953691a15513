package wsarena.report;

import wsarena.text.Units;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import wsarena.host.HostInfo;
import wsarena.metrics.RunResult;
import wsarena.scenario.Workload;

/**
 * The Hardware and Method sections: the machine the runs were measured on, as every result
 * records it; and how: each workload's scenario, the repeats, the versions of wsarena and of each
 * target, the conformance suite, the commands that measured the inputs and wrote the report, and
 * the inputs that could not be read.
 */
final class MethodSection {
  private final ReportData data;
  private final ReportMarkdown doc;

  MethodSection(ReportData data, ReportMarkdown doc) {
    this.data = data;
    this.doc = doc;
  }

  String hardware() {
    List<HostInfo> hosts = data.hosts();
    if (hosts.isEmpty()) {
      return "Not known: this report was given no run, and the machine is what a run records.\n";
    }
    StringBuilder sb = new StringBuilder();
    if (hosts.size() > 1) {
      sb.append("The runs come from ").append(hosts.size()).append(" machines: compare their figures with care.\n\n");
    }
    for (HostInfo h : hosts) {
      sb.append(Machines.hardwareBlock(h).replaceFirst("^\\*\\*Hardware\\*\\*\n", "")).append("\n");
    }
    sb.append("The load generator and the targets share this machine's cores; figures measured while other work ran on it are indicative only.\n");
    return sb.toString();
  }

  /** @param article the claims checked, or null when the report has none */
  String method(Claim.Article article) {
    StringBuilder sb = new StringBuilder();
    List<String> lines = new ArrayList<>();
    for (Workload w : Workload.values()) {
      List<RunResult> runs = data.table(w).map(t -> t.contenders().stream().flatMap(c -> c.runs().stream()).toList()).orElse(List.of());
      if (!runs.isEmpty()) {
        RunResult first = runs.getFirst();
        int targets = data.table(w).map(t -> t.contenders().size()).orElse(0);
        int mostRuns = data.table(w).map(t -> t.contenders().stream().mapToInt(c -> c.runs().size()).max().orElse(0)).orElse(0);
        lines.add("- **" + w.cliName() + "**: " + MarkdownSummary.describe(first.scenario()) + "; "
            + Units.plural(targets, "target") + ", " + Units.plural(mostRuns, "run") + " each"
            + (mostRuns > 1 ? " (repeats interleaved: A B C A B C)" : "") + ".");
      }
    }
    data.equalLoad().ifPresent(t -> {
      RunResult first = t.contenders().getFirst().runs().getFirst();
      int mostRuns = t.contenders().stream().mapToInt(c -> c.runs().size()).max().orElse(0);
      lines.add("- **echo at equal load**: " + MarkdownSummary.describe(first.scenario()) + "; " + Units.plural(t.contenders().size(), "target")
          + ", " + Units.plural(mostRuns, "run") + " each, every target driven open loop at the same rate: "
          + EqualLoadSection.howChosen(data) + EqualLoadSection.judged(data));
    });
    if (!data.inputs().sweeps().isEmpty()) {
      lines.add("- **sweep**: " + Units.plural(data.inputs().sweeps().size(), "sweep") + " (" + String.join(", ",
          data.inputs().sweeps().stream().map(SweepKnee::label).toList()) + "), each one target under rising load to its knee.");
    }
    var started = data.runs().stream().map(RunResult::startedAt).filter(java.util.Objects::nonNull).sorted().toList();
    if (!started.isEmpty()) {
      lines.add("- **when**: runs started " + started.getFirst().truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
          + (started.size() > 1 ? " to " + started.getLast().truncatedTo(java.time.temporal.ChronoUnit.MINUTES) : "") + " (UTC).");
    }
    if (lines.isEmpty()) {
      sb.append("No run was given, so there is no scenario to state.\n\n");
    } else {
      sb.append("**Scenarios**\n\n").append(String.join("\n", lines)).append("\n\n");
    }
    sb.append("Latency is measured from the time each message was due to be sent to the receipt of its echo,")
        .append(" in HdrHistogram (3 significant digits); warm-up is not measured; every intended message is answered,")
        .append(" timed out or not sent, and counted.\n\n");
    Set<String> versions = new LinkedHashSet<>();
    data.runs().forEach(r -> {
      if (r.wsarenaVersion() != null) {
        versions.add("wsarena " + r.wsarenaVersion());
      }
    });
    Set<String> targets = new LinkedHashSet<>();
    // a process id differs from run to run and says nothing of the version
    data.runs().forEach(r -> targets.add(r.target().label() + ": " + r.target().description().replaceAll("\\s*\\(pid \\d+\\)", "")));
    data.inputs().conformance().values().forEach(s -> versions.add(s.suite()));
    if (!versions.isEmpty() || !targets.isEmpty()) {
      sb.append("**Versions**\n\n");
      versions.forEach(v -> sb.append("- ").append(v).append("\n"));
      targets.forEach(t -> sb.append("- ").append(t).append("\n"));
      sb.append("\n");
    }
    Set<String> warnings = new LinkedHashSet<>();
    data.runs().forEach(r -> {
      if (r.failure() != null) {
        warnings.add(r.target().label() + " failed: " + r.failure());
      }
      r.warnings().forEach(w -> warnings.add(r.target().label() + ": " + w));
    });
    if (!warnings.isEmpty()) {
      sb.append("**What the runs warned of**\n\n");
      warnings.forEach(w -> sb.append("- ").append(w).append("\n"));
      sb.append("\n");
    }
    sb.append("**Reproduce**\n\n");
    if (doc.measuredWith() != null && !doc.measuredWith().isBlank()) {
      sb.append("Measured with:\n\n```\n").append(doc.measuredWith()).append("\n```\n\n");
    }
    sb.append("This report written from its inputs with:\n\n```\n").append(doc.writtenWith()).append("\n```\n\n");
    if (article != null) {
      sb.append("Claims: ").append(article.title()).append(article.source() == null ? "" : " (" + article.source() + ")")
          .append(", ").append(Units.plural(article.claims().size(), "claim")).append(".\n");
    }
    if (!data.inputs().problems().isEmpty()) {
      sb.append("\n**Not read**\n\n");
      data.inputs().problems().forEach(p -> sb.append("- ").append(p).append("\n"));
    }
    return sb.toString();
  }
}
