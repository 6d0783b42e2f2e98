package io.agenticapi.cli.aws;

import io.agenticapi.cli.UsageException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** The requests a scenario run sends: one per line, blank lines and # comments skipped. */
final class Scenarios {
    static final String DEFAULT_RESOURCE = "/scenarios.txt";

    private Scenarios() {
    }

    static List<String> builtIn() {
        try (InputStream in = Scenarios.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the built-in scenarios " + DEFAULT_RESOURCE + " are missing from the jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> fromFile(Path file) {
        List<String> requests;
        try {
            requests = parse(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new UsageException("no such scenarios file: " + file);
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage());
        }
        if (requests.isEmpty()) {
            throw new UsageException(file + " has no requests (one per line; # starts a comment line)");
        }
        return requests;
    }

    static List<String> parse(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
}
