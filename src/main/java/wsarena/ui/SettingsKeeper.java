package wsarena.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import wsarena.scenario.Scenario;
import wsarena.scenario.ScenarioJson;
import wsarena.scenario.ShootoutPlan;
import wsarena.ui.compare.CompareSetup;
import wsarena.ui.form.ScenarioForm;
import wsarena.text.Sentences;

/**
 * What the window carries from one launch to the next, through {@link UiSettings}: the scenario in
 * the form, and the theme and presentation mode the user switched to. What a command-line option
 * asked for ({@code --theme}, {@code --presentation}, {@code --scenario}) is used, not remembered.
 */
final class SettingsKeeper {
  private final UiSettings settings;
  private final WindowOptions options;

  SettingsKeeper(UiSettings settings, WindowOptions options) {
    this.settings = settings;
    this.options = options;
  }

  /** The theme to open with: the option's, else the one switched to last time, else dark. */
  Theme theme() {
    return options.theme().or(settings::theme).orElse(Theme.DARK);
  }

  boolean presentation() {
    return options.presentation() || settings.presentation();
  }

  /** From now on, what the user switches in {@code look} is remembered. */
  void follow(Look look) {
    look.theme().addListener((obs, old, now) -> settings.setTheme(now));
    look.presentation().addListener((obs, old, now) -> settings.setPresentation(now));
  }

  /**
   * Loads the scenario of {@code --scenario}, or the one saved last time, into the form.
   *
   * @return a sentence when it could not be read (the form then keeps the default scenario)
   */
  Optional<String> restoreScenario(ScenarioForm form) {
    try {
      Optional<Scenario> saved =
          options.scenario().isPresent()
              ? Optional.of(ScenarioJson.read(options.scenario().get()))
              : demo() ? Optional.empty() : settings.loadScenario();
      saved.ifPresent(form::load);
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      Path which = options.scenario().orElse(settings.dir().resolve("scenario.json"));
      return Optional.of("Could not read " + which + " (" + Sentences.of(e) + "); the default scenario is shown");
    }
  }

  /** The Compare view's checklist as it was left: its URLs, its ticks and its repeats. */
  void restoreCompare(CompareSetup setup) {
    for (String url : settings.compareUrls()) {
      setup.addUrl(url);
    }
    setup.tickOnly(settings.compareTargets());
    setup.repeats().set(Math.min(ShootoutPlan.MAX_REPEATS, settings.compareRepeats()));
  }

  /** Keeps the Compare view's checklist for the next launch (written with the preferences on close). */
  void saveCompare(CompareSetup setup) {
    settings.setCompareUrls(setup.urls());
    settings.setCompareTargets(setup.ticked());
    settings.setCompareRepeats(setup.repeats().get());
  }

  /**
   * A demo ({@code --demo}, {@code --compare}) starts what it was given, or the embedded default:
   * never the scenario rehearsed last (a wrong URL opened a demo straight into "The run failed"),
   * and it leaves that remembered scenario as it was.
   */
  private boolean demo() {
    return options.demo() || options.compare();
  }

  /** Saves a scenario that was started, off the FX thread; {@code failed} gets a sentence. */
  void saveScenario(Scenario scenario, Consumer<String> failed) {
    if (demo()) {
      return;
    }
    Background.run(
        "save-scenario",
        () -> {
          settings.saveScenario(scenario);
          return scenario;
        },
        saved -> {},
        failure -> failed.accept("Could not save the scenario: " + Sentences.of(failure)));
  }

  /** The window is closing: the preferences and the form's scenario (when valid) are written now. */
  void saveOnClose(Optional<Scenario> formScenario) {
    try {
      settings.savePreferences();
      if (formScenario.isPresent() && !demo()) {
        settings.saveScenario(formScenario.get());
      }
    } catch (IOException e) {
      // the window is closing: nowhere left to show this
    }
  }
}
