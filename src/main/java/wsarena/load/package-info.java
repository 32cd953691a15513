/**
 * The client side of a run. {@link wsarena.load.LoadGenerator} owns a few worker threads (Netty
 * event loops, native epoll where available); each owns many connections, so thousands of sockets
 * need no thread each. Messages carry their intended send time ({@code MessageStamp}): open loop
 * keeps a fixed schedule ({@code OpenLoopSchedule}, a pure sequence) and counts latency from it,
 * so a stalled server shows as latency (wrk2's rule against coordinated omission); closed loop sends
 * the next message when the answer came. Every answer is checked against what was sent.
 */
package wsarena.load;
