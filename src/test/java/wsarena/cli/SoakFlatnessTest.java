package wsarena.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import wsarena.run.Soak;

/** The soak's last line: memory growth counted from the end of warm-up, so start-up is not a leak. */
class SoakFlatnessTest {
  private static Soak.Minute minute(int n, long clientHeap, long targetRss) {
    return new Soak.Minute(n, 2000, 900, clientHeap, 200L << 20, 13L << 20, targetRss);
  }

  @Test
  void growthIsCountedFromTheEndOfWarmUpToTheLastMinute() {
    List<Soak.Minute> minutes =
        List.of(minute(1, 5L << 20, 90L << 20), minute(2, 20L << 20, 100L << 20), minute(3, 20L << 20, 100L << 20),
            minute(4, 25L << 20, 110L << 20));

    assertThat(SoakCommand.flatness(minutes))
        .isEqualTo("growth from minute 2 to 4: client heap +25.0 % · client RSS +0.0 % · target heap +0.0 %"
            + " · target RSS +10.0 %");
  }

  @Test
  void aSoakOfWarmUpOnlyJudgesNothingAndAnUnreadFigureIsNotAZero() {
    assertThat(SoakCommand.flatness(List.of(minute(1, 1, 1), minute(2, 1, 1)))).startsWith("too short to judge");
    assertThat(SoakCommand.flatness(List.of(minute(1, 1, -1), minute(2, 1, -1), minute(3, 1, -1))))
        .endsWith("target RSS n/a");
  }
}
