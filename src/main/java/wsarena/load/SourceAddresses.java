package wsarena.load;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.BitSet;
import wsarena.scenario.ConnectionLoad;

/**
 * The local addresses one storm worker binds its sockets to, in turn, and the address:port pairs
 * they used. A closed TCP connection keeps its pair in TIME_WAIT (a minute on Linux), so a storm
 * of thousands a second from one address runs out of its ~28,000 ephemeral ports within seconds;
 * spread over the loopback range (127.0.0.1, 127.0.0.2, ...), as tcpkali does, every address has
 * ports of its own. Against a target that is not on loopback the kernel picks the address.
 *
 * <p>Workers take every {@code stride}-th address from {@code offset}, so two workers never
 * compete for one address's ports. Used on its worker's thread only.
 */
final class SourceAddresses {
  private final InetAddress[] addresses;
  private final InetSocketAddress[] anyPort;
  private final ConnectionLoad.PortRange ports;
  private final BitSet[] used;
  /** The index in {@link #addresses} of 127.0.0.x, by x; -1 for addresses not ours. */
  private final int[] indexOfHost = new int[256];
  private int nextAddress;
  private int nextPort;

  private SourceAddresses(InetAddress[] addresses, ConnectionLoad.PortRange ports) {
    this.addresses = addresses;
    this.ports = ports;
    this.anyPort = new InetSocketAddress[addresses.length];
    for (int i = 0; i < addresses.length; i++) {
      anyPort[i] = new InetSocketAddress(addresses[i], 0);
    }
    this.used = new BitSet[addresses.length];
    java.util.Arrays.fill(indexOfHost, -1);
    for (int i = 0; i < addresses.length; i++) {
      indexOfHost[addresses[i].getAddress()[3] & 0xff] = i;
    }
  }

  /** No binding: the kernel picks address and port. */
  static SourceAddresses none() {
    return new SourceAddresses(new InetAddress[0], null);
  }

  /**
   * The addresses worker {@code offset} of {@code stride} binds to: its share of 127.0.0.1 ...
   * 127.0.0.{@code count} when the target is on IPv4 loopback, none otherwise (the kernel picks).
   */
  static SourceAddresses forWorker(InetAddress target, int count, ConnectionLoad.PortRange ports, int offset, int stride) {
    if (!(target.isLoopbackAddress() && target.getAddress().length == 4)) {
      return none();
    }
    int total = Math.clamp(count, 1, ConnectionLoad.MAX_SOURCE_ADDRESSES);
    int mine = total <= stride ? 1 : (total - offset + stride - 1) / stride;
    InetAddress[] out = new InetAddress[mine];
    for (int i = 0; i < mine; i++) {
      int host = total <= stride ? offset % total + 1 : offset + i * stride + 1;
      try {
        out[i] = InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) host});
      } catch (UnknownHostException e) {
        throw new IllegalStateException("a 4-byte address is always valid", e);
      }
    }
    return new SourceAddresses(out, ports);
  }

  /** Whether sockets are bound here at all (false: the kernel picks address and port). */
  boolean binds() {
    return addresses.length > 0;
  }

  /** Where the next socket binds: the next address, and the next port of the range or any port. */
  InetSocketAddress next() {
    int a = nextAddress;
    nextAddress = (nextAddress + 1) % addresses.length;
    if (ports == null) {
      return anyPort[a];
    }
    int port = ports.low() + nextPort;
    if (nextAddress == 0) {
      nextPort = (nextPort + 1) % ports.size();
    }
    return new InetSocketAddress(addresses[a], port);
  }

  /** A connection went out from {@code local}. */
  void used(InetSocketAddress local) {
    byte[] address = local.getAddress().getAddress();
    int i = address.length == 4 ? indexOfHost[address[3] & 0xff] : -1;
    if (i < 0) {
      return;
    }
    if (used[i] == null) {
      used[i] = new BitSet(65_536);
    }
    used[i].set(local.getPort());
  }

  int addressesOffered() {
    return addresses.length;
  }

  int addressesUsed() {
    int n = 0;
    for (BitSet b : used) {
      n += b == null ? 0 : 1;
    }
    return n;
  }

  long portsUsed() {
    long n = 0;
    for (BitSet b : used) {
      n += b == null ? 0 : b.cardinality();
    }
    return n;
  }
}
