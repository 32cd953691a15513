package wsarena.ui.chart;

/**
 * Linear or logarithmic latency axis: JFreeChart's log axis (one tick per decade, labelled in
 * time units) or its number axis in milliseconds. The window's latency charts share one choice.
 */
public enum LatencyScale {
  LINEAR,
  LOG
}
