package wsarena.cli;

import java.time.Duration;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import wsarena.scenario.ConnectionLoad;

/**
 * The flags of the connection workloads ({@code --workload storm} and {@code idle}), which
 * {@code run} and {@code bench} share; echo and broadcast ignore them.
 */
final class ConnectionFlags {
  @Option(
      names = "--handshakes-in-flight",
      defaultValue = "" + ConnectionLoad.DEFAULT_HANDSHAKES_IN_FLIGHT,
      description = "Storm and idle: at most this many handshakes under way at once. Default: ${DEFAULT-VALUE}.")
  int handshakesInFlight;

  @Option(names = "--hold", defaultValue = "0s", description = "Storm: keep each connection open this long after its handshake. Default: ${DEFAULT-VALUE}.")
  Duration hold;

  @Option(
      names = "--ping-interval",
      defaultValue = "1s",
      description = "Idle: each connection pings this often, the pings spread over the interval. Default: ${DEFAULT-VALUE}.")
  Duration pingInterval;

  @Option(
      names = "--source-addresses",
      defaultValue = "" + ConnectionLoad.MAX_SOURCE_ADDRESSES,
      description = "Storm on loopback: bind the client's sockets to 127.0.0.1 ... 127.0.0.N in turn, so TIME_WAIT does not use up one address's ports. Default: ${DEFAULT-VALUE}.")
  int sourceAddresses;

  @Option(
      names = "--source-ports",
      paramLabel = "LOW-HIGH",
      description = "Storm: bind to the ports of this range in turn instead of ports the kernel picks (a small range runs out, which the result reports).")
  String sourcePorts;

  /** The flags as typed, or their defaults. */
  ConnectionLoad connectionLoad() {
    return new ConnectionLoad(handshakesInFlight, hold, pingInterval, sourceAddresses, ports());
  }

  /** {@code file}'s settings, with the flags the user typed laid over them. */
  ConnectionLoad over(ConnectionLoad file, CommandLine.ParseResult given) {
    return new ConnectionLoad(
        given.hasMatchedOption("--handshakes-in-flight") ? handshakesInFlight : file.handshakesInFlight(),
        given.hasMatchedOption("--hold") ? hold : file.hold(),
        given.hasMatchedOption("--ping-interval") ? pingInterval : file.pingInterval(),
        given.hasMatchedOption("--source-addresses") ? sourceAddresses : file.sourceAddresses(),
        given.hasMatchedOption("--source-ports") ? ports() : file.sourcePorts());
  }

  private ConnectionLoad.PortRange ports() {
    try {
      return sourcePorts == null ? null : ConnectionLoad.PortRange.parse(sourcePorts);
    } catch (IllegalArgumentException e) {
      throw new UserError("--source-ports: " + e.getMessage());
    }
  }
}
