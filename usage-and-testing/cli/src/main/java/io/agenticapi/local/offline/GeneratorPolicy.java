package io.agenticapi.local.offline;

import com.fasterxml.jackson.databind.JsonNode;
import io.agenticapi.local.model.Message;
import io.agenticapi.local.model.ModelRequest;
import io.agenticapi.local.model.ModelTurn;
import io.agenticapi.planner.OfflineGeneratorPlanner;
import io.agenticapi.planner.Plan;

import java.util.LinkedHashMap;
import java.util.Map;

/** generator.txt's workflow with the offline planner as the code writer. */
final class GeneratorPolicy {
    private final OfflineGeneratorPlanner planner;

    GeneratorPolicy(OfflineGeneratorPlanner planner) {
        this.planner = planner;
    }

    ModelTurn next(ModelRequest request) {
        String task = taskOf(request.input());
        Plan plan = planner.plan(task);
        if (plan instanceof Plan.Refusal refusal) {
            return new ModelTurn.Answer("Step 1: this cannot be written as API code.", refusal.reason(),
                    ModelTurn.Usage.NONE);
        }
        Plan.Code code = (Plan.Code) plan;
        if (request.results().isEmpty()) {
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("code", code.code());
            args.put("task_description", task);
            args.put("api_name", code.api());
            return new ModelTurn.UseTool("Step 2: the request maps to " + code.operation() + " with "
                    + code.arguments() + "; store the script.", "generate_code", "generateCode", args,
                    ModelTurn.Usage.NONE);
        }
        Message.ToolResult result = request.results().getLast();
        JsonNode body = Bodies.parse(result);
        if (result.status() != 200) {
            return new ModelTurn.Answer("Step 2 failed.", "generate_code failed: " + Bodies.text(body, "message"),
                    ModelTurn.Usage.NONE);
        }
        String key = Bodies.text(body, "code_key");
        String text = "code_key: " + key + "\n" + code.summary() + "\n```python\n" + code.code().strip() + "\n```";
        if (!body.path("syntax").path("valid").asBoolean(false)) {
            text = "The code has a syntax error (" + body.path("syntax").path("message").asText() + ").\n" + text;
        }
        return new ModelTurn.Answer("Step 4: answer with the code_key and the code.", text, ModelTurn.Usage.NONE);
    }

    /** invoke_generator appends "api_name: ..." and fix details after a blank line; the task is before them. */
    static String taskOf(String input) {
        int cut = input.indexOf("\n\napi_name:");
        return (cut >= 0 ? input.substring(0, cut) : input).strip();
    }
}
