package io.agenticapi.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Starts a fresh JVM with this JVM's class path and options (plus any extra ones) running {@link ColdStartProbe},
 * and reads what it measured.
 */
final class ColdStart {

    record Result(long firstExecutionMs, long peakRssMb) {
    }

    /** Options that record or write a class/AOT cache: the fresh JVM may use a cache, never write one. */
    private static final Pattern WRITES_A_CACHE =
            Pattern.compile("-XX:(AOTCacheOutput|AOTConfiguration|AOTMode|ArchiveClassesAtExit|DumpLoadedClassList)");

    private ColdStart() {
    }

    static Result measure(List<String> extraJvmArgs, Duration timeout) throws InterruptedException {
        List<String> command = command(extraJvmArgs);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start a fresh JVM: " + String.join(" ", command), e);
        }
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> readLines(process, lines), "bench-cold-reader");
        reader.setDaemon(true);
        reader.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the fresh JVM did not finish within " + timeout.toSeconds() + " s");
        }
        reader.join(TimeUnit.SECONDS.toMillis(5));
        synchronized (lines) {
            for (String line : lines) {
                if (line.startsWith("{\"first_execution_ms\"")) {
                    return parse(line, lines);
                }
            }
            throw new IllegalStateException("the fresh JVM (exit " + process.exitValue() + ") reported no timing:\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())));
        }
    }

    private static Result parse(String line, List<String> lines) {
        try {
            JsonNode node = new ObjectMapper().readTree(line);
            if (!"success".equals(node.path("status").asText())) {
                throw new IllegalStateException("the first script in the fresh JVM did not succeed: " + lines);
            }
            return new Result(node.path("first_execution_ms").asLong(), node.path("peak_rss_mb").asLong(-1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readLines(Process process, List<String> lines) {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                synchronized (lines) {
                    lines.add(line);
                }
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }

    /** java [this JVM's options] [extra options] -cp [this class path] ColdStartProbe */
    static List<String> command(List<String> extraJvmArgs) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!argument.startsWith("-agentlib:jdwp") && !argument.startsWith("-javaagent:")
                    && !WRITES_A_CACHE.matcher(argument).lookingAt()) {
                command.add(argument);
            }
        }
        command.addAll(extraJvmArgs);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ColdStartProbe.class.getName());
        return command;
    }
}
