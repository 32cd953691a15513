package wsarena.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import wsarena.metrics.RunResult;

/** Writes a run's files: {@code result.json}, {@code samples.csv}, {@code latency.hgrm}. */
public final class ResultFiles {
  public static final String JSON = "result.json";
  public static final String CSV = "samples.csv";
  public static final String HGRM = "latency.hgrm";
  public static final String HLOG = "latency.hlog";

  private ResultFiles() {}

  public static void writeJson(RunResult result, Path file) throws IOException {
    ResultJson.write(result, file);
  }

  public static void writeCsv(RunResult result, Path file) throws IOException {
    SamplesCsv.write(result, file);
  }

  public static void writeHgrm(RunResult result, Path file) throws IOException {
    Hgrm.write(result, file);
  }

  /** All three into {@code dir}, created when missing. */
  public static void writeAll(RunResult result, Path dir) throws IOException {
    Files.createDirectories(dir);
    writeJson(result, dir.resolve(JSON));
    writeCsv(result, dir.resolve(CSV));
    writeHgrm(result, dir.resolve(HGRM));
  }
}
