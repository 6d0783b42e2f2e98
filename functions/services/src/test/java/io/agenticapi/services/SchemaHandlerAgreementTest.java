package io.agenticapi.services;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agenticapi.contract.ActionGroupEvents;
import io.agenticapi.contract.ActionGroupResponse;
import io.agenticapi.contract.ActionGroupRouter;
import io.agenticapi.contract.ActionGroupSchema;
import io.agenticapi.services.ports.AgentInvoker;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each action-group schema against the code that serves it: every operation is routed (the routers refuse to build
 * otherwise) and every required field is read — leaving it out is a 400 that names it, before any port is touched.
 */
class SchemaHandlerAgreementTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Routers whose ports fail loudly: a request that reaches them got past the required-field check. */
    static List<ActionGroupRouter> routers() {
        AgentInvoker unreachable = call -> {
            throw new AssertionError("the sub-agent must not be asked");
        };
        InvokeAgentService invoke = new InvokeAgentService(unreachable);
        // the GraalPy services need the sandbox; their schemas are covered by the Quarkus tests of their Lambdas,
        // here by loading each schema and checking what the binder demands
        return List.of(invoke.generatorRouter(), invoke.executorRouter());
    }

    @Test
    void invokeRoutersRejectEachMissingRequiredFieldByName() throws Exception {
        for (ActionGroupRouter router : routers()) {
            for (ActionGroupSchema.Operation op : router.schema().operations()) {
                for (ActionGroupSchema.Field required : op.fields().stream().filter(ActionGroupSchema.Field::required).toList()) {
                    Map<String, Object> args = new LinkedHashMap<>();
                    op.fields().stream().filter(ActionGroupSchema.Field::required)
                            .filter(f -> !f.name().equals(required.name()))
                            .forEach(f -> args.put(f.name(), "x"));
                    ActionGroupResponse response = router.handle(ActionGroupEvents.request(op,
                            router.schema().name(), args, null, "s", "in", Map.of()));
                    assertThat(response.statusCode()).as(op.operationId() + " without " + required.name())
                            .isEqualTo(400);
                    JsonNode body = JSON.readTree(response.body());
                    assertThat(body.get("message").asText()).contains(required.name());
                }
            }
        }
    }

    @Test
    void everySchemaDeclaresExactlyTheFieldsItsHandlerReads() throws Exception {
        Path sources = Path.of(System.getProperty("repo.root", "../.."), "functions/services/src/main/java/io/agenticapi/services");
        // the fields a handler reads, found in its source: args.text("x"), args.requireString("x"), ...
        Map<String, List<String>> handlerFiles = Map.of(
                "invoke_generator", List.of("InvokeAgentService.java#invokeGenerator"),
                "invoke_executor", List.of("InvokeAgentService.java#invokeExecutor"),
                "generate_code", List.of("GenerateCodeService.java"),
                "validate_code", List.of("ValidateCodeService.java", "CodeSource.java"),
                "execute_code", List.of("ExecuteCodeService.java", "CodeSource.java"));
        for (Map.Entry<String, List<String>> entry : handlerFiles.entrySet()) {
            Set<String> read = new TreeSet<>();
            for (String file : entry.getValue()) {
                String[] parts = file.split("#");
                String text = Files.readString(sources.resolve(parts[0]));
                if (parts.length > 1) { // only the handler method's body
                    int start = text.indexOf("ActionResult " + parts[1] + "(");
                    int end = text.indexOf("\n    }\n", start);
                    text = text.substring(start, end);
                }
                Matcher m = READ.matcher(text);
                while (m.find()) {
                    read.add(m.group(1));
                }
            }
            ActionGroupSchema schema = ActionGroupSchema.load(entry.getKey());
            assertThat(schema.operations()).as(entry.getKey()).hasSize(1);
            Set<String> declared = new TreeSet<>(schema.operations().getFirst().fields().stream()
                    .map(ActionGroupSchema.Field::name).toList());
            // a read of an undeclared name never receives a value from Bedrock; a declared field nobody reads is a
            // promise to the model that the code ignores
            assertThat(read).as(entry.getKey() + " fields read by the handler").isEqualTo(declared);
        }
    }

    private static final Pattern READ = Pattern.compile(
            "args\\.(?:text|string|requireString|integer|bool|has)\\(\"([a-z_]+)\"\\)");
}
