package wsarena.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The counts of the Ease of use section: lines, imports, library names and callbacks. */
class MinimalServersTest {
  private static MinimalServers.Library library(String id) {
    return MinimalServers.LIBRARIES.stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void pythonCountsCodeLinesImportsTheLibrarysNamesAndTheCallbacksOfItsClasses() {
    String code =
        """
        # a comment, then a blank line

        import asyncio
        import sys
        import tornado.web
        import tornado.websocket


        class EchoHandler(tornado.websocket.WebSocketHandler):
            def on_message(self, message):
                self.write_message(message)

            def on_close(self):
                pass


        def helper():  # not a callback: outside the library's class
            return 1

        app = tornado.web.Application([(r"/echo", EchoHandler)])
        asyncio.run(asyncio.sleep(0))
        """;
    MinimalServers.Count c = MinimalServers.count(library("tornado"), Path.of("x.py"), code);
    assertThat(c.lines()).isEqualTo(13);
    assertThat(c.imports()).isEqualTo(4);
    assertThat(c.names()).containsExactly("WebSocketHandler", "Application", "run", "sleep");
    assertThat(c.callbacks()).containsExactly("on_message", "on_close");
    assertThat(c.concepts()).isEqualTo(6);
  }

  @Test
  void pythonNamesImportedFromTheLibraryCountOnceAndTheStandardLibrarysNot() {
    String code =
        """
        import sys
        from autobahn.twisted.websocket import WebSocketServerFactory, WebSocketServerProtocol
        from twisted.internet import reactor

        class EchoProtocol(WebSocketServerProtocol):
            def onMessage(self, payload, isBinary):
                self.sendMessage(payload, isBinary)

        reactor.run()
        """;
    MinimalServers.Count c = MinimalServers.count(library("autobahn"), Path.of("x.py"), code);
    assertThat(c.lines()).isEqualTo(7);
    assertThat(c.imports()).isEqualTo(3);
    assertThat(c.names()).containsExactly("WebSocketServerFactory", "WebSocketServerProtocol", "reactor");
    assertThat(c.callbacks()).containsExactly("onMessage");
  }

  @Test
  void javaCountsTheLibrarysImportsAndTheOverriddenMethodsAndSkipsComments() {
    String code =
        """
        // a line comment
        /* a block
           comment */
        import java.net.InetSocketAddress;
        import static io.undertow.Handlers.path;
        import io.undertow.Undertow;

        public class X {
          @Override
          protected void onFullTextMessage(Object channel, Object message) {
          }
        }
        """;
    MinimalServers.Count c = MinimalServers.count(library("undertow"), Path.of("X.java"), code);
    assertThat(c.lines()).isEqualTo(8);
    assertThat(c.imports()).isEqualTo(3);
    assertThat(c.names()).containsExactly("path", "Undertow");
    assertThat(c.callbacks()).containsExactly("onFullTextMessage");
  }

  @Test
  void everyLibraryWsarenaMeasuresHasItsServerInTheProject() throws Exception {
    Path folder = MinimalServers.locate().orElseThrow();
    List<MinimalServers.Count> counts = MinimalServers.count(folder);
    assertThat(counts).extracting(c -> c.library().id()).containsExactly("tornado", "autobahn", "undertow", "netty", "jetty");
    for (MinimalServers.Count c : counts) {
      assertThat(c.lines()).as(c.library().file()).isBetween(5, 60);
      assertThat(c.names()).as(c.library().file()).isNotEmpty();
      assertThat(c.callbacks()).as(c.library().file()).isNotEmpty();
    }
  }
}
