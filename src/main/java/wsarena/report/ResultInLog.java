package wsarena.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A run's files carried in its text output, for collectors that can read only a process's log: a
 * Kubernetes pod's, which {@code wsarena kube run} reads back. Each file is gzipped and base64'd
 * between two marker lines, so the log stays text and other lines around it do no harm:
 *
 * <pre>
 * == wsarena file result.json, 51234 bytes (gzip, base64) ==
 * H4sIAAAAAAAA/+1dW3PbNhb+K5o+...
 * == end of wsarena file result.json ==
 * </pre>
 */
public final class ResultInLog {
  private static final String BEGIN = "== wsarena file ";
  private static final String END = "== end of wsarena file ";
  /** The files of {@code run --out}, in the order they are written. */
  private static final List<String> FILES = List.of(ResultFiles.JSON, ResultFiles.CSV, ResultFiles.HGRM, ResultFiles.HLOG);

  private ResultInLog() {}

  /** Writes the run files found in {@code dir} into {@code out}. */
  public static void print(Path dir, PrintWriter out) throws IOException {
    for (String name : FILES) {
      Path file = dir.resolve(name);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      byte[] bytes = Files.readAllBytes(file);
      ByteArrayOutputStream zipped = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
        gz.write(bytes);
      }
      out.println(BEGIN + name + ", " + bytes.length + " bytes (gzip, base64) ==");
      out.println(Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(zipped.toByteArray()));
      out.println(END + name + " ==");
    }
    out.flush();
  }

  /**
   * Writes the files found in {@code log} into {@code dir} and returns their names, in order;
   * none when the log carries no file.
   *
   * @throws IOException with a sentence when a file in the log is cut short or damaged
   */
  public static List<String> extract(String log, Path dir) throws IOException {
    List<String> written = new ArrayList<>();
    String name = null;
    long size = 0;
    StringBuilder body = new StringBuilder();
    for (String line : log.split("\r?\n", -1)) {
      if (name == null) {
        if (line.startsWith(BEGIN)) {
          String head = line.substring(BEGIN.length());
          int comma = head.indexOf(", ");
          name = head.substring(0, Math.max(0, comma));
          if (!FILES.contains(name)) {
            throw new IOException("the log carries a file wsarena does not write ('" + name + "')");
          }
          size = Long.parseLong(head.substring(comma + 2, head.indexOf(" bytes")));
          body.setLength(0);
        }
      } else if (line.equals(END + name + " ==")) {
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), decode(name, body.toString(), size));
        written.add(name);
        name = null;
      } else {
        body.append(line.strip());
      }
    }
    if (name != null) {
      throw new IOException("the log breaks off inside " + name + " (cut short?)");
    }
    return written;
  }

  private static byte[] decode(String name, String base64, long size) throws IOException {
    byte[] bytes;
    try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(Base64.getDecoder().decode(base64)))) {
      bytes = in.readAllBytes();
    } catch (IllegalArgumentException | IOException e) {
      throw new IOException(name + " in the log is damaged (" + e.getMessage() + ")", e);
    }
    if (bytes.length != size) {
      throw new IOException(name + " in the log has " + bytes.length + " bytes where its header says " + size);
    }
    return bytes;
  }
}
