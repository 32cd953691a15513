package wsarena.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The container image Jib writes with {@code mvn -Dcontainer verify} (target/wsarena-image.tar, an
 * OCI layout): no container runtime runs here, so its config and layers are read as files. The
 * entrypoint must start the image's own java on the app's class path, {@code host} by default, as
 * a user other than root; every file the entrypoint names must be in a layer, with the C library
 * an empty base lacks.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ContainerImageIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonNode config;
  /** Every path in the image's layers (no leading slash) and its mode. */
  private static final Map<String, Integer> files = new HashMap<>();
  private static final Map<String, byte[]> smallFiles = new HashMap<>();
  private static int layers;

  @BeforeAll
  static void readImage() throws IOException {
    String tar = System.getProperty("wsarena.image.tar");
    assumeTrue(tar != null, "the image is built with -Dcontainer (the pom's profile container)");
    Map<String, byte[]> blobs = new HashMap<>();
    byte[] index = null;
    try (TarArchiveInputStream in = new TarArchiveInputStream(Files.newInputStream(Path.of(tar)))) {
      for (TarArchiveEntry e; (e = in.getNextEntry()) != null; ) {
        if (e.getName().equals("index.json")) {
          index = in.readAllBytes();
        } else if (e.getName().startsWith("blobs/sha256/")) {
          blobs.put("sha256:" + e.getName().substring("blobs/sha256/".length()), in.readAllBytes());
        }
      }
    }
    assertThat(index).as("index.json of an OCI layout").isNotNull();
    JsonNode manifest = JSON.readTree(blobs.get(JSON.readTree(index).path("manifests").path(0).path("digest").asText()));
    config = JSON.readTree(blobs.get(manifest.path("config").path("digest").asText())).path("config");
    JsonNode diffIds = JSON.readTree(blobs.get(manifest.path("config").path("digest").asText())).path("rootfs").path("diff_ids");
    for (JsonNode layer : manifest.path("layers")) {
      byte[] blob = blobs.get(layer.path("digest").asText());
      assertThat(blob).as("layer " + layer.path("digest").asText()).isNotNull();
      // a layer rewritten after Jib (packaging/sticky-tmp.py) must still be what every digest says
      byte[] raw = new GZIPInputStream(new ByteArrayInputStream(blob)).readAllBytes();
      assertThat(sha256(raw)).as("diff_id of layer " + layers).isEqualTo(diffIds.path(layers).asText());
      layers++;
      readLayer(new ByteArrayInputStream(raw));
    }
    for (var b : blobs.entrySet()) {
      assertThat(sha256(b.getValue())).as("blob " + b.getKey()).isEqualTo(b.getKey());
    }
  }

  private static String sha256(byte[] data) {
    try {
      return "sha256:" + java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void readLayer(InputStream tar) throws IOException {
    try (TarArchiveInputStream in = new TarArchiveInputStream(tar)) {
      for (TarArchiveEntry e; (e = in.getNextEntry()) != null; ) {
        String name = e.getName().replaceFirst("^/", "").replaceFirst("/$", "");
        files.put(name, e.getMode() & 07777);
        if (!e.isDirectory() && e.getSize() < 64 * 1024) {
          smallFiles.put(name, in.readAllBytes());
        }
      }
    }
  }

  @Test
  void theEntrypointStartsTheImagesOwnJavaOnTheAppsClassPathAndRunsHostByDefault() {
    List<String> entrypoint = strings(config.path("Entrypoint"));
    assertThat(entrypoint.getFirst()).isEqualTo("/opt/wsarena/runtime/bin/java");
    assertThat(entrypoint.getLast()).isEqualTo("wsarena.Launcher");
    assertThat(entrypoint).contains("-cp", "@/opt/wsarena/app/jib-classpath-file", "--sun-misc-unsafe-memory-access=allow");
    assertThat(entrypoint).anyMatch(a -> a.startsWith("--enable-native-access=ALL-UNNAMED"));
    assertThat(strings(config.path("Cmd"))).containsExactly("host");
    assertThat(config.path("User").asText()).isEqualTo("65532:65532");
    assertThat(config.path("WorkingDir").asText()).isEqualTo("/tmp");
  }

  @Test
  void everyFileTheEntrypointNamesIsInALayer() {
    assertThat(files.get("opt/wsarena/runtime/bin/java")).as("java, executable").isEqualTo(0755);
    assertThat(files).containsKeys("opt/wsarena/runtime/lib/server/libjvm.so", "opt/wsarena/runtime/lib/modules");
    String classPath = new String(smallFiles.get("opt/wsarena/app/jib-classpath-file"), StandardCharsets.UTF_8).strip();
    List<String> entries = Arrays.asList(classPath.split(":"));
    assertThat(entries).hasSizeGreaterThan(10);
    for (String entry : entries) {
      assertThat(files).as("class path entry " + entry).containsKey(entry.substring(1));
    }
    assertThat(files).containsKey("opt/wsarena/app/classes/wsarena/Launcher.class");
    assertThat(files.keySet()).anyMatch(f -> f.matches("opt/wsarena/app/libs/kubernetes-client-[0-9.]+\\.jar"));
  }

  @Test
  void theCLibraryAnEmptyBaseLacksIsInTheImage() {
    assertThat(files).containsKeys(
        "lib64/ld-linux-x86-64.so.2", "lib/x86_64-linux-gnu/libc.so.6", "lib/x86_64-linux-gnu/libm.so.6",
        "lib/x86_64-linux-gnu/libdl.so.2", "lib/x86_64-linux-gnu/libgcc_s.so.1");
    // where native code is unpacked, writable by the image's user; sticky, as every /tmp: no user deletes another's files
    assertThat(files.get("tmp")).as("/tmp's mode").isEqualTo(01777);
    String passwd = new String(smallFiles.get("etc/passwd"), StandardCharsets.UTF_8);
    assertThat(passwd).contains("wsarena:x:65532:65532:");
    assertThat(new String(smallFiles.get("etc/os-release"), StandardCharsets.UTF_8)).contains("NAME=\"wsarena container\"");
  }

  @Test
  void theAppsJarsAndTheRuntimeSitInSeparateLayers() {
    // Jib's layers (dependencies, resources, classes, jvm arg files) and the runtime's: a new
    // build that changes only wsarena's classes ships a small layer.
    assertThat(layers).isGreaterThanOrEqualTo(4);
    List<String> windowLibraries = new ArrayList<>();
    files.keySet().stream().filter(f -> f.startsWith("lib/") && f.contains("gtk")).forEach(windowLibraries::add);
    assertThat(windowLibraries).as("no window libraries copied from the build machine").isEmpty();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
