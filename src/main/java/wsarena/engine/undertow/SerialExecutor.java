package wsarena.engine.undertow;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs one connection's messages on a shared pool, one at a time and in arrival order.
 *
 * <p>Handing each message to the pool on its own would let two workers echo one connection's
 * messages out of order; the load generator matches echoes by id, but any client expecting a
 * WebSocket echo in order would see reordering that the model does not intend.
 */
final class SerialExecutor implements Executor {

  /**
   * Tasks one drain runs before it yields the worker, so a busy connection cannot starve others.
   */
  private static final int BATCH = 64;

  private final Executor pool;
  private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean scheduled = new AtomicBoolean();

  SerialExecutor(Executor pool) {
    this.pool = pool;
  }

  @Override
  public void execute(Runnable task) {
    tasks.add(task);
    if (scheduled.compareAndSet(false, true)) {
      pool.execute(this::drain);
    }
  }

  private void drain() {
    try {
      for (int i = 0; i < BATCH; i++) {
        Runnable task = tasks.poll();
        if (task == null) {
          break;
        }
        task.run();
      }
    } finally {
      // Even after a failed task: a stuck flag would silence this connection for good.
      scheduled.set(false);
      // A task may have arrived after the last poll but before the flag dropped: pick it up.
      if (!tasks.isEmpty() && scheduled.compareAndSet(false, true)) {
        pool.execute(this::drain);
      }
    }
  }
}
