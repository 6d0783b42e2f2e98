package io.agenticapi.cli.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agenticapi.cli.UsageException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Which deployed Orchestrator to talk to: its agent id, alias id and (when known) region. From the command line,
 * or from a saved {@code terraform output -json} (outputs orchestrator_agent_id, orchestrator_agent_alias_id,
 * region).
 */
record AgentTarget(String agentId, String aliasId, String region) {
    /** Bedrock agent and alias ids are ten letters or digits (the draft alias is TSTALIASID). */
    private static final Pattern ID = Pattern.compile("[0-9a-zA-Z]{10}");

    AgentTarget {
        check(agentId, "agent id", "orchestrator_agent_id");
        check(aliasId, "alias id", "orchestrator_agent_alias_id");
    }

    private static void check(String id, String what, String output) {
        if (id == null || id.isBlank()) {
            throw new UsageException("no " + what + ": give it as an argument, with --" + what.replace(' ', '-')
                    + ", or with --terraform-output FILE (from `terraform output -json > FILE`)");
        }
        if (!ID.matcher(id).matches()) {
            throw new UsageException("'" + id + "' is not a Bedrock " + what + " (ten letters or digits, like the "
                    + "value of `terraform output " + output + "`)");
        }
    }

    /** Reads the ids and region from the JSON that {@code terraform output -json} prints. */
    static AgentTarget fromTerraformOutput(Path file) {
        JsonNode outputs;
        try {
            outputs = new ObjectMapper().readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new UsageException("no such file: " + file + " (save it with `terraform -chdir=terraform output "
                    + "-json > " + file + "`)");
        } catch (IOException e) {
            throw new UsageException(file + " is not the JSON of `terraform output -json`: " + e.getMessage());
        }
        if (outputs == null || !outputs.isObject()) {
            throw new UsageException(file + " is not the JSON of `terraform output -json`");
        }
        return new AgentTarget(value(outputs, file, "orchestrator_agent_id", true),
                value(outputs, file, "orchestrator_agent_alias_id", true),
                value(outputs, file, "region", false));
    }

    /** The Executor's ids from the same outputs (executor_agent_id, executor_agent_alias_id), when present. */
    static java.util.Optional<AgentTarget> executorFromTerraformOutput(Path file) {
        try {
            JsonNode outputs = new ObjectMapper().readTree(Files.readString(file));
            String agent = outputs == null ? null : value(outputs, file, "executor_agent_id", false);
            String alias = outputs == null ? null : value(outputs, file, "executor_agent_alias_id", false);
            return agent == null || alias == null ? java.util.Optional.empty()
                    : java.util.Optional.of(new AgentTarget(agent, alias, null));
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    private static String value(JsonNode outputs, Path file, String name, boolean required) {
        JsonNode value = outputs.path(name).path("value");
        if (value.isTextual() && !value.asText().isBlank()) {
            return value.asText();
        }
        if (required) {
            throw new UsageException(file + " has no output " + name + " (is it the output of this project's "
                    + "terraform/ after `terraform apply`?)");
        }
        return null;
    }
}
