package io.agenticapi.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the verbs of a request ("create", "show me", "look up", "refund", "cancel") in the masked text. */
final class VerbFinder {

    enum Family { CREATE, READ, UPDATE, DELETE, CUSTOM }

    /**
     * A verb found in the text.
     *
     * @param kind   finer meaning: for READ list/show/retrieve/find/search; for UPDATE update/archive/activate;
     *               for CUSTOM the action (confirm, capture, cancel...); for CREATE create or add
     * @param forced the object a verb implies by itself ("refund" → refund, "charge" → payment_intent), or null
     * @param weak   a verb that only counts when no other is present ("new", "open", "start")
     */
    record Hit(Family family, String kind, String word, int start, int end, String forced, boolean weak) {}

    private record Meaning(Family family, String kind, String forced, boolean weak) {}

    private static final Map<String, Meaning> LEXICON = Map.ofEntries(
            create("create"), create("add", "add"), create("make"), create("register"), create("set up"),
            create("setup"), create("generate"), create("build"), create("initiate"), create("onboard"),
            create("enroll"), create("sign up"), create("establish"), create("insert"), create("issue"),
            Map.entry("new", new Meaning(Family.CREATE, "create", null, true)),
            Map.entry("need a", new Meaning(Family.CREATE, "create", null, true)),
            Map.entry("need an", new Meaning(Family.CREATE, "create", null, true)),
            Map.entry("want a", new Meaning(Family.CREATE, "create", null, true)),
            Map.entry("want an", new Meaning(Family.CREATE, "create", null, true)),
            Map.entry("open", new Meaning(Family.CREATE, "create", null, true)),
            Map.entry("start", new Meaning(Family.CREATE, "create", null, true)),
            Map.entry("charge", new Meaning(Family.CREATE, "create", "payment_intent", false)),
            Map.entry("bill", new Meaning(Family.CREATE, "create", "payment_intent", false)),
            Map.entry("refund", new Meaning(Family.CREATE, "create", "refund", false)),
            Map.entry("subscribe", new Meaning(Family.CREATE, "create", "subscription", false)),
            read("list", "list"), read("enumerate", "list"), read("browse", "list"), read("show", "show"),
            read("display", "show"), read("view", "show"), read("see", "show"), read("get", "show"),
            read("fetch", "show"), read("pull", "show"), read("print", "show"), read("give me", "show"),
            read("check", "show"), read("read", "show"), read("return", "show"), read("tell me", "show"),
            read("retrieve", "retrieve"), read("look up", "retrieve"), read("lookup", "retrieve"),
            read("inspect", "retrieve"), read("describe", "retrieve"), read("find", "find"),
            read("locate", "find"), read("search", "search"), read("query", "search"), read("filter", "search"),
            update("update", "update"), update("change", "update"), update("modify", "update"),
            update("edit", "update"), update("rename", "update"), update("set", "update"),
            update("adjust", "update"), update("archive", "active"), update("deactivate", "active"),
            update("disable", "active"), update("unarchive", "active"), update("reactivate", "active"),
            update("activate", "active"), update("enable", "active"),
            delete("delete"), delete("remove"), delete("destroy"), delete("erase"), delete("purge"),
            custom("confirm"), custom("capture"), custom("cancel"), custom("expire"), custom("finalize"),
            custom("void"), custom("pay"), custom("send"), custom("attach"), custom("detach"), custom("approve"),
            custom("close"), custom("release"), custom("accept"), custom("reverse"), custom("mark"),
            custom("reject"), custom("submit"), custom("advance"), custom("redact"), custom("decline"));

    /** Verbs that are also nouns: "refund pi_123" is a verb, "the refund re_123" a noun. */
    private static final Set<String> NOUN_VERBS = Set.of("charge", "refund", "bill", "return", "set", "check");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "my", "your", "our",
            "its", "their", "each", "every", "of", "for", "last", "first", "recent", "all", "any", "which", "his",
            "her", "no", "new", "one", "another");

    private static final Pattern TOKEN = Pattern.compile("[a-z]+");
    private static final Set<String> MULTI_FIRST = Set.of("set", "look", "sign", "give", "tell", "need", "want");

    private VerbFinder() {
    }

    /** Verbs in order of appearance; weak verbs only when nothing stronger is present. */
    static List<Hit> find(String masked) {
        List<Hit> hits = new ArrayList<>();
        Matcher m = TOKEN.matcher(masked);
        List<int[]> spans = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        while (m.find()) {
            tokens.add(m.group());
            spans.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i);
            int end = spans.get(i)[1];
            if (MULTI_FIRST.contains(word) && i + 1 < tokens.size()
                    && LEXICON.containsKey(word + " " + tokens.get(i + 1))) {
                word = word + " " + tokens.get(i + 1);
                end = spans.get(i + 1)[1];
                i++;
            }
            Meaning meaning = LEXICON.get(word);
            if (meaning == null) {
                meaning = inflected(word);
            }
            if (meaning == null) {
                continue;
            }
            int at = word.contains(" ") ? i - 1 : i;
            if (NOUN_VERBS.contains(word) && at > 0 && usedAsNoun(tokens.get(at - 1), hits)) {
                continue;
            }
            hits.add(new Hit(meaning.family(), meaning.kind(), word, spans.get(at)[0], end, meaning.forced(),
                    meaning.weak()));
        }
        boolean strong = hits.stream().anyMatch(h -> !h.weak());
        return strong ? hits.stream().filter(h -> !h.weak()).toList() : hits;
    }

    /**
     * "creating", "listing", "getting", "cancelling", "creates", "fetches": other forms of a known verb mean the
     * same. Not for noun-verbs: "refunds" and "charges" are plural nouns.
     */
    private static Meaning inflected(String word) {
        List<String> stems = new ArrayList<>();
        if (word.endsWith("ing") && word.length() >= 6) {
            String stem = word.substring(0, word.length() - 3);
            stems.addAll(List.of(stem, stem + "e", stem.substring(0, stem.length() - 1)));
        } else if (word.endsWith("es") && word.length() >= 5) {
            stems.addAll(List.of(word.substring(0, word.length() - 2), word.substring(0, word.length() - 1)));
        } else if (word.endsWith("s") && word.length() >= 4) {
            stems.add(word.substring(0, word.length() - 1));
        }
        for (String candidate : stems) {
            Meaning meaning = LEXICON.get(candidate);
            if (meaning != null && !candidate.contains(" ") && !NOUN_VERBS.contains(candidate)) {
                return meaning;
            }
        }
        return null;
    }

    /** "the charge", "a refund", "retrieve charge ch_1": a determiner or another verb before it makes it a noun. */
    private static boolean usedAsNoun(String previous, List<Hit> earlier) {
        return DETERMINERS.contains(previous) || previous.matches("\\d+")
                || (!earlier.isEmpty() && earlier.getLast().word().endsWith(previous));
    }

    private static Map.Entry<String, Meaning> create(String word) {
        return Map.entry(word, new Meaning(Family.CREATE, "create", null, false));
    }

    private static Map.Entry<String, Meaning> create(String word, String kind) {
        return Map.entry(word, new Meaning(Family.CREATE, kind, null, false));
    }

    private static Map.Entry<String, Meaning> read(String word, String kind) {
        return Map.entry(word, new Meaning(Family.READ, kind, null, false));
    }

    private static Map.Entry<String, Meaning> update(String word, String kind) {
        return Map.entry(word, new Meaning(Family.UPDATE, kind, null, false));
    }

    private static Map.Entry<String, Meaning> delete(String word) {
        return Map.entry(word, new Meaning(Family.DELETE, "delete", null, false));
    }

    private static Map.Entry<String, Meaning> custom(String word) {
        return Map.entry(word, new Meaning(Family.CUSTOM, word, null, false));
    }
}
