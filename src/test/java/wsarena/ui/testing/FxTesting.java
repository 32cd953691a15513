package wsarena.ui.testing;

/**
 * Lets the window's tests run without a display: when no X display is set, TestFX and JavaFX use
 * Monocle's headless platform. Under {@code xvfb-run} (as in {@code .ci/run}) the real glass
 * platform is used. Call {@link #init()} before the toolkit starts (and before TestFX's robots
 * load: they read their settings once).
 */
public final class FxTesting {
  private static final String MOVE_STEPS = "testfx.robot.move_max_count";

  private FxTesting() {}

  public static void init() {
    // TestFX glides the pointer to each click in up to 200 steps, a robot call and a 1 ms sleep
    // apiece: tenths of a second per click that no test looks at. Five steps still cross whatever
    // lies between, so what reacts to the pointer passing over it still sees it.
    if (System.getProperty(MOVE_STEPS) == null) {
      System.setProperty(MOVE_STEPS, "5");
    }
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
