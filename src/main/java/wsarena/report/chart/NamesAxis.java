package wsarena.report.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.text.G2TextMeasurer;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextFragment;
import org.jfree.chart.text.TextLine;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The runs' names beside their bars, each written whole on one line while it takes at most the
 * axis's share of the plot's width ({@link #setMaximumCategoryLabelWidthRatio}); a longer name
 * wraps between its words, and only past {@link #MOST_LINES} lines would it end in "...". It
 * remembers which names it last had to cut, so a window test can say none was.
 */
final class NamesAxis extends CategoryAxis {
  private static final long serialVersionUID = 1L;
  static final int MOST_LINES = 2;

  private final transient List<String> cut = new ArrayList<>();

  NamesAxis() {
    super(null);
  }

  @Override
  protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
    String name = category.toString();
    Font font = getTickLabelFont(category);
    boolean fits = g2.getFontMetrics(font).stringWidth(name) <= width;
    TextBlock block = TextUtils.createTextBlock(name, font, getTickLabelPaint(category), fits ? Float.MAX_VALUE : width,
        fits ? 1 : MOST_LINES, new G2TextMeasurer(g2));
    TextLine last = block.getLastLine();
    TextFragment end = last == null ? null : last.getLastTextFragment();
    synchronized (cut) {
      cut.remove(name);
      if (end != null && end.getText().endsWith("...")) {
        cut.add(name);
      }
    }
    return block;
  }

  /** The names cut short when the axis was last drawn. */
  List<String> cutNames() {
    synchronized (cut) {
      return List.copyOf(cut);
    }
  }
}
