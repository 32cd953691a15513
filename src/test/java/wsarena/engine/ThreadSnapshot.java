package wsarena.engine;

import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The live threads at one moment, to tell which ones a server start created. */
public record ThreadSnapshot(Set<Thread> threads) {

  public static ThreadSnapshot take() {
    return new ThreadSnapshot(Set.copyOf(Thread.getAllStackTraces().keySet()));
  }

  /** Threads alive now that were not in this snapshot, minus the test client's own. */
  public Set<Thread> newSince() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> !threads.contains(t))
        .filter(t -> !t.getName().startsWith("test-client"))
        .collect(Collectors.toSet());
  }

  public static Set<String> liveNames(Predicate<String> which) {
    return Thread.getAllStackTraces().keySet().stream()
        .map(Thread::getName)
        .filter(which)
        .collect(Collectors.toSet());
  }
}
