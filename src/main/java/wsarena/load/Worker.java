package wsarena.load;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import wsarena.metrics.IntervalRecorder;
import wsarena.metrics.ProtocolError;

/**
 * One generator thread (a Netty event loop) and the connections it owns: it takes up their
 * open-loop messages on schedule, gives up on the ones unanswered past the timeout, and records
 * their latencies and fates in its own {@link IntervalRecorder}.
 *
 * <p>Sending is paced by a quantum: the worker wakes at most once per {@link #PACING_QUANTUM_NANOS},
 * takes up every message due by then, and flushes each touched connection once. A wake-up (a timer
 * armed, an {@code epoll_wait} returned, a thread scheduled back in) costs as much as a send; woken
 * for every message, the generator spent twice its closed-loop CPU per message at a moderate rate.
 * Each message keeps its own intended time, so latency still counts from the schedule, and how late
 * the quantum made it shows in the send lag, recorded per message: the generator's delay, not the
 * target's (a message that must wait for the target is in the connection's backlog, and its
 * latency shows that).
 */
final class Worker {
  /** Messages taken up before the worker yields to let replies be read. */
  private static final int MAX_SENDS_PER_WAKEUP = 2048;
  /**
   * The shortest time between two wake-ups of the open-loop schedule: what it adds to a message's
   * latency at most (half of it on average) when the rate is below one message per quantum.
   */
  static final long PACING_QUANTUM_NANOS = PacingQuantum.nanos();
  private static final long MIN_EXPIRY_PERIOD_NANOS = 10_000_000;
  private static final long MAX_EXPIRY_PERIOD_NANOS = 100_000_000;

  private final EventLoop loop;
  private final PayloadTemplate template;
  private final IntervalRecorder recorder = new IntervalRecorder();
  private final List<ClientConnection> connections = new ArrayList<>();
  private final List<ClientConnection> toFlush = new ArrayList<>();
  private final AtomicLong pending = new AtomicLong();
  private final AtomicLong receivedSoFar = new AtomicLong();
  private final AtomicLong lateAnswers = new AtomicLong();
  private final AtomicReference<String> firstError = new AtomicReference<>();
  private final LoadGenerator generator;
  private ClientConnection[] senders;
  private OpenLoopSchedule schedule;
  /** Which part of each message's send lag the machine caused; made on this worker's thread. */
  private OwnLag ownLag;
  private ScheduledFuture<?> timer;
  /** The open-loop timer's and the catch-up's tasks, made once: a method reference is an object each time. */
  private final Runnable onTimer = this::timerFired;
  private final Runnable catchUp = this::fire;
  /** Wake-ups of the open-loop timer: at most one per quantum (catching up after a yield is not one). */
  private long timerWakeUps;
  private ScheduledFuture<?> expiry;
  /**
   * The measured window, in {@link System#nanoTime()}. Set once each, on this worker's thread,
   * which decides every fate of its messages: a message intended before the edge was set was
   * intended before it, so a message is judged the same when it comes due as when its fate comes.
   * (One window set from the run's thread let a message intended in the instant of the switch be
   * judged twice, differently: counted as intended in warm-up and answered in the result.)
   * Volatile for broadcast subscribers on other workers, which judge deliveries by it.
   */
  private volatile long measureFromNanos = Long.MAX_VALUE;
  private volatile long measureUntilNanos = Long.MAX_VALUE;

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

  /** Messages this worker's connections sent and have not had answered or given up on. */
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

  /** Something the server sent was wrong: one error of {@code kind}; the first one's sentence is kept. */
  void error(ProtocolError kind, String reason) {
    recorder.protocolError(kind);
    firstError.compareAndSet(null, reason);
  }

  void received(long latencyNanos, int bytes, boolean measured) {
    recorder.received(latencyNanos / 1000, bytes, measured);
    receivedSoFar.lazySet(receivedSoFar.get() + 1); // one writer: this worker's thread
  }

  /** An answer came for a message already given up on: ignored, and only counted here. */
  void lateAnswer() {
    lateAnswers.lazySet(lateAnswers.get() + 1); // one writer: this worker's thread
  }

  long lateAnswers() {
    return lateAnswers.get();
  }

  void markForFlush(ClientConnection c) {
    toFlush.add(c);
  }

  /** True for a message intended inside the measured window: its fate and latency are the result's. */
  boolean measured(long intendedNanos) {
    return intendedNanos >= measureFromNanos && intendedNanos < measureUntilNanos;
  }

  /** Opens the measured window on this worker's thread: messages intended from then on count. */
  void startMeasuring() {
    // + 1: a message intended on this thread just before may carry this very nanoTime.
    loop.execute(() -> measureFromNanos = System.nanoTime() + 1);
  }

  /** When open-loop message {@code round} of the connection at {@code globalIndex} is due. */
  long intendedNanos(int globalIndex, long round) {
    return schedule.intendedNanos(globalIndex, round);
  }

  /**
   * Starts giving up on messages unanswered past the timeout, checking a twentieth of the timeout
   * apart (10 to 100 ms): a message is given up on at most that much after its deadline.
   */
  void startExpiry(long timeoutNanos) {
    long period = Math.clamp(timeoutNanos / 20, MIN_EXPIRY_PERIOD_NANOS, MAX_EXPIRY_PERIOD_NANOS);
    loop.execute(() -> expiry = loop.scheduleAtFixedRate(this::expire, period, period, TimeUnit.NANOSECONDS));
  }

  /** Gives up on what waited too long, and tells the recorder how long the oldest left has waited. */
  private void expire() {
    long now = System.nanoTime();
    long oldest = Long.MAX_VALUE;
    for (ClientConnection c : connections) {
      c.expire(now);
      oldest = Math.min(oldest, c.oldestWaitingNanos());
    }
    recorder.waiting(now, oldest);
    flushAll();
  }

  /**
   * Starts this worker's share of the open-loop schedule; the slots of connections not open yet
   * (during the ramp) or any more (after they failed) count as not sent.
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
          ownLag = OwnLag.ofCurrentThread();
          fire();
        });
  }

  private void fire() {
    if (!generator.sending()) {
      return;
    }
    int sends = 0;
    long woke = System.nanoTime();
    ownLag.wokeUp(woke, schedule.nextSendTimeNanos());
    long wakeAt = -1;
    while (true) {
      long now = System.nanoTime();
      long due = schedule.nextSendTimeNanos();
      if (due > now) {
        // Not before a quantum since this wake-up: what comes due meanwhile goes in one batch.
        wakeAt = Math.max(due, woke + PACING_QUANTUM_NANOS);
        timer = loop.schedule(onTimer, wakeAt - now, TimeUnit.NANOSECONDS);
        break;
      }
      recorder.sendLag(now - due, ownLag.machinePart(now - due, due, now));
      senders[schedule.nextSlot()].slotDue(schedule.round(), due, now);
      schedule.advance();
      if (++sends == MAX_SENDS_PER_WAKEUP) {
        // Far behind: flush what we have and let the replies in before catching up.
        loop.execute(catchUp);
        break;
      }
    }
    flushAll();
    ownLag.asleep(wakeAt); // after the flush: its sends were this wake-up's work, not the next one's
  }

  private void timerFired() {
    timerWakeUps++;
    fire();
  }

  /** How often the open-loop timer woke this worker so far; read on its thread. */
  long timerWakeUps() {
    return timerWakeUps;
  }

  private void flushAll() {
    // By index: a flush can make a connection writable again, which sends and adds it anew.
    for (int i = 0; i < toFlush.size(); i++) {
      toFlush.get(i).flush();
    }
    toFlush.clear();
  }

  /**
   * Stops the schedule at {@code stopNanos}. Slots that came due before then but that the
   * generator had not taken up yet (it is always a little behind) were intended all the same: they
   * are taken up now, and go if they can. What waits in the backlogs then will not be sent.
   */
  Future<?> stopSending(long stopNanos) {
    return loop.submit(
        () -> {
          if (timer != null) {
            timer.cancel(false);
          }
          while (schedule != null && schedule.nextSendTimeNanos() < stopNanos) {
            long now = System.nanoTime();
            long due = schedule.nextSendTimeNanos();
            recorder.sendLag(now - due, 0); // taken up before their wake-up: the generator's lag
            senders[schedule.nextSlot()].slotDue(schedule.round(), due, now);
            schedule.advance();
          }
          flushAll();
          connections.forEach(ClientConnection::dropBacklog);
          if (measureFromNanos != Long.MAX_VALUE && measureUntilNanos == Long.MAX_VALUE) {
            // Past every slot taken up just now, and past every message intended on this thread.
            measureUntilNanos = Math.max(stopNanos, System.nanoTime() + 1);
          }
        });
  }

  /**
   * Gives every message still open its fate (see {@link ClientConnection#settle}) and stops giving
   * up on messages.
   *
   * @return done once settled on this worker's thread
   */
  Future<?> settle(boolean stopped) {
    return loop.submit(
        () -> {
          if (timer != null) {
            timer.cancel(false);
          }
          if (expiry != null) {
            expiry.cancel(false);
          }
          long now = System.nanoTime();
          connections.forEach(c -> c.settle(stopped, now));
        });
  }

  /** Stops every timer of this worker: the generator is closing. */
  void stopTimers() {
    loop.execute(
        () -> {
          if (timer != null) {
            timer.cancel(false);
          }
          if (expiry != null) {
            expiry.cancel(false);
          }
        });
  }
}
