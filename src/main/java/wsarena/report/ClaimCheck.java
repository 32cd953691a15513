package wsarena.report;

import wsarena.text.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A claim beside its measurement: the figure that bears on it (and those it is compared with),
 * the rule that judged it, and the verdict in a word.
 *
 * @param figures the figures as the report writes them, e.g. {@code tornado: 0.031 per message;
 *     undertow-reactor-workers: 1.02 per message}, or why there are none
 * @param rule the rule in words, e.g. {@code lower than every *-reactor-workers target}; empty
 *     with no measurement
 */
public record ClaimCheck(Claim claim, Verdict verdict, String figures, String rule) {

  /** A claim's verdict, in a word. */
  public enum Verdict {
    /** The figure is as the claim says. */
    SUPPORTED("supported"),
    /** The figure is not as the claim says. */
    CONTRADICTED("contradicted"),
    /** Against some of the targets compared with, not all. */
    PARTLY("partly"),
    /**
     * The runs do not all fall on one side: the figures' lowest–highest ranges overlap (a sweep's
     * knees lie within its precision of each other), or some repeats pass a bound and some do not.
     */
    INCONCLUSIVE("inconclusive"),
    /** The claim states nothing to judge; the figure that bears on it is shown. */
    MEASURED("measured"),
    /** A measurement tests it, but this report has no figure for it. */
    UNTESTED("untested"),
    /** No measurement can test it. */
    UNMEASURABLE("unmeasurable");

    private final String word;

    Verdict(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }
  }

  /** Every claim of {@code article}, in its order. */
  public static List<ClaimCheck> all(Claim.Article article, ReportData data) {
    return article.claims().stream().map(c -> of(c, data)).toList();
  }

  public static ClaimCheck of(Claim claim, ReportData data) {
    if (claim.measurement() == null || claim.measurement().isBlank()) {
      return new ClaimCheck(claim, Verdict.UNMEASURABLE, "no measurement: " + claim.why(), "");
    }
    Measurement m = Measurement.parse(claim.measurement()).orElseThrow();
    ClaimRule rule = ClaimRule.parse(claim.rule()).orElseThrow();
    String target = claim.target();
    Optional<Measurement.Figure> own = m.of(target, data);
    String ruleWords = words(rule, m, claim);
    if (own.isEmpty()) {
      return new ClaimCheck(claim, Verdict.UNTESTED, "no figure of " + target + " in this report: " + m.title(), ruleWords);
    }
    String ownText = target + ": " + own.get().text();
    Measurement.Figure f = own.get();
    return switch (rule) {
      // a bound is passed when every repeat passes it, missed when none does
      case AT_LEAST -> bounded(claim, f.low() >= claim.value(), f.high() < claim.value(), ownText, ruleWords);
      case AT_MOST -> bounded(claim, f.high() <= claim.value(), f.low() > claim.value(), ownText, ruleWords);
      case YES -> judged(claim, f.value() == 1, ownText, ruleWords);
      case REPORT -> new ClaimCheck(claim, Verdict.MEASURED, ownText, ruleWords);
      case BETTER_THAN, WORSE_THAN, BEST, WORST -> compared(claim, rule, m, data, own.get(), ruleWords);
    };
  }

  private static ClaimCheck judged(Claim claim, boolean holds, String figures, String rule) {
    return new ClaimCheck(claim, holds ? Verdict.SUPPORTED : Verdict.CONTRADICTED, figures, rule);
  }

  private static ClaimCheck bounded(Claim claim, boolean everyRunHolds, boolean noRunHolds, String figures, String rule) {
    Verdict v = everyRunHolds ? Verdict.SUPPORTED : noRunHolds ? Verdict.CONTRADICTED : Verdict.INCONCLUSIVE;
    return new ClaimCheck(claim, v, figures, rule);
  }

  private static ClaimCheck compared(Claim claim, ClaimRule rule, Measurement m, ReportData data, Measurement.Figure own, String ruleWords) {
    List<String> others = m.targets(data).stream()
        .filter(t -> !t.equals(claim.target()))
        .filter(t -> rule == ClaimRule.BEST || rule == ClaimRule.WORST || claim.than().stream().anyMatch(p -> matches(p, t)))
        .toList();
    if (others.isEmpty()) {
      return new ClaimCheck(claim, Verdict.UNTESTED,
          claim.target() + ": " + own.text() + "; no figure of " + comparedWith(claim, rule) + " in this report", ruleWords);
    }
    boolean wantBetter = rule == ClaimRule.BETTER_THAN || rule == ClaimRule.BEST;
    Metric.Better sense = m.better();
    Metric.Better opposite = sense == Metric.Better.HIGHER ? Metric.Better.LOWER : Metric.Better.HIGHER;
    int holds = 0;
    int fails = 0;
    List<String> figures = new ArrayList<>(List.of(claim.target() + ": " + own.text()));
    for (String t : others) {
      Measurement.Figure f = m.of(t, data).orElseThrow();
      figures.add(t + ": " + f.text());
      // one side only when every run of one is past every run of the other; overlapping runs decide nothing
      boolean better = own.clearlyBetter(f, sense);
      boolean worse = own.clearlyBetter(f, opposite);
      // two exact figures (a count of features, a yes or no) have no noise: equal is simply not better
      boolean exact = own.low() == own.high() && f.low() == f.high() && own.runs() == 1 && f.runs() == 1
          && !(m instanceof Measurement.Knee);
      if (wantBetter ? better : worse) {
        holds++;
      } else if ((wantBetter ? worse : better) || exact) {
        fails++;
      }
    }
    int undecided = others.size() - holds - fails;
    // the best (or worst) of all is one or it is not; better than some of those named is partly
    boolean ofAll = rule == ClaimRule.BEST || rule == ClaimRule.WORST;
    Verdict verdict;
    if (holds == others.size()) {
      verdict = Verdict.SUPPORTED;
    } else if (fails == others.size() || (ofAll && fails > 0)) {
      verdict = Verdict.CONTRADICTED;
    } else if (undecided > 0) {
      verdict = Verdict.INCONCLUSIVE;
    } else {
      verdict = ofAll ? Verdict.CONTRADICTED : Verdict.PARTLY;
    }
    return new ClaimCheck(claim, verdict, String.join("; ", figures), ruleWords);
  }

  private static String comparedWith(Claim claim, ClaimRule rule) {
    return rule == ClaimRule.BEST || rule == ClaimRule.WORST ? "any other target" : String.join(", ", claim.than());
  }

  /** A label pattern: {@code *} stands for any run of characters. */
  static boolean matches(String pattern, String label) {
    String regex = ("\\Q" + pattern.strip() + "\\E").replace("*", "\\E.*\\Q");
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(label).matches();
  }

  /** The rule in words, with the measurement's sense of better. */
  static String words(ClaimRule rule, Measurement m, Claim claim) {
    String better = m.better() == Metric.Better.HIGHER ? "higher" : "lower";
    String worse = m.better() == Metric.Better.HIGHER ? "lower" : "higher";
    return switch (rule) {
      case AT_LEAST -> m.title() + " at least " + bound(m, claim.value());
      case AT_MOST -> m.title() + " at most " + bound(m, claim.value());
      case BETTER_THAN -> m.title() + " " + better + " than " + String.join(", ", claim.than());
      case WORSE_THAN -> m.title() + " " + worse + " than " + String.join(", ", claim.than());
      case BEST -> "the " + (better.equals("higher") ? "highest" : "lowest") + " " + m.title() + " of every target";
      case WORST -> "the " + (better.equals("higher") ? "lowest" : "highest") + " " + m.title() + " of every target";
      case YES -> m.title() + ": yes";
      case REPORT -> m.title() + " (no verdict: the claim states no figure)";
    };
  }

  private static String bound(Measurement m, double value) {
    if (m instanceof Measurement.OfMetric om) {
      return Measurement.OfMetric.text(om.metric(), value);
    }
    if (m instanceof Measurement.AtEqualLoad e) {
      return Measurement.OfMetric.text(e.metric(), value);
    }
    return value == Math.rint(value) ? Units.whole(value) : String.format(Locale.ROOT, "%.2f", value);
  }
}
