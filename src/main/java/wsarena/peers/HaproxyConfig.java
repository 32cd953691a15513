package wsarena.peers;

import java.util.List;

/**
 * The HAProxy configuration a run writes for its instances: one frontend on {@code 127.0.0.1:port},
 * one backend of the instances on loopback, in {@code mode http} so that HAProxy reads each
 * WebSocket upgrade, hands it to an instance and then tunnels the connection's bytes both ways.
 *
 * @param port where HAProxy listens
 * @param instancePorts where the instances listen, each on 127.0.0.1
 */
public record HaproxyConfig(int port, List<Integer> instancePorts) {
  /**
   * One thread: on a machine of a few cores the generator and the instances need the others, and
   * one HAProxy thread forwards far more than one Python instance answers.
   */
  static final int THREADS = 1;

  public HaproxyConfig {
    instancePorts = List.copyOf(instancePorts);
    if (instancePorts.isEmpty()) {
      throw new IllegalArgumentException("HAProxy needs at least one instance behind it");
    }
  }

  /** The configuration file's text. */
  public String text() {
    StringBuilder cfg = new StringBuilder();
    cfg.append("# Written by wsarena for one run: ")
        .append(instancePorts.size())
        .append(instancePorts.size() == 1 ? " instance" : " instances")
        .append(" behind HAProxy, on loopback only.\n");
    cfg.append("global\n");
    cfg.append("    nbthread ").append(THREADS).append('\n');
    // as many connections as the file limit allows: HAProxy's own default, said for the reader
    cfg.append("    # maxconn: HAProxy derives it from the open-file limit\n");
    cfg.append("defaults\n");
    cfg.append("    mode http\n");
    cfg.append("    timeout connect 5s\n");
    cfg.append("    timeout client 60s\n");
    cfg.append("    timeout server 60s\n");
    // once upgraded, a WebSocket is a tunnel: idle connections (an idle run's) stay open this long
    cfg.append("    timeout tunnel 1h\n");
    cfg.append("frontend wsarena\n");
    cfg.append("    bind 127.0.0.1:").append(port).append('\n');
    cfg.append("    default_backend instances\n");
    cfg.append("backend instances\n");
    // each connection lives long, so spread them by how many each instance holds
    cfg.append("    balance leastconn\n");
    for (int i = 0; i < instancePorts.size(); i++) {
      cfg.append("    server instance").append(i + 1).append(" 127.0.0.1:").append(instancePorts.get(i)).append('\n');
    }
    return cfg.toString();
  }
}
