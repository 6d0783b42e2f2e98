package io.agenticapi.services;

import io.agenticapi.contract.ActionException;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** The code store's key scheme, and the one check every key from outside must pass before it is used. */
public final class CodeKeys {
    public static final String PREFIX = "generated/";
    private static final Pattern API = Pattern.compile("[a-z][a-z0-9_-]{0,31}");
    /** A code key, as it appears alone or inside an agent's answer. */
    public static final Pattern KEY = Pattern.compile(
            "generated/[a-z][a-z0-9_-]{0,31}/\\d{4}/\\d{2}/\\d{2}/\\d{8}T\\d{9}Z-[0-9a-f]{8}\\.py");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private CodeKeys() {
    }

    public static String newKey(String api, Instant now) {
        String id = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        return PREFIX + api + "/" + DAY.format(now) + "/" + STAMP.format(now) + "-" + id + ".py";
    }

    public static String sidecarOf(String codeKey) {
        return codeKey.substring(0, codeKey.length() - ".py".length()) + ".json";
    }

    /** The API name, lowercased; a 400 if it is not a plain identifier (it becomes part of a storage key). */
    public static String api(String api) {
        String normalized = api == null || api.isBlank() ? "stripe" : api.trim().toLowerCase(Locale.ROOT);
        if (!API.matcher(normalized).matches()) {
            throw ActionException.badRequest("api_name '" + api + "' is not a valid API name (letters, digits, - and _)");
        }
        return normalized;
    }

    /** A key given by a caller: it must be one this system wrote (no traversal, no other prefix). */
    public static String requireValid(String key) {
        String trimmed = key.trim();
        if (!KEY.matcher(trimmed).matches()) {
            throw ActionException.badRequest("code_key '" + trimmed + "' is not a code-store key; expected "
                    + "generated/<api>/<yyyy>/<mm>/<dd>/<timestamp>-<id>.py as returned by generate_code");
        }
        return trimmed;
    }
}
