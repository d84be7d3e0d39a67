package dev.corroborate.clean;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules that tell boilerplate from article text one paragraph at a time, from its shape and vocabulary
 * rather than from known strings: a URL on its own, comment-widget lines, "Related:/Read more:" links,
 * credit lines, short widget labels, and calls to action (an imperative such as download, subscribe,
 * follow, discover, stay, find, opening a clause, with the vocabulary of apps, newsletters and news
 * feeds). Direct speech is never taken for a promotion. Thread-safe.
 */
final class BoilerplateRules {

    static final String URL_LINE = "URL on its own line";
    static final String PROFILE_URL = "author/profile URL on its own line";
    static final String COMMENTS = "comments widget";
    static final String RELATED = "related-article link";
    static final String CREDIT = "credit line";
    static final String LABEL = "link or widget label";
    static final String PROMO = "promotion / call to action";
    static final String GLUED_PROMO = "promotion glued to the last sentence";

    private static final int MAX_PROMO_WORDS = 80;

    private static final Pattern URL = Pattern.compile("<?(?:https?://|www\\.)\\S+>?", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROFILE = Pattern.compile(
            "(?i)/(?:author|authors|profile|profiles|people|staff|contributors?|writers?|reporters?|journalists?|user|users|by)(?:/|$|\\?)");
    private static final Pattern COMMENT = Pattern.compile("(?i)(?:comments?\\s+(?:are|is)\\s+(?:now\\s+)?(?:closed|disabled|off)"
            + "|(?:leave|post|add|write|view|show|load)\\s+(?:a\\s+|the\\s+)?(?:comments?|reply|replies)"
            + "|(?:\\d+|no)\\s+comments?|join\\s+the\\s+(?:conversation|discussion)"
            + "|you\\s+must\\s+be\\s+logged\\s+in\\s+to\\s+(?:post\\s+a\\s+)?comment.*)\\W*");
    private static final Pattern RELATED_LINE = Pattern.compile("(?i)(?:related(?:\\s+(?:articles?|stories|story|content|coverage|news|reading|posts?|links?|videos?))?"
            + "|read\\s+(?:more|also|next|the\\s+full\\s+story)|also\\s+read|see\\s+also|further\\s+reading"
            + "|more\\s+(?:on|from|about)\\s+(?:this|the)(?:\\s+(?:story|topic))?|recommended(?:\\s+(?:stories|reading|for\\s+you))?"
            + "|you\\s+(?:may|might)\\s+also\\s+like|watch|listen|more\\s+news|top\\s+stories|trending(?:\\s+now)?|must\\s+read)"
            + "\\s*[:|»›>]\\s*\\S.{0,250}");
    private static final Pattern CREDIT_LINE = Pattern.compile("(?i)\\(?\\s*(?:with\\s+inputs?\\s+from|with\\s+agency\\s+inputs"
            + "|(?:additional\\s+)?reporting\\s+by|writing\\s+by|editing\\s+by|edited\\s+by|compiled\\s+by"
            + "|(?:this|the)\\s+(?:story|article)\\s+(?:was|has\\s+been)\\s+(?:published|edited|generated|updated|auto-generated)\\b)"
            + "[^()]{0,160}\\)?\\.?");
    private static final Pattern WIDGET_LABEL = Pattern.compile("(?i)(?:related\\s+(?:articles|stories|news|content)|read\\s+more|advertisement|advertising"
            + "|sponsored(?:\\s+content)?|share(?:\\s+this)?(?:\\s+(?:article|story|page))?(?:\\s+(?:on|via)\\s+\\w+)?|click\\s+here.*"
            + "|tap\\s+here.*|print(?:\\s+this)?(?:\\s+(?:article|page))?|email|e-mail|subscribe(?:\\s+now)?|sign\\s+up(?:\\s+now)?"
            + "|follow\\s+us.*|most\\s+(?:read|popular|viewed)|skip\\s+(?:to\\s+\\w+|ad)|continue\\s+reading.*"
            + "|story\\s+continues\\s+below.*|scroll\\s+(?:down\\s+)?to\\s+continue.*|loading\\.*|back\\s+to\\s+top)\\W*");

    /**
     * Imperatives of promotions, opening the text, a sentence, or following "or"/"and". Not "like", "share",
     * "support", "try": they open news sentences too ("Like Instagram, Twitter has ...").
     */
    private static final String CTA = "(?:catch|discover|download|subscribe|sign\\s+up|follow|join|stay|get|find|read|click|tap"
            + "|watch|listen|register|obtain|explore|check\\s+out|don'?t\\s+miss|never\\s+miss|install|visit"
            + "|keep\\s+up|grab|unlock|become\\s+a)\\b(?!-)";
    private static final Pattern CTA_OPENING = Pattern.compile("(?i)(?:^|[.!?)]\\s*|[|•]\\s*)" + CTA);
    private static final Pattern CTA_START = Pattern.compile("(?i)^[|•>»›*–—-]?\\s*" + CTA);
    private static final Pattern CTA_CHAINED = Pattern.compile("(?i)\\b(?:or|and)\\s+" + CTA);
    private static final Pattern MEDIA = Pattern.compile("(?i)\\b(news|updates?|apps?|newsletters?|inbox|alerts?|notifications?"
            + "|podcasts?|subscribers?|subscription|premium|e-?paper|whatsapp|telegram|youtube|instagram|facebook|twitter"
            + "|channel|latest|breaking|trends|insights|curated|exclusive|headlines|daily|weekly|every\\s+(?:day|week|weekend|morning)"
            + "|in\\s+one\\s+place|stay\\s+updated|top\\s+stories|free|briefing|digest)\\b");
    private static final Pattern STRONG = Pattern.compile("(?i)\\b(?:(?:download|get|install)\\s+(?:the|our)\\s+(?:[\\p{L}-]+\\s+){0,4}app"
            + "|(?:sign\\s+up|subscribe|register)(?:\\s+(?:now|today|here))?\\s+(?:for|to)\\s+(?:[\\p{L}'’-]+\\s+){0,5}(?:newsletters?|alerts|updates|briefing|digest)"
            + "|follow\\s+us\\s+on|click\\s+here\\s+to|delivered\\s+(?:straight\\s+)?to\\s+your\\s+inbox)\\b");
    private static final Pattern QUOTES = Pattern.compile("[\"“”]");

    private BoilerplateRules() {
    }

    /** Why a whole paragraph is boilerplate, or null when it is article text. */
    static String reason(String paragraph) {
        String p = paragraph.strip();
        if (p.isEmpty()) return null;
        if (URL.matcher(p).matches()) return PROFILE.matcher(p).find() ? PROFILE_URL : URL_LINE;
        int words = p.split("\\s+").length;
        if (words <= 16 && COMMENT.matcher(p).matches()) return COMMENTS;
        if (RELATED_LINE.matcher(p).matches()) return RELATED;
        if (words <= 30 && CREDIT_LINE.matcher(p).matches()) return CREDIT;
        if (words <= 8 && WIDGET_LABEL.matcher(p).matches()) return LABEL;
        if (isPromotion(p)) return PROMO;
        return null;
    }

    /**
     * Whether text is a call to action: it opens with an imperative and carries promotional vocabulary (or
     * a telltale phrase such as "download the ... app"); never direct speech.
     */
    static boolean isPromotion(String p) {
        if (!CTA_START.matcher(p).lookingAt() || QUOTES.matcher(p).find()) return false;
        if (p.split("\\s+").length > MAX_PROMO_WORDS) return false;
        if (STRONG.matcher(p).find()) return true;
        int cta = count(CTA_OPENING.matcher(p)) + count(CTA_CHAINED.matcher(p));
        long media = MEDIA.matcher(p).results().map(r -> r.group(1).toLowerCase(Locale.ROOT)).distinct().count();
        return media >= 2 || cta >= 2 && media >= 1;
    }

    /**
     * Where a promotion glued onto the end of a real paragraph starts ("... agencies)Discover the latest
     * ..."), or -1: the earliest sentence or bracket boundary after which the whole rest is a promotion.
     */
    static int trailingPromotion(String p) {
        for (int i = 1; i < p.length(); i++) {
            char prev = p.charAt(i - 1);
            if (".!?)”\"".indexOf(prev) < 0) continue;
            int start = i;
            while (start < p.length() && p.charAt(start) == ' ') start++;
            if (start >= p.length() || !Character.isUpperCase(p.charAt(start))) continue;
            String rest = p.substring(start);
            if (isPromotion(rest)) return start;
        }
        return -1;
    }

    /** A few words without an end, as left when a link line wraps ("... on Moscow’s" / "Terms"). */
    static boolean isWrappedTail(String p) {
        return p.split("\\s+").length <= 4 && !Reflow.endsSentence(p) && !QUOTES.matcher(p).find();
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
