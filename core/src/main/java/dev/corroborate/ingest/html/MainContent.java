package dev.corroborate.ingest.html;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * The article body of a page: our boilerplate pre-cleaning, then the container (the publisher's
 * itemprop=articleBody, else Readability's choice, else the densest text block), then our post-filtering of
 * what Readability keeps too readily: link lists here, and line-level furniture in {@link ParagraphFilter}.
 */
final class MainContent {

    private static final Set<String> LINK_LIST_TAGS = Set.of("ul", "ol", "p", "div", "li", "section", "table");

    private MainContent() {
    }

    static String extract(Document doc, String baseUrl, PageMetadata meta) {
        Element body = doc.body();
        if (body == null) return "";
        Boilerplate.strip(body);
        // Our own simple choice, rendered now because Readability edits the page: the fallback when
        // Readability fails or settles on a fragment much smaller than the densest text block.
        Element densest = densest(body);
        String fallback = densest == null ? "" : render(densest, meta);
        // A container the publisher marked as the article body (schema.org microdata) beats any guess.
        Element marked = markedBody(body);
        if (marked != null) {
            String text = render(marked, meta);
            if (text.length() >= 0.5 * fallback.length()) return text;
        }
        Element content = null;
        try {
            Article article = new Readability4J(baseUrl == null ? "" : baseUrl, doc).parse();
            content = article.getArticleContent();
        } catch (RuntimeException | StackOverflowError e) {
            // Readability gives up on some odd (or absurdly deep) pages; the fallback stands in
        }
        String text = content == null ? "" : render(content, meta);
        return text.length() < 0.3 * fallback.length() ? fallback : text;
    }

    private static String render(Element content, PageMetadata meta) {
        dropLinkLists(content);
        return String.join("\n\n", ParagraphFilter.apply(Paragraphs.of(content), meta));
    }

    /** The largest element marked itemprop=articleBody, else null. */
    private static Element markedBody(Element body) {
        Element best = null;
        for (Element e : body.select("[itemprop=articleBody], [itemprop=articlebody]")) {
            if (best == null || e.text().length() > best.text().length()) best = e;
        }
        return best == null || best.text().length() < 300 ? null : best;
    }

    /** The element whose paragraphs (or text lines) hold the most text outside links, else null. */
    static Element densest(Element root) {
        Map<Element, Long> score = new IdentityHashMap<>();
        Map<Element, Long> masses = Boilerplate.textMass(root);
        for (Element p : root.select("p, pre, blockquote")) {
            long mass = masses.getOrDefault(p, 0L);
            if (mass >= 20 && p.parent() != null) score.merge(p.parent(), mass, Long::sum);
        }
        for (Element d : root.select("div, td, section, article, span")) {
            long direct = 0;
            for (TextNode t : d.textNodes()) direct += t.text().strip().length();
            if (direct >= 50) score.merge(d, direct, Long::sum);
        }
        return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    // Blocks that are mostly links (related stories, tag lists, "more from") are navigation. Text and link
    // lengths are counted in one pass, then the outermost such blocks go.
    private static void dropLinkLists(Element content) {
        Map<Element, long[]> len = new IdentityHashMap<>(); // {all text, text inside links}
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (node == content || !(node.parentNode() instanceof Element parent)) return;
                long[] add;
                if (node instanceof TextNode t) {
                    int n = t.text().strip().length();
                    add = new long[]{n, 0};
                } else if (node instanceof Element e && len.get(e) != null) {
                    long[] own = len.get(e);
                    add = e.normalName().equals("a") ? new long[]{own[0], own[0]} : own;
                } else {
                    return;
                }
                long[] acc = len.computeIfAbsent(parent, k -> new long[2]);
                acc[0] += add[0];
                acc[1] += add[1];
            }
        }, content);
        List<Element> doomed = new ArrayList<>();
        collectLinkLists(content, len, doomed);
        doomed.forEach(Element::remove);
    }

    private static void collectLinkLists(Element e, Map<Element, long[]> len, List<Element> doomed) {
        for (Element child : e.children()) {
            long[] l = len.get(child);
            if (l != null && l[0] > 0 && LINK_LIST_TAGS.contains(child.normalName())) {
                double density = (double) l[1] / l[0];
                // about 40 words
                if (density > 0.5 && l[0] < 240 || density > 0.7) {
                    doomed.add(child);
                    continue;
                }
            }
            collectLinkLists(child, len, doomed);
        }
    }

}
