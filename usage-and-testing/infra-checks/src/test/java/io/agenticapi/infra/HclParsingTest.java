package io.agenticapi.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.agenticapi.infra.support.HclSyntax;
import io.agenticapi.infra.support.HclSyntax.HclSyntaxException;
import io.agenticapi.infra.support.Reference;
import io.agenticapi.infra.support.RepositoryLayout;
import io.agenticapi.infra.support.TerraformBlock;
import io.agenticapi.infra.support.TerraformConfiguration;
import io.agenticapi.infra.support.TerraformExpression;

/** Every .tf file is valid HCL, and the parser used by the other checks does catch broken HCL. */
class HclParsingTest {

    static List<Path> terraformFiles() {
        return TerraformConfiguration.tfFiles(RepositoryLayout.fromSystemProperty().terraform());
    }

    @ParameterizedTest
    @MethodSource("terraformFiles")
    void terraformFileIsValidHcl(Path file) {
        assertThat(HclSyntax.parse(file).getBody()).as(file.getFileName() + " has blocks").isNotEmpty();
    }

    @Test
    void theSplitByConcernIsComplete() {
        Set<String> names = terraformFiles().stream().map(file -> file.getFileName().toString()).collect(Collectors.toSet());
        assertThat(names).contains("versions.tf", "variables.tf", "locals.tf", "data.tf", "s3.tf", "iam_agent_roles.tf",
                "iam_lambda_roles.tf", "lambda.tf", "cloudwatch.tf", "agent_orchestrator.tf", "agent_generator.tf",
                "agent_executor.tf", "outputs.tf");
        // the backend is an example: an active one would force every user onto someone's state bucket
        assertThat(names).doesNotContain("backend.tf");
    }

    @Test
    void unclosedBlockIsRejectedWithItsLine() {
        assertThatThrownBy(() -> HclSyntax.parse("broken.tf", "resource \"a\" \"b\" {\n  x = 1\n"))
                .isInstanceOf(HclSyntaxException.class)
                .hasMessageContaining("broken.tf")
                .hasMessageContaining("line 3");
    }

    @Test
    void attributeWithoutValueIsRejected() {
        assertThatThrownBy(() -> HclSyntax.parse("broken.tf", "resource \"a\" \"b\" {\n  x =\n}\n"))
                .isInstanceOf(HclSyntaxException.class);
    }

    @Test
    void missingCommaInListIsRejected() {
        assertThatThrownBy(() -> HclSyntax.parse("broken.tf", "locals {\n  x = [1, 2\n}\n"))
                .isInstanceOf(HclSyntaxException.class);
    }

    @Test
    void referencesAreFoundInsideTemplatesForExpressionsAndHeredocs() {
        String source = """
                locals {
                  a = "${aws_lambda_function.tool["generate_code"].arn}/x"
                  b = { for key, value in var.things : key => "${local.prefix}-${value.dir}" }
                  c = <<-EOT
                    ${data.aws_region.current.region}
                  EOT
                }
                """;
        TerraformBlock locals = TerraformConfiguration.topLevelBlocks(Path.of("x.tf"), HclSyntax.parse("x.tf", source)).get(0);

        List<String> references = locals.references().stream().map(Reference::text).toList();

        assertThat(references).contains("aws_lambda_function.tool[\"generate_code\"].arn", "var.things",
                "local.prefix", "value.dir", "data.aws_region.current.region");
        Reference arn = locals.requireAttribute("a").references().get(0);
        assertThat(arn.blockAddress()).contains("aws_lambda_function.tool");
        assertThat(arn.instanceKey()).contains("generate_code");
        assertThat(arn.attribute()).contains("arn");
    }

    @Test
    void templatesAreWrittenCanonically() {
        TerraformBlock block = TerraformConfiguration.topLevelBlocks(Path.of("x.tf"),
                HclSyntax.parse("x.tf", "locals {\n  p = file(\"${ path.module }/../prompts/x.txt\")\n}\n")).get(0);

        TerraformExpression argument = block.requireAttribute("p").callsOf("file").get(0).get(0);

        assertThat(argument.template()).isEqualTo("${path.module}/../prompts/x.txt");
    }
}
