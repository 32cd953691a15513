package wsarena.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServeAnnouncementTest {

  @Test
  void readsBackWhatItWrites() {
    var plain = new ServeAnnouncement(43121, 5120, null);
    var tls = new ServeAnnouncement(8443, 7, "ab".repeat(32));
    assertThat(ServeAnnouncement.parse(plain.format())).contains(plain);
    assertThat(ServeAnnouncement.parse(tls.format())).contains(tls);
  }

  @Test
  void ignoresOtherLines() {
    assertThat(ServeAnnouncement.parse("Undertow · serving ws://127.0.0.1:8080/echo")).isEmpty();
    assertThat(ServeAnnouncement.parse("wsarena-serve listening port=x pid=1")).isEmpty();
  }
}
