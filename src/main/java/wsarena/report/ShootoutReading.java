package wsarena.report;

import com.fasterxml.jackson.core.JacksonException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a saved shootout for {@link SavedRunReader}: the index, then each run it lists, each run
 * marked with its place ({@link SavedRun.ShootoutMember}). A run file that is missing or damaged
 * is a sentence naming it; the others are still read.
 */
final class ShootoutReading {
  private ShootoutReading() {}

  static List<SavedRun> read(Path index) {
    ShootoutFiles.Index read;
    try {
      if (Files.size(index) > SavedRunReader.MAX_BYTES) {
        return List.of(new SavedRun.Unreadable(index, "it is far too large to be a shootout's index"));
      }
      read = ShootoutFiles.parse(Files.readString(index));
    } catch (JacksonException e) {
      return List.of(new SavedRun.Unreadable(
          index, "it is damaged: it is not a shootout's index" + SavedRunReader.at(e.getLocation())));
    } catch (IOException e) {
      return List.of(new SavedRun.Unreadable(index, SavedRunReader.describe(e)));
    }
    if (read == null || !ShootoutFiles.KIND.equals(read.kind()) || read.targets() == null) {
      return List.of(new SavedRun.Unreadable(index, "it is JSON, but not a wsarena shootout (it has no targets)"));
    }
    Path dir = index.toAbsolutePath().getParent();
    List<SavedRun> out = new ArrayList<>();
    for (int t = 0; t < read.targets().size(); t++) {
      ShootoutFiles.Target target = read.targets().get(t);
      List<String> runs = target == null || target.runs() == null ? List.of() : target.runs();
      for (int r = 0; r < runs.size(); r++) {
        String name = runs.get(r);
        if (name == null || name.isBlank() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
          out.add(new SavedRun.Unreadable(index, "it lists a run '" + name + "' outside its folder"));
          continue;
        }
        SavedRun run = SavedRunReader.read(dir.resolve(name));
        if (run instanceof SavedRun.Loaded l) {
          String label = target.label() == null ? l.result().target().label() : target.label();
          run = new SavedRun.Loaded(l.path(), l.result(), l.curve(), Optional.of(new SavedRun.ShootoutMember(index, t, label, r + 1)));
        }
        out.add(run);
      }
    }
    if (out.isEmpty()) {
      out.add(new SavedRun.Unreadable(index, "the shootout it describes has no runs"));
    }
    return out;
  }
}
