package wsarena.probe;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Subprotocol selection: offers {@code wsarena.v1, chat} and reads what the server picks. Picking
 * none is a valid answer (the verdict is then no).
 */
final class SubprotocolCheck implements FeatureCheck {
  static final List<String> OFFERED = List.of("wsarena.v1", "chat");

  @Override
  public Feature feature() {
    return Feature.SUBPROTOCOL;
  }

  @Override
  public FeatureResult run(ProbeClient client, URI uri) throws InterruptedException {
    String offered = String.join(", ", OFFERED);
    try (ProbeConnection connection = client.open(uri, HandshakeOffer.subprotocols(OFFERED))) {
      return judge(connection.response().subprotocol(), offered);
    } catch (ProbeException e) {
      // Netty refuses a 101 that names no subprotocol (or one not offered) after offering some;
      // the server's answer is still what this check wants to know.
      Optional<HandshakeResponse> answer = e.response();
      if (answer.isPresent() && answer.get().switchedProtocols()) {
        return judge(answer.get().subprotocol(), offered);
      }
      if (answer.isPresent()) {
        return FeatureResult.no(feature(), "offered '" + offered + "'; " + e.getMessage());
      }
      return notConnected(e);
    }
  }

  private FeatureResult judge(String chosen, String offered) {
    if (chosen == null || chosen.isBlank()) {
      return FeatureResult.no(feature(), "offered '" + offered + "'; the server chose none");
    }
    if (!OFFERED.contains(chosen.strip())) {
      return FeatureResult.no(
          feature(), "offered '" + offered + "'; the server chose '" + chosen + "', not offered");
    }
    return FeatureResult.yes(
        feature(), "offered '" + offered + "'; the server chose '" + chosen + "'");
  }
}
