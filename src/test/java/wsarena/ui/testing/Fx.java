package wsarena.ui.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/** Reads window state on the FX thread, and waits for it, from a test. */
public final class Fx {
  private Fx() {}

  public static <T> T get(Callable<T> query) {
    try {
      return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("could not read the window's state: " + e, e);
    }
  }

  /** Waits until {@code condition}, read on the FX thread, holds. */
  public static void await(long seconds, Callable<Boolean> condition) {
    try {
      WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> get(condition));
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("the window did not reach the expected state within " + seconds + " s", e);
    }
  }
}
