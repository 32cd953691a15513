package wsarena.ui.testing;

/**
 * Lets the window's tests run without a display: when no X display is set, TestFX and JavaFX use
 * Monocle's headless platform. Under {@code xvfb-run} (as in {@code .ci/run}) the real glass
 * platform is used. Call {@link #init()} before the toolkit starts.
 */
public final class FxTesting {
  private FxTesting() {}

  public static void init() {
    String display = System.getenv("DISPLAY");
    if ((display == null || display.isBlank()) && System.getProperty("glass.platform") == null) {
      System.setProperty("testfx.robot", "glass");
      System.setProperty("testfx.headless", "true");
      System.setProperty("glass.platform", "Monocle");
      System.setProperty("monocle.platform", "Headless");
      System.setProperty("prism.order", "sw");
    }
  }
}
