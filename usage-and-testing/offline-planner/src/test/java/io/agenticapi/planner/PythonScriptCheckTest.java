package io.agenticapi.planner;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The checker the planner's tests rely on must itself catch broken or unsafe scripts. */
class PythonScriptCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "x = \"unterminated\n",
            "print(f\"{a.id\")\n",
            "x = (1, 2\n",
            "def main():\nprint(1)\n",
            "def main()\n    pass\n",
            "if x:\n      y = 1\n",
            "import subprocess\n",
            "x = eval(\"1\")\n",
            "os.system(\"id\")\n",
            "x = y.__class__\n",
            "f = open(\"/etc/passwd\")\n"})
    void flagsBrokenOrForbiddenCode(String script) {
        assertThat(PythonScriptCheck.problems(script)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "import os\nimport stripe\n\nstripe.api_key = os.environ[\"K\"]\n",
            "def main():\n    try:\n        x = 1\n    except ValueError as e:\n        print(f\"{e} {{x}}\")\n",
            "x = \"open( eval( __import__ \\\" \"\n",
            "if __name__ == \"__main__\":\n    main()\n"})
    void acceptsPlainSafeCode(String script) {
        assertThat(PythonScriptCheck.problems(script)).isEmpty();
    }
}
