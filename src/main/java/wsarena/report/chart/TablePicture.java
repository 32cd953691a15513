package wsarena.report.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A table drawn for a slide: a one-line title, the scenario under it, every row whole (names and
 * figures never cut), each row's run in its {@link RunPalette} style beside its name, columns as
 * wide as their content, the host line at the bottom, no scroll bar. Type is as large as the
 * picture allows for all the rows (up to {@link #MOST_ROWS}) and the widest row.
 */
public final class TablePicture {
  /** Rows a picture holds: every run of a comparison. */
  public static final int MOST_ROWS = 20;

  /**
   * One row.
   *
   * @param style the {@link RunPalette} index of its run, drawn as a swatch before the first cell
   */
  public record Row(int style, List<String> cells) {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  /**
   * The table's content.
   *
   * @param numeric for each column, true to align it right
   */
  public record Table(List<String> headers, List<Boolean> numeric, List<Row> rows) {
    public Table {
      headers = List.copyOf(headers);
      numeric = List.copyOf(numeric);
      rows = List.copyOf(rows.subList(0, Math.min(MOST_ROWS, rows.size())));
    }
  }

  private TablePicture() {}

  /** The table as a picture of {@code layout}, in {@code look}'s colours. */
  public static BufferedImage image(Table table, String title, String subtitle, String footer, ExportLayout layout, ChartLook look) {
    BufferedImage image = new BufferedImage(layout.pixelWidth(), layout.pixelHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.scale(layout.scale(), layout.scale());
      draw(g, table, title, subtitle, footer, layout, look);
    } finally {
      g.dispose();
    }
    return image;
  }

  private static void draw(Graphics2D g, Table table, String title, String subtitle, String footer, ExportLayout layout, ChartLook look) {
    double pad = layout.padding();
    g.setPaint(look.background());
    g.fillRect(0, 0, layout.width(), layout.height());

    double y = pad * 0.7;
    Font titleFont = fitted(g, new Font(Font.SANS_SERIF, Font.BOLD, (int) layout.titleSize()), title, layout.width() - 2 * pad);
    y = text(g, title, titleFont, look.ink(), pad, y);
    Font small = new Font(Font.SANS_SERIF, Font.PLAIN, (int) layout.subtitleSize());
    y = text(g, subtitle, fitted(g, small, subtitle, layout.width() - 2 * pad), look.muted(), pad, y + pad * 0.1);
    Font footFont = fitted(g, new Font(Font.SANS_SERIF, Font.PLAIN, (int) layout.footerSize()), footer, layout.width() - 2 * pad);
    double footTop = layout.height() - pad * 0.6 - g.getFontMetrics(footFont).getHeight();
    text(g, footer, footFont, look.muted(), pad, footTop);

    double top = y + pad * 0.6;
    double width = layout.width() - 2 * pad;
    double height = footTop - pad * 0.5 - top;
    int lines = table.rows().size() + 1;
    // the largest type at which every row and the widest cell of every column fit
    float size = (float) Math.min(layout.legendSize() * 1.3, height / lines / 1.55);
    double[] columns;
    while (true) {
      columns = widths(g, table, new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(size)), size);
      double need = 0;
      for (double c : columns) {
        need += c;
      }
      if (need <= width || size <= 6) {
        break;
      }
      size *= 0.95f;
    }
    Font cell = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(size));
    Font head = new Font(Font.SANS_SERIF, Font.BOLD, Math.round(size));
    double line = size * 1.55;
    double used = 0;
    for (double c : columns) {
      used += c;
    }
    double spare = Math.max(0, width - used) / Math.max(1, columns.length);
    double x0 = pad;
    double rowY = top;
    drawRow(g, table.headers(), table.numeric(), columns, spare, x0, rowY, line, head, look.muted(), -1, look, size);
    rowY += line;
    g.setPaint(look.grid());
    g.setStroke(new BasicStroke(1.2f));
    g.draw(new Line2D.Double(x0, rowY, x0 + width, rowY));
    for (Row row : table.rows()) {
      drawRow(g, row.cells(), table.numeric(), columns, spare, x0, rowY, line, cell, look.ink(), row.style(), look, size);
      rowY += line;
    }
  }

  /** Each column's width: its widest cell or header, with a gap; the first column makes room for the swatch. */
  private static double[] widths(Graphics2D g, Table table, Font font, float size) {
    FontMetrics plain = g.getFontMetrics(font);
    FontMetrics bold = g.getFontMetrics(font.deriveFont(Font.BOLD));
    double[] out = new double[table.headers().size()];
    for (int c = 0; c < out.length; c++) {
      double widest = bold.stringWidth(table.headers().get(c));
      for (Row row : table.rows()) {
        if (c < row.cells().size()) {
          widest = Math.max(widest, plain.stringWidth(row.cells().get(c)));
        }
      }
      out[c] = widest + size * (c == 0 ? 3.2 : 1.4);
    }
    return out;
  }

  private static void drawRow(
      Graphics2D g, List<String> cells, List<Boolean> numeric, double[] columns, double spare, double x, double y, double line,
      Font font, java.awt.Color colour, int style, ChartLook look, float size) {
    g.setFont(font);
    FontMetrics m = g.getFontMetrics();
    float baseline = (float) (y + (line + m.getAscent() - m.getDescent()) / 2);
    for (int c = 0; c < columns.length && c < cells.size(); c++) {
      double w = columns[c] + spare;
      String text = cells.get(c);
      double left = x;
      if (c == 0 && style >= 0) {
        float stroke = Math.max(2f, size / 5);
        g.setPaint(look.run(style));
        g.setStroke(RunPalette.stroke(stroke, RunPalette.dashed(style)));
        double mid = y + line / 2;
        g.draw(new Line2D.Double(left, mid, left + size * 1.6, mid));
        left += size * 2.2;
      } else if (c == 0) {
        left += size * 2.2;
      }
      g.setPaint(colour);
      double textX = numeric.get(c) ? x + w - size * 0.7 - m.stringWidth(text) : left;
      g.drawString(text, (float) textX, baseline);
      x += w;
    }
  }

  /** {@code font}, smaller until {@code text} fits {@code width} (down to two thirds). */
  private static Font fitted(Graphics2D g, Font font, String text, double width) {
    Font f = font;
    while (g.getFontMetrics(f).stringWidth(text) > width && f.getSize2D() > font.getSize2D() * 0.66) {
      f = f.deriveFont(f.getSize2D() * 0.95f);
    }
    return f;
  }

  /** Draws a line of text from {@code y} down; returns the y below it. */
  private static double text(Graphics2D g, String text, Font font, java.awt.Color colour, double x, double y) {
    if (text == null || text.isEmpty()) {
      return y;
    }
    g.setFont(font);
    g.setPaint(colour);
    FontMetrics m = g.getFontMetrics();
    g.drawString(text, (float) x, (float) (y + m.getAscent()));
    return y + m.getHeight();
  }
}
