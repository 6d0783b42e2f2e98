package io.agenticapi.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.agenticapi.infra.support.Deployment;
import io.agenticapi.infra.support.Reference;
import io.agenticapi.infra.support.RepositoryLayout;
import io.agenticapi.infra.support.TerraformBlock;
import io.agenticapi.infra.support.TerraformConfiguration;
import io.agenticapi.infra.support.TerraformExpression;

/** The five functions: packages, runtimes, sizing, configuration and logs. */
class LambdaFunctionsTest {

    static final Map<String, String> MODULES = Map.of(
            "generate_code", "generate-code",
            "validate_code", "validate-code",
            "execute_code", "execute-code",
            "invoke_generator", "invoke-generator",
            "invoke_executor", "invoke-executor");

    static final Set<String> GRAALPY_FUNCTIONS = Set.of("generate_code", "validate_code", "execute_code");

    static final String QUARKUS_HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";

    final TerraformConfiguration terraform = Deployment.terraform();
    final RepositoryLayout layout = Deployment.layout();

    @Test
    void fiveFunctionsOneForEachActionGroup() {
        Set<String> keys = new LinkedHashSet<>();
        for (TerraformBlock function : terraform.resources("aws_lambda_function")) {
            terraform.instanceKeys(function).forEach(key -> assertThat(keys.add(key)).as("function key " + key).isTrue());
        }
        assertThat(keys).containsExactlyInAnyOrderElementsOf(MODULES.keySet());
    }

    @Test
    void everyFunctionIsTheQuarkusModuleBuildAllBuilds() throws IOException {
        Map<String, String> directories = functionDirectories();
        assertThat(directories).isEqualTo(MODULES);
        assertThat(buildScriptModules()).containsExactlyInAnyOrderElementsOf(directories.values());

        for (String module : directories.values()) {
            Path pom = layout.functions().resolve(module).resolve("pom.xml");
            assertThat(pom).as("Maven module functions/" + module).isRegularFile();
            // quarkus-amazon-lambda packages target/function.zip with the QuarkusStreamHandler entry point
            assertThat(Files.readString(pom)).as(layout.relative(pom)).contains("<artifactId>quarkus-amazon-lambda</artifactId>");
        }
    }

    @Test
    void packagesAreUploadedFromTheBuildOutputThroughTheArtifactsBucket() {
        TerraformBlock upload = terraform.requireBlock("aws_s3_object.lambda_package");
        assertThat(terraform.instanceKeys(upload)).containsExactlyInAnyOrderElementsOf(MODULES.keySet());
        assertThat(terraform.requireLocal("packages_dir").template()).isEqualTo("${path.module}/../functions");

        String zip = "${local.packages_dir}/${each.value.dir}/target/function.zip";
        assertThat(upload.requireAttribute("source").template()).isEqualTo(zip);
        assertThat(upload.requireAttribute("bucket").text()).isEqualTo("aws_s3_bucket.this[\"artifacts\"].id");
        assertThat(upload.requireAttribute("source_hash").callsOf("filebase64sha256"))
                .allSatisfy(call -> assertThat(call.get(0).template()).isEqualTo(zip))
                .isNotEmpty();
        TerraformBlock precondition = upload.requireBlock("lifecycle").requireBlock("precondition");
        assertThat(precondition.requireAttribute("condition").callsOf("fileexists").get(0).get(0).template()).isEqualTo(zip);
        assertThat(precondition.requireAttribute("error_message").template()).contains("build_all.sh");

        for (TerraformBlock function : terraform.resources("aws_lambda_function")) {
            assertThat(function.requireAttribute("s3_bucket").text()).isEqualTo("aws_s3_object.lambda_package[each.key].bucket");
            assertThat(function.requireAttribute("s3_key").text()).isEqualTo("aws_s3_object.lambda_package[each.key].key");
            assertThat(function.requireAttribute("s3_object_version").text())
                    .isEqualTo("aws_s3_object.lambda_package[each.key].version_id");
            assertThat(function.requireAttribute("source_code_hash").text())
                    .isEqualTo("aws_s3_object.lambda_package[each.key].source_hash");
            assertThat(function.attribute("filename")).as(function.where() + " uploads directly").isEmpty();
        }
    }

    @Test
    void runtimeAndHandlerMatchTheJvmAndNativePackages() {
        Map<String, TerraformExpression> runtimes = terraform.requireLocal("lambda_runtimes").objectEntries();
        assertThat(runtimes.keySet()).containsExactlyInAnyOrder("jvm", "native");

        Map<String, TerraformExpression> jvm = runtimes.get("jvm").objectEntries();
        assertThat(jvm.get("runtime").literal()).contains("java21");
        assertThat(jvm.get("handler").literal()).contains(QUARKUS_HANDLER);
        assertThat(jvm.get("environment").objectEntries().get("JAVA_TOOL_OPTIONS").literal())
                .contains("-XX:+TieredCompilation -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MaxRAMPercentage=50");

        Map<String, TerraformExpression> nativeImage = runtimes.get("native").objectEntries();
        assertThat(nativeImage.get("runtime").literal()).contains("provided.al2023");
        assertThat(nativeImage.get("handler").literal()).hasValueSatisfying(handler -> assertThat(handler).isNotBlank());
        assertThat(nativeImage.get("environment").objectEntries().get("DISABLE_SIGNAL_HANDLERS").literal()).contains("true");

        assertThat(terraform.requireLocal("lambda_runtime").text()).isEqualTo("local.lambda_runtimes[var.lambda_runtime_kind]");
        TerraformBlock kind = terraform.variables().get("lambda_runtime_kind");
        assertThat(kind.literal("default")).isEqualTo("jvm");
        assertThat(kind.requireBlock("validation").requireAttribute("condition").text()).contains("\"jvm\"", "\"native\"");

        for (TerraformBlock function : terraform.resources("aws_lambda_function")) {
            assertThat(function.requireAttribute("runtime").text()).isEqualTo("local.lambda_runtime.runtime");
            assertThat(function.requireAttribute("handler").text()).isEqualTo("local.lambda_runtime.handler");
            TerraformExpression environment = function.requireBlock("environment").requireAttribute("variables");
            assertThat(environment.callsOf("merge").get(0).get(0).text()).isEqualTo("local.lambda_runtime.environment");
        }
    }

    @Test
    void snapStartIsOptionalForJvmAndAppliesToPublishedVersions() {
        assertThat(terraform.requireLocal("snapstart_enabled").text())
                .isEqualTo("var.lambda_snapstart_enabled && var.lambda_runtime_kind == \"jvm\"");
        assertThat(terraform.variables().get("lambda_snapstart_enabled").literal("default")).isEqualTo("false");
        for (TerraformBlock function : terraform.resources("aws_lambda_function")) {
            assertThat(function.requireAttribute("publish").text()).isEqualTo("local.snapstart_enabled");
            List<TerraformBlock> snapStart = function.blocksIncludingDynamic("snap_start");
            assertThat(snapStart).as(function.where() + " snap_start").hasSize(1);
            assertThat(function.requireBlock("dynamic").requireAttribute("for_each").text())
                    .isEqualTo("local.snapstart_enabled ? [\"PublishedVersions\"] : []");
            assertThat(snapStart.get(0).requireAttribute("apply_on").text()).isEqualTo("snap_start.value");
        }
    }

    @Test
    void memoryAndTimeoutsFitWhatEachFunctionDoes() {
        Map<String, Double> memory = numbers(terraform.variables().get("lambda_memory_mb").requireAttribute("default"));
        Map<String, Double> timeouts = numbers(terraform.variables().get("lambda_timeout_seconds").requireAttribute("default"));
        assertThat(memory.keySet()).containsExactlyInAnyOrderElementsOf(MODULES.keySet());
        assertThat(timeouts.keySet()).containsExactlyInAnyOrderElementsOf(MODULES.keySet());

        GRAALPY_FUNCTIONS.forEach(function -> assertThat(memory.get(function)).as(function + " MB").isBetween(1024.0, 2048.0));
        assertThat(timeouts.get("execute_code")).isEqualTo(120.0);
        assertThat(timeouts.get("invoke_generator")).isEqualTo(300.0);
        assertThat(timeouts.get("invoke_executor")).isEqualTo(300.0);
        timeouts.values().forEach(seconds -> assertThat(seconds).isBetween(1.0, 900.0));

        for (TerraformBlock function : terraform.resources("aws_lambda_function")) {
            assertThat(function.requireAttribute("memory_size").text()).isEqualTo("var.lambda_memory_mb[each.key]");
            assertThat(function.requireAttribute("timeout").text()).isEqualTo("var.lambda_timeout_seconds[each.key]");
        }
    }

    @Test
    void executeCodeConcurrencyIsTheRateLimit() {
        TerraformBlock tools = terraform.requireBlock("aws_lambda_function.tool");
        assertThat(tools.requireAttribute("reserved_concurrent_executions").text())
                .isEqualTo("each.key == \"execute_code\" ? var.execute_code_reserved_concurrency : -1");
        TerraformBlock limit = terraform.variables().get("execute_code_reserved_concurrency");
        assertThat(Double.parseDouble(limit.literal("default"))).isGreaterThanOrEqualTo(1.0);
        assertThat(terraform.requireBlock("aws_lambda_function.invoker").attribute("reserved_concurrent_executions")).isEmpty();
    }

    @Test
    void functionsGetTheConfigurationTheirCodeReads() {
        Map<String, TerraformExpression> store = terraform.requireLocal("code_store_environment").objectEntries();
        assertThat(store.get("AGENTIC_CODE_STORE_KIND").literal()).contains("s3");
        assertThat(store.get("AGENTIC_CODE_STORE_BUCKET").text()).isEqualTo("aws_s3_bucket.this[\"code\"].id");
        assertThat(store.get("AGENTIC_PYTHON_RESOURCE_CACHE").literal()).contains("/tmp/graalpy");

        Map<String, TerraformExpression> tools = terraform.requireLocal("tool_environment").objectEntries();
        assertThat(tools.keySet()).containsExactlyInAnyOrderElementsOf(GRAALPY_FUNCTIONS);
        assertThat(tools.get("generate_code").text()).isEqualTo("local.code_store_environment");
        assertThat(tools.get("validate_code").text()).isEqualTo("local.code_store_environment");
        List<TerraformExpression> execute = tools.get("execute_code").arguments();
        assertThat(execute.get(0).text()).isEqualTo("local.code_store_environment");
        Map<String, TerraformExpression> secret = execute.get(1).objectEntries();
        assertThat(secret.get("AGENTIC_SECRET_KIND").literal()).contains("secretsmanager");
        assertThat(secret.get("AGENTIC_SECRET_ID").text()).isEqualTo("var.stripe_secret_name");
        assertThat(secret.get("AGENTIC_API_BASE_URL").text()).isEqualTo("var.api_base_url");
        assertThat(terraform.variables().get("api_base_url").literal("default")).isEqualTo("https://api.stripe.com");

        assertThat(environmentOf("aws_lambda_function.tool")).isEqualTo("local.tool_environment[each.key]");
        assertThat(environmentOf("aws_lambda_function.invoker")).isEqualTo("local.invoker_environment[each.key]");
    }

    @Test
    void secretIsLookedUpByNameAndOnlyOptionallyCreated() {
        Map<String, TerraformBlock> variables = terraform.variables();
        assertThat(variables.get("stripe_secret_name").literal("default")).isEqualTo("agentic-api-developer/stripe/test-key");
        assertThat(variables.get("create_stripe_secret").literal("default")).isEqualTo("false");
        assertThat(variables.get("stripe_test_api_key").literal("sensitive")).isEqualTo("true");

        TerraformBlock lookup = terraform.requireBlock("data.aws_secretsmanager_secret.stripe");
        assertThat(lookup.requireAttribute("name").text()).isEqualTo("var.stripe_secret_name");
        assertThat(lookup.requireAttribute("count").text()).isEqualTo("var.create_stripe_secret ? 0 : 1");
        assertThat(terraform.requireBlock("aws_secretsmanager_secret.stripe").requireAttribute("count").text())
                .isEqualTo("var.create_stripe_secret ? 1 : 0");
        assertThat(terraform.requireLocal("stripe_secret_arn").references().stream().map(Reference::text))
                .contains("data.aws_secretsmanager_secret.stripe[0].arn", "aws_secretsmanager_secret.stripe[0].arn");
    }

    @Test
    void everyFunctionLogsToItsOwnGroupWithRetention() {
        TerraformBlock logGroups = terraform.requireBlock("aws_cloudwatch_log_group.lambda");
        assertThat(terraform.instanceKeys(logGroups)).containsExactlyInAnyOrderElementsOf(MODULES.keySet());
        assertThat(logGroups.requireAttribute("name").template()).isEqualTo("/aws/lambda/${local.name_prefix}-${each.value.dir}");
        assertThat(logGroups.requireAttribute("retention_in_days").text()).isEqualTo("var.log_retention_days");
        assertThat(terraform.resources("aws_cloudwatch_log_group").stream().mapToInt(g -> terraform.instanceKeys(g).size()).sum())
                .isGreaterThanOrEqualTo(5);

        for (TerraformBlock function : terraform.resources("aws_lambda_function")) {
            // the group name above is /aws/lambda/<function_name>: Lambda's default, so nothing else creates one
            assertThat(function.requireAttribute("function_name").template()).isEqualTo("${local.name_prefix}-${each.value.dir}");
            assertThat(function.requireBlock("logging_config").requireAttribute("log_group").text())
                    .isEqualTo("aws_cloudwatch_log_group.lambda[each.key].name");
            assertThat(function.dependsOn()).as(function.where()).contains("aws_cloudwatch_log_group.lambda");
            assertThat(function.requireAttribute("role").text()).isEqualTo("aws_iam_role.lambda[each.key].arn");
        }
    }

    private String environmentOf(String address) {
        TerraformExpression variables = terraform.requireBlock(address).requireBlock("environment").requireAttribute("variables");
        return variables.callsOf("merge").get(0).get(1).text();
    }

    /** Function key to Maven module directory, from local.tool_functions and local.invoker_functions. */
    private Map<String, String> functionDirectories() {
        Map<String, String> directories = new LinkedHashMap<>();
        for (String group : List.of("tool_functions", "invoker_functions")) {
            terraform.requireLocal(group).objectEntries().forEach((key, settings) ->
                    directories.put(key, settings.objectEntries().get("dir").literal().orElseThrow()));
        }
        return directories;
    }

    private List<String> buildScriptModules() throws IOException {
        String script = Files.readString(layout.buildScript());
        Matcher modules = Pattern.compile("(?m)^readonly FUNCTION_MODULES=\\(([^)]*)\\)").matcher(script);
        assertThat(modules.find()).as("build_all.sh declares FUNCTION_MODULES=(...)").isTrue();
        return List.of(modules.group(1).trim().split("\\s+"));
    }

    private static Map<String, Double> numbers(TerraformExpression object) {
        Map<String, Double> numbers = new LinkedHashMap<>();
        object.objectEntries().forEach((key, value) -> numbers.put(key, Double.parseDouble(value.literal().orElseThrow())));
        return numbers;
    }
}
