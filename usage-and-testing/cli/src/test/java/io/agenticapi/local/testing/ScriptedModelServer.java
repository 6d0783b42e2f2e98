package io.agenticapi.local.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.agenticapi.aws.ClientSettings;
import io.agenticapi.local.model.ModelSettings;
import io.agenticapi.local.model.RetryPolicy;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A model API on 127.0.0.1 (WireMock) that answers a scripted conversation, one recorded-style response per model
 * call, in order: Bedrock Converse (POST /model/{id}/converse) or OpenAI chat completions (POST
 * /v1/chat/completions). Each step only matches a request from the agent it is written for (by the system
 * prompt), so a script that goes out of step fails loudly. The code key the runtime generated is not known in
 * advance: {@link #LAST_CODE_KEY} in a step stands for the last one in the request, filled in by WireMock's
 * response templating.
 */
public final class ScriptedModelServer implements AutoCloseable {
    public static final String LAST_CODE_KEY = "@LAST_CODE_KEY@";
    private static final String KEY_TEMPLATE = "{{regexExtract request.body "
            + "'(?s).*(generated/stripe/[0-9/]+/[0-9TZ]+-[0-9a-f]+[.]py)' 'k'}}{{k.0}}";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCENARIO = "conversation";

    public enum Dialect { CONVERSE, CHAT }

    /** One model turn: a tool call (with optional rationale text) or a final text answer. */
    public record Step(String agent, String text, String tool, Map<String, Object> input) {
        public static Step call(String agent, String rationale, String tool, Map<String, Object> input) {
            return new Step(agent, rationale, tool, input);
        }

        public static Step answer(String agent, String text) {
            return new Step(agent, text, null, null);
        }
    }

    private final WireMockServer server;
    private final Dialect dialect;
    private int steps;

    public ScriptedModelServer(Dialect dialect) {
        this.dialect = dialect;
        this.server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    public WireMockServer server() {
        return server;
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /** The model spec for ModelClients.parse. */
    public String modelSpec() {
        return dialect == Dialect.CONVERSE ? "bedrock:" + BEDROCK_MODEL : "openai:" + baseUri() + "/v1#" + CHAT_MODEL;
    }

    public static final String BEDROCK_MODEL = "us.anthropic.claude-haiku-4-5-20251001-v1:0";
    public static final String CHAT_MODEL = "qwen2.5-coder";

    /** Settings pointing the clients here, with fake AWS credentials, a test API key and a recording sleeper. */
    public ModelSettings settings(List<Duration> sleeps) {
        ClientSettings aws = new ClientSettings("us-east-1", null, baseUri(),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "fake-secret")));
        return ModelSettings.defaults()
                .withAws(aws)
                .withTimeout(Duration.ofSeconds(20))
                .withRetry(RetryPolicy.standard().withSleeper(sleeps::add))
                .withEnvironment(Map.of("OPENAI_API_KEY", "sk-test-local")::get);
    }

    public ScriptedModelServer script(Step... script) {
        for (Step step : script) {
            String agent = Character.toUpperCase(step.agent().charAt(0)) + step.agent().substring(1);
            respond(request().withRequestBody(containing("You are the " + agent)), ok(body(step)));
        }
        return this;
    }

    /** The next model call fails with the provider's throttling error. */
    public ScriptedModelServer throttle(Duration retryAfter) {
        ResponseDefinitionBuilder response = dialect == Dialect.CONVERSE
                ? aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-ErrorType", "ThrottlingException:http://internal.amazon.com/coral/com.amazon.bedrock/")
                .withBody("{\"message\":\"Too many requests, please wait before trying again.\"}")
                : aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                .withHeader("Retry-After", String.valueOf(retryAfter.toSeconds()))
                .withBody("{\"error\":{\"message\":\"Rate limit reached for requests\",\"type\":\"requests\","
                        + "\"code\":\"rate_limit_exceeded\"}}");
        respond(request(), response);
        return this;
    }

    /** The next model call answers with this raw body (a malformed answer, say). */
    public ScriptedModelServer raw(String body) {
        respond(request(), ok(body));
        return this;
    }

    private MappingBuilder request() {
        return dialect == Dialect.CONVERSE
                ? post(urlPathMatching("/model/[^/]+/converse"))
                : post(urlPathEqualTo("/v1/chat/completions"));
    }

    private void respond(MappingBuilder request, ResponseDefinitionBuilder response) {
        String from = steps == 0 ? Scenario.STARTED : "step-" + steps;
        steps++;
        server.stubFor(request.inScenario(SCENARIO).whenScenarioStateIs(from).willReturn(response)
                .willSetStateTo("step-" + steps));
    }

    private static ResponseDefinitionBuilder ok(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(body.replace(LAST_CODE_KEY, KEY_TEMPLATE)).withTransformers("response-template");
    }

    /** The requests the model received, in order, as JSON. */
    public List<JsonNode> requests() {
        List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
        events.sort(Comparator.comparing(e -> e.getRequest().getLoggedDate()));
        List<JsonNode> bodies = new ArrayList<>();
        for (ServeEvent e : events) {
            try {
                bodies.add(JSON.readTree(e.getRequest().getBodyAsString()));
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        }
        return bodies;
    }

    public List<ServeEvent> events() {
        List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
        events.sort(Comparator.comparing(e -> e.getRequest().getLoggedDate()));
        return events;
    }

    /** How many steps the conversation used up (all of them when it went as scripted). */
    public int unusedSteps() {
        String state = server.getAllScenarios().getScenarios().stream()
                .filter(s -> s.getName().equals(SCENARIO)).findFirst().orElseThrow().getState();
        int reached = state.equals(Scenario.STARTED) ? 0 : Integer.parseInt(state.substring("step-".length()));
        return steps - reached;
    }

    private String body(Step step) {
        int n = steps + 1;
        int in = 900 + 100 * n;
        int out = 40 + n;
        return dialect == Dialect.CONVERSE ? converse(step, n, in, out) : chat(step, n, in, out);
    }

    /** As Bedrock answers Converse: output.message.content blocks, stopReason, usage, metrics. */
    private static String converse(Step step, int n, int in, int out) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("metrics").put("latencyMs", 700 + n);
        ObjectNode message = root.putObject("output").putObject("message");
        message.put("role", "assistant");
        ArrayNode content = message.putArray("content");
        if (step.text() != null) {
            content.addObject().put("text", step.text());
        }
        if (step.tool() != null) {
            ObjectNode use = content.addObject().putObject("toolUse");
            use.set("input", JSON.valueToTree(step.input()));
            use.put("name", step.tool());
            use.put("toolUseId", "tooluse_" + Integer.toHexString(0x5a3c00 + n) + "Qx" + n);
        }
        root.put("stopReason", step.tool() != null ? "tool_use" : "end_turn");
        root.putObject("usage").put("inputTokens", in).put("outputTokens", out).put("totalTokens", in + out);
        return root.toString();
    }

    /** As an OpenAI-compatible server (here: Ollama's) answers chat completions. */
    private static String chat(Step step, int n, int in, int out) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-" + (400 + n));
        root.put("object", "chat.completion");
        root.put("created", 1764772800L + n);
        root.put("model", CHAT_MODEL);
        root.put("system_fingerprint", "fp_ollama");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        message.put("content", step.text() == null ? "" : step.text());
        if (step.tool() != null) {
            ObjectNode call = message.putArray("tool_calls").addObject();
            call.put("id", "call_" + Integer.toHexString(0x7f3a00 + n));
            call.put("index", 0);
            call.put("type", "function");
            call.putObject("function").put("name", step.tool()).put("arguments", JSON.valueToTree(step.input())
                    .toString());
        }
        choice.put("finish_reason", step.tool() != null ? "tool_calls" : "stop");
        root.putObject("usage").put("prompt_tokens", in).put("completion_tokens", out).put("total_tokens", in + out);
        return root.toString();
    }

    @Override
    public void close() {
        server.stop();
    }
}
