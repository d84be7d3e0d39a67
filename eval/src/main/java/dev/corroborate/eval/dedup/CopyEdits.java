package dev.corroborate.eval.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a copy of a real article the way outlets edit wire copy: truncation, US to UK respelling,
 * a dropped paragraph, two paragraphs swapped, a reworded sentence, an added lead and footer. Each copy
 * gets two to four of these, chosen by a seeded random generator so that runs repeat.
 */
final class CopyEdits {

    private static final Map<String, String> UK = Map.ofEntries(
            Map.entry("color", "colour"), Map.entry("center", "centre"), Map.entry("theater", "theatre"),
            Map.entry("defense", "defence"), Map.entry("offense", "offence"), Map.entry("labor", "labour"),
            Map.entry("favor", "favour"), Map.entry("honor", "honour"), Map.entry("neighbor", "neighbour"),
            Map.entry("traveled", "travelled"), Map.entry("canceled", "cancelled"), Map.entry("program", "programme"),
            Map.entry("gray", "grey"), Map.entry("analyze", "analyse"), Map.entry("license", "licence"),
            Map.entry("percent", "per cent"), Map.entry("jewelry", "jewellery"), Map.entry("tire", "tyre"));
    private static final Pattern IZE = Pattern.compile("\\b(\\w{3,})iz(e|ed|es|ing|ation|ations)\\b");
    private static final Map<String, String> REWORD = Map.ofEntries(
            Map.entry("said", "told reporters"), Map.entry("more than", "over"), Map.entry("about", "around"),
            Map.entry("because", "as"), Map.entry("but", "however"), Map.entry("after", "following"),
            Map.entry("also", "additionally"), Map.entry("on Friday", "on Friday evening"),
            Map.entry("police", "officers"), Map.entry("people", "persons"), Map.entry("the", "this"));
    private static final String[] LEADS = {"(AP) —", "LONDON (Reuters) -", "By Staff Reporter.", "UPDATED:"};
    private static final String[] FOOTERS = {
            "Reporting by our correspondents; editing by the news desk.",
            "This story has been published from a wire agency feed without modifications to the text.",
            "Follow us for more news on this developing story."};

    record Copy(String text, List<String> edits) {
    }

    private CopyEdits() {
    }

    static Copy copy(String text, Random rnd) {
        List<String> paras = new ArrayList<>(Arrays.stream(text.split("\\n\\s*\\n")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList());
        List<String> edits = new ArrayList<>();
        List<Integer> kinds = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5));
        java.util.Collections.shuffle(kinds, rnd);
        int n = 2 + rnd.nextInt(3);
        for (int k : kinds.subList(0, n)) {
            switch (k) {
                case 0 -> {
                    if (paras.size() >= 3) {
                        int keep = Math.max(2, (int) Math.ceil(paras.size() * (0.55 + 0.4 * rnd.nextDouble())));
                        paras = new ArrayList<>(paras.subList(0, Math.min(keep, paras.size())));
                        edits.add("truncated");
                    }
                }
                case 1 -> {
                    paras.replaceAll(CopyEdits::respell);
                    edits.add("respelled");
                }
                case 2 -> {
                    if (paras.size() >= 4) {
                        paras.remove(1 + rnd.nextInt(paras.size() - 1));
                        edits.add("dropped paragraph");
                    }
                }
                case 3 -> {
                    if (paras.size() >= 3) {
                        int i = 1 + rnd.nextInt(paras.size() - 2);
                        String t = paras.get(i);
                        paras.set(i, paras.get(i + 1));
                        paras.set(i + 1, t);
                        edits.add("reordered paragraphs");
                    }
                }
                case 4 -> {
                    int i = rnd.nextInt(paras.size());
                    paras.set(i, reword(paras.get(i)));
                    edits.add("reworded sentence");
                }
                case 5 -> {
                    paras.set(0, LEADS[rnd.nextInt(LEADS.length)] + " " + paras.get(0));
                    paras.add(FOOTERS[rnd.nextInt(FOOTERS.length)]);
                    edits.add("added lead and footer");
                }
                default -> throw new IllegalStateException();
            }
        }
        return new Copy(String.join("\n\n", paras), edits);
    }

    static String respell(String s) {
        Matcher m = IZE.matcher(s);
        s = m.replaceAll(r -> r.group(1) + "is" + r.group(2));
        for (Map.Entry<String, String> e : UK.entrySet()) s = s.replaceAll("\\b" + e.getKey() + "\\b", e.getValue());
        return s;
    }

    /** Rewords the first sentence of a paragraph that has a word from the table. */
    static String reword(String para) {
        for (Map.Entry<String, String> e : REWORD.entrySet()) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(e.getKey()) + "\\b").matcher(para);
            if (m.find()) return para.substring(0, m.start()) + e.getValue() + para.substring(m.end());
        }
        return "In a development, " + para;
    }
}
