package wsarena.ui.form;

import static wsarena.ui.form.FormLayout.capital;
import static wsarena.ui.form.FormLayout.cell;
import static wsarena.ui.form.FormLayout.converter;
import static wsarena.ui.form.FormLayout.row;
import static wsarena.ui.form.FormLayout.section;
import static wsarena.ui.form.FormLayout.stacked;
import static wsarena.ui.form.FormLayout.toggle;
import static wsarena.ui.form.FormLayout.wide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import wsarena.scenario.Isolation;
import wsarena.scenario.PayloadKind;
import wsarena.scenario.Problem;
import wsarena.scenario.ServerDescription;
import wsarena.scenario.TargetCatalog;
import wsarena.scenario.TargetKind;
import wsarena.scenario.ThreadingModel;
import wsarena.scenario.Workload;
import wsarena.ui.SegmentedChoice;
import wsarena.ui.Shown;

/**
 * The scenario as a form: target (engine and threading model with a line on what the model does,
 * or a URL), workload and load. Every field is checked as it is typed; a message appears under the
 * field at fault (ControlsFX {@link ValidationSupport}), and the form is disabled while a run goes.
 */
public final class ScenarioPane extends ScrollPane {
  private final ScenarioForm form;
  private final ValidationSupport validation = new ValidationSupport();
  private final InlineValidationDecoration decoration = new InlineValidationDecoration();
  private final Map<Control, Set<String>> fieldsOf = new HashMap<>();
  private final Label formProblems = new Label();
  private final VBox content = new VBox();
  private final TargetPicker targetSection;

  private enum RateMode {
    CLOSED,
    OPEN
  }

  public ScenarioPane(ScenarioForm form, SweepForm sweep, TargetCatalog catalog) {
    this.form = form;
    getStyleClass().addAll("scenario-pane", "edge-to-edge");
    setId("scenario-pane");
    setFitToWidth(true);
    setHbarPolicy(ScrollBarPolicy.NEVER);
    content.getStyleClass().add("scenario-content");
    setContent(content);
    validation.setValidationDecorator(decoration);
    this.targetSection = new TargetPicker(form.target, catalog, this::field);

    ToggleSwitch compression = toggle("compression", "permessage-deflate");
    compression.selectedProperty().bindBidirectional(form.compression);
    // an engine that cannot deflate cannot be asked to; a URL target may or may not
    compression.disableProperty().bind(Bindings.createBooleanBinding(
        form.target::engineWithoutCompression, form.target.kind, form.target.engine));

    // workload and load
    SegmentedChoice<Workload> workload = new SegmentedChoice<>(ScenarioPane::workloadName, Workload.values());
    workload.setId("workload");
    workload.valueProperty().bindBidirectional(form.workload);
    Label workloadLine = new Label();
    workloadLine.setWrapText(true);
    workloadLine.getStyleClass().add("model-explanation");
    workloadLine.textProperty().bind(Bindings.createStringBinding(
        () -> form.workload.get() == null ? "" : capital(form.workload.get().description()), form.workload));
    TextField publishers = field("publishers", form.publishers, Set.of(Problem.PUBLISHERS));
    Node publishersRow = row("Publishers", publishers, null);
    Shown.when(publishersRow, form.workload.isEqualTo(Workload.BROADCAST));

    TextField connections = field("connections", form.connections, Set.of(Problem.CONNECTIONS));
    TextField ramp = field("ramp", form.ramp, Set.of(Problem.RAMP));
    SegmentedChoice<RateMode> rateMode =
        new SegmentedChoice<>(m -> m == RateMode.CLOSED ? "Closed loop" : "Open loop", RateMode.values());
    rateMode.setId("rate-mode");
    rateMode.valueProperty().set(form.closedLoop.get() ? RateMode.CLOSED : RateMode.OPEN);
    rateMode.valueProperty().addListener((obs, old, now) -> form.closedLoop.set(now == RateMode.CLOSED));
    form.closedLoop.addListener((obs, old, now) -> rateMode.valueProperty().set(now ? RateMode.CLOSED : RateMode.OPEN));
    rateMode.button(RateMode.CLOSED).setTooltip(new Tooltip("Each connection sends its next message when the answer came back"));
    rateMode.button(RateMode.OPEN).setTooltip(new Tooltip("A fixed total rate, whatever the server does; latency counts from the planned send time"));
    TextField rate = field("rate", form.rate, Set.of(Problem.RATE));
    TextField think = field("think-time", form.thinkTime, Set.of(Problem.THINK_TIME));
    Node rateRow = row("Rate", rate, "msgs/s in total");
    Node thinkRow = row("Think time", think, null);
    TextField payload = field("payload-size", form.payloadSize, Set.of(Problem.PAYLOAD));
    SegmentedChoice<PayloadKind> payloadKind =
        new SegmentedChoice<>(k -> k == PayloadKind.TEXT ? "Text" : "Binary", PayloadKind.values());
    payloadKind.setId("payload-kind");
    payloadKind.valueProperty().bindBidirectional(form.payloadKind);
    TextField duration = field("duration", form.duration, Set.of(Problem.DURATION));
    TextField warmup = field("warmup", form.warmup, Set.of(Problem.WARMUP));
    TextField threads = field("threads", form.threads, Set.of(Problem.THREADS));
    TextField interval = field("interval", form.interval, Set.of(Problem.INTERVAL));
    TextField inFlight = field("handshakes-in-flight", form.handshakesInFlight, Set.of(Problem.HANDSHAKES_IN_FLIGHT));
    TextField hold = field("hold", form.hold, Set.of(Problem.HOLD));
    TextField pingInterval = field("ping-interval", form.pingInterval, Set.of(Problem.PING_INTERVAL));
    TextField sourceAddresses = field("source-addresses", form.sourceAddresses, Set.of(Problem.SOURCE_ADDRESSES));
    TextField sourcePorts = field("source-ports", form.sourcePorts, Set.of(Problem.SOURCE_PORTS));
    sourcePorts.setPromptText("any");
    sourcePorts.setTooltip(new Tooltip("Bind to these ports in turn, e.g. 40000-40999; empty lets the kernel pick"));

    // what each workload asks for: messages for echo and broadcast, connections for storm and idle
    ObservableBooleanValue storm = form.workload.isEqualTo(Workload.STORM);
    ObservableBooleanValue idle = form.workload.isEqualTo(Workload.IDLE);
    ObservableBooleanValue messages = Bindings.createBooleanBinding(
        () -> form.workload.get() == null || !form.workload.get().measuresConnections(), form.workload);
    Node connectionsRow = row("Connections", connections, null);
    Node inFlightRow = row("In flight", inFlight, "handshakes at once");
    Node holdRow = row("Hold", hold, "0 = close at once");
    Node pingRow = row("Ping every", pingInterval, "each connection");
    Node addressesRow = row("Sources", sourceAddresses, "127.0.0.1 … 127.0.0.N");
    Node portsRow = row("Ports", sourcePorts, "empty = the kernel picks");
    Node payloadRow = row("Payload", payload, "bytes");
    Shown.when(connectionsRow, Bindings.createBooleanBinding(() -> form.workload.get() != Workload.STORM, form.workload));
    Shown.when(inFlightRow, Bindings.createBooleanBinding(
        () -> form.workload.get() != null && form.workload.get().measuresConnections(), form.workload));
    Shown.when(holdRow, storm);
    Shown.when(addressesRow, storm);
    Shown.when(portsRow, storm);
    Shown.when(pingRow, idle);
    Shown.when(rateMode, messages);
    Shown.when(payloadRow, messages);
    Shown.when(payloadKind, messages);
    Shown.when(rateRow, Bindings.createBooleanBinding(
        () -> !form.closedLoop.get() && (form.workload.get() == null || !form.workload.get().measuresConnections()),
        form.closedLoop, form.workload));
    Shown.when(thinkRow, Bindings.createBooleanBinding(
        () -> form.closedLoop.get() && (form.workload.get() == null || !form.workload.get().measuresConnections()),
        form.closedLoop, form.workload));

    ToggleSwitch conformance = toggle("check-conformance", "Check conformance first");
    conformance.selectedProperty().bindBidirectional(form.checkConformance);
    conformance.setTooltip(new Tooltip("Before the load: the feature probe and the Autobahn|Testsuite's quick set"
        + " (every case but group 9), under a minute per target, on the very server then measured"));
    Label conformanceLine = new Label("Not measured: the result keeps the suite's verdict and the features beside the figures.");
    conformanceLine.setWrapText(true);
    conformanceLine.getStyleClass().add("model-explanation");
    Shown.when(conformanceLine, form.checkConformance);

    formProblems.setId("form-problems");
    formProblems.setWrapText(true);
    formProblems.getStyleClass().add("field-message");

    content.getChildren().addAll(
        targetSection,
        section("Workload"),
        workload,
        workloadLine,
        publishersRow,
        wide(compression),
        section("Load"),
        connectionsRow,
        row("Ramp", ramp, "conn/s, 0 = no limit"),
        inFlightRow,
        holdRow,
        pingRow,
        addressesRow,
        portsRow,
        rateMode,
        rateRow,
        thinkRow,
        payloadRow,
        payloadKind,
        section("Timing"),
        row("Duration", duration, "measured, e.g. 10s"),
        row("Warm-up", warmup, "not measured"),
        row("Client threads", threads, "0 = automatic (half the cores for a local target)"),
        row("Interval", interval, "one sample every …"),
        section("Checks"),
        wide(conformance),
        conformanceLine,
        formProblems);
    content.getChildren().addAll(SweepSection.of(sweep));

    form.onChange(check -> refreshValidation());
    // a change of target kind shows other fields: once they show, their messages go under them
    form.target.kind.addListener(o -> javafx.application.Platform.runLater(this::refreshValidation));
    refreshValidation();
    sceneProperty()
        .addListener(
            (obs, old, scene) -> {
              if (scene != null) {
                scene.focusOwnerProperty().addListener((o, was, now) -> reveal(now));
              }
            });
  }

  /** Scrolls so that a field reached with the keyboard is in view. */
  private void reveal(Node node) {
    if (node == null || !isInside(node)) {
      return;
    }
    double contentHeight = content.getBoundsInLocal().getHeight();
    double viewportHeight = getViewportBounds().getHeight();
    if (contentHeight <= viewportHeight) {
      return;
    }
    javafx.geometry.Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
    double top = getVvalue() * (contentHeight - viewportHeight);
    double target = top;
    if (b.getMinY() < top) {
      target = b.getMinY() - 24;
    } else if (b.getMaxY() > top + viewportHeight) {
      target = b.getMaxY() + 24 - viewportHeight;
    }
    setVvalue(Math.max(0, Math.min(1, target / (contentHeight - viewportHeight))));
  }

  private boolean isInside(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (n == content) {
        return true;
      }
    }
    return false;
  }

  private void refreshValidation() {
    validation.revalidate();
    ScenarioForm.Check check = form.checkProperty().get();
    fieldsOf.forEach((field, names) -> decoration.showNow(field, check.messageFor(names).orElse("")));
    List<String> others = new ArrayList<>();
    for (Problem p : check.problems()) {
      boolean shownAtField =
          fieldsOf.entrySet().stream()
              .anyMatch(e -> e.getValue().contains(p.field()) && isShowing(e.getKey()));
      if (!shownAtField) {
        others.add(InlineValidationDecoration.capitalized(p.message()));
      }
    }
    formProblems.setText(String.join("\n", others));
    formProblems.setVisible(!others.isEmpty());
    formProblems.setManaged(!others.isEmpty());
  }

  private static boolean isShowing(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }

  private TextField field(String id, javafx.beans.property.StringProperty value, Set<String> fields) {
    TextField field = new TextField();
    field.setId(id);
    field.textProperty().bindBidirectional(value);
    fieldsOf.put(field, fields);
    Label message = new Label();
    message.setId(id + "-message");
    message.setWrapText(true);
    decoration.messageLabel(field, message);
    field.getProperties().put("message", message);
    validation.registerValidator(
        field,
        false,
        (Control c, String v) -> {
          var text = form.check().messageFor(fields);
          return ValidationResult.fromErrorIf(c, text.orElse(""), text.isPresent());
        });
    return field;
  }

  /**
   * Shows or hides the target fields: the Compare view measures the targets of its checklist under
   * the rest of the form.
   */
  public void showTarget(boolean show) {
    targetSection.setVisible(show);
    targetSection.setManaged(show);
    refreshValidation();
  }

  /** Greys the form out while a run goes: the scenario of a running run does not change. */
  public void setEditable(boolean editable) {
    content.setDisable(!editable);
  }

  private static String workloadName(Workload w) {
    return switch (w) {
      case ECHO -> "Echo";
      case BROADCAST -> "Broadcast";
      case STORM -> "Storm";
      case IDLE -> "Idle";
    };
  }
}
