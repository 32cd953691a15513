/**
 * Undertow (XNIO) as a wsarena engine: {@link wsarena.engine.undertow.UndertowEngine} in
 * event-loop, multi-reactor and reactor-workers. The models differ only in the XNIO worker's thread
 * counts and in whether a message is handled on its I/O thread or handed, per connection in order,
 * to the worker pool. Nothing here imports another engine's package.
 */
package wsarena.engine.undertow;
