package wsarena.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import wsarena.metrics.RunResult;
import wsarena.metrics.SweepResult;
import wsarena.report.Contender;
import wsarena.report.SavedRun;
import wsarena.report.SavedRunReader;

/**
 * Reads the result files a command is given, through the core's {@link SavedRunReader} as the
 * window does (a saved shootout, its folder or its {@code shootout.json}, counts as each of its
 * runs); files that are neither runs nor sweeps end the command with one sentence naming each.
 *
 * @param loaded the runs among the files, in order
 * @param sweeps the sweeps ({@code sweep.json}) among them, in order
 */
record SavedResults(List<SavedRun.Loaded> loaded, List<SweepResult> sweeps) {

  static SavedResults read(List<Path> files) {
    List<SavedRun> read = SavedRunReader.read(files);
    SavedRunReader.problems(read).ifPresent(sentence -> {
      throw new UserError(sentence);
    });
    return new SavedResults(SavedRunReader.loaded(read), SavedRunReader.sweeps(read).stream().map(SavedRun.SweepLoaded::sweep).toList());
  }

  /** The runs among the files, in order. */
  List<RunResult> runs() {
    return loaded.stream().map(SavedRun.Loaded::result).toList();
  }

  /**
   * The runs as rows of a comparison: a saved shootout's target with all its repeats as one, any
   * other run on its own, in the order given.
   */
  List<Contender> contenders() {
    Map<Object, List<RunResult>> groups = new LinkedHashMap<>();
    Map<Object, String> names = new LinkedHashMap<>();
    for (SavedRun.Loaded l : loaded) {
      Object key = l.shootout().isPresent()
          ? List.of(l.shootout().get().index(), l.shootout().get().target())
          : l.path();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(l.result());
      names.putIfAbsent(key, l.shootout().map(SavedRun.ShootoutMember::label).orElse(l.result().target().label()));
    }
    List<String> given = new ArrayList<>(names.values());
    List<List<RunResult>> runs = new ArrayList<>(groups.values());
    List<Contender> out = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      String name = given.get(i);
      // two files of the same target side by side are told apart by their place
      boolean twin = java.util.Collections.frequency(given, name) > 1;
      out.add(new Contender(twin ? name + " #" + (i + 1) : name, runs.get(i)));
    }
    return out;
  }
}
