package io.agenticapi.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One script of the test corpus (src/test/resources/corpus/{hostile,ordinary}/*.py) with its header:
 * {@code # family:} or {@code # style:} (what it tries), {@code # expect:} (one or more lines: the outcome for
 * hostile scripts, text the output must contain for ordinary ones) and optionally {@code # limit:} (wall clock in
 * seconds). Placeholders {{NAME}} in the code are filled by the test.
 */
record CorpusScript(String name, String family, List<String> expectations, Integer limitSeconds, String code) {

    static List<CorpusScript> load(String folder) {
        URL url = CorpusScript.class.getResource("/corpus/" + folder);
        if (url == null) {
            throw new IllegalStateException("missing test corpus folder /corpus/" + folder);
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().map(CorpusScript::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CorpusScript read(Path file) {
        String code;
        try {
            code = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String family = null;
        Integer limit = null;
        List<String> expectations = new ArrayList<>();
        for (String line : code.lines().takeWhile(l -> l.startsWith("# ")).toList()) {
            String header = line.substring(2);
            if (header.startsWith("family: ") || header.startsWith("style: ")) {
                family = header.substring(header.indexOf(": ") + 2);
            } else if (header.startsWith("expect: ")) {
                expectations.add(header.substring("expect: ".length()));
            } else if (header.startsWith("limit: ")) {
                limit = Integer.parseInt(header.substring("limit: ".length()).trim());
            }
        }
        String name = file.getFileName().toString().replaceFirst("\\.py$", "");
        if (family == null || expectations.isEmpty()) {
            throw new IllegalStateException(name + ": needs '# family:' (or '# style:') and '# expect:' headers");
        }
        return new CorpusScript(name, family, List.copyOf(expectations), limit, code);
    }

    /** The code with each {{KEY}} replaced by its value. */
    String code(Map<String, String> values) {
        String filled = code;
        for (Map.Entry<String, String> e : values.entrySet()) {
            filled = filled.replace("{{" + e.getKey() + "}}", e.getValue());
        }
        if (filled.contains("{{")) {
            throw new IllegalStateException(name + ": unfilled placeholder in " + filled);
        }
        return filled;
    }

    @Override
    public String toString() {
        return name + " (" + family + ")";
    }
}
