package dev.corroborate.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lines to paragraphs. A hard-wrapped text (most lines about as long as the longest, many ending
 * mid-sentence) has its lines joined within each blank-line separated block; in any text a line joins the
 * next one when that one carries on the sentence (starts in lower case or with a dash or comma), and a
 * line cut off mid-sentence at the wrap width joins the next.
 */
final class Reflow {

    private Reflow() {
    }

    static List<String> paragraphs(List<String> lines) {
        List<String> nonBlank = lines.stream().filter(l -> !l.isBlank()).toList();
        boolean hasBlankLines = nonBlank.size() < lines.size();
        int width = wrapWidth(nonBlank);
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        String previous = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                if (current != null) out.add(current.toString());
                current = null;
                previous = null;
                continue;
            }
            if (current != null && joins(previous, line, width, hasBlankLines)) {
                if (previous.endsWith("-") && previous.length() > 1 && Character.isLetter(previous.charAt(previous.length() - 2))
                        && Character.isLowerCase(line.charAt(0))) {
                    current.setLength(current.length() - 1); // a word hyphenated at the wrap
                } else {
                    current.append(' ');
                }
                current.append(line);
            } else {
                if (current != null) out.add(current.toString());
                current = new StringBuilder(line);
            }
            previous = line;
        }
        if (current != null) out.add(current.toString());
        return out;
    }

    private static boolean joins(String previous, String line, int width, boolean hasBlankLines) {
        char first = line.charAt(0);
        if (Character.isLowerCase(first)) return true;
        if ("—–-,;)".indexOf(first) >= 0 && !endsSentence(previous)) return true;
        if (width == 0) return false;
        if (hasBlankLines) return true; // wrapped text with blank-line paragraphs: a block is a paragraph
        return !endsSentence(previous) && previous.length() >= 0.6 * width;
    }

    /** The wrap width when the text looks hard-wrapped, else 0. */
    static int wrapWidth(List<String> lines) {
        if (lines.size() < 4) return 0;
        int[] lengths = lines.stream().mapToInt(String::length).sorted().toArray();
        int p90 = lengths[(int) Math.floor(0.9 * (lengths.length - 1))];
        if (p90 > 120 || p90 < 30) return 0;
        long cut = lines.stream().filter(l -> l.length() >= 0.6 * p90 && !endsSentence(l)).count();
        return cut >= Math.max(2, lines.size() / 4) ? p90 : 0;
    }

    static boolean endsSentence(String line) {
        String s = line.strip();
        int end = s.length();
        while (end > 0 && "\"”’')]".indexOf(s.charAt(end - 1)) >= 0) end--;
        return end > 0 && ".!?…:".indexOf(s.charAt(end - 1)) >= 0;
    }

    static List<String> lines(String text) {
        return Arrays.asList(text.split("\n", -1));
    }
}
