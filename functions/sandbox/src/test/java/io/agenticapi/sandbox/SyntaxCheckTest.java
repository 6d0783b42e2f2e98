package io.agenticapi.sandbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class SyntaxCheckTest {

    private final PythonSandbox sandbox = TestSandbox.get();

    @Test
    void validCodeParses() {
        assertThat(sandbox.checkSyntax("import stripe\nprint(stripe.Customer)\n")).isEqualTo(SyntaxCheck.ok());
        assertThat(sandbox.checkSyntax("").valid()).isTrue();
        assertThat(sandbox.checkSyntax("match x:\n    case 1:\n        pass\n").valid()).isTrue();
    }

    @Test
    void reportsMessageLineAndColumn() {
        SyntaxCheck check = sandbox.checkSyntax("x = 1\nprint(x\n");

        assertThat(check.valid()).isFalse();
        assertThat(check.message()).contains("never closed");
        assertThat(check.line()).isEqualTo(2);
        assertThat(check.column()).isEqualTo(6);
    }

    @Test
    void reportsIndentationErrors() {
        SyntaxCheck check = sandbox.checkSyntax("def f():\nreturn 1\n");

        assertThat(check.valid()).isFalse();
        assertThat(check.message()).containsIgnoringCase("indent");
        assertThat(check.line()).isEqualTo(2);
    }

    @Test
    void neverRunsTheCode() {
        // a script that would loop forever or print when run: parsing it must return at once and silently
        assertThat(sandbox.checkSyntax("while True:\n    print('ran')\n").valid()).isTrue();
    }

    @Test
    void refusesOversizedInputAndNull() {
        String huge = "x = 1\n".repeat(PolicyAnalyzer.MAX_CODE_CHARS / 6 + 1);
        assertThat(sandbox.checkSyntax(huge).valid()).isFalse();
        assertThat(sandbox.checkSyntax(huge).message()).contains("too large");
        assertThatNullPointerException().isThrownBy(() -> sandbox.checkSyntax(null));
    }
}
