package io.agenticapi.local.offline;

import com.fasterxml.jackson.databind.JsonNode;
import io.agenticapi.local.model.Message;
import io.agenticapi.local.model.ModelRequest;
import io.agenticapi.local.model.ModelTurn;
import io.agenticapi.planner.OfflineGeneratorPlanner;
import io.agenticapi.planner.Plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** orchestrator.txt's workflow: refuse harm, delegate to the Generator, then to the Executor, then report. */
final class OrchestratorPolicy {
    static final String OFFLINE_CANNOT_FIX = "No fix was attempted: the offline model cannot rewrite code. Run with "
            + "a real model (--model bedrock:... or openai:...) to let the Generator fix it from the error.";
    private final OfflineGeneratorPlanner planner;

    OrchestratorPolicy(OfflineGeneratorPlanner planner) {
        this.planner = planner;
    }

    ModelTurn next(ModelRequest request) {
        String task = request.input().strip();
        List<Message.ToolResult> results = request.results();
        if (results.isEmpty()) {
            if (planner.plan(task) instanceof Plan.Refusal refusal && refusal.dangerous()) {
                return answer("Step 1: the request is not a safe API task.",
                        "status: refused\nI will not do this: " + refusal.reason()
                                + "\nI only delegate API integration tasks (for Stripe: customers, payments, "
                                + "products, refunds...).");
            }
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("task_description", task);
            args.put("api_name", "stripe");
            return new ModelTurn.UseTool("Step 2: delegate the code to the Generator.", "invoke_generator",
                    "invokeGenerator", args, ModelTurn.Usage.NONE);
        }
        Message.ToolResult last = results.getLast();
        JsonNode body = Bodies.parse(last);
        if (last.actionGroup().equals("invoke_generator")) {
            String codeKey = Bodies.text(body, "code_key");
            if (last.status() != 200 || codeKey == null) {
                String why = last.status() != 200 ? Bodies.text(body, "message") : Bodies.text(body, "answer");
                return answer("Step 3: the Generator returned no code.",
                        "status: refused\nThe Generator did not produce code: " + why);
            }
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("code_key", codeKey);
            args.put("task_description", task);
            args.put("api_name", "stripe");
            return new ModelTurn.UseTool("Step 4: have the Executor validate and run " + codeKey + ".",
                    "invoke_executor", "invokeExecutor", args, ModelTurn.Usage.NONE);
        }
        if (last.status() != 200) {
            return answer("Step 6: the Executor call failed.", "status: error\nThe Executor could not be reached: "
                    + Bodies.text(body, "message"));
        }
        String status = body.path("status").asText("unknown");
        String report = Bodies.text(body, "answer");
        String text = report == null ? "status: " + status : report;
        if ("error".equals(status)) {
            // step 5 would ask the Generator for a fix, but the offline planner writes the same code again
            return answer("Step 5: the code failed, and the offline model cannot write a different fix; report.",
                    text.strip() + "\n" + OFFLINE_CANNOT_FIX);
        }
        return answer("Step 6: report the Executor's result.", text);
    }

    private static ModelTurn answer(String rationale, String text) {
        return new ModelTurn.Answer(rationale, text, ModelTurn.Usage.NONE);
    }
}
