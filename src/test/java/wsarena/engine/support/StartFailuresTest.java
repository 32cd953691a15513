package wsarena.engine.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.BindException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import wsarena.engine.EngineException;

class StartFailuresTest {

  @Test
  void aBindExceptionAnywhereInTheChainIsAPortInUse() {
    var failure =
        new RuntimeException(new IOException(new BindException("Address already in use")));
    EngineException e = StartFailures.toEngineException("Undertow", "127.0.0.1", 8080, failure);
    assertThat(e.getMessage())
        .isEqualTo(EngineException.portInUse("127.0.0.1", 8080, null).getMessage());
    assertThat(e.getCause()).isSameAs(failure);
  }

  @Test
  void nettysNativeErrorIsRecognisedByItsText() {
    // epoll reports EADDRINUSE as an IOException subclass, not a BindException
    var failure = new IOException("bind(..) failed: Address already in use");
    assertThat(StartFailures.toEngineException("Netty", "127.0.0.1", 9000, failure).getMessage())
        .startsWith("port 9000 on 127.0.0.1 is already in use");
  }

  @Test
  void anAddressOfAnotherMachineIsNamedAsSuch() {
    var failure = new BindException("Cannot assign requested address");
    assertThat(StartFailures.toEngineException("Jetty", "192.0.2.1", 80, failure).getMessage())
        .isEqualTo(
            "Jetty cannot listen on 192.0.2.1: it is not an address of this machine (use 127.0.0.1,"
                + " ::1 or 0.0.0.0)");
    assertThat(
            StartFailures.toEngineException(
                    "Jetty", "nohost.invalid", 80, new UnknownHostException("nohost.invalid"))
                .getMessage())
        .startsWith("Jetty cannot listen on nohost.invalid");
  }

  @Test
  void anythingElseKeepsTheRootCauseInOneLine() {
    var failure = new IllegalStateException("wrapper", new IOException("Permission denied"));
    assertThat(StartFailures.toEngineException("Netty", "127.0.0.1", 80, failure).getMessage())
        .isEqualTo("Netty could not start on 127.0.0.1:80: Permission denied");
  }
}
