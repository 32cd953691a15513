package wsarena.scenario;

import java.time.Duration;

/**
 * How the connection workloads open and hold connections: {@link Workload#STORM} (as many
 * handshakes as the target accepts) and {@link Workload#IDLE} (connections held, pinged now and
 * then). Echo and broadcast ignore it.
 *
 * @param handshakesInFlight storm: at most this many handshakes under way at once (the client's
 *     concurrency; with a ramp, attempts due while it is reached wait, and their latency counts
 *     from when they were due)
 * @param hold storm: how long a connection stays open after its handshake before it is closed; 0
 *     closes it at once
 * @param pingInterval idle: each connection sends a ping this often, the connections' pings
 *     spread evenly over the interval
 * @param sourceAddresses storm against a loopback target: the client binds its sockets to this
 *     many addresses 127.0.0.1, 127.0.0.2, ... in turn, so closed connections waiting out
 *     TIME_WAIT do not use up the ephemeral ports of one address (tcpkali does the same); 1 uses
 *     127.0.0.1 alone
 * @param sourcePorts storm: bind each socket to a port of this range in turn instead of letting
 *     the kernel pick one; null lets the kernel pick (a small range runs out, which the result
 *     then reports by cause)
 */
public record ConnectionLoad(
    int handshakesInFlight, Duration hold, Duration pingInterval, int sourceAddresses, PortRange sourcePorts) {
  public static final int DEFAULT_HANDSHAKES_IN_FLIGHT = 100;
  /** 127.0.0.1 to 127.0.0.254: the addresses of 127.0.0.0/24 a socket may bind to. */
  public static final int MAX_SOURCE_ADDRESSES = 254;

  public static ConnectionLoad defaults() {
    return new ConnectionLoad(DEFAULT_HANDSHAKES_IN_FLIGHT, Duration.ZERO, Duration.ofSeconds(1), MAX_SOURCE_ADDRESSES, null);
  }

  public ConnectionLoad withHandshakesInFlight(int value) {
    return new ConnectionLoad(value, hold, pingInterval, sourceAddresses, sourcePorts);
  }

  public ConnectionLoad withHold(Duration value) {
    return new ConnectionLoad(handshakesInFlight, value, pingInterval, sourceAddresses, sourcePorts);
  }

  public ConnectionLoad withPingInterval(Duration value) {
    return new ConnectionLoad(handshakesInFlight, hold, value, sourceAddresses, sourcePorts);
  }

  public ConnectionLoad withSourceAddresses(int value) {
    return new ConnectionLoad(handshakesInFlight, hold, pingInterval, value, sourcePorts);
  }

  public ConnectionLoad withSourcePorts(PortRange value) {
    return new ConnectionLoad(handshakesInFlight, hold, pingInterval, sourceAddresses, value);
  }

  /** A range of TCP ports, both ends included. */
  public record PortRange(int low, int high) {
    /** Parses {@code 40000-40009}, or a single port. */
    public static PortRange parse(String text) {
      String t = text.strip();
      int dash = t.indexOf('-');
      try {
        return dash < 0
            ? new PortRange(Integer.parseInt(t), Integer.parseInt(t))
            : new PortRange(Integer.parseInt(t.substring(0, dash).strip()), Integer.parseInt(t.substring(dash + 1).strip()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("'" + text + "' is not a port range: write e.g. 40000-40999");
      }
    }

    public int size() {
      return high - low + 1;
    }

    @Override
    public String toString() {
      return low == high ? Integer.toString(low) : low + "-" + high;
    }
  }
}
