package io.agenticapi.services;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agenticapi.contract.ActionException;
import io.agenticapi.contract.ActionGroupEvents;
import io.agenticapi.contract.ActionGroupResponse;
import io.agenticapi.contract.ActionGroupRouter;
import io.agenticapi.services.ports.AgentInvoker;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class InvokeAgentServiceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "generated/stripe/2026/12/03/20261203T140506789Z-0123abcd.py";
    private final List<AgentInvoker.AgentCall> calls = new ArrayList<>();

    private InvokeAgentService service(Function<AgentInvoker.AgentCall, AgentInvoker.AgentReply> answer) {
        return new InvokeAgentService(call -> {
            calls.add(call);
            return answer.apply(call);
        });
    }

    static ActionGroupResponse call(ActionGroupRouter router, Map<String, ?> args) {
        return router.handle(ActionGroupEvents.request(router.schema().operations().getFirst(),
                router.schema().name(), args, null, "session-9", "user text", Map.of("model", "m")));
    }

    static JsonNode body(ActionGroupResponse response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    void generatorGetsTheTaskAndFixDetailsAndTheCodeKeyIsLifted() throws Exception {
        InvokeAgentService service = service(c -> new AgentInvoker.AgentReply(
                "Here it is.\ncode_key: " + KEY + "\n```python\nprint(1)\n```", "gen-session", List.of()));
        ActionGroupResponse response = call(service.generatorRouter(), Map.of("task_description", "make a customer",
                "previous_code_key", KEY, "error_feedback", "InvalidRequestError: bad param"));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = body(response);
        assertThat(body.get("code_key").asText()).isEqualTo(KEY);
        assertThat(body.get("answer").asText()).contains("Here it is.");
        assertThat(calls).singleElement().satisfies(c -> {
            assertThat(c.inputText()).startsWith("make a customer").contains("api_name: stripe")
                    .contains("previous_code_key: " + KEY).contains("error_feedback: InvalidRequestError");
            assertThat(c.sessionId()).isEqualTo("session-9");
            assertThat(c.sessionAttributes()).containsEntry("model", "m");
        });
    }

    @Test
    void generatorAnswerWithoutCodeHasNoCodeKey() throws Exception {
        InvokeAgentService service = service(c -> new AgentInvoker.AgentReply("I cannot do that.", "s", List.of()));
        JsonNode body = body(call(service.generatorRouter(), Map.of("task_description", "rm -rf /")));
        assertThat(body.has("code_key")).isFalse();
    }

    @Test
    void executorGetsTheKeyAndTheStatusIsLifted() throws Exception {
        InvokeAgentService service = service(c -> new AgentInvoker.AgentReply(
                "status: success\ncode_key: " + KEY + "\nOutput: cus_123", "exec", List.of()));
        JsonNode body = body(call(service.executorRouter(), Map.of("code_key", KEY, "task_description", "t")));
        assertThat(body.get("status").asText()).isEqualTo("success");
        assertThat(body.get("code_key").asText()).isEqualTo(KEY);
        assertThat(calls.getFirst().inputText()).contains("code_key: " + KEY).contains("task_description: t");
    }

    @Test
    void executorNeedsAValidKeyOrCode() throws Exception {
        InvokeAgentService service = service(c -> new AgentInvoker.AgentReply("x", "s", List.of()));
        ActionGroupResponse none = call(service.executorRouter(), Map.of("api_name", "stripe"));
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(body(none).get("message").asText()).contains("code_key");
        ActionGroupResponse traversal = call(service.executorRouter(), Map.of("code_key", "../../etc/passwd"));
        assertThat(traversal.statusCode()).isEqualTo(400);
        assertThat(calls).isEmpty();
        ActionGroupResponse inline = call(service.executorRouter(), Map.of("code", "print(1)"));
        assertThat(inline.statusCode()).isEqualTo(200);
        assertThat(calls.getFirst().inputText()).contains("```python\nprint(1)\n```");
    }

    @Test
    void subAgentFailuresKeepTheirStatus() throws Exception {
        InvokeAgentService service = service(c -> {
            throw new ActionException(429, "throttled", "slow down");
        });
        ActionGroupResponse response = call(service.generatorRouter(), Map.of("task_description", "t"));
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(body(response).get("error").asText()).isEqualTo("throttled");
    }

    @Test
    void statusLinesAreFoundInCommonShapes() {
        assertThat(InvokeAgentService.statusIn("**Status:** blocked\nmore")).contains("blocked");
        assertThat(InvokeAgentService.statusIn("intro\nstatus = timeout")).contains("timeout");
        assertThat(InvokeAgentService.statusIn("no status here")).isEmpty();
    }
}
