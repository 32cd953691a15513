package wsarena.engine;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import wsarena.engine.support.HandlerProbe;

/** Remembers every thread that handled a message, and how many messages it saw. */
public final class RecordingProbe implements HandlerProbe {

  private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
  private final AtomicLong messages = new AtomicLong();

  @Override
  public void messageHandled() {
    threads.add(Thread.currentThread());
    messages.incrementAndGet();
  }

  public Set<Thread> threads() {
    return Set.copyOf(threads);
  }

  public Set<String> threadNames() {
    return threads.stream().map(Thread::getName).collect(java.util.stream.Collectors.toSet());
  }

  public long messages() {
    return messages.get();
  }
}
