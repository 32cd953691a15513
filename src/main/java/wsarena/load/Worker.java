package wsarena.load;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import wsarena.metrics.IntervalRecorder;

/**
 * One generator thread (a Netty event loop) and the connections it owns: it sends their open-loop
 * messages on schedule and records their latencies in its own {@link IntervalRecorder}.
 *
 * <p>Sending is batched: all messages due are written, then each touched connection is flushed
 * once, so a late wake-up costs one syscall per connection instead of one per message.
 */
final class Worker {
  /** Messages written before the worker yields to let replies be read. */
  private static final int MAX_SENDS_PER_WAKEUP = 2048;

  private final EventLoop loop;
  private final PayloadTemplate template;
  private final IntervalRecorder recorder = new IntervalRecorder();
  private final List<ClientConnection> connections = new ArrayList<>();
  private final List<ClientConnection> toFlush = new ArrayList<>();
  private final AtomicLong pending = new AtomicLong();
  private final AtomicLong receivedSoFar = new AtomicLong();
  private final AtomicReference<String> firstError = new AtomicReference<>();
  private final LoadGenerator generator;
  private ClientConnection[] senders;
  private OpenLoopSchedule schedule;
  private ScheduledFuture<?> timer;

  Worker(EventLoop loop, PayloadTemplate template, LoadGenerator generator) {
    this.loop = loop;
    this.template = template;
    this.generator = generator;
  }

  EventLoop loop() {
    return loop;
  }

  PayloadTemplate template() {
    return template;
  }

  IntervalRecorder recorder() {
    return recorder;
  }

  List<ClientConnection> connections() {
    return connections;
  }

  void add(ClientConnection c) {
    connections.add(c);
  }

  /** Messages this worker's connections sent and have not had answered. */
  long pending() {
    return pending.get();
  }

  void pendingChanged(long delta) {
    pending.addAndGet(delta);
  }

  long receivedSoFar() {
    return receivedSoFar.get();
  }

  String firstError() {
    return firstError.get();
  }

  void error(String reason) {
    recorder.error();
    firstError.compareAndSet(null, reason);
  }

  void received(long latencyNanos, int bytes) {
    recorder.received(latencyNanos / 1000, bytes);
    receivedSoFar.lazySet(receivedSoFar.get() + 1); // one writer: this worker's thread
  }

  void markForFlush(ClientConnection c) {
    toFlush.add(c);
  }

  /**
   * Starts this worker's share of the open-loop schedule; connections not open at their slot are
   * skipped (during the ramp, or after they failed).
   */
  void startOpenLoop(long epochNanos, double totalRate, int totalSenders) {
    loop.execute(
        () -> {
          senders = connections.stream().filter(ClientConnection::publisher).toArray(ClientConnection[]::new);
          if (senders.length == 0) {
            return;
          }
          // A sender's index is its place among all senders: publishers are the first
          // connections, and in echo every connection sends.
          int[] indices = new int[senders.length];
          for (int i = 0; i < senders.length; i++) {
            indices[i] = senders[i].index();
          }
          schedule = new OpenLoopSchedule(epochNanos, totalRate, totalSenders, indices);
          fire();
        });
  }

  private void fire() {
    if (!generator.sending()) {
      return;
    }
    long now = System.nanoTime();
    int sends = 0;
    while (true) {
      long due = schedule.nextSendTimeNanos();
      if (due > now) {
        timer = loop.schedule(this::fire, due - now, TimeUnit.NANOSECONDS);
        break;
      }
      ClientConnection c = senders[schedule.nextSlot()];
      if (c.isOpen()) {
        recorder.sendLag(now - due);
        c.sendScheduled(due);
      }
      schedule.advance();
      if (++sends == MAX_SENDS_PER_WAKEUP) {
        // Far behind: flush what we have and let the replies in before catching up.
        loop.execute(this::fire);
        break;
      }
    }
    flushAll();
  }

  private void flushAll() {
    for (ClientConnection c : toFlush) {
      c.flush();
    }
    toFlush.clear();
  }

  void stopTimer() {
    loop.execute(
        () -> {
          if (timer != null) {
            timer.cancel(false);
          }
        });
  }
}
