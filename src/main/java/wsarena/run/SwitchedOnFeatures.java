package wsarena.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import wsarena.client.TlsTrust;
import wsarena.engine.EngineException;
import wsarena.engine.ServerEngine;
import wsarena.engine.tls.SelfSignedCertificate;
import wsarena.peers.PeerException;
import wsarena.peers.PeerKind;
import wsarena.peers.PeerOptions;
import wsarena.peers.PythonPeer;
import wsarena.peers.PythonServer;
import wsarena.probe.EngineProbe;
import wsarena.probe.Feature;
import wsarena.probe.FeatureProbe;
import wsarena.probe.FeatureReport;
import wsarena.probe.FeatureResult;
import wsarena.probe.ProbeOptions;
import wsarena.probe.Verdict;
import wsarena.scenario.TargetSpec;
import wsarena.scenario.Workload;

/**
 * The features a server has only when started with them, probed the way a user would get them. A
 * run's target serves plain {@code ws://} without compression unless asked, so a probe of it alone
 * says TLS "not tried" and permessage-deflate "no" for servers that have both. Here the same
 * server is started once more with everything it offers switched on (an engine with {@code --tls}
 * and compression, in this process; a Python server with a certificate made here, pinned by its
 * fingerprint), probed, and stopped; its TLS and permessage-deflate verdicts replace the measured
 * target's, their detail saying where they were found.
 *
 * <p>A URL is what it is: nothing else can be started, and its verdicts stay as probed.
 */
final class SwitchedOnFeatures {
  /** What only a server started with it can show. */
  static final List<Feature> SWITCHED = List.of(Feature.TLS, Feature.PERMESSAGE_DEFLATE);

  private SwitchedOnFeatures() {}

  /**
   * {@code probed} (the measured target's probe) with TLS and permessage-deflate as found on
   * {@code spec}'s server started with them; {@code probed} as it is when the target already had
   * them switched on, offers neither, or is a URL.
   */
  static FeatureReport complete(FeatureReport probed, Targets targets, TargetSpec spec, ProbeOptions options)
      throws InterruptedException {
    if (probed.unreachable().isPresent() || !needed(probed, targets, spec)) {
      return probed;
    }
    FeatureReport switchedOn;
    try {
      switchedOn = probe(targets, spec, options);
    } catch (TargetException e) {
      // the verdicts over the plain target say nothing of the feature: not tried, with why
      return replaced(probed, SWITCHED.stream()
          .filter(f -> probed.result(f).verdict() != Verdict.YES)
          .map(f -> FeatureResult.unknown(f, "not tried: the server could not be started with it: " + e.getMessage()))
          .toList());
    }
    if (switchedOn.unreachable().isPresent()) {
      return replaced(probed, SWITCHED.stream()
          .filter(f -> probed.result(f).verdict() != Verdict.YES)
          .map(f -> FeatureResult.unknown(f, "not tried: the server started with it could not be reached: " + switchedOn.unreachable().get()))
          .toList());
    }
    String where = "on the server started with it (" + switchedOn.target() + "): ";
    return replaced(probed, SWITCHED.stream()
        .map(f -> {
          FeatureResult r = switchedOn.result(f);
          return new FeatureResult(f, r.verdict(), where + r.detail(), r.bytes());
        })
        .toList());
  }

  /** True when a feature came out other than yes on a target that could be started with it. */
  private static boolean needed(FeatureReport probed, Targets targets, TargetSpec spec) {
    boolean missing = SWITCHED.stream().anyMatch(f -> probed.result(f).verdict() != Verdict.YES);
    return missing && switch (spec) {
      case TargetSpec.External x -> false;
      case TargetSpec.Peer p -> true;
      case TargetSpec.Embedded e -> !(e.tls() && e.compression()) && offersAny(targets, e);
    };
  }

  private static boolean offersAny(Targets targets, TargetSpec.Embedded e) {
    try {
      ServerEngine engine = targets.engine(e.engine());
      return engine.supportsTls() || engine.supportsCompression();
    } catch (TargetException unknown) {
      return false;
    }
  }

  private static FeatureReport probe(Targets targets, TargetSpec spec, ProbeOptions options)
      throws TargetException, InterruptedException {
    return switch (spec) {
      case TargetSpec.Embedded e -> {
        try {
          yield EngineProbe.probe(targets.engine(e.engine()), e.model(), options);
        } catch (EngineException ex) {
          throw new TargetException(ex.getMessage(), ex);
        }
      }
      case TargetSpec.Peer p -> probePeer(p, options);
      case TargetSpec.External x -> throw new IllegalArgumentException("a URL cannot be started again");
    };
  }

  /**
   * A Python server with a certificate made here, on wss://, trusted by its fingerprint, on the
   * interpreter the run gives it (PyPy for {@code tornado-pypy}).
   */
  private static FeatureReport probePeer(TargetSpec.Peer spec, ProbeOptions options) throws TargetException, InterruptedException {
    PythonServer server;
    try {
      server = PythonServer.fromId(spec.peer());
    } catch (IllegalArgumentException e) {
      throw new TargetException(e.getMessage(), e);
    }
    PeerKind kind = server.kind();
    Path python = spec.python() != null ? Path.of(spec.python()) : server.runtime().path();
    Path dir = null;
    try {
      dir = Files.createTempDirectory("wsarena-peer-tls");
      SelfSignedCertificate certificate = SelfSignedCertificate.generate();
      Path cert = dir.resolve("cert.pem");
      Path key = dir.resolve("key.pem");
      Files.writeString(cert, pem("CERTIFICATE", certificate.certificate().getEncoded()));
      Files.writeString(key, pem("PRIVATE KEY", certificate.privateKey().getEncoded()));
      try (PythonPeer peer = PythonPeer.start(kind, PeerOptions.port(0).withPython(python).withTls(new PeerOptions.TlsFiles(cert, key)))) {
        ProbeOptions pinned = new ProbeOptions(options.timeout(), TlsTrust.pinned(certificate.sha256Fingerprint()), options.maxMessageBytes());
        return new FeatureProbe(pinned).probe(peer.uri(Workload.ECHO.path()), kind.displayName() + " with TLS");
      }
    } catch (PeerException e) {
      throw new TargetException(e.getMessage(), e);
    } catch (IOException | CertificateEncodingException e) {
      throw new TargetException("cannot write a certificate for " + kind.displayName() + ": " + e.getMessage(), e);
    } finally {
      delete(dir);
    }
  }

  private static String pem(String type, byte[] der) {
    String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary folder left behind holds only a throwaway certificate
    }
  }

  private static FeatureReport replaced(FeatureReport report, List<FeatureResult> replacements) {
    List<FeatureResult> results = report.results().stream()
        .map(r -> replacements.stream().filter(x -> x.feature() == r.feature()).findFirst().orElse(r))
        .toList();
    return new FeatureReport(report.target(), report.label(), report.probedAt(), report.timeoutMillis(), report.connectFailure(), results);
  }
}
