package wsarena.ui;

/** The window's two pages: one run on the dashboard, or many side by side in the Compare view. */
enum Page {
  RUN("Run"),
  COMPARE("Compare");

  private final String label;

  Page(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
