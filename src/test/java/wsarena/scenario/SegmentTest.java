package wsarena.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SegmentTest {
  @Test
  void theSegmentsOfASplitOwnEveryConnectionOnceBetweenThem() {
    for (int count : new int[] {1, 2, 3, 4, 7}) {
      for (int total : new int[] {0, 1, 5, 40, 101}) {
        List<Integer> all = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
          Segment s = new Segment(i, count);
          int[] mine = s.indices(total);
          assertThat(mine).hasSize(s.share(total));
          for (int g : mine) {
            assertThat(s.owns(g)).isTrue();
            all.add(g);
          }
        }
        assertThat(all).as(count + " segments of " + total).containsExactlyInAnyOrderElementsOf(IntStream.range(0, total).boxed().toList());
      }
    }
    assertThat(new Segment(2, 4).indices(10)).containsExactly(1, 5, 9);
  }

  @Test
  void readsIOverNAndSaysTheFormOtherwise() {
    assertThat(Segment.parse(" 2/4 ")).isEqualTo(new Segment(2, 4));
    assertThat(Segment.parse("1/1").whole()).isTrue();
    assertThat(Segment.parse("3/4")).hasToString("3/4");
    assertThatThrownBy(() -> Segment.parse("0/4")).hasMessage("a segment is i/N with 1 <= i <= N (e.g. 2/4, the second of four), not 0/4");
    assertThatThrownBy(() -> Segment.parse("2-4")).hasMessage("a segment is i/N (e.g. 2/4, the second of four load machines), not '2-4'");
  }
}
