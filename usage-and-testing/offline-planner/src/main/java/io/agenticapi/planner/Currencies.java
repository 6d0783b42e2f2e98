package io.agenticapi.planner;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;

/** ISO currency facts Stripe relies on: the codes it accepts and how many minor units each has. */
final class Currencies {

    /** Currencies Stripe can charge in (lower case, as the API wants them). */
    static final Set<String> CODES = Set.of("usd", "aed", "afn", "all", "amd", "ang", "aoa", "ars", "aud", "awg",
            "azn", "bam", "bbd", "bdt", "bgn", "bhd", "bif", "bmd", "bnd", "bob", "brl", "bsd", "bwp", "byn", "bzd",
            "cad", "cdf", "chf", "clp", "cny", "cop", "crc", "cve", "czk", "djf", "dkk", "dop", "dzd", "egp", "etb",
            "eur", "fjd", "fkp", "gbp", "gel", "gip", "gmd", "gnf", "gtq", "gyd", "hkd", "hnl", "htg", "huf", "idr",
            "ils", "inr", "isk", "jmd", "jod", "jpy", "kes", "kgs", "khr", "kmf", "krw", "kwd", "kyd", "kzt", "lak",
            "lbp", "lkr", "lrd", "lsl", "mad", "mdl", "mga", "mkd", "mmk", "mnt", "mop", "mur", "mvr", "mwk", "mxn",
            "myr", "mzn", "nad", "ngn", "nio", "nok", "npr", "nzd", "omr", "pab", "pen", "pgk", "php", "pkr", "pln",
            "pyg", "qar", "ron", "rsd", "rub", "rwf", "sar", "sbd", "scr", "sek", "sgd", "shp", "sle", "sos", "srd",
            "std", "szl", "thb", "tjs", "tnd", "top", "try", "ttd", "twd", "tzs", "uah", "ugx", "uyu", "uzs", "vnd",
            "vuv", "wst", "xaf", "xcd", "xof", "xpf", "yer", "zar", "zmw");

    /** Codes that are also English words: only taken as currencies when written in capitals or next to a number. */
    static final Set<String> WORD_LIKE = Set.of("all", "top", "try", "cup", "bob", "mop", "pen", "mad", "gel",
            "lak", "std", "php", "ron", "son", "sos", "bam", "nad", "khr", "fjd");

    /** Stripe's zero-decimal currencies: amounts are whole units (1000 yen is amount 1000). */
    private static final Set<String> ZERO_DECIMAL = Set.of("bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga",
            "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf");
    private static final Set<String> THREE_DECIMAL = Set.of("bhd", "jod", "kwd", "omr", "tnd");

    /** Currency names and symbols people write instead of codes. */
    static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("dollar", "usd"), Map.entry("dollars", "usd"), Map.entry("bucks", "usd"),
            Map.entry("us dollars", "usd"), Map.entry("us dollar", "usd"),
            Map.entry("canadian dollars", "cad"), Map.entry("canadian dollar", "cad"),
            Map.entry("australian dollars", "aud"), Map.entry("australian dollar", "aud"),
            Map.entry("new zealand dollars", "nzd"), Map.entry("singapore dollars", "sgd"),
            Map.entry("hong kong dollars", "hkd"),
            Map.entry("euro", "eur"), Map.entry("euros", "eur"),
            Map.entry("pound", "gbp"), Map.entry("pounds", "gbp"), Map.entry("pounds sterling", "gbp"),
            Map.entry("quid", "gbp"), Map.entry("yen", "jpy"), Map.entry("rupee", "inr"), Map.entry("rupees", "inr"),
            Map.entry("won", "krw"), Map.entry("swiss francs", "chf"), Map.entry("francs", "chf"),
            Map.entry("yuan", "cny"), Map.entry("renminbi", "cny"), Map.entry("pesos", "mxn"),
            Map.entry("reais", "brl"), Map.entry("zloty", "pln"), Map.entry("kronor", "sek"));

    static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("us$", "usd"), Map.entry("$", "usd"), Map.entry("c$", "cad"), Map.entry("ca$", "cad"),
            Map.entry("a$", "aud"), Map.entry("au$", "aud"), Map.entry("nz$", "nzd"), Map.entry("hk$", "hkd"),
            Map.entry("s$", "sgd"), Map.entry("r$", "brl"), Map.entry("€", "eur"), Map.entry("£", "gbp"),
            Map.entry("¥", "jpy"), Map.entry("₹", "inr"), Map.entry("₩", "krw"));

    private Currencies() {
    }

    static int decimals(String currency) {
        if (ZERO_DECIMAL.contains(currency)) {
            return 0;
        }
        return THREE_DECIMAL.contains(currency) ? 3 : 2;
    }

    /** 25 usd → 2500; 1000 jpy → 1000; 10.50 eur → 1050. Extra decimals are rounded half up. */
    static long toMinorUnits(BigDecimal major, String currency) {
        return major.movePointRight(decimals(currency)).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
