package io.agenticapi.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agenticapi.infra.support.Deployment;
import io.agenticapi.infra.support.ProcessRunner;
import io.agenticapi.infra.support.ProcessRunner.Result;

/**
 * build_all.sh: valid bash, documented, and its package check enforces Lambda's limits. The checks run on a scratch
 * copy of the script with hand-made packages, so no Maven build happens here.
 */
class BuildScriptTest {

    static final Duration TIMEOUT = Duration.ofSeconds(60);
    static final long MIB = 1024 * 1024;

    final Path script = Deployment.layout().buildScript();

    @TempDir
    Path scratch;

    @BeforeEach
    void copyScriptIntoScratchRepository() throws IOException {
        Files.copy(script, scratch.resolve("build_all.sh"), StandardCopyOption.COPY_ATTRIBUTES);
        // the JDK finder the script sources
        Path javaFinder = Path.of("usage-and-testing", "lib", "java.sh");
        Files.createDirectories(scratch.resolve(javaFinder).getParent());
        Files.copy(Deployment.layout().root().resolve(javaFinder), scratch.resolve(javaFinder));
    }

    @Test
    void isExecutableBashThatParses() {
        assertThat(Files.isExecutable(script)).as("build_all.sh is executable").isTrue();
        Result syntax = run(Deployment.layout().root(), "bash", "-n", script.toString());
        assertThat(syntax.exitCode()).as(syntax.output()).isZero();
    }

    @Test
    void helpExplainsTheOptions() {
        Result help = run(Deployment.layout().root(), script.toString(), "--help");
        assertThat(help.exitCode()).as(help.output()).isZero();
        assertThat(help.output()).contains("--native", "--check-only", "function.zip", "JDK 21");
    }

    @Test
    void unknownOptionFailsWithAHint() {
        Result result = runScratch("--bogus");
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("unknown option '--bogus'", "--help");
    }

    @Test
    void smallPackagesPassAndAreListed() throws IOException {
        for (String module : modules()) {
            writeZip(module, 1024, false);
        }
        Result result = runScratch("--check-only");
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains(modules()).contains("All 5 packages are ready");
    }

    @Test
    void packageOver50MibIsNotedAsUploadedThroughS3() throws IOException {
        for (String module : modules()) {
            writeZip(module, 1024, false);
        }
        writeZip("execute-code", 51 * MIB, true);
        Result result = runScratch("--check-only");
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("over the 50 MiB direct-upload limit");
    }

    @Test
    void packageUnzippingBeyond250MibFails() throws IOException {
        for (String module : modules()) {
            writeZip(module, 1024, false);
        }
        writeZip("generate-code", 251 * MIB, false);
        Result result = runScratch("--check-only");
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("TOO LARGE", "250 MiB");
    }

    @Test
    void missingPackageFailsNamingIt() throws IOException {
        for (String module : modules().subList(1, 5)) {
            writeZip(module, 1024, false);
        }
        Result result = runScratch("--check-only");
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("MISSING: functions/" + modules().get(0) + "/target/function.zip");
    }

    private static List<String> modules() {
        return List.copyOf(LambdaFunctionsTest.MODULES.values().stream().sorted().toList());
    }

    private Result runScratch(String... arguments) {
        String[] command = new String[arguments.length + 1];
        command[0] = scratch.resolve("build_all.sh").toString();
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        return run(scratch, command);
    }

    /** Runs with the test's own JDK as JAVA_HOME, so the script need not search for one. */
    private static Result run(Path directory, String... command) {
        return ProcessRunner.run(List.of(command), directory, Map.of("JAVA_HOME", System.getProperty("java.home")), TIMEOUT);
    }

    /**
     * A package with one entry of {@code size} bytes: random bytes stored as they are (so the zip itself is that
     * large), or zeros compressed (so only the unzipped size is).
     */
    private void writeZip(String module, long size, boolean incompressible) throws IOException {
        Path zip = scratch.resolve("functions").resolve(module).resolve("target").resolve("function.zip");
        Files.createDirectories(zip.getParent());
        byte[] chunk = new byte[(int) MIB];
        if (incompressible) {
            new Random(42).nextBytes(chunk);
        }
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.setLevel(Deflater.BEST_SPEED);
            ZipEntry entry = new ZipEntry("payload.bin");
            if (incompressible) {
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(size);
                entry.setCompressedSize(size);
                entry.setCrc(crcOfRepeated(chunk, size));
            }
            out.putNextEntry(entry);
            for (long written = 0; written < size; written += chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, size - written));
            }
            out.closeEntry();
        }
    }

    private static long crcOfRepeated(byte[] chunk, long size) {
        CRC32 crc = new CRC32();
        for (long written = 0; written < size; written += chunk.length) {
            crc.update(chunk, 0, (int) Math.min(chunk.length, size - written));
        }
        return crc.getValue();
    }
}
