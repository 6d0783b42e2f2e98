package io.agenticapi.infra.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.openrewrite.InMemoryExecutionContext;
import org.openrewrite.SourceFile;
import org.openrewrite.hcl.HclParser;
import org.openrewrite.hcl.tree.Hcl;

/** Parses HCL into OpenRewrite's syntax tree and refuses any file with a syntax error. */
public final class HclSyntax {

    private HclSyntax() {
    }

    public static Hcl.ConfigFile parse(Path file) {
        try {
            return parse(file.getFileName().toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * The parser recovers from many errors and reports them to the execution context instead of failing, so every
     * reported error counts.
     */
    public static Hcl.ConfigFile parse(String name, String source) {
        List<Throwable> errors = new ArrayList<>();
        InMemoryExecutionContext context = new InMemoryExecutionContext(errors::add);
        List<SourceFile> parsed = HclParser.builder().build().parse(context, source).toList();
        if (!errors.isEmpty() || parsed.size() != 1 || !(parsed.get(0) instanceof Hcl.ConfigFile configFile)) {
            StringBuilder message = new StringBuilder("HCL syntax error in " + name + ":");
            errors.stream().map(HclSyntax::firstLine).distinct().forEach(line -> message.append("\n  ").append(line));
            throw new HclSyntaxException(message.toString());
        }
        return configFile;
    }

    private static String firstLine(Throwable error) {
        String text = String.valueOf(error.getMessage());
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /** A file that is not valid HCL. */
    public static final class HclSyntaxException extends RuntimeException {
        public HclSyntaxException(String message) {
            super(message);
        }
    }
}
