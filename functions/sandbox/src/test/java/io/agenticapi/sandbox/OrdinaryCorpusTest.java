package io.agenticapi.sandbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ordinary corpus (src/test/resources/corpus/ordinary): Stripe scripts in the styles models write. Each must
 * pass the policy with no blocking finding and run successfully against a Stripe-shaped stub, printing what its
 * {@code # expect:} headers say. A failure here is a false positive of the sandbox (or a gap in the shim).
 */
class OrdinaryCorpusTest {

    private static final String REAL_KEY = "sk_test_REALordinaryKey0123456789abc";
    private final PythonSandbox sandbox = TestSandbox.get();

    static List<CorpusScript> ordinary() {
        return CorpusScript.load("ordinary");
    }

    @Test
    void theCorpusCoversEnoughScripts() {
        assertThat(ordinary()).hasSizeGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ordinary")
    void passesValidationWithoutAnyBlockingFinding(CorpusScript script) {
        PolicyReport report = sandbox.analyze(script.code(Map.of()));

        assertThat(report.blockingFindings()).as(script.toString()).isEmpty();
        assertThat(report.verdict()).isEqualTo(PolicyReport.ALLOWED);
        assertThat(report.apiCalls()).as("Stripe calls found statically in " + script).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ordinary")
    void runsSuccessfullyAgainstAStripeShapedStub(CorpusScript script) {
        StubStripeTransport transport = new StubStripeTransport(false);

        ExecutionResult result = sandbox.execute(script.code(Map.of()), ExecutionRequest.stripe(REAL_KEY, transport));

        String described = script + " -> " + result.error() + "\nstdout: " + result.stdout() + "\nstderr: "
                + result.stderr();
        assertThat(result.status()).as(described).isEqualTo(ExecutionResult.SUCCESS);
        for (String expected : script.expectations()) {
            assertThat(result.stdout()).as(described).contains(expected);
        }
        assertThat(result.apiCalls()).as(described).isNotEmpty()
                .allSatisfy(call -> assertThat(call.status()).isBetween(200, 499));
        assertThat(transport.received()).allSatisfy(r -> assertThat(r.apiKey()).isEqualTo(REAL_KEY));
        assertThat(result.stdout() + result.stderr()).doesNotContain(REAL_KEY);
    }
}
