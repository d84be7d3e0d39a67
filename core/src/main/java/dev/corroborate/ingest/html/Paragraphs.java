package dev.corroborate.ingest.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Renders an element as paragraphs: each block element (and each {@code <br>}) ends one. A table row is one
 * paragraph, its cells separated by a space, so that tabular data reads in row order and short cells are not
 * mistaken for stray labels.
 */
final class Paragraphs {

    static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote",
            "pre", "table", "tr", "thead", "tbody", "figure", "figcaption", "form", "hr", "address",
            "details", "summary", "center", "body", "html", "br");

    private static final Set<String> CELLS = Set.of("td", "th");

    static List<String> of(Element root) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    append(current, t.getWholeText());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(current, out);
                } else if (node instanceof Element e && CELLS.contains(e.normalName())) {
                    append(current, " ");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) flush(current, out);
            }
        }, root);
        flush(current, out);
        return out;
    }

    // Collapses whitespace as a browser does, keeping one space between text runs.
    private static void append(StringBuilder sb, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '\u00a0';
            if (space) {
                if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != ' ') sb.append(' ');
            } else {
                sb.append(c);
            }
        }
    }

    private static void flush(StringBuilder sb, List<String> out) {
        String p = sb.toString().strip();
        if (!p.isEmpty()) out.add(p);
        sb.setLength(0);
    }

    private Paragraphs() {
    }
}
