package dev.corroborate.ingest.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Line-level clean-up of extracted paragraphs: what survives the DOM work but is still not article text
 * (bylines, date lines, captions and credits, reader prompts, author bios, keyword lists, lone labels, repeats),
 * and the end of the article where the page's recirculation starts. Short paragraphs only are judged by
 * pattern, so a long real paragraph that happens to mention "subscribe" stays.
 */
final class ParagraphFilter {

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
    private static final Pattern PROMPT = Pattern.compile("(?i).*\\b(?:subscribe (?:now|today|here|to (?:our|the|\\S+['’]s))|"
            + "(?:our|free|daily|weekly|morning|evening) newsletters?|newsletters?\\.?$|sign up for|"
            + "follow (?:us|him|her|them|me) on|(?:may|can) be reached at|download (?:our|the) app|click here|"
            + "want more stories|have a tip|if you enjoyed this (?:article|story|post)|join our|let us know at|"
            + "tell us what you think|requires javascript|enable javascript|contact (?:us|the author)|"
            + "send us an? (?:email|tip)|"
            + "this (?:article|story) (?:was )?(?:originally )?(?:appeared|published)).*");
    // An author's bio line: "Dallas Robinson is a freelance writer living in Minneapolis".
    private static final Pattern BIO = Pattern.compile("^\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*){0,3} is an? "
            + "(?:[\\p{L}-]+ ){0,3}(?:writer|reporter|editor|journalist|correspondent|contributor|columnist|"
            + "curator|blogger)\\b.*");
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

    /**
     * The paragraphs that are article text, in order; the title, repeats and furniture dropped, and, in the last
     * third, "about us" blurbs that open with the site's or the author's name ("Ascom is headquartered in ...",
     * "Regan is a Connecticut native ..."). {@code meta} may be null.
     */
    static List<String> apply(List<String> paragraphs, PageMetadata meta) {
        String title = meta == null ? null : meta.title();
        List<String> selfNames = selfNames(meta);
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
            if (at > 2 * total / 3 && isBlurb(k, selfNames)) continue;
            out.add(p);
        }
        return out;
    }

    // A paragraph whose word 4-grams mostly came already (a summary box repeated, a print copy) is a repeat;
    // otherwise its 4-grams join the seen ones.
    private static boolean repeats(String p, Set<String> seen) {
        String k = key(p);
        Set<String> own = grams(k);
        if (own.isEmpty()) return false;
        long old = own.stream().filter(seen::contains).count();
        if (k.split(" ").length >= 8 && old >= 0.8 * own.size()) return true;
        seen.addAll(own);
        return false;
    }

    // Names a page uses for itself: the site name, its host's first label, the author's name and first name.
    private static List<String> selfNames(PageMetadata meta) {
        List<String> names = new ArrayList<>();
        if (meta == null) return names;
        if (meta.siteName() != null) {
            names.add(key(meta.siteName()));
            names.add(key(meta.siteName().split("\\.")[0]));
        }
        if (meta.author() != null) {
            for (String a : meta.author().split(",")) {
                String k = key(a);
                if (k.isEmpty()) continue;
                names.add(k);
                names.add(k.split(" ")[0]);
            }
        }
        names.removeIf(n -> n.length() < 3);
        return names;
    }

    private static final Pattern BLURB_VERB = Pattern.compile("^(?:is|was|has|s|lives|writes|covers|works) .*");

    private static boolean isBlurb(String key, List<String> selfNames) {
        for (String name : selfNames) {
            if (key.startsWith(name + " ") && BLURB_VERB.matcher(key.substring(name.length() + 1)).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Word 4-grams of a text, lower-cased, punctuation ignored. */
    static Set<String> grams(String text) {
        String[] w = key(text).split(" ");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 4 <= w.length; i++) out.add(w[i] + ' ' + w[i + 1] + ' ' + w[i + 2] + ' ' + w[i + 3]);
        return out;
    }

    private static boolean isArticleText(String p) {
        int words = p.split("\\s+").length;
        if (words <= 12 && (FURNITURE.matcher(p).matches() || BYLINE.matcher(p).matches()
                || DATE_LINE.matcher(p).matches())) return false;
        if (words <= 40 && (CAPTION.matcher(p).matches() || PROMPT.matcher(p).matches()
                || BIO.matcher(p).matches())) return false;
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

    private ParagraphFilter() {
    }
}
