package wsarena.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/**
 * One way to tell a failure in words. Of the copies there were, some gave a wrapper's class name
 * when it had no message of its own; the one kept reads on to the first cause that says something.
 */
class SentencesTest {
  @Test
  void anExceptionSaysItsOwnMessage() {
    assertThat(Sentences.of(new IllegalStateException("the target closed every connection")))
        .isEqualTo("the target closed every connection");
  }

  @Test
  void aWrapperWithoutAMessageLetsItsCauseSpeak() {
    Exception wrapped = new RuntimeException((String) null, new IOException("disk full"));
    assertThat(Sentences.of(wrapped)).isEqualTo("disk full");
    assertThat(Sentences.of(new UncheckedIOException(null, new IOException((String) null)))).isEqualTo("IOException");
  }

  @Test
  void aFailureThatSaysNothingIsNamedByItsKindNeverNull() {
    assertThat(Sentences.of(new NullPointerException())).isEqualTo("NullPointerException");
  }
}
