package io.agenticapi.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.agenticapi.infra.support.Deployment;
import io.agenticapi.infra.support.PolicyStatement;
import io.agenticapi.infra.support.TerraformBlock;
import io.agenticapi.infra.support.TerraformConfiguration;
import io.agenticapi.infra.support.TerraformExpression;

/** Both buckets (generated code, Lambda packages) are private, encrypted, versioned, TLS-only and expire data. */
class StorageTest {

    static final Set<String> BUCKETS = Set.of("code", "artifacts");

    final TerraformConfiguration terraform = Deployment.terraform();

    @Test
    void twoBucketsNamedPerAccount() {
        TerraformBlock buckets = terraform.requireBlock("aws_s3_bucket.this");
        assertThat(terraform.instanceKeys(buckets)).containsExactlyInAnyOrderElementsOf(BUCKETS);
        Map<String, TerraformExpression> names = terraform.requireLocal("bucket_names").objectEntries();
        names.values().forEach(name -> assertThat(name.template()).startsWith("${local.name_prefix}-").endsWith("-${local.account_id}"));
        assertThat(names.get("code").template()).contains("code-storage");
        assertThat(buckets.requireAttribute("force_destroy").text()).isEqualTo("var.force_destroy_buckets");
        assertThat(terraform.variables().get("force_destroy_buckets").literal("default")).isEqualTo("false");
    }

    @Test
    void everyBucketHasEveryProtection() {
        for (String type : List.of("aws_s3_bucket_ownership_controls", "aws_s3_bucket_public_access_block",
                "aws_s3_bucket_versioning", "aws_s3_bucket_server_side_encryption_configuration", "aws_s3_bucket_policy")) {
            List<TerraformBlock> protections = terraform.resources(type);
            assertThat(protections).as(type).hasSize(1);
            TerraformBlock protection = protections.get(0);
            assertThat(terraform.instanceKeys(protection)).as(protection.where()).containsExactlyInAnyOrderElementsOf(BUCKETS);
            assertThat(protection.requireAttribute("bucket").text()).as(protection.where()).isEqualTo("each.value.id");
        }

        TerraformBlock publicAccess = terraform.requireBlock("aws_s3_bucket_public_access_block.this");
        for (String flag : List.of("block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets")) {
            assertThat(publicAccess.literal(flag)).as(flag).isEqualTo("true");
        }
        assertThat(terraform.requireBlock("aws_s3_bucket_ownership_controls.this").requireBlock("rule").literal("object_ownership"))
                .isEqualTo("BucketOwnerEnforced");
        assertThat(terraform.requireBlock("aws_s3_bucket_versioning.this").requireBlock("versioning_configuration").literal("status"))
                .isEqualTo("Enabled");
        assertThat(terraform.requireBlock("aws_s3_bucket_server_side_encryption_configuration.this").requireBlock("rule")
                .requireBlock("apply_server_side_encryption_by_default").literal("sse_algorithm"))
                .isIn("AES256", "aws:kms", "aws:kms:dsse");
    }

    @Test
    void bucketPoliciesRefuseRequestsWithoutTls() {
        TerraformBlock policy = terraform.requireBlock("aws_s3_bucket_policy.this");
        assertThat(policy.requireAttribute("policy").text()).isEqualTo("data.aws_iam_policy_document.bucket_tls_only[each.key].json");

        List<PolicyStatement> statements = PolicyStatement.of(terraform.requireBlock("data.aws_iam_policy_document.bucket_tls_only"));
        PolicyStatement insecure = statements.stream()
                .filter(statement -> statement.conditions().contains(List.of("Bool", "aws:SecureTransport")))
                .findFirst().orElseThrow(() -> new AssertionError("no statement on aws:SecureTransport"));
        assertThat(insecure.effect()).isEqualTo("Deny");
        assertThat(insecure.actions()).containsExactly("s3:*");
        assertThat(insecure.principalIdentifiers()).containsExactly("*");
        assertThat(insecure.resources().elements().stream().map(TerraformExpression::template))
                .containsExactlyInAnyOrder("each.value.arn", "${each.value.arn}/*");
        TerraformBlock condition = insecure.statement().requireBlock("condition");
        assertThat(condition.requireAttribute("values").stringElements()).containsExactly("false");
    }

    @Test
    void generatedCodeExpiresAfterTheRetentionPeriod() {
        TerraformBlock lifecycle = terraform.requireBlock("aws_s3_bucket_lifecycle_configuration.code");
        assertThat(lifecycle.requireAttribute("bucket").text()).isEqualTo("aws_s3_bucket.this[\"code\"].id");
        TerraformBlock rule = lifecycle.blocks("rule").stream()
                .filter(candidate -> !candidate.blocks("expiration").isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("no expiring rule on the code bucket"));
        assertThat(rule.literal("status")).isEqualTo("Enabled");
        assertThat(rule.requireBlock("filter").literal("prefix")).isEqualTo("generated/");
        assertThat(rule.requireBlock("expiration").requireAttribute("days").text()).isEqualTo("var.code_retention_days");
        assertThat(rule.requireBlock("noncurrent_version_expiration").requireAttribute("noncurrent_days").text())
                .isEqualTo("var.code_retention_days");
        assertThat(Double.parseDouble(terraform.variables().get("code_retention_days").literal("default"))).isEqualTo(30.0);

        TerraformBlock artifacts = terraform.requireBlock("aws_s3_bucket_lifecycle_configuration.artifacts");
        assertThat(artifacts.requireAttribute("bucket").text()).isEqualTo("aws_s3_bucket.this[\"artifacts\"].id");
        assertThat(artifacts.requireBlock("rule").requireBlock("noncurrent_version_expiration").requireAttribute("noncurrent_days").text())
                .isEqualTo("var.artifact_noncurrent_retention_days");
    }
}
