package wsarena.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeWindowTest {
  private final TimeWindow window = new TimeWindow();

  @Test
  void opensOnThePlannedLengthRoundedUpToATick() {
    window.reset(13);

    assertThat(window.lower()).isZero();
    assertThat(window.upper()).isEqualTo(15);
    assertThat(window.tickProperty().get()).isEqualTo(5);
  }

  @Test
  void growsWhenTheRunOutlastsThePlan() {
    window.reset(10);
    window.include(10.5);

    assertThat(window.upper()).isEqualTo(12);
    assertThat(window.lower()).isZero();
  }

  @Test
  void slidesOnceTheRunIsLongerThanTheVisibleWindow() {
    window.reset(10);
    for (int s = 1; s <= 1000; s++) {
      window.include(s);
    }

    assertThat(window.upper() - window.lower()).isEqualTo(TimeWindow.VISIBLE_SECONDS);
    assertThat(window.upper()).isGreaterThanOrEqualTo(1000);
  }
}
