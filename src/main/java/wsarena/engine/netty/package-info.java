/**
 * Netty as a wsarena engine: {@link wsarena.engine.netty.NettyEngine} in event-loop, multi-reactor
 * and reactor-workers, on native epoll where available, or on the transport {@code serve
 * --transport} asks for (epoll, io_uring, nio: {@code Transport}). It is the reference echo (the load
 * generator's ceiling is measured against it), so the hot path copies nothing: the received frame
 * is written back and flushed once per read batch.
 */
package wsarena.engine.netty;
