package io.agenticapi.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.agenticapi.infra.support.Deployment;
import io.agenticapi.infra.support.HclSyntax;
import io.agenticapi.infra.support.RepositoryLayout;
import io.agenticapi.infra.support.TerraformBlock;
import io.agenticapi.infra.support.TerraformConfiguration;
import io.agenticapi.infra.support.TerraformExpression;

/** Versions, the backend example, the tfvars example and what git must never pick up. */
class ProjectFilesTest {

    final TerraformConfiguration terraform = Deployment.terraform();
    final RepositoryLayout layout = Deployment.layout();

    @Test
    void terraformAndProviderVersionsArePinned() {
        List<TerraformBlock> settings = terraform.blocksOfType("terraform");
        assertThat(settings).hasSize(1);
        assertThat(settings.get(0).literal("required_version")).isEqualTo(">= 1.5.0");
        Map<String, TerraformExpression> aws = settings.get(0).requireBlock("required_providers")
                .requireAttribute("aws").objectEntries();
        assertThat(aws.get("source").literal()).contains("hashicorp/aws");
        assertThat(aws.get("version").literal()).contains("~> 6.0");
        // no backend in the active configuration: state stays local until a user copies the example
        assertThat(settings.get(0).blocks("backend")).isEmpty();

        TerraformBlock provider = terraform.blocksOfType("provider").get(0);
        assertThat(provider.labels()).containsExactly("aws");
        assertThat(provider.requireAttribute("region").text()).isEqualTo("var.aws_region");
    }

    @Test
    void backendExampleIsAnS3Backend() {
        Path example = layout.terraform().resolve("backend.tf.example");
        List<TerraformBlock> blocks = TerraformConfiguration.topLevelBlocks(example, HclSyntax.parse(example));
        TerraformBlock backend = blocks.get(0).requireBlock("backend");
        assertThat(backend.labels()).containsExactly("s3");
        assertThat(backend.attributes().keySet()).contains("bucket", "key", "region", "encrypt");
        assertThat(backend.literal("encrypt")).isEqualTo("true");
    }

    @Test
    void tfvarsExampleShowsEveryKnobWithItsDefault() {
        Path example = layout.terraform().resolve("terraform.tfvars.example");
        Map<String, TerraformExpression> settings = TerraformConfiguration.topLevelAttributes(HclSyntax.parse(example));
        Map<String, TerraformBlock> variables = terraform.variables();

        assertThat(variables.keySet()).as("declared variables").containsAll(settings.keySet());
        Set<String> undocumented = new TreeSet<>();
        variables.forEach((name, variable) -> {
            boolean secret = variable.attribute("sensitive").flatMap(TerraformExpression::literal).filter("true"::equals).isPresent();
            if (!secret && !settings.containsKey(name)) {
                undocumented.add(name);
            }
        });
        assertThat(undocumented).as("variables missing from terraform.tfvars.example").isEmpty();

        settings.forEach((name, value) -> assertThat(compact(value.text()))
                .as("terraform.tfvars.example " + name + " equals the default")
                .isEqualTo(compact(variables.get(name).requireAttribute("default").text())));
    }

    @Test
    void gitNeverPicksUpStateOrSecrets() throws IOException {
        List<String> ignored = Files.readAllLines(layout.root().resolve(".gitignore"));
        assertThat(ignored).contains("terraform/.terraform/", "terraform/*.tfstate*", "terraform/*.tfvars",
                "!terraform/*.tfvars.example");
    }

    /** HCL text without white space and trailing commas, so formatting differences do not count. */
    private static String compact(String text) {
        return text.replaceAll("\\s+", "").replace(",]", "]").replace(",}", "}");
    }
}
