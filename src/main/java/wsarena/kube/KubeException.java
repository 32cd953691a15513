package wsarena.kube;

/** A Kubernetes step that failed, as a sentence a user can act on. */
public final class KubeException extends Exception {
  public KubeException(String message) {
    super(message);
  }
}
