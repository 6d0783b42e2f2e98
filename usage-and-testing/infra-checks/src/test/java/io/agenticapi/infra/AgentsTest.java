package io.agenticapi.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agenticapi.infra.support.Deployment;
import io.agenticapi.infra.support.Reference;
import io.agenticapi.infra.support.RepositoryLayout;
import io.agenticapi.infra.support.TerraformBlock;
import io.agenticapi.infra.support.TerraformConfiguration;
import io.agenticapi.infra.support.TerraformExpression;

/** The three Bedrock agents, their action groups, aliases and the Lambda permissions between them. */
class AgentsTest {

    /** Which agent serves which action groups; every group is served by the function of the same name. */
    static final Map<String, List<String>> ACTION_GROUPS = Map.of(
            "orchestrator", List.of("invoke_generator", "invoke_executor"),
            "generator", List.of("generate_code"),
            "executor", List.of("validate_code", "execute_code"));

    static final Map<String, String> DEFAULT_MODELS = Map.of(
            "orchestrator", "anthropic.claude-3-haiku-20240307-v1:0",
            "generator", "us.anthropic.claude-haiku-4-5-20251001-v1:0",
            "executor", "anthropic.claude-3-haiku-20240307-v1:0");

    final TerraformConfiguration terraform = Deployment.terraform();
    final RepositoryLayout layout = Deployment.layout();

    @Test
    void threeAgentsFiveActionGroupsThreeAliases() {
        assertThat(names("aws_bedrockagent_agent")).containsExactlyInAnyOrder("orchestrator", "generator", "executor");
        assertThat(terraform.resources("aws_bedrockagent_agent_action_group")).hasSize(5);
        assertThat(names("aws_bedrockagent_agent_alias")).containsExactlyInAnyOrder("orchestrator", "generator", "executor");
        assertThat(terraform.resources("aws_lambda_permission")).hasSize(5);
    }

    @Test
    void eachAgentReadsItsInstructionFromPrompts() throws IOException {
        for (String agent : ACTION_GROUPS.keySet()) {
            TerraformBlock block = agent(agent);
            Path prompt = fileTarget(block.requireAttribute("instruction"));

            assertThat(layout.relative(prompt)).as(block.where()).isEqualTo("prompts/" + agent + ".txt");
            assertThat(prompt).as(block.where() + " instruction file").isRegularFile();
            // Bedrock accepts instructions of 40 to 8000 characters
            assertThat(Files.readString(prompt).length()).as(layout.relative(prompt) + " length").isBetween(40, 8000);
        }
    }

    @Test
    void eachAgentHasItsOwnModelVariableRoleAndSessionSettings() {
        for (String agent : ACTION_GROUPS.keySet()) {
            TerraformBlock block = agent(agent);
            String modelVariable = agent + "_model_id";

            assertThat(block.requireAttribute("foundation_model").text()).isEqualTo("var." + modelVariable);
            assertThat(terraform.variables().get(modelVariable).literal("default")).isEqualTo(DEFAULT_MODELS.get(agent));
            assertThat(block.requireAttribute("agent_resource_role_arn").text()).isEqualTo("aws_iam_role.agent[\"" + agent + "\"].arn");
            assertThat(block.requireAttribute("idle_session_ttl_in_seconds").text()).isEqualTo("var.agent_idle_session_ttl_seconds");
            assertThat(block.literal("prepare_agent")).isEqualTo("true");
            assertThat(block.requireAttribute("agent_name").template()).isEqualTo("${local.name_prefix}-" + agent);
        }
    }

    @Test
    void actionGroupsUseTheirSchemaAndTheFunctionOfTheSameName() {
        for (Map.Entry<String, List<String>> entry : ACTION_GROUPS.entrySet()) {
            String agent = entry.getKey();
            List<TerraformBlock> groups = actionGroupsOf(agent);
            assertThat(groups.stream().map(group -> group.literal("action_group_name")).toList())
                    .as("action groups of " + agent).containsExactlyInAnyOrderElementsOf(entry.getValue());

            for (TerraformBlock group : groups) {
                String name = group.literal("action_group_name");
                assertThat(group.literal("agent_version")).isEqualTo("DRAFT");
                assertThat(group.literal("skip_resource_in_use_check")).isEqualTo("true");
                Path schema = fileTarget(group.requireBlock("api_schema").requireAttribute("payload"));
                assertThat(layout.relative(schema)).as(group.where()).isEqualTo("action-groups/" + name + ".json");

                TerraformExpression executor = group.requireBlock("action_group_executor").requireAttribute("lambda");
                List<Reference> functions = functionReferences(executor);
                assertThat(functions).as(group.where() + " executor").isNotEmpty();
                assertThat(functions).allSatisfy(reference -> {
                    assertThat(reference.instanceKey()).as(reference.text()).contains(name);
                    assertThat(reference.attribute()).as(reference.text()).hasValueSatisfying(
                            attribute -> assertThat(attribute).isIn("arn", "qualified_arn"));
                });
            }
        }
    }

    @Test
    void promptsAndSchemasReferencedAreExactlyTheRepositoryFiles() throws IOException {
        Set<String> referenced = new TreeSet<>();
        for (TerraformBlock block : terraform.blocks()) {
            for (TerraformExpression expression : block.expressions()) {
                for (List<TerraformExpression> call : expression.callsOf("file")) {
                    Path target = resolveModulePath(call.get(0), block);
                    assertThat(target).as(block.where() + " reads " + call.get(0)).isRegularFile();
                    referenced.add(layout.relative(target));
                }
            }
        }

        Set<String> inRepository = new TreeSet<>();
        inRepository.addAll(listFiles(layout.prompts(), ".txt"));
        inRepository.addAll(listFiles(layout.actionGroups(), ".json"));
        assertThat(referenced).isEqualTo(inRepository);
        assertThat(referenced).containsExactlyInAnyOrder(
                "prompts/orchestrator.txt", "prompts/generator.txt", "prompts/executor.txt",
                "action-groups/invoke_generator.json", "action-groups/invoke_executor.json",
                "action-groups/generate_code.json", "action-groups/validate_code.json", "action-groups/execute_code.json");
    }

    @Test
    void schemasAreOpenApi300AsBedrockRequires() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (String group : ACTION_GROUPS.values().stream().flatMap(List::stream).toList()) {
            Path schema = layout.actionGroups().resolve(group + ".json");
            JsonNode document = json.readTree(schema.toFile());
            assertThat(document.path("openapi").asText()).as(group + ".json openapi").isEqualTo("3.0.0");
            assertThat(document.path("paths").size()).as(group + ".json operations").isBetween(1, 11);
        }
    }

    @Test
    void actionGroupsOfOneAgentAreChained() {
        for (String agent : ACTION_GROUPS.keySet()) {
            List<TerraformBlock> groups = actionGroupsOf(agent);
            // every pair must be ordered, or two updates prepare the agent at once ("Agent is in Preparing state")
            for (TerraformBlock first : groups) {
                for (TerraformBlock second : groups) {
                    if (first != second) {
                        assertThat(dependsTransitively(first, second.address()) || dependsTransitively(second, first.address()))
                                .as(first.address() + " and " + second.address() + " are ordered by depends_on")
                                .isTrue();
                    }
                }
            }
        }
    }

    @Test
    void aliasesMoveWhenTheirAgentIsPreparedAgain() {
        for (String agent : ACTION_GROUPS.keySet()) {
            TerraformBlock alias = terraform.requireBlock("aws_bedrockagent_agent_alias." + agent);
            String agentAddress = "aws_bedrockagent_agent." + agent;

            assertThat(alias.requireAttribute("agent_id").text()).isEqualTo(agentAddress + ".agent_id");
            assertThat(alias.requireAttribute("agent_alias_name").text()).isEqualTo("var.agent_alias_name");
            assertThat(alias.requireAttribute("description").references().stream().map(Reference::text))
                    .as(alias.where() + " description").contains(agentAddress + ".prepared_at");
            Set<String> groups = actionGroupsOf(agent).stream().map(TerraformBlock::address).collect(Collectors.toSet());
            assertThat(alias.dependsOn()).as(alias.where() + " depends_on").containsAll(groups);
        }
    }

    @Test
    void aliasFingerprintCoversInstructionSchemasAndExecutors() {
        for (String agent : ACTION_GROUPS.keySet()) {
            TerraformBlock alias = terraform.requireBlock("aws_bedrockagent_agent_alias." + agent);
            String fingerprint = agent + "_fingerprint";
            assertThat(alias.requireAttribute("description").references().stream().map(Reference::text))
                    .contains("local." + fingerprint);

            Set<String> covered = terraform.requireLocal(fingerprint).references().stream()
                    .map(Reference::text).collect(Collectors.toSet());
            assertThat(covered).contains("aws_bedrockagent_agent." + agent + ".instruction",
                    "aws_bedrockagent_agent." + agent + ".foundation_model");
            for (TerraformBlock group : actionGroupsOf(agent)) {
                assertThat(covered).contains(group.address() + ".api_schema[0].payload",
                        group.address() + ".action_group_executor[0].lambda");
            }
        }
    }

    @Test
    void eachActionGroupFunctionAdmitsExactlyItsAgent() {
        Map<String, TerraformBlock> permissionsByFunction = new LinkedHashMap<>();
        for (TerraformBlock permission : terraform.resources("aws_lambda_permission")) {
            List<Reference> function = functionReferences(permission.requireAttribute("function_name"));
            assertThat(function).as(permission.where() + " function_name").hasSize(1);
            assertThat(function.get(0).attribute()).contains("function_name");
            permissionsByFunction.put(function.get(0).instanceKey().orElseThrow(), permission);

            assertThat(permission.literal("principal")).isEqualTo("bedrock.amazonaws.com");
            assertThat(permission.literal("action")).isEqualTo("lambda:InvokeFunction");
            assertThat(permission.requireAttribute("source_account").text()).isEqualTo("local.account_id");
        }
        assertThat(terraform.requireLocal("account_id").text()).isEqualTo("data.aws_caller_identity.current.account_id");

        ACTION_GROUPS.forEach((agent, groups) -> groups.forEach(group -> {
            TerraformBlock permission = permissionsByFunction.get(group);
            assertThat(permission).as("permission for " + group).isNotNull();
            assertThat(permission.requireAttribute("source_arn").text())
                    .as(permission.where()).isEqualTo("aws_bedrockagent_agent." + agent + ".agent_arn");
        }));
    }

    @Test
    void invokerFunctionsCallTheirSubAgentsAlias() {
        Map<String, TerraformExpression> environments = terraform.requireLocal("invoker_environment").objectEntries();
        Map<String, String> subAgents = Map.of("invoke_generator", "generator", "invoke_executor", "executor");

        assertThat(environments.keySet()).containsExactlyInAnyOrderElementsOf(subAgents.keySet());
        subAgents.forEach((function, agent) -> {
            Map<String, TerraformExpression> environment = environments.get(function).objectEntries();
            assertThat(environment.get("AGENTIC_AGENT_INVOKER_KIND").literal()).contains("bedrock");
            assertThat(environment.get("AGENTIC_AGENT_ID").text()).isEqualTo("aws_bedrockagent_agent." + agent + ".agent_id");
            assertThat(environment.get("AGENTIC_AGENT_ALIAS_ID").text())
                    .isEqualTo("aws_bedrockagent_agent_alias." + agent + ".agent_alias_id");
        });
    }

    private Set<String> names(String resourceType) {
        return terraform.resources(resourceType).stream().map(block -> block.label(1)).collect(Collectors.toSet());
    }

    private TerraformBlock agent(String name) {
        return terraform.requireBlock("aws_bedrockagent_agent." + name);
    }

    private List<TerraformBlock> actionGroupsOf(String agent) {
        String agentId = "aws_bedrockagent_agent." + agent + ".agent_id";
        return terraform.resources("aws_bedrockagent_agent_action_group").stream()
                .filter(group -> group.requireAttribute("agent_id").text().equals(agentId))
                .toList();
    }

    private static List<Reference> functionReferences(TerraformExpression expression) {
        return expression.references().stream()
                .filter(reference -> reference.blockAddress().filter(address -> address.startsWith("aws_lambda_function.")).isPresent())
                .toList();
    }

    private boolean dependsTransitively(TerraformBlock from, String target) {
        Set<String> seen = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(from.dependsOn());
        while (!pending.isEmpty()) {
            String next = pending.pop();
            if (next.equals(target)) {
                return true;
            }
            if (seen.add(next)) {
                terraform.block(next).ifPresent(block -> pending.addAll(block.dependsOn()));
            }
        }
        return false;
    }

    /** The file a {@code file("${path.module}/...")} argument names. */
    private Path fileTarget(TerraformExpression expression) {
        List<List<TerraformExpression>> calls = expression.callsOf("file");
        assertThat(calls).as(expression.text()).hasSize(1);
        return resolveModulePath(calls.get(0).get(0), null);
    }

    private Path resolveModulePath(TerraformExpression argument, TerraformBlock block) {
        String template = argument.template();
        String where = (block == null ? "" : block.where() + ": ") + "file() path " + template;
        String modulePrefix = "${path.module}/";
        assertThat(template).as(where).startsWith(modulePrefix);
        String relative = template.substring(modulePrefix.length());
        // a fixed path: Terraform reads it at plan time, and this test can check it exists
        assertThat(relative).as(where + " has no other interpolation").doesNotContain("${");
        return terraform.directory().resolve(relative).normalize();
    }

    private static List<String> listFiles(Path directory, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix))
                    .map(file -> directory.getFileName() + "/" + file.getFileName())
                    .toList();
        }
    }
}
