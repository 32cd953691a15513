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
 * @param connectionLoad for {@link Workload#STORM} and {@link Workload#IDLE}: how connections are
 *     opened and held; the defaults when a scenario file has none
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
    ConnectionLoad connectionLoad) {

  public LoadProfile {
    if (connectionLoad == null) {
      connectionLoad = ConnectionLoad.defaults();
    }
  }

  /** A load profile with the connection workloads' defaults. */
  public LoadProfile(
      int connections,
      double rampPerSecond,
      Rate rate,
      Payload payload,
      Duration duration,
      Duration warmup,
      int threads,
      boolean compression,
      int publishers) {
    this(connections, rampPerSecond, rate, payload, duration, warmup, threads, compression, publishers, ConnectionLoad.defaults());
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
        ConnectionLoad.defaults());
  }

  public LoadProfile withConnections(int value) {
    return new LoadProfile(value, rampPerSecond, rate, payload, duration, warmup, threads, compression, publishers, connectionLoad);
  }

  public LoadProfile withRamp(double value) {
    return new LoadProfile(connections, value, rate, payload, duration, warmup, threads, compression, publishers, connectionLoad);
  }

  public LoadProfile withRate(Rate value) {
    return new LoadProfile(connections, rampPerSecond, value, payload, duration, warmup, threads, compression, publishers, connectionLoad);
  }

  public LoadProfile withPayload(Payload value) {
    return new LoadProfile(connections, rampPerSecond, rate, value, duration, warmup, threads, compression, publishers, connectionLoad);
  }

  public LoadProfile withDuration(Duration value) {
    return new LoadProfile(connections, rampPerSecond, rate, payload, value, warmup, threads, compression, publishers, connectionLoad);
  }

  public LoadProfile withWarmup(Duration value) {
    return new LoadProfile(connections, rampPerSecond, rate, payload, duration, value, threads, compression, publishers, connectionLoad);
  }

  public LoadProfile withThreads(int value) {
    return new LoadProfile(connections, rampPerSecond, rate, payload, duration, warmup, value, compression, publishers, connectionLoad);
  }

  public LoadProfile withCompression(boolean value) {
    return new LoadProfile(connections, rampPerSecond, rate, payload, duration, warmup, threads, value, publishers, connectionLoad);
  }

  public LoadProfile withPublishers(int value) {
    return new LoadProfile(connections, rampPerSecond, rate, payload, duration, warmup, threads, compression, value, connectionLoad);
  }

  public LoadProfile withConnectionLoad(ConnectionLoad value) {
    return new LoadProfile(connections, rampPerSecond, rate, payload, duration, warmup, threads, compression, publishers, value);
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
