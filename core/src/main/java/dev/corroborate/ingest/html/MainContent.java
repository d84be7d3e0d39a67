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
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The article body of a page: our boilerplate pre-cleaning, then Readability's content scoring, then our
 * post-filtering of what Readability keeps too readily (captions, link lists, bylines, date lines, prompts).
 */
final class MainContent {

    // Short lines that are page furniture, not article text.
    private static final Pattern FURNITURE = Pattern.compile("(?i)^(?:advertisement|advertising|sponsored|"
            + "ad|story continues below|article continues below|continue reading|read more|read next|read also|"
            + "see also|related|related articles?|related stories|related coverage|more from|more on this|"
            + "recommended|you may also like|trending|share|share this|share this article|share on \\w+|tweet|"
            + "email|print|comments?|follow us|sign up|subscribe|click here|photo|image|credit|loading|"
            + "skip to content|all rights reserved|copyright|watch|listen|play|download|tags?|topics|learn more|"
            + "keywords|filed under|posted in|categories|category|(?:the )?associated press|reuters|afp|"
            + "bloomberg|©).{0,80}$");
    // Prompts and contact lines addressed to the reader, not part of the story.
    private static final Pattern PROMPT = Pattern.compile("(?i).*\\b(?:subscribe|newsletters?|sign up for|"
            + "follow (?:us|him|her|them|me) on|(?:may|can) be reached at|download (?:our|the) app|click here|"
            + "want more stories|have a tip|if you enjoyed this (?:article|story|post)|join our|let us know at|"
            + "tell us what you think|requires javascript|enable javascript|contact (?:us|the author)|"
            + "send us an? (?:email|tip)|"
            + "this (?:article|story) (?:was )?(?:originally )?(?:appeared|published)|"
            + "is a (?:freelance |staff |senior |contributing )?(?:writer|reporter|editor|journalist|"
            + "correspondent)\\b).*");
    // Where the story ends and the page's recirculation begins.
    private static final Pattern END_MARKER = Pattern.compile("(?i)^(?:related|related articles?|related stories|"
            + "related coverage|read more|read next|more from .{1,40}|more stories|more on this.{0,40}|"
            + "recommended(?: for you)?|you may also like|you might also like|trending|most popular|most read|"
            + "want more stories like this\\??|comments?|leave a (?:comment|reply)|share this(?: article)?:?)$");
    private static final Pattern BYLINE = Pattern.compile("^(?i:by|von|par|por|door)\\s+\\p{Lu}.{0,80}$");
    private static final Pattern DATE_LINE = Pattern.compile("(?i)^(?:(?:published|updated|posted|last updated|"
            + "first published|modified)\\b.{0,60}|(?:\\w+,? )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            + "[a-z]*\\.? \\d{1,2},? \\d{4}.{0,30}|\\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            + "[a-z]* \\d{4}.{0,30}|\\d{4}-\\d{2}-\\d{2}.{0,20})$");
    private static final Pattern CAPTION = Pattern.compile("(?i)^(?:photo|image|picture|credit|source|"
            + "illustration|file photo|\\(?photo)\\b.{0,150}$|^in this .{0,60}(?:photo|image|picture)\\b.*$|"
            + ".{0,200}\\((?:photo|image|credit):?[^)]*\\)$|"
            + ".{0,200}(?:getty images|ap photo|reuters|afp|shutterstock|istock)[^.]{0,40}$|"
            + ".{0,200}(?:©|\\(c\\) |photos? by |photo courtesy|image courtesy|courtesy of ).{0,80}$");
    // WordPress-style shortcodes left in the text: "[button link=...]Send us[/button]".
    private static final Pattern SHORTCODE = Pattern.compile("\\[/?[a-z_]+(?:\\s[^\\]]*)?\\]");

    private static final Set<String> LINK_LIST_TAGS = Set.of("ul", "ol", "p", "div", "li", "section", "table");

    private MainContent() {
    }

    static String extract(Document doc, String baseUrl, String title) {
        Element body = doc.body();
        if (body == null) return "";
        Boilerplate.strip(body);
        // Our own simple choice, rendered now because Readability edits the page: the fallback when
        // Readability fails or settles on a fragment much smaller than the densest text block.
        Element densest = densest(body);
        String fallback = densest == null ? "" : render(densest, title);
        // A container the publisher marked as the article body (schema.org microdata) beats any guess.
        Element marked = markedBody(body);
        if (marked != null) {
            String text = render(marked, title);
            if (text.length() >= 0.5 * fallback.length()) return text;
        }
        Element content = null;
        try {
            Article article = new Readability4J(baseUrl == null ? "" : baseUrl, doc).parse();
            content = article.getArticleContent();
        } catch (RuntimeException e) {
            // Readability gives up on some odd pages; the fallback stands in
        }
        String text = content == null ? "" : render(content, title);
        return text.length() < 0.3 * fallback.length() ? fallback : text;
    }

    private static String render(Element content, String title) {
        dropLinkLists(content);
        return String.join("\n\n", filter(Paragraphs.of(content), title));
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

    private static List<String> filter(List<String> paragraphs, String title) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> grams = new HashSet<>();
        String titleKey = title == null ? null : key(title);
        int total = paragraphs.stream().mapToInt(String::length).sum(), before = 0;
        for (String p : paragraphs) {
            int at = before;
            before += p.length();
            String k = key(p);
            if (k.isEmpty() || k.indexOf(' ') > 0 && !seen.add(k)) continue;
            if (k.equals(titleKey)) continue;
            // past the middle of the text, a recirculation heading ends the article
            if (at > total / 2 && END_MARKER.matcher(p).matches()) break;
            if (!isArticleText(p) || repeats(p, grams)) continue;
            out.add(p);
        }
        return out;
    }

    // A paragraph whose word 4-grams mostly came already (a summary box repeated, a print copy) is a repeat;
    // otherwise its 4-grams join the seen ones.
    private static boolean repeats(String p, Set<String> seen) {
        String[] w = key(p).split(" ");
        if (w.length < 4) return false;
        List<String> own = new ArrayList<>();
        for (int i = 0; i + 4 <= w.length; i++) own.add(w[i] + ' ' + w[i + 1] + ' ' + w[i + 2] + ' ' + w[i + 3]);
        long old = own.stream().filter(seen::contains).count();
        if (w.length >= 8 && old >= 0.8 * own.size()) return true;
        seen.addAll(own);
        return false;
    }

    private static boolean isArticleText(String p) {
        int words = p.split("\\s+").length;
        if (words <= 12 && (FURNITURE.matcher(p).matches() || BYLINE.matcher(p).matches()
                || DATE_LINE.matcher(p).matches())) return false;
        if (words <= 40 && (CAPTION.matcher(p).matches() || PROMPT.matcher(p).matches())) return false;
        if (words == 1 && (p.contains("://") || p.startsWith("www.") || p.length() > 3
                && Character.isLetterOrDigit(p.charAt(p.length() - 1)) && p.codePoints().allMatch(c -> c < 0x3000)))
            return false; // a lone word or address: a label, logo text or link target
        if (SHORTCODE.matcher(p).find() && p.contains("[/")) return false;
        return !isKeywordList(p);
    }

    // "stock car 2018, stock car brasil, ...": five or more short comma-separated items and no sentence.
    private static boolean isKeywordList(String p) {
        String[] items = p.split(",");
        if (items.length < 5 || p.matches(".*[.!?]\\s.*")) return false;
        for (String item : items) if (item.strip().split("\\s+").length > 5) return false;
        return true;
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
