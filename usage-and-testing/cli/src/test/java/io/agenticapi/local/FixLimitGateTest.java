package io.agenticapi.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agenticapi.contract.ActionGroupEvent;
import io.agenticapi.contract.ActionGroupEvents;
import io.agenticapi.contract.ActionGroupRouter;
import io.agenticapi.contract.ActionGroupSchema;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The refinement loop's hard bound: fix requests beyond --max-fixes never reach the Generator. */
class FixLimitGateTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ActionGroupSchema.Operation INVOKE_GENERATOR =
            ActionGroupSchema.load("invoke_generator").operations().getFirst();
    private static final String PREVIOUS = "generated/stripe/2026/12/03/20261203T101010123Z-0a1b2c3d.py";

    private final List<String> reached = new ArrayList<>();
    private final LambdaEndpoint generator = event -> {
        reached.add(event);
        return "{\"reached\":true}";
    };

    private static String event(String session, boolean fix) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("task_description", "Create a customer");
        if (fix) {
            args.put("previous_code_key", PREVIOUS);
            args.put("error_feedback", "InvalidRequestError: Received unknown parameter: full_name");
        }
        ActionGroupEvent event = ActionGroupEvents.request(INVOKE_GENERATOR, "invoke_generator", args,
                new ActionGroupEvent.Agent("orchestrator", "ORCHESTRATORLOCAL", "LOCALALIAS", "DRAFT"), session,
                "Create a customer", Map.of());
        return ActionGroupRouter.toJson(event);
    }

    @Test
    void fixesAreCountedPerSessionAndTheOneTooManyIsRefused() throws Exception {
        FixLimitGate gate = new FixLimitGate(generator, 2);
        assertThat(gate.invoke(event("s1", false))).contains("reached");
        assertThat(gate.invoke(event("s1", true))).contains("reached");
        assertThat(gate.invoke(event("s1", true))).contains("reached");
        JsonNode refused = JSON.readTree(gate.invoke(event("s1", true)));
        assertThat(refused.at("/response/httpStatusCode").asInt()).isEqualTo(429);
        JsonNode body = JSON.readTree(refused.at("/response/responseBody/application~1json/body").asText());
        assertThat(body.get("error").asText()).isEqualTo("fix_limit_reached");
        assertThat(body.get("message").asText()).contains("at most 2 fixes").contains("report the last");
        assertThat(gate.invoke(event("s2", true))).contains("reached");
        assertThat(reached).hasSize(4);
    }

    @Test
    void zeroFixesMeansNone() throws Exception {
        FixLimitGate gate = new FixLimitGate(generator, 0);
        assertThat(gate.invoke(event("s1", false))).contains("reached");
        assertThat(JSON.readTree(gate.invoke(event("s1", true))).at("/response/httpStatusCode").asInt())
                .isEqualTo(429);
        assertThat(reached).hasSize(1);
    }

    @Test
    void theOrchestratorIsToldOtherLimitsThanThePromptsTwo() {
        assertThat(LocalSystem.orchestratorPrompt(2)).isEqualTo(Prompts.load("orchestrator"));
        assertThat(LocalSystem.orchestratorPrompt(1)).startsWith(Prompts.load("orchestrator").stripTrailing())
                .endsWith("For this run the fix limit in step 5 is 1 fixes, not 2.\n");
        assertThat(LocalSystem.orchestratorPrompt(0)).contains("never ask the Generator for a fix");
    }
}
