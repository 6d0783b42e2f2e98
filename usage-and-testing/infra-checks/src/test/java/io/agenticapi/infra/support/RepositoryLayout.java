package io.agenticapi.infra.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the deployment's inputs live, from the surefire system property {@code repo.root}. */
public final class RepositoryLayout {

    private final Path root;

    private RepositoryLayout(Path root) {
        this.root = root;
    }

    public static RepositoryLayout fromSystemProperty() {
        String value = System.getProperty("repo.root");
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property repo.root is not set (run the tests through Maven)");
        }
        Path root = Path.of(value).toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("terraform"))) {
            throw new IllegalStateException("repo.root=" + root + " has no terraform/ directory");
        }
        return new RepositoryLayout(root);
    }

    public Path root() {
        return root;
    }

    public Path terraform() {
        return root.resolve("terraform");
    }

    public Path prompts() {
        return root.resolve("prompts");
    }

    public Path actionGroups() {
        return root.resolve("action-groups");
    }

    public Path functions() {
        return root.resolve("functions");
    }

    public Path buildScript() {
        return root.resolve("build_all.sh");
    }

    /** A path as written from the repository root, for messages and comparisons. */
    public String relative(Path path) {
        return root.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
