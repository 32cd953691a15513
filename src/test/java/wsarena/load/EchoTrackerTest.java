package wsarena.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EchoTrackerTest {

  @Test
  void acceptsEachSentIdOnceInAnyOrder() {
    EchoTracker t = new EchoTracker();
    long a = t.nextId();
    long b = t.nextId();
    long c = t.nextId();
    assertThat(t.pending()).isEqualTo(3);
    assertThat(t.accept(b)).isEqualTo(EchoTracker.Verdict.OUT_OF_ORDER);
    assertThat(t.accept(a)).isEqualTo(EchoTracker.Verdict.IN_ORDER);
    assertThat(t.accept(b)).isEqualTo(EchoTracker.Verdict.UNKNOWN_ID); // below the window now
    assertThat(t.accept(c)).isEqualTo(EchoTracker.Verdict.IN_ORDER);
    assertThat(t.pending()).isZero();
  }

  @Test
  void flagsDuplicatesAndIdsNeverSent() {
    EchoTracker t = new EchoTracker();
    t.nextId();
    long b = t.nextId();
    assertThat(t.accept(b)).isEqualTo(EchoTracker.Verdict.OUT_OF_ORDER);
    assertThat(t.accept(b)).isEqualTo(EchoTracker.Verdict.DUPLICATE);
    assertThat(t.accept(99)).isEqualTo(EchoTracker.Verdict.UNKNOWN_ID);
    assertThat(t.pending()).isEqualTo(1);
  }

  @Test
  void growsWhenManyMessagesAreInFlight() {
    EchoTracker t = new EchoTracker();
    for (int i = 0; i < 10_000; i++) {
      t.nextId();
    }
    assertThat(t.accept(9_999)).isEqualTo(EchoTracker.Verdict.OUT_OF_ORDER);
    for (int i = 0; i < 9_999; i++) {
      assertThat(t.accept(i)).isEqualTo(EchoTracker.Verdict.IN_ORDER);
    }
    assertThat(t.pending()).isZero();
  }
}
