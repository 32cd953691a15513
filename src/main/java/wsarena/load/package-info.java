/**
 * The client side of a run. {@link wsarena.load.LoadGenerator} owns a few worker threads (Netty
 * event loops on epoll, io_uring or NIO: {@code ClientTransport}); each owns many connections, so
 * thousands of sockets need no thread each. Messages carry their intended send time ({@code
 * MessageStamp}): open loop keeps a fixed schedule ({@code OpenLoopSchedule}, a pure sequence) and
 * counts latency from it, so a stalled server shows as latency (wrk2's rule against coordinated
 * omission), and a worker wakes at most once per pacing quantum ({@code PacingQuantum}) to send all
 * that is due, so its cost grows with the rate; closed loop sends the next message when the answer
 * came. Every answer is checked against what was sent.
 *
 * <p>The run drives every client through {@link wsarena.load.ClientLoad}: the message workloads'
 * generator, a {@link wsarena.load.StormDriver} (connections opened and closed as fast as the
 * target takes them, each handshake timed, failures counted by cause, sockets bound to the loopback
 * range in turn so TIME_WAIT does not exhaust one address's ports; the handshake is RFC 6455's
 * client half alone, {@code UpgradeRequest}, not a full HTTP pipeline per connection) and an {@link
 * wsarena.load.IdleHolder} (connections held and pinged). They share only {@code ClientChannels}:
 * the threads, the socket options, TLS and the HTTP half of the WebSocket pipeline.
 */
package wsarena.load;
