package wsarena.ui.form;

import static wsarena.ui.form.FormLayout.cell;
import static wsarena.ui.form.FormLayout.converter;
import static wsarena.ui.form.FormLayout.row;
import static wsarena.ui.form.FormLayout.section;
import static wsarena.ui.form.FormLayout.stacked;
import static wsarena.ui.form.FormLayout.toggle;
import static wsarena.ui.form.FormLayout.wide;

import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;
import wsarena.scenario.Isolation;
import wsarena.scenario.Problem;
import wsarena.scenario.ServerDescription;
import wsarena.scenario.TargetCatalog;
import wsarena.scenario.TargetKind;
import wsarena.scenario.ThreadingModel;
import wsarena.ui.SegmentedChoice;
import wsarena.ui.Shown;

/**
 * The scenario form's Target section: engine and threading model with a line on what the model
 * does, a Python server, or a URL, each showing only when chosen.
 */
final class TargetPicker extends VBox {

  /** Makes a text field whose messages are those of the named problem fields (the pane validates it). */
  @FunctionalInterface
  interface CheckedField {
    TextField of(String id, StringProperty value, Set<String> problemFields);
  }

  TargetPicker(TargetFields fields, TargetCatalog catalog, CheckedField field) {
    SegmentedChoice<TargetKind> kind =
        new SegmentedChoice<>(
            k -> switch (k) {
              case ENGINE -> "Engine";
              case PEER -> "Python peer";
              case URL -> "URL";
            },
            TargetKind.values());
    kind.setId("target-kind");
    kind.valueProperty().bindBidirectional(fields.kind);
    ObservableBooleanValue engineChosen = fields.kind.isEqualTo(TargetKind.ENGINE);

    ComboBox<ServerDescription> engine = new ComboBox<>(FXCollections.observableArrayList(catalog.engines()));
    engine.setId("engine");
    engine.setConverter(converter(e -> e == null ? "" : e.displayName()));
    engine.setCellFactory(l -> cell(e -> e.displayName()));
    engine.valueProperty().bindBidirectional(fields.engine);

    ComboBox<ThreadingModel> model = new ComboBox<>();
    model.setId("model");
    model.setConverter(converter(m -> m == null ? "" : m.displayName()));
    model.setCellFactory(l -> cell(ThreadingModel::displayName));
    model.getItems().setAll(fields.modelsProperty().get());
    fields.modelsProperty().addListener((obs, old, now) -> model.getItems().setAll(now));
    model.valueProperty().bindBidirectional(fields.model);

    Label explanation = new Label();
    explanation.setId("model-explanation");
    explanation.setWrapText(true);
    explanation.getStyleClass().add("model-explanation");
    Runnable explain = () -> explanation.setText(fields.modelExplanation());
    fields.model.addListener(o -> explain.run());
    fields.engine.addListener(o -> explain.run());
    explain.run();

    SegmentedChoice<Isolation> isolation =
        new SegmentedChoice<>(i -> i == Isolation.IN_PROCESS ? "In-process" : "Own process", Isolation.values());
    isolation.setId("isolation");
    isolation.valueProperty().bindBidirectional(fields.isolation);
    isolation.button(Isolation.IN_PROCESS).setTooltip(new Tooltip("Quick: the server shares this JVM with the load generator"));
    isolation.button(Isolation.PROCESS).setTooltip(new Tooltip("Accurate: the server gets its own JVM, CPU and memory figures"));

    TextField serverWorkers = field.of("server-workers", fields.serverWorkers, Set.of(Problem.WORKER_THREADS));
    ToggleSwitch tls = toggle("tls", "wss:// (self-signed)");
    tls.selectedProperty().bindBidirectional(fields.tls);
    tls.disableProperty().bind(Bindings.createBooleanBinding(
        () -> fields.engine.get() == null || !fields.engine.get().tls(), fields.engine));
    ComboBox<ServerDescription> peer = new ComboBox<>(FXCollections.observableArrayList(catalog.pythonServers()));
    peer.setId("peer");
    peer.setConverter(converter(p -> p == null ? "" : p.pythonName()));
    peer.setCellFactory(l -> cell(ServerDescription::pythonName));
    peer.valueProperty().bindBidirectional(fields.peer);
    Label peerLine = new Label(
        "A Python server, run by wsarena in its own process with this machine's Python 3 or PyPy.");
    peerLine.setWrapText(true);
    peerLine.getStyleClass().add("model-explanation");
    VBox peerBox = new VBox(stacked("Python server", peer), peerLine);
    peerBox.getStyleClass().add("form-group");
    Shown.when(peerBox, fields.kind.isEqualTo(TargetKind.PEER));

    TextField url = field.of("url", fields.url, Set.of(Problem.URL, Problem.TARGET));
    url.setPromptText("ws://127.0.0.1:8888/echo");
    TextField pid = field.of("server-pid", fields.serverPid, Set.of(TargetFields.PROCESS_ID));
    pid.setPromptText("optional");
    pid.setTooltip(new Tooltip("The server's process id on this machine: its CPU and memory are then measured too"));
    ToggleSwitch trustAny = toggle("trust-any", "Trust any certificate");
    trustAny.selectedProperty().bindBidirectional(fields.trustAnyCertificate);

    Node workersRow = row("Server workers", serverWorkers, "threads, 0 = 2 × cores");
    Node trustRow = wide(trustAny);
    VBox engineBox =
        new VBox(
            stacked("Engine", engine),
            stacked("Threading model", model),
            explanation,
            wide(isolation),
            workersRow,
            wide(tls));
    engineBox.getStyleClass().add("form-group");
    VBox urlBox = new VBox(stacked("URL", url), trustRow, row("Server pid", pid, "to measure its CPU and memory"));
    urlBox.getStyleClass().add("form-group");
    Shown.when(engineBox, engineChosen);
    Shown.when(urlBox, fields.kind.isEqualTo(TargetKind.URL));
    Shown.when(workersRow, fields.model.isEqualTo(ThreadingModel.REACTOR_WORKERS));
    Shown.when(trustRow, Bindings.createBooleanBinding(
        () -> fields.url.get() != null && fields.url.get().strip().toLowerCase().startsWith("wss:"), fields.url));


    getChildren().addAll(section("Target"), kind, engineBox, peerBox, urlBox);
    getStyleClass().add("form-group");
    setId("target-section");
  }
}
