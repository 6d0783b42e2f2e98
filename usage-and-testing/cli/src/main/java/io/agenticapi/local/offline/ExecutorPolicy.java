package io.agenticapi.local.offline;

import com.fasterxml.jackson.databind.JsonNode;
import io.agenticapi.local.model.Message;
import io.agenticapi.local.model.ModelRequest;
import io.agenticapi.local.model.ModelTurn;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** executor.txt's workflow: validate, execute only when allowed, report what came back. */
final class ExecutorPolicy {
    private static final Pattern CODE_KEY = Pattern.compile("code_key:\\s*(\\S+)");
    private static final Pattern CODE_BLOCK = Pattern.compile("```python\\n(.*?)\\n```", Pattern.DOTALL);

    ModelTurn next(ModelRequest request) {
        Map<String, Object> target = target(request.input());
        if (target.isEmpty()) {
            return answer("No code was given.", "status: error\nI was given neither a code_key nor code to run.");
        }
        if (request.results().isEmpty()) {
            return new ModelTurn.UseTool("Step 1: validate the code first.", "validate_code", "validateCode",
                    target, ModelTurn.Usage.NONE);
        }
        Message.ToolResult last = request.results().getLast();
        JsonNode body = Bodies.parse(last);
        String key = (String) target.get("code_key");
        String error = Bodies.text(body, "error");
        if (last.status() == 403 && ("write_refused".equals(error) || "approval_required".equals(error))) {
            return answer("The writes were not approved, so nothing ran; report it, do not retry.",
                    "status: blocked\n" + (key != null ? "code_key: " + key + "\n" : "")
                            + "Not executed (" + error + "): " + Bodies.text(body, "message"));
        }
        if (last.status() != 200) {
            return answer("The " + last.actionGroup() + " call failed.", "status: error\n"
                    + (key != null ? "code_key: " + key + "\n" : "") + last.actionGroup() + " failed ("
                    + last.status() + "): " + Bodies.text(body, "message"));
        }
        if (last.actionGroup().equals("validate_code")) {
            String verdict = body.path("verdict").asText();
            if (!"allowed".equals(verdict)) {
                StringBuilder text = new StringBuilder("status: blocked\n");
                if (key != null) {
                    text.append("code_key: ").append(key).append('\n');
                }
                text.append("Validation verdict: ").append(verdict).append(". The code was not executed.\n");
                if ("invalid".equals(verdict)) {
                    text.append("Syntax error at line ").append(body.path("syntax").path("line").asText())
                            .append(": ").append(body.path("syntax").path("message").asText()).append('\n');
                }
                for (JsonNode f : body.path("findings")) {
                    if ("error".equals(f.path("severity").asText("error"))) {
                        text.append("- ").append(f.path("rule").asText()).append(" at line ")
                                .append(f.path("line").asText()).append(": ").append(f.path("message").asText())
                                .append('\n');
                    }
                }
                return answer("Step 2: blocked, do not execute.", text.toString().strip());
            }
            Map<String, Object> args = new LinkedHashMap<>(target);
            args.put("api_name", "stripe");
            return new ModelTurn.UseTool("Step 3: the verdict is allowed; execute it.", "execute_code",
                    "executeCode", args, ModelTurn.Usage.NONE);
        }
        return answer("Step 4: report the execution.", report(body, key));
    }

    static String report(JsonNode body, String key) {
        String status = body.path("status").asText("unknown");
        StringBuilder text = new StringBuilder("status: ").append(status).append('\n');
        if (key != null) {
            text.append("code_key: ").append(key).append('\n');
        }
        String stdout = Bodies.head(body.path("stdout").asText(""), 40);
        if (!stdout.isEmpty()) {
            text.append("Output:\n").append(stdout);
        }
        JsonNode error = body.path("error");
        if (error.isObject()) {
            text.append("Error: ").append(error.path("type").asText()).append(": ")
                    .append(error.path("message").asText());
            if (error.hasNonNull("line")) {
                text.append(" (line ").append(error.path("line").asText()).append(')');
            }
            text.append('\n');
            String stderr = Bodies.head(body.path("stderr").asText(""), 10);
            if (!stderr.isEmpty()) {
                text.append("Stderr:\n").append(stderr);
            }
        }
        JsonNode calls = body.path("api_calls");
        text.append("API calls: ").append(calls.size());
        if (!calls.isEmpty()) {
            text.append(" (");
            for (int i = 0; i < calls.size(); i++) {
                JsonNode c = calls.get(i);
                text.append(i > 0 ? ", " : "").append(c.path("method").asText()).append(' ')
                        .append(c.path("path").asText()).append(" → ").append(c.path("status").asText());
            }
            text.append(')');
        }
        text.append("\nDuration: ").append(body.path("duration_ms").asLong()).append(" ms");
        return text.toString();
    }

    /** The code to work on: a code_key in the message, else a ```python block. */
    static Map<String, Object> target(String input) {
        Map<String, Object> target = new LinkedHashMap<>();
        Matcher key = CODE_KEY.matcher(input);
        if (key.find()) {
            target.put("code_key", key.group(1));
            return target;
        }
        Matcher block = CODE_BLOCK.matcher(input);
        if (block.find()) {
            target.put("code", block.group(1));
        }
        return target;
    }

    private static ModelTurn answer(String rationale, String text) {
        return new ModelTurn.Answer(rationale, text, ModelTurn.Usage.NONE);
    }
}
