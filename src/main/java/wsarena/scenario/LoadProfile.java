package wsarena.scenario;

import java.time.Duration;

/**
 * How the generator loads the target.
 *
 * @param connections client connections to open
 * @param rampPerSecond connections opened per second; 0 opens them all at once
 * @param rate open-loop rate or closed loop
 * @param payload size and kind of each message
 * @param duration the measured time, after ramp and warm-up
 * @param warmup load applied, but not measured, after the ramp
 * @param threads generator worker threads; 0 means automatic: half the cores when the target
 *     shares this machine (the other half is the target's), every core otherwise
 * @param compression offer permessage-deflate from the client
 * @param publishers for {@link Workload#BROADCAST}: how many connections publish
 * @param maxInFlight per connection, how many messages may be sent and unanswered at once; past
 *     it, messages wait their turn (counted, not queued). Bounds what the generator holds, however
 *     far behind the target falls
 * @param timeout how long a message may go unanswered (from its intended send time) before it is
 *     given up on: counted as timed out and recorded at that latency
 * @param connectionLoad for {@link Workload#STORM} and {@link Workload#IDLE}: how connections are
 *     opened and held; the defaults when a scenario file has none
 * @param transport how the generator's threads wait for the kernel; null: the fastest that works
 *     on this host
 */
public record LoadProfile(
    int connections,
    double rampPerSecond,
    Rate rate,
    Payload payload,
    Duration duration,
    Duration warmup,
    int threads,
    boolean compression,
    int publishers,
    int maxInFlight,
    Duration timeout,
    ConnectionLoad connectionLoad,
    IoTransport transport) {

  /**
   * Why 1,000: a second's worth of messages for a connection at 1,000 msgs/s, far more than any
   * healthy target keeps waiting, yet with 18,000 connections at most 18 million messages of
   * bookkeeping (about 9 bytes each) and of 64-byte frames in the socket buffers, not the 140 GiB
   * that Netty's write buffer limit alone would allow.
   */
  public static final int DEFAULT_MAX_IN_FLIGHT = 1000;

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

  /** A scenario saved before the limits or the connection workloads existed reads with their defaults. */
  public LoadProfile {
    if (maxInFlight == 0) {
      maxInFlight = DEFAULT_MAX_IN_FLIGHT;
    }
    if (timeout == null) {
      timeout = DEFAULT_TIMEOUT;
    }
    if (connectionLoad == null) {
      connectionLoad = ConnectionLoad.defaults();
    }
  }

  public static LoadProfile defaults() {
    return new LoadProfile(
        100,
        0,
        Rate.ClosedLoop.noThinkTime(),
        Payload.defaults(),
        Duration.ofSeconds(10),
        Duration.ofSeconds(2),
        0,
        false,
        1,
        DEFAULT_MAX_IN_FLIGHT,
        DEFAULT_TIMEOUT,
        ConnectionLoad.defaults(),
        null);
  }

  public LoadProfile withConnections(int value) {
    return new LoadProfile(value, rampPerSecond, rate, payload, duration, warmup, threads, compression, publishers, maxInFlight, timeout, connectionLoad, transport);
  }

  public LoadProfile withRamp(double value) {
    return new LoadProfile(connections, value, rate, payload, duration, warmup, threads, compression, publishers, maxInFlight, timeout, connectionLoad, transport);
  }

  public LoadProfile withRate(Rate value) {
    return new LoadProfile(connections, rampPerSecond, value, payload, duration, warmup, threads, compression, publishers, maxInFlight, timeout, connectionLoad, transport);
  }

  public LoadProfile withPayload(Payload value) {
    return new LoadProfile(connections, rampPerSecond, rate, value, duration, warmup, threads, compression, publishers, maxInFlight, timeout, connectionLoad, transport);
  }

  public LoadProfile withDuration(Duration value) {
    return new LoadProfile(connections, rampPerSecond, rate, payload, value, warmup, threads, compression, publishers, maxInFlight, timeout, connectionLoad, transport);
  }

  public LoadProfile withWarmup(Duration value) {
    return new LoadProfile(connections, rampPerSecond, rate, payload, duration, value, threads, compression, publishers, maxInFlight, timeout, connectionLoad, transport);
  }

  public LoadProfile withThreads(int value) {
    return new LoadProfile(connections, rampPerSecond, rate, payload, duration, warmup, value, compression, publishers, maxInFlight, timeout, connectionLoad, transport);
  }

  public LoadProfile withCompression(boolean value) {
    return new LoadProfile(connections, rampPerSecond, rate, payload, duration, warmup, threads, value, publishers, maxInFlight, timeout, connectionLoad, transport);
  }

  public LoadProfile withPublishers(int value) {
    return new LoadProfile(connections, rampPerSecond, rate, payload, duration, warmup, threads, compression, value, maxInFlight, timeout, connectionLoad, transport);
  }

  public LoadProfile withMaxInFlight(int value) {
    return new LoadProfile(connections, rampPerSecond, rate, payload, duration, warmup, threads, compression, publishers, value, timeout, connectionLoad, transport);
  }

  public LoadProfile withTimeout(Duration value) {
    return new LoadProfile(connections, rampPerSecond, rate, payload, duration, warmup, threads, compression, publishers, maxInFlight, value, connectionLoad, transport);
  }

  public LoadProfile withConnectionLoad(ConnectionLoad value) {
    return new LoadProfile(connections, rampPerSecond, rate, payload, duration, warmup, threads, compression, publishers, maxInFlight, timeout, value, transport);
  }

  public LoadProfile withTransport(IoTransport value) {
    return new LoadProfile(connections, rampPerSecond, rate, payload, duration, warmup, threads, compression, publishers, maxInFlight, timeout, connectionLoad, value);
  }

  /** How long the load lasts as planned: the ramp, the warm-up and the measured time. */
  public Duration plannedDuration() {
    long rampMillis = rampPerSecond > 0 ? Math.round(connections * 1000.0 / rampPerSecond) : 0;
    return Duration.ofMillis(rampMillis)
        .plus(warmup == null ? Duration.ZERO : warmup)
        .plus(duration == null ? Duration.ZERO : duration);
  }

  /**
   * The worker thread count actually used: {@link #threads}, or when 0, half the cores for a
   * target on this machine and every core for a remote one.
   *
   * <p>Why half: client and target share the cores. Measured on 2 cores against Netty's event loop
   * in its own process (closed loop, 100 connections): 1 generator thread gave 88,700 msgs/s at
   * p99 2.3 ms, 2 threads 55,900 msgs/s at p99 4.9 ms, as four busy threads took turns on two
   * cores.
   */
  public int effectiveThreads(boolean targetOnThisMachine) {
    int cores = Runtime.getRuntime().availableProcessors();
    if (threads > 0) {
      return threads;
    }
    return targetOnThisMachine ? Math.max(1, cores / 2) : cores;
  }
}
