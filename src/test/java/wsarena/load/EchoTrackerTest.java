package wsarena.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EchoTrackerTest {

  @Test
  void acceptsEachSentIdOnceInAnyOrder() {
    EchoTracker t = new EchoTracker(10);
    long a = t.send(100);
    long b = t.send(200);
    long c = t.send(300);
    assertThat(t.inFlight()).isEqualTo(3);
    assertThat(t.accept(b, 200)).isEqualTo(EchoTracker.Verdict.OUT_OF_ORDER);
    assertThat(t.accept(a, 100)).isEqualTo(EchoTracker.Verdict.IN_ORDER);
    assertThat(t.accept(b, 200)).isEqualTo(EchoTracker.Verdict.DUPLICATE);
    assertThat(t.accept(c, 300)).isEqualTo(EchoTracker.Verdict.IN_ORDER);
    assertThat(t.inFlight()).isZero();
  }

  @Test
  void flagsDuplicatesAndIdsNeverSent() {
    EchoTracker t = new EchoTracker(10);
    t.send(1);
    long b = t.send(2);
    assertThat(t.accept(b, 2)).isEqualTo(EchoTracker.Verdict.OUT_OF_ORDER);
    assertThat(t.accept(b, 2)).isEqualTo(EchoTracker.Verdict.DUPLICATE);
    assertThat(t.accept(99, 99)).isEqualTo(EchoTracker.Verdict.UNKNOWN_ID);
    assertThat(t.inFlight()).isEqualTo(1);
  }

  @Test
  void neverHoldsMoreThanTheCapInFlight() {
    EchoTracker t = new EchoTracker(1000);
    int sent = 0;
    while (t.canSend()) {
      t.send(sent++);
    }
    assertThat(sent).isEqualTo(1000);
    assertThat(t.inFlight()).isEqualTo(1000);
    // an answer makes room for exactly one more
    t.accept(500, 500);
    assertThat(t.canSend()).isTrue();
    t.send(sent);
    assertThat(t.canSend()).isFalse();
    assertThat(t.capacity()).isEqualTo(1024);
  }

  @Test
  void aStuckOldestMessageLetsTheRingGrowToTwiceTheCapAndNoFurther() {
    EchoTracker t = new EchoTracker(1000);
    long sent = 0;
    for (int round = 0; round < 10; round++) {
      while (t.canSend()) {
        t.send(sent++);
      }
      for (long id = Math.max(1, sent - 1000); id < sent; id++) {
        t.accept(id, id); // everything is answered but message 0
      }
    }
    assertThat(t.inFlight()).isEqualTo(1);
    assertThat(t.capacity()).isEqualTo(2048);
    assertThat(sent).isEqualTo(2048);
  }

  @Test
  void memoryStaysBoundedHoweverManyMessagesGoUnanswered() {
    EchoTracker t = new EchoTracker(100);
    List<Long> givenUp = new ArrayList<>();
    for (long time = 0; time < 1_000_000; time++) {
      if (t.canSend()) {
        t.send(time);
      }
      t.expire(time - 50, givenUp::add); // nothing is ever answered: all give up after 50
    }
    assertThat(t.capacity()).isLessThanOrEqualTo(256);
    assertThat(givenUp).hasSizeGreaterThan(900_000);
  }

  @Test
  void expiryGivesUpTheOldestFirstAndTheirLateAnswersAreIgnored() {
    EchoTracker t = new EchoTracker(10);
    long a = t.send(1_000);
    long b = t.send(2_000);
    long c = t.send(3_000);
    assertThat(t.accept(b, 2_000)).isEqualTo(EchoTracker.Verdict.OUT_OF_ORDER);
    List<Long> givenUp = new ArrayList<>();

    assertThat(t.expire(2_500, givenUp::add)).isEqualTo(1);

    assertThat(givenUp).containsExactly(1_000L);
    assertThat(t.oldestIntendedNanos()).isEqualTo(3_000);
    assertThat(t.accept(a, 1_000)).as("a late answer, not counted twice").isEqualTo(EchoTracker.Verdict.LATE);
    assertThat(t.accept(a, 1_000)).isEqualTo(EchoTracker.Verdict.LATE);
    assertThat(t.accept(b, 2_000)).isEqualTo(EchoTracker.Verdict.DUPLICATE);
    assertThat(t.giveUpAll(givenUp::add)).isEqualTo(1);
    assertThat(givenUp).containsExactly(1_000L, 3_000L);
    assertThat(t.accept(c, 3_000)).isEqualTo(EchoTracker.Verdict.LATE);
    assertThat(t.inFlight()).isZero();
    assertThat(t.oldestIntendedNanos()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void growsAcrossOutOfOrderAnswersWithoutLosingTrack() {
    EchoTracker t = new EchoTracker(10_000);
    for (int i = 0; i < 10_000; i++) {
      t.send(i);
    }
    assertThat(t.accept(9_999, 9_999)).isEqualTo(EchoTracker.Verdict.OUT_OF_ORDER);
    for (int i = 0; i < 9_999; i++) {
      assertThat(t.accept(i, i)).isEqualTo(EchoTracker.Verdict.IN_ORDER);
    }
    assertThat(t.inFlight()).isZero();
  }

  @Test
  void anAnswerStampedWithAnotherTimeGivesItsMessageUpAndIsNeverAnAnswer() {
    EchoTracker t = new EchoTracker(10);
    long a = t.send(1_000);
    long b = t.send(2_000);

    assertThat(t.accept(a, 1_000 + 50_000_000)).isEqualTo(EchoTracker.Verdict.ALTERED_STAMP);
    assertThat(t.inFlight()).isEqualTo(1);
    assertThat(t.oldestIntendedNanos()).isEqualTo(2_000);
    // the right answer coming after it is late: the message has its fate already
    assertThat(t.accept(a, 1_000)).isEqualTo(EchoTracker.Verdict.LATE);
    assertThat(t.accept(b, 2_000)).isEqualTo(EchoTracker.Verdict.IN_ORDER);
  }

  @Test
  void aWrongAnswerGivesUpTheMessageItNamesOnlyWhileThatOneIsInFlight() {
    EchoTracker t = new EchoTracker(10);
    long a = t.send(1_000);

    assertThat(t.giveUp(a)).isEqualTo(1_000);
    assertThat(t.giveUp(a)).isEqualTo(Long.MIN_VALUE);
    assertThat(t.giveUp(7)).isEqualTo(Long.MIN_VALUE);
    assertThat(t.inFlight()).isZero();
  }
}
