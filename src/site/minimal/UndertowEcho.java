// The smallest complete Undertow echo server, as Undertow's documentation writes one.
import static io.undertow.Handlers.path;
import static io.undertow.Handlers.websocket;

import io.undertow.Undertow;
import io.undertow.websockets.core.AbstractReceiveListener;
import io.undertow.websockets.core.BufferedTextMessage;
import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.WebSockets;

public class UndertowEcho {
  public static void main(String[] args) {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
    Undertow.builder()
        .addHttpListener(port, "127.0.0.1")
        .setHandler(path().addPrefixPath("/echo", websocket((exchange, channel) -> {
          channel.getReceiveSetter().set(new AbstractReceiveListener() {
            @Override
            protected void onFullTextMessage(WebSocketChannel channel, BufferedTextMessage message) {
              WebSockets.sendText(message.getData(), channel, null);
            }
          });
          channel.resumeReceives();
        })))
        .build()
        .start();
  }
}
