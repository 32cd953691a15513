// The smallest complete Jetty echo server, as Jetty's documentation writes one.
import java.net.InetSocketAddress;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

public class JettyEcho {
  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
    Server server = new Server(new InetSocketAddress("127.0.0.1", port));
    server.setHandler(WebSocketUpgradeHandler.from(server, container ->
        container.addMapping("/echo", (request, response, callback) -> new EchoEndpoint())));
    server.start();
    server.join();
  }

  public static class EchoEndpoint implements Session.Listener.AutoDemanding {
    private Session session;

    @Override
    public void onWebSocketOpen(Session session) {
      this.session = session;
    }

    @Override
    public void onWebSocketText(String message) {
      session.sendText(message, Callback.NOOP);
    }
  }
}
