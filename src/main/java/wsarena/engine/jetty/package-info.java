/**
 * Jetty 12 as a wsarena engine: {@link wsarena.engine.jetty.JettyEngine} in reactor-workers (its
 * QueuedThreadPool) and virtual-threads (a virtual thread per read, blocking sends), on the core
 * non-servlet server with Jetty's own WebSocket API.
 */
package wsarena.engine.jetty;
