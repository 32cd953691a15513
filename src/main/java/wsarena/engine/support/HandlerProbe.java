package wsarena.engine.support;

/**
 * Sees every message an engine handles, on the thread that handles it.
 *
 * <p>Tests use it to prove where a threading model really runs its handlers (the I/O thread, a
 * worker, a virtual thread). Normal runs use {@link #NONE}: the only implementation loaded, so the
 * JIT inlines the call to nothing and the hot path pays no price.
 */
@FunctionalInterface
public interface HandlerProbe {

  HandlerProbe NONE = () -> {};

  /** Called by the echo and broadcast handlers once per message, on the handling thread. */
  void messageHandled();
}
