package wsarena.report;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The report's Markdown as one self-contained HTML page: rendered by commonmark-java (tables as
 * GitHub writes them), every picture embedded as a {@code data:} PNG, the style inline. The page
 * refers to nothing outside itself, so it opens offline, mails as one file and stays as it was
 * published.
 */
public final class ReportHtml {
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

  /** Readable on screen and on paper, light or dark as the reader's system is; no font or file fetched. */
  private static final String STYLE =
      """
      :root { color-scheme: light dark; --rule: #d0d7de; --soft: #f6f8fa; --ink: #1f2328; --mark: #0969da; }
      @media (prefers-color-scheme: dark) { :root { --rule: #3d444d; --soft: #151b23; --ink: #e6edf3; --mark: #4493f8; } }
      body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
             max-width: 72rem; margin: 2rem auto; padding: 0 1.5rem; }
      h1 { font-size: 2rem; border-bottom: 1px solid var(--rule); padding-bottom: .3rem; }
      h2 { font-size: 1.5rem; border-bottom: 1px solid var(--rule); padding-bottom: .25rem; margin-top: 2.5rem; }
      h3 { font-size: 1.15rem; margin-top: 1.75rem; }
      table { border-collapse: collapse; margin: 1rem 0; display: block; overflow-x: auto; font-size: .9rem; }
      th, td { border: 1px solid var(--rule); padding: .3rem .6rem; vertical-align: top; }
      th { background: var(--soft); }
      td[align="right"] { font-variant-numeric: tabular-nums; white-space: nowrap; }
      img { max-width: 100%; height: auto; border: 1px solid var(--rule); }
      code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .88rem; }
      pre { background: var(--soft); padding: .75rem 1rem; overflow-x: auto; }
      blockquote { margin: 0; padding: 0 1rem; border-left: .25rem solid var(--rule); }
      strong { font-weight: 650; }
      """;

  private ReportHtml() {}

  /**
   * The page of {@code markdown}.
   *
   * @param images each picture the Markdown names, by its file name, as PNG bytes; a picture not
   *     among them is left out of the page (its alt text stays)
   */
  public static String page(String title, String markdown, Map<String, byte[]> images) {
    Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    HtmlRenderer renderer =
        HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true) // a link in a label or a claim is never javascript:
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
              if (node instanceof Image) {
                byte[] png = images.get(attributes.get("src"));
                if (png == null) {
                  attributes.remove("src");
                } else {
                  attributes.put("src", "data:image/png;base64," + Base64.getEncoder().encodeToString(png));
                }
              }
            })
            .build();
    String body = renderer.render(parser.parse(markdown));
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + escape(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n"
        + body + "</body>\n</html>\n";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
