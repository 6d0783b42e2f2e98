package io.agenticapi.cli.aws;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agenticapi.aws.AwsClients;
import io.agenticapi.aws.BedrockAgentInvoker;
import io.agenticapi.aws.ClientSettings;
import io.agenticapi.cli.Terminal;
import io.agenticapi.cli.UsageException;
import io.agenticapi.local.approval.WriteApproval;
import io.netty.channel.nio.NioEventLoopGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.nio.netty.SdkEventLoopGroup;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.bedrockagentruntime.BedrockAgentRuntimeAsyncClient;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

@Command(name = "aws", mixinStandardHelpOptions = true,
        description = {"Send requests to the deployed Orchestrator agent (Bedrock InvokeAgent) and print its trace "
                + "live: what each agent thinks, which action groups it calls and what they answer, token usage, "
                + "timings and the final answer.",
                "Ids come from the arguments, from --agent-id/--alias-id, or from --terraform-output FILE "
                        + "(`terraform -chdir=terraform output -json > FILE`). Without a REQUEST the scenarios "
                        + "(built-in list, or --scenarios FILE) run one after another, then a summary table.",
                "Credentials: the AWS default chain (environment, ~/.aws, SSO, instance role) or --profile.",
                "Exit 0 when every request got an answer, 1 when one did not (or AWS refused), 2 usage error."})
public final class AwsCommand implements Callable<Integer> {
    private static final Pattern SESSION_ID = Pattern.compile("[0-9a-zA-Z._:-]{2,100}");

    @Parameters(arity = "0..3", paramLabel = "ARG", description = {
            "ORCHESTRATOR_AGENT_ID ORCHESTRATOR_ALIAS_ID [REQUEST], or just [REQUEST] when the ids come from "
                    + "options or --terraform-output."})
    List<String> arguments = new ArrayList<>();

    @Option(names = "--agent-id", paramLabel = "ID", description = "The Orchestrator's agent id.")
    String agentId;

    @Option(names = "--alias-id", paramLabel = "ID", description = "The Orchestrator's alias id.")
    String aliasId;

    @Option(names = "--terraform-output", paramLabel = "FILE",
            description = "Saved `terraform output -json`: reads orchestrator_agent_id, orchestrator_agent_alias_id "
                    + "and region.")
    Path terraformOutput;

    @Option(names = "--region", paramLabel = "REGION",
            description = "AWS region (default: --terraform-output's region, else AWS_REGION / the profile's).")
    String region;

    @Option(names = "--profile", paramLabel = "NAME", description = "Named profile from ~/.aws for credentials.")
    String profile;

    @Option(names = "--endpoint-url", paramLabel = "URL",
            description = "Bedrock Agent Runtime endpoint (a VPC endpoint, or a stand-in in tests).")
    String endpointUrl;

    @Option(names = "--session-id", paramLabel = "ID",
            description = "Session to use (letters, digits, . _ : -); all requests then share it, so later ones "
                    + "can refer to earlier answers. Default: a new session per request.")
    String sessionId;

    @Option(names = "--scenarios", paramLabel = "FILE",
            description = "Requests to run, one per line (# comments); default: the built-in scenarios.")
    Path scenariosFile;

    @Option(names = "--json", description = "Print one JSON document (request, answer, session_id, trace, "
            + "timings; scenario runs: a list of them) instead of the live trace.")
    boolean json;

    @Option(names = {"-v", "--verbose"}, description = "Print whole trace lines, including model inputs.")
    boolean verbose;

    @Option(names = "--max-attempts", defaultValue = "4", paramLabel = "N",
            description = "Calls per request while Bedrock throttles (default ${DEFAULT-VALUE}).")
    int maxAttempts;

    @Option(names = "--retry-delay", defaultValue = "PT2S", paramLabel = "DURATION",
            description = "First wait after throttling, doubling each time (ISO-8601, default ${DEFAULT-VALUE}).")
    String retryDelay;

    @Option(names = "--approve", paramLabel = "ask|auto|never-write",
            description = {"When an agent asks for the user's confirmation (execute_code has "
                    + "x-requireConfirmation: Bedrock asks before every run): ask (default on a terminal, y/N), auto "
                    + "(confirm) or never-write (deny). Without a terminal, ask denies: pass --approve auto to run "
                    + "code unattended."})
    String approve;

    @Option(names = "--executor-agent-id", paramLabel = "ID",
            description = "The Executor's agent id, to confirm its runs (default: --terraform-output's "
                    + "executor_agent_id).")
    String executorAgentId;

    @Option(names = "--executor-alias-id", paramLabel = "ID",
            description = "The Executor's alias id (default: --terraform-output's executor_agent_alias_id).")
    String executorAliasId;

    @Option(names = "--read-timeout", defaultValue = "PT10M", paramLabel = "DURATION",
            description = "How long to wait for the next part of a streamed answer (default ${DEFAULT-VALUE}).")
    String readTimeout;

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>(arguments);
        AgentTarget target = target(args);
        List<String> requests = requests(args);
        BedrockAgentInvoker.Retry retry = retry();
        Duration timeout = duration("--read-timeout", readTimeout);
        if (sessionId != null && !SESSION_ID.matcher(sessionId).matches()) {
            throw new UsageException("--session-id must be 2-100 letters, digits or . _ : -");
        }
        PrintStream out = System.out;
        PrintStream err = System.err;
        WriteApproval approval;
        try {
            approval = WriteApproval.forMode(approve, Terminal.interactive(), new BufferedReader(
                    new InputStreamReader(System.in, Charset.defaultCharset())), err);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        AgentTarget executor = executor();

        ClientSettings settings = new ClientSettings(region != null ? region : target.region(), profile,
                endpoint(), null);
        String effectiveRegion = settings.region();
        if (effectiveRegion == null) {
            try {
                effectiveRegion = new DefaultAwsRegionProviderChain().getRegion().id();
                settings = settings.withRegion(effectiveRegion);
            } catch (SdkClientException e) {
                err.println("debug-trace: no AWS region: pass --region, set AWS_REGION, or use --terraform-output");
                return 1;
            }
        }
        try {
            settings.credentialsProvider().resolveCredentials();
        } catch (SdkClientException | IllegalStateException e) {
            err.println("debug-trace: no usable AWS credentials"
                    + (profile != null ? " for profile '" + profile + "'" : "") + ": " + e.getMessage());
            err.println("hint: run `aws configure` or `aws sso login`, export AWS_PROFILE, or pass --profile NAME.");
            return 1;
        }

        if (!json) {
            out.println("agent " + target.agentId() + " · alias " + target.aliasId() + " · region " + effectiveRegion
                    + (settings.endpoint() != null ? " · endpoint " + settings.endpoint() : ""));
            out.println();
        }
        List<RunReport> reports = new ArrayList<>();
        int skipped = 0;
        // our own event loop, stopped without the SDK's 2-second quiet period when the run ends
        NioEventLoopGroup loop = new NioEventLoopGroup(2);
        try (BedrockAgentRuntimeAsyncClient client = AwsClients.bedrockAgentRuntime(settings, timeout,
                SdkEventLoopGroup.create(loop))) {
            OrchestratorRunner runner = new OrchestratorRunner(client, target, effectiveRegion, retry,
                    BedrockAgentInvoker.Sleeper.REAL, out, err, !json, verbose, approval, executor);
            for (int i = 0; i < requests.size(); i++) {
                if (requests.size() > 1 && !json) {
                    out.println("── scenario " + (i + 1) + " of " + requests.size() + " ──");
                }
                reports.add(runner.ask(requests.get(i), sessionId));
                if (runner.lastFailureStopsTheRun()) {
                    skipped = requests.size() - i - 1;
                    break;
                }
            }
        } finally {
            // a short quiet period lets the closing client release its connections first
            loop.shutdownGracefully(100, 3000, TimeUnit.MILLISECONDS).awaitUninterruptibly();
        }
        if (json) {
            out.println(document(target, effectiveRegion, reports, skipped, requests.size() > 1));
        } else if (requests.size() > 1) {
            SummaryTable.print(out, reports, skipped);
        }
        boolean allAnswered = skipped == 0 && reports.stream().allMatch(RunReport::answered);
        return allAnswered ? 0 : 1;
    }

    /** Ids from the arguments, the options or the Terraform outputs (exactly one of them). */
    private AgentTarget target(List<String> args) {
        boolean fromOptions = agentId != null || aliasId != null;
        boolean fromFile = terraformOutput != null;
        boolean fromArgs = args.size() >= 2;
        if ((fromOptions ? 1 : 0) + (fromFile ? 1 : 0) > 1) {
            throw new UsageException("give the ids once: --agent-id/--alias-id or --terraform-output, not both");
        }
        if (fromOptions || fromFile) {
            if (args.size() > 1) {
                throw new UsageException("the ids came from " + (fromFile ? "--terraform-output" : "options")
                        + "; give at most one argument, the request (quote it)");
            }
            return fromFile ? AgentTarget.fromTerraformOutput(terraformOutput) : new AgentTarget(agentId, aliasId, null);
        }
        if (!fromArgs) {
            throw new UsageException("say which agent: debug-trace aws ORCHESTRATOR_AGENT_ID ORCHESTRATOR_ALIAS_ID "
                    + "[\"request\"], or --terraform-output FILE (see --help)");
        }
        AgentTarget target = new AgentTarget(args.get(0), args.get(1), null);
        args.subList(0, 2).clear();
        return target;
    }

    /** The Executor's ids: from the options (both or neither), else from --terraform-output, else unknown. */
    private AgentTarget executor() {
        if (executorAgentId != null || executorAliasId != null) {
            if (executorAgentId == null || executorAliasId == null) {
                throw new UsageException("give both --executor-agent-id and --executor-alias-id");
            }
            return new AgentTarget(executorAgentId, executorAliasId, null);
        }
        return terraformOutput == null ? null : AgentTarget.executorFromTerraformOutput(terraformOutput).orElse(null);
    }

    private List<String> requests(List<String> args) {
        if (!args.isEmpty()) {
            String request = args.getFirst();
            if (request.isBlank()) {
                throw new UsageException("the request is empty: say what the code should do");
            }
            if (scenariosFile != null) {
                throw new UsageException("give a request or --scenarios, not both");
            }
            return List.of(request.strip());
        }
        return scenariosFile != null ? Scenarios.fromFile(scenariosFile) : Scenarios.builtIn();
    }

    private BedrockAgentInvoker.Retry retry() {
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new UsageException("--max-attempts must be between 1 and 10");
        }
        Duration delay = duration("--retry-delay", retryDelay);
        return new BedrockAgentInvoker.Retry(maxAttempts, delay);
    }

    private URI endpoint() {
        if (endpointUrl == null) {
            return null;
        }
        try {
            URI uri = new URI(endpointUrl);
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
                throw new URISyntaxException(endpointUrl, "needs http(s)://host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new UsageException("--endpoint-url '" + endpointUrl + "' is not an http(s) URL");
        }
    }

    private static Duration duration(String option, String text) {
        try {
            Duration d = Duration.parse(text);
            if (d.isNegative()) {
                throw new UsageException(option + " cannot be negative");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " '" + text + "' is not an ISO-8601 duration (like PT2S or PT10M)");
        }
    }

    private static String document(AgentTarget target, String region, List<RunReport> reports, int skipped,
                                   boolean scenarioRun) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode doc;
        if (scenarioRun) {
            doc = mapper.createObjectNode();
            ArrayNode runs = doc.putArray("runs");
            reports.forEach(r -> runs.add(r.toJson(mapper)));
            doc.put("answered", reports.stream().filter(RunReport::answered).count());
            doc.put("total", reports.size() + skipped);
        } else {
            doc = reports.getFirst().toJson(mapper);
        }
        doc.put("agent_id", target.agentId());
        doc.put("alias_id", target.aliasId());
        doc.put("region", region);
        try {
            return mapper.writeValueAsString(doc);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
