package wsarena.metrics;

import java.util.Arrays;

/**
 * How evenly a target served its connections: the echoes answered per connection over the
 * measured window, lowest, median and highest, and Jain's fairness index, (Σx)² / (n·Σx²): 1.0
 * when every connection got as many answers, 1/n when one got them all. A closed-loop p50 can look
 * excellent while a server serves a few connections over and over and the others wait; this says
 * so.
 *
 * @param connections how many connections the counts are over (those opened); 0 when not known
 * @param lowest the fewest answers one connection got
 * @param median the median connection's answers
 * @param highest the most answers one connection got
 * @param jainIndex Jain's index over the counts, between 1/n and 1; -1 when not known
 */
public record Fairness(int connections, long lowest, long median, long highest, double jainIndex) {
  public static final Fairness UNKNOWN = new Fairness(0, -1, -1, -1, -1);

  /** The fairness of {@code answered}, one count per connection; unknown for none or no answer at all. */
  public static Fairness of(long[] answered) {
    if (answered == null || answered.length == 0) {
      return UNKNOWN;
    }
    long[] sorted = answered.clone();
    Arrays.sort(sorted);
    double sum = 0;
    double squares = 0;
    for (long x : sorted) {
      sum += x;
      squares += (double) x * x;
    }
    if (sum == 0) {
      return UNKNOWN;
    }
    int n = sorted.length;
    long median = n % 2 == 1 ? sorted[n / 2] : Math.round((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0);
    return new Fairness(n, sorted[0], median, sorted[n - 1], sum * sum / (n * squares));
  }

  public boolean known() {
    return jainIndex >= 0;
  }
}
