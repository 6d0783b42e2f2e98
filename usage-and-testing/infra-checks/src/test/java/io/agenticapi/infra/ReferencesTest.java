package io.agenticapi.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.agenticapi.infra.support.Deployment;
import io.agenticapi.infra.support.Reference;
import io.agenticapi.infra.support.TerraformBlock;
import io.agenticapi.infra.support.TerraformConfiguration;

/** What `terraform validate` would catch: every variable, local, resource and instance referred to exists. */
class ReferencesTest {

    final TerraformConfiguration terraform = Deployment.terraform();

    @Test
    void everyVariableUsedIsDeclaredAndEveryDeclaredOneIsUsed() {
        Set<String> used = namesUnder("var");
        Set<String> declared = new TreeSet<>(terraform.variables().keySet());
        assertThat(declared).as("declared variables").containsAll(used);
        assertThat(used).as("used variables").containsAll(declared);
    }

    @Test
    void everyLocalUsedIsDefinedAndEveryDefinedOneIsUsed() {
        Set<String> used = namesUnder("local");
        Set<String> defined = new TreeSet<>(terraform.locals().keySet());
        assertThat(defined).as("defined locals").containsAll(used);
        assertThat(used).as("used locals").containsAll(defined);
    }

    @Test
    void everyResourceAndDataSourceReferredToExists() {
        List<String> dangling = new ArrayList<>();
        for (TerraformBlock block : terraform.blocks()) {
            for (Reference reference : block.references()) {
                terraform.blockAddressOf(reference)
                        .filter(address -> terraform.block(address).isEmpty())
                        .ifPresent(address -> dangling.add(block.where() + " -> " + reference));
            }
        }
        assertThat(dangling).isEmpty();
    }

    @Test
    void referencesToMissingResourcesWouldBeFound() {
        Reference typo = new Reference(List.of("aws_lambda_function", "tools", "[\"generate_code\"]", "arn"));
        assertThat(terraform.blockAddressOf(typo)).contains("aws_lambda_function.tools");
        assertThat(terraform.block("aws_lambda_function.tools")).isEmpty();
        assertThat(terraform.blockAddressOf(new Reference(List.of("snap_start", "value")))).isEmpty();
    }

    @Test
    void everyInstanceReferredToByKeyExists() {
        List<String> missing = new ArrayList<>();
        for (TerraformBlock block : terraform.blocks()) {
            for (Reference reference : block.references()) {
                Optional<String> key = reference.instanceKey().filter(candidate -> !candidate.contains("."));
                Optional<TerraformBlock> target = terraform.blockAddressOf(reference).flatMap(terraform::block);
                if (key.isEmpty() || target.isEmpty() || target.get().attribute("count").isPresent()) {
                    continue; // each.key is checked by for_each itself; count-indexed blocks depend on variables
                }
                if (!terraform.instanceKeys(target.get()).contains(key.get())) {
                    missing.add(block.where() + " -> " + reference);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void outputsGiveWhatDebugTraceAndOperatorsNeed() {
        assertThat(terraform.outputs().keySet()).contains(
                "region", "orchestrator_agent_id", "orchestrator_agent_alias_id", "generator_agent_id",
                "generator_agent_alias_id", "executor_agent_id", "executor_agent_alias_id", "code_bucket_name",
                "lambda_function_names", "debug_trace_command");
        for (TerraformBlock output : terraform.outputs().values()) {
            List<Reference> references = output.requireAttribute("value").references();
            assertThat(references).as(output.where() + " refers to something").isNotEmpty();
            assertThat(output.attribute("description")).as(output.where() + " description").isPresent();
        }
        assertThat(value("orchestrator_agent_id")).isEqualTo("aws_bedrockagent_agent.orchestrator.agent_id");
        assertThat(value("orchestrator_agent_alias_id")).isEqualTo("aws_bedrockagent_agent_alias.orchestrator.agent_alias_id");
        assertThat(value("code_bucket_name")).isEqualTo("aws_s3_bucket.this[\"code\"].id");
        assertThat(value("region")).isEqualTo("local.region");
        assertThat(terraform.requireLocal("region").text()).isEqualTo("data.aws_region.current.region");
        assertThat(terraform.outputs().get("debug_trace_command").requireAttribute("value").template()).isEqualTo(
                "usage-and-testing/debug-trace aws ${aws_bedrockagent_agent.orchestrator.agent_id} "
                        + "${aws_bedrockagent_agent_alias.orchestrator.agent_alias_id} --region ${local.region} "
                        + "--executor-agent-id ${aws_bedrockagent_agent.executor.agent_id} "
                        + "--executor-alias-id ${aws_bedrockagent_agent_alias.executor.agent_alias_id}");
    }

    private String value(String output) {
        return terraform.outputs().get(output).requireAttribute("value").text();
    }

    private Set<String> namesUnder(String root) {
        Set<String> names = new TreeSet<>();
        terraform.references().forEach(reference -> reference.nameUnder(root).ifPresent(names::add));
        return names;
    }
}
