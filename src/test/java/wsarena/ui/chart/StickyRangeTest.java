package wsarena.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import javafx.scene.chart.NumberAxis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import wsarena.ui.testing.FxTesting;

class StickyRangeTest {
  private final NumberAxis axis = new NumberAxis();

  /** An axis is a control: the toolkit must be up, whichever test class ran before this one. */
  @BeforeAll
  static void startToolkit() throws TimeoutException {
    FxTesting.init();
    FxToolkit.registerPrimaryStage();
  }

  @Test
  void theAxisFitsTheDataWithRoundBounds() {
    StickyRange.init(axis);

    StickyRange.fit(axis, 43_000);

    assertThat(axis.getLowerBound()).isZero();
    assertThat(axis.getUpperBound()).isEqualTo(50_000);
    assertThat(axis.getTickUnit()).isEqualTo(10_000);
  }

  @Test
  void smallChangesLeaveTheAxisAlone() {
    StickyRange.init(axis);
    StickyRange.fit(axis, 43_000);

    StickyRange.fit(axis, 47_000);
    StickyRange.fit(axis, 20_000);

    assertThat(axis.getUpperBound()).isEqualTo(50_000);
  }

  @Test
  void theAxisFollowsDataThatOutgrowsItOrFallsFarBelow() {
    StickyRange.init(axis);
    StickyRange.fit(axis, 43_000);

    StickyRange.fit(axis, 61_000);
    assertThat(axis.getUpperBound()).isEqualTo(80_000);

    StickyRange.fit(axis, 900);
    assertThat(axis.getUpperBound()).isEqualTo(1_000);
  }
}
