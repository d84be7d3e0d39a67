package dev.corroborate.clean;

import dev.corroborate.ingest.Dates;
import dev.corroborate.model.Removed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metadata written into the head of a plain-text article, taken out of the body: a byline ("By Anjali
 * Sharma"), a date line ("date 2025-03-19", "First Published: June 13, 2013 4:59 PM EDT"), a headline on
 * its own line, and a dateline opening the first paragraph ("WASHINGTON –", "KYIV, March 18 (Reuters) -").
 * The dateline's place is kept in {@link Removed} with reason {@code dateline}.
 */
final class LeadMetadata {

    /** What the head held, and the body lines that remain. */
    record Lead(String author, Instant published, String title, List<String> lines, List<Removed> removed) {
    }

    private static final int MAX_HEAD_LINES = 4;
    private static final String NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|da|van|von|der|al|bin|ibn|le|la))*";
    private static final Pattern BYLINE = Pattern.compile(
            "(?i:by|written by|words by|reported by)\\s+(" + NAME + "(?:(?:\\s*,\\s*" + NAME + ")*\\s*,?\\s+(?:and|&)\\s+" + NAME + ")?)"
                    + "(?:\\s*[,|/–—-]\\s*[\\p{L} .&'’-]{1,60})?");
    /** "By Tuesday, ..." or "By March the ..." open sentences, not bylines. */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september"
                    + "|october|november|december|the|then|now|noon|midnight|early|late|contrast|comparison|law|far|most|all|some|many");
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?i:(?:first\\s+)?(?:date|dated|published|updated|posted|last updated)(?:\\s+on)?\\s*[:\\-–]?\\s*)?"
                    + "(" + Dates.DATE_REGEX + ")\\.?");
    private static final Pattern DATE_PREFIX = Pattern.compile(
            "(?i:(?:first\\s+)?(?:date|dated|published|updated|posted)(?:\\s+on)?\\s*[:\\-–]?\\s*)(" + Dates.DATE_REGEX + ")\\s*[|–—-]?\\s+");
    private static final Pattern DATELINE = Pattern.compile(
            "(\\p{Lu}[\\p{Lu}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’-]+){0,3}(?:,\\s*\\p{Lu}[\\p{L}.]+(?:\\s+\\p{Lu}[\\p{L}.]+)?(?:\\s+\\d{1,2})?)?"
                    + "(?:\\s*\\([\\p{L} .&-]{2,30}\\))?)\\s*[–—-]{1,2}\\s+(?=[\\p{Lu}\\p{N}“\"‘'])");

    private LeadMetadata() {
    }

    static Lead extract(List<String> lines, boolean wantTitle) {
        List<Removed> removed = new ArrayList<>();
        String author = null;
        Instant published = null;
        String title = null;
        boolean hasBlankLines = lines.stream().anyMatch(String::isBlank);
        List<String> body = new ArrayList<>(lines);
        int seen = 0;
        int i = 0;
        while (i < body.size() && seen < MAX_HEAD_LINES) {
            String line = body.get(i).strip();
            if (line.isEmpty()) {
                i++;
                continue;
            }
            seen++;
            Matcher m;
            if (author == null && line.length() <= 120 && !line.endsWith(".") && (m = BYLINE.matcher(line)).matches()
                    && !NOT_A_NAME.matcher(m.group(1).split("\\s+")[0]).matches()) {
                author = m.group(1).strip();
                removed.add(new Removed(line, "byline (author)"));
                body.remove(i);
            } else if (published == null && (m = DATE_LINE.matcher(line)).matches() && Dates.parse(m.group(1)) != null) {
                published = Dates.parse(m.group(1));
                removed.add(new Removed(line, "date line (published)"));
                body.remove(i);
            } else if (published == null && (m = DATE_PREFIX.matcher(line)).lookingAt() && Dates.parse(m.group(1)) != null) {
                published = Dates.parse(m.group(1));
                removed.add(new Removed(m.group().strip(), "date line (published)"));
                body.set(i, line.substring(m.end()));
            } else if (wantTitle && title == null && seen == 1 && isHeadline(line, body, i, hasBlankLines)) {
                title = line;
                removed.add(new Removed(line, "headline (title)"));
                body.remove(i);
            } else {
                break;
            }
        }
        // The dateline opens the first remaining paragraph.
        for (int j = 0; j < body.size(); j++) {
            String line = body.get(j);
            if (line.isBlank()) continue;
            Matcher m = DATELINE.matcher(line.strip());
            if (m.lookingAt() && m.group(1).chars().filter(Character::isLetter).count() >= 3) {
                removed.add(new Removed(m.group().strip(), "dateline"));
                body.set(j, line.strip().substring(m.end()));
            }
            break;
        }
        return new Lead(author, published, title, body, removed);
    }

    /** A short line standing alone at the top that does not read as a sentence. */
    private static boolean isHeadline(String line, List<String> body, int i, boolean hasBlankLines) {
        String[] words = line.split("\\s+");
        if (words.length < 3 || words.length > 20 || Reflow.endsSentence(line) || line.endsWith(",")) return false;
        if (!Character.isUpperCase(line.codePointAt(0)) && !Character.isDigit(line.charAt(0))) return false;
        boolean blankAfter = i + 1 < body.size() && body.get(i + 1).isBlank();
        boolean moreAfter = body.stream().skip(i + 1).anyMatch(l -> !l.isBlank());
        return moreAfter && (blankAfter || !hasBlankLines && words.length <= 14);
    }
}
