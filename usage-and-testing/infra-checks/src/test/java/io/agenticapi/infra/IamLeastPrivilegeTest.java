package io.agenticapi.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.agenticapi.infra.support.Deployment;
import io.agenticapi.infra.support.PolicyStatement;
import io.agenticapi.infra.support.Reference;
import io.agenticapi.infra.support.TerraformBlock;
import io.agenticapi.infra.support.TerraformConfiguration;
import io.agenticapi.infra.support.TerraformExpression;

/** Least privilege: every permission is listed, named exactly, and scoped to the one resource that needs it. */
class IamLeastPrivilegeTest {

    /** service:Action with no wildcard anywhere, so "*", "s3:*" and "s3:Get*" all fail. */
    static final Pattern EXACT_ACTION = Pattern.compile("[a-z0-9-]+:[A-Za-z0-9]+");

    static final Set<String> EVERY_ALLOWED_ACTION = Set.of(
            "sts:AssumeRole",
            "logs:CreateLogStream", "logs:PutLogEvents",
            "s3:GetObject", "s3:PutObject",
            "secretsmanager:GetSecretValue",
            "bedrock:InvokeAgent", "bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream", "bedrock:GetInferenceProfile");

    static final String GENERATED_CODE = "${aws_s3_bucket.this[\"code\"].arn}/generated/*";

    final TerraformConfiguration terraform = Deployment.terraform();

    @Test
    void everyPolicyIsAReviewablePolicyDocument() {
        Map<String, String> policyAttributes = Map.of(
                "aws_iam_role", "assume_role_policy",
                "aws_iam_role_policy", "policy",
                "aws_s3_bucket_policy", "policy");
        policyAttributes.forEach((type, attribute) -> terraform.resources(type).forEach(resource -> {
            Reference source = resource.requireAttribute(attribute).asReference()
                    .orElseThrow(() -> new AssertionError(resource.where() + ": " + attribute + " is not a policy document"));
            assertThat(source.blockAddress()).as(resource.where()).hasValueSatisfying(
                    address -> assertThat(address).startsWith("data.aws_iam_policy_document."));
            assertThat(source.attribute()).as(resource.where()).contains("json");
        }));
        // managed policies (AWSLambdaBasicExecutionRole...) grant on "*": none are attached
        assertThat(terraform.resources("aws_iam_role_policy_attachment")).isEmpty();
        assertThat(terraform.resources("aws_iam_policy")).isEmpty();
        terraform.resources("aws_iam_role").forEach(role -> assertThat(role.attribute("managed_policy_arns")).isEmpty());
    }

    @Test
    void noAllowStatementUsesAWildcardAction() {
        Set<String> allowed = new TreeSet<>();
        for (PolicyStatement statement : allStatements()) {
            assertThat(statement.usesNotActions()).as(statement + " uses not_actions/not_resources").isFalse();
            if (statement.allows()) {
                assertThat(statement.actions()).as(statement.toString()).isNotEmpty()
                        .allSatisfy(action -> assertThat(action).as(statement + " action").matches(EXACT_ACTION));
                allowed.addAll(statement.actions());
            } else {
                // a Deny may cover every action (TLS-only bucket policy), but only under a condition
                assertThat(statement.conditions()).as(statement + " denies unconditionally").isNotEmpty();
            }
        }
        assertThat(EVERY_ALLOWED_ACTION).containsAll(allowed);
    }

    @Test
    void agentRolesTrustOnlyBedrockAgentsOfThisAccount() {
        List<PolicyStatement> trust = PolicyStatement.of(terraform.requireBlock("data.aws_iam_policy_document.agent_assume"));
        assertThat(trust).hasSize(1);
        PolicyStatement statement = trust.get(0);
        assertThat(statement.actions()).containsExactly("sts:AssumeRole");
        assertThat(statement.principalIdentifiers()).containsExactly("bedrock.amazonaws.com");
        assertThat(statement.conditions()).contains(List.of("StringEquals", "aws:SourceAccount"), List.of("ArnLike", "aws:SourceArn"));

        TerraformBlock roles = terraform.requireBlock("aws_iam_role.agent");
        assertThat(terraform.instanceKeys(roles)).containsExactlyInAnyOrder("orchestrator", "generator", "executor");
        assertThat(roles.requireAttribute("assume_role_policy").text()).isEqualTo("data.aws_iam_policy_document.agent_assume.json");
    }

    @Test
    void agentsMayInvokeOnlyTheirOwnModel() {
        TerraformBlock document = terraform.requireBlock("data.aws_iam_policy_document.agent_model_access");
        assertThat(document.requireAttribute("for_each").text()).isEqualTo("local.agent_model_ids");
        Map<String, TerraformExpression> models = terraform.requireLocal("agent_model_ids").objectEntries();
        models.forEach((agent, model) -> assertThat(model.text()).isEqualTo("var." + agent + "_model_id"));

        List<PolicyStatement> statements = PolicyStatement.of(document);
        assertThat(statements).hasSize(2);
        assertThat(statements.get(0).actions()).containsExactlyInAnyOrder("bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream");
        assertThat(statements.get(0).resources().text()).isEqualTo("local.agent_model_resources[each.key]");
        // the inference-profile statement exists only for agents whose model id is a profile
        assertThat(statements.get(1).actions()).containsExactly("bedrock:GetInferenceProfile");
        assertThat(document.requireBlock("dynamic").requireAttribute("for_each").text())
                .isEqualTo("local.agent_inference_profiles[each.key]");

        String resources = terraform.requireLocal("agent_model_resources").text();
        assertThat(resources).contains(":foundation-model/", "var.inference_profile_regions", "local.agent_inference_profiles[agent]")
                .doesNotContain("*");
        assertThat(terraform.requireLocal("agent_inference_profiles").text()).contains(":inference-profile/").doesNotContain("*");

        TerraformBlock attachment = terraform.requireBlock("aws_iam_role_policy.agent_model_access");
        assertThat(attachment.requireAttribute("role").text()).isEqualTo("aws_iam_role.agent[each.key].id");
        assertThat(attachment.requireAttribute("policy").text()).isEqualTo("data.aws_iam_policy_document.agent_model_access[each.key].json");
    }

    @Test
    void functionsWriteOnlyToTheirOwnLogGroup() {
        TerraformBlock document = terraform.requireBlock("data.aws_iam_policy_document.lambda_logs");
        assertThat(terraform.instanceKeys(document)).containsExactlyInAnyOrderElementsOf(LambdaFunctionsTest.MODULES.keySet());
        PolicyStatement statement = single(document);
        assertThat(statement.actions()).containsExactlyInAnyOrder("logs:CreateLogStream", "logs:PutLogEvents");
        assertThat(onlyResource(statement)).isEqualTo("${aws_cloudwatch_log_group.lambda[each.key].arn}:*");
        assertAttached("aws_iam_role_policy.lambda_logs", "aws_iam_role.lambda[each.key].id",
                "data.aws_iam_policy_document.lambda_logs[each.key].json");
    }

    @Test
    void toolFunctionsTouchOnlyGeneratedCodeAndTheOneSecret() {
        PolicyStatement generate = single(policy("generate_code"));
        assertThat(generate.actions()).containsExactly("s3:PutObject");
        assertThat(onlyResource(generate)).isEqualTo(GENERATED_CODE);

        PolicyStatement validate = single(policy("validate_code"));
        assertThat(validate.actions()).containsExactlyInAnyOrder("s3:GetObject", "s3:PutObject");
        assertThat(onlyResource(validate)).isEqualTo(GENERATED_CODE);

        List<PolicyStatement> execute = PolicyStatement.of(policy("execute_code"));
        assertThat(execute).hasSize(2);
        assertThat(execute.get(0).actions()).containsExactlyInAnyOrder("s3:GetObject", "s3:PutObject");
        assertThat(onlyResource(execute.get(0))).isEqualTo(GENERATED_CODE);
        assertThat(execute.get(1).actions()).containsExactly("secretsmanager:GetSecretValue");
        assertThat(onlyResource(execute.get(1))).isEqualTo("local.stripe_secret_arn");

        for (String function : List.of("generate_code", "validate_code", "execute_code")) {
            assertAttached("aws_iam_role_policy." + function, "aws_iam_role.lambda[\"" + function + "\"].id",
                    "data.aws_iam_policy_document." + function + ".json");
        }
    }

    @Test
    void invokerFunctionsMayInvokeOnlyTheirSubAgentsAlias() {
        Map<String, String> subAgents = Map.of("invoke_generator", "generator", "invoke_executor", "executor");
        subAgents.forEach((function, agent) -> {
            PolicyStatement statement = single(policy(function));
            assertThat(statement.actions()).containsExactly("bedrock:InvokeAgent");
            assertThat(onlyResource(statement)).isEqualTo("aws_bedrockagent_agent_alias." + agent + ".agent_alias_arn");
            assertAttached("aws_iam_role_policy." + function, "aws_iam_role.lambda[\"" + function + "\"].id",
                    "data.aws_iam_policy_document." + function + ".json");
        });
    }

    @Test
    void functionRolesAreAssumedOnlyByLambda() {
        PolicyStatement trust = single(terraform.requireBlock("data.aws_iam_policy_document.lambda_assume"));
        assertThat(trust.actions()).containsExactly("sts:AssumeRole");
        assertThat(trust.principalIdentifiers()).containsExactly("lambda.amazonaws.com");
        TerraformBlock roles = terraform.requireBlock("aws_iam_role.lambda");
        assertThat(terraform.instanceKeys(roles)).containsExactlyInAnyOrderElementsOf(LambdaFunctionsTest.MODULES.keySet());
    }

    private List<PolicyStatement> allStatements() {
        return terraform.dataSources("aws_iam_policy_document").stream()
                .flatMap(document -> PolicyStatement.of(document).stream())
                .toList();
    }

    private TerraformBlock policy(String name) {
        return terraform.requireBlock("data.aws_iam_policy_document." + name);
    }

    private static PolicyStatement single(TerraformBlock document) {
        List<PolicyStatement> statements = PolicyStatement.of(document);
        assertThat(statements).as(document.where() + " statements").hasSize(1);
        return statements.get(0);
    }

    /** The one resource of a statement, as a canonical template or reference. */
    private static String onlyResource(PolicyStatement statement) {
        List<TerraformExpression> resources = statement.resources().elements();
        assertThat(resources).as(statement + " resources").hasSize(1);
        return resources.get(0).template();
    }

    private void assertAttached(String address, String role, String policy) {
        TerraformBlock attachment = terraform.requireBlock(address);
        assertThat(attachment.requireAttribute("role").text()).as(address + " role").isEqualTo(role);
        assertThat(attachment.requireAttribute("policy").text()).as(address + " policy").isEqualTo(policy);
    }
}
