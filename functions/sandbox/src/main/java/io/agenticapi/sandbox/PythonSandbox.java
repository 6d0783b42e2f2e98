package io.agenticapi.sandbox;

/**
 * GraalPy sandbox: one Engine per JVM, pooled pre-warmed contexts, static policy and constrained runs.
 * Thread-safe.
 */
public final class PythonSandbox implements AutoCloseable {

    private static volatile PythonSandbox shared;

    private final SandboxSettings settings;

    private PythonSandbox(SandboxSettings settings) {
        this.settings = settings;
    }

    /** The lazily created JVM-wide instance with {@link SandboxSettings#defaults()}. */
    public static PythonSandbox shared() {
        PythonSandbox instance = shared;
        if (instance == null) {
            synchronized (PythonSandbox.class) {
                instance = shared;
                if (instance == null) {
                    instance = create(SandboxSettings.defaults());
                    shared = instance;
                }
            }
        }
        return instance;
    }

    public static PythonSandbox create(SandboxSettings settings) {
        return new PythonSandbox(settings);
    }

    public SandboxSettings settings() {
        return settings;
    }

    /** Parses with GraalPy's own ast.parse; never runs the code. */
    public SyntaxCheck checkSyntax(String code) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Static policy on the AST; never runs the code. */
    public PolicyReport analyze(String code) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Runs the code in a fresh constrained context. */
    public ExecutionResult execute(String code, ExecutionRequest request) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Builds the engine, the analyzer and the pool; call off the request path. */
    public void warmUp() {
    }

    @Override
    public void close() {
    }
}
