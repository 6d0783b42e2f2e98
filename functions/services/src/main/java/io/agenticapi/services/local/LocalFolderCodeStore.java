package io.agenticapi.services.local;

import io.agenticapi.services.ports.CodeStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** The code store as a folder on disk, with the same keys as in S3. */
public final class LocalFolderCodeStore implements CodeStore {
    public static final String DIR_ENV = "AGENTIC_CODE_STORE_DIR";
    private final Path root;

    public LocalFolderCodeStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** AGENTIC_CODE_STORE_DIR, else ~/.agentic-api-developer/code-store. */
    public static Path defaultRoot() {
        String dir = System.getenv(DIR_ENV);
        if (dir != null && !dir.isBlank()) {
            return Path.of(dir);
        }
        String home = System.getenv("HOME"); // what the user's shell calls ~, which user.home may not follow
        return Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"),
                ".agentic-api-developer", "code-store");
    }

    @Override
    public void put(String key, byte[] content, String contentType) {
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".tmp-", ".part");
            Files.write(tmp, content);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(Files.readAllBytes(resolve(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String location() {
        return root.toString();
    }

    public Path root() {
        return root;
    }

    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || key.startsWith("/")) {
            throw new IllegalArgumentException("key escapes the code store: " + key);
        }
        return path;
    }
}
