package io.agenticapi.planner;

import java.util.Map;
import java.util.Optional;

/** Small counts as people write them: "5", "five", "a dozen". */
final class NumberWords {

    /** A regex alternative matching any count this class can read. */
    static final String PATTERN = "(?:\\d{1,4}|a\\s+dozen|a\\s+couple(?:\\s+of)?|one|two|three|four|five|six|seven"
            + "|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
            + "|twenty[\\s-]five|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a\\s+hundred|one\\s+hundred)";

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("twenty five", 25), Map.entry("twenty-five", 25), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100),
            Map.entry("a hundred", 100), Map.entry("one hundred", 100), Map.entry("a dozen", 12),
            Map.entry("a couple", 2), Map.entry("a couple of", 2));

    private NumberWords() {
    }

    static Optional<Integer> parse(String token) {
        String t = token.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        if (t.matches("\\d{1,4}")) {
            return Optional.of(Integer.parseInt(t));
        }
        return Optional.ofNullable(WORDS.get(t));
    }
}
