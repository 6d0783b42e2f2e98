package io.agenticapi.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintStream;
import java.util.Iterator;
import java.util.Map;

/**
 * Prints InvokeAgent trace parts as a readable live log: one line per step, indented by the caller chain, with
 * the time since the request started. Serves local runs and deployed agents alike (same trace shape).
 */
public final class TracePrinter {
    private final PrintStream out;
    private final long startNanos;
    private final boolean verbose;
    private final int width;

    public TracePrinter(PrintStream out, boolean verbose) {
        this.out = out;
        this.startNanos = System.nanoTime();
        this.verbose = verbose;
        this.width = verbose ? Integer.MAX_VALUE : 160;
    }

    public void print(JsonNode part) {
        String agent = part.path("agentName").asText(part.path("agentId").asText("agent"));
        int depth = part.path("callerChain").size();
        JsonNode trace = part.path("trace");
        JsonNode orchestration = trace.path("orchestrationTrace");
        if (trace.has("failureTrace")) {
            line(depth, agent, "FAILED", trace.path("failureTrace").path("failureReason").asText());
        } else if (orchestration.has("rationale")) {
            line(depth, agent, "thinks", orchestration.path("rationale").path("text").asText());
        } else if (orchestration.has("invocationInput")) {
            JsonNode input = orchestration.path("invocationInput").path("actionGroupInvocationInput");
            StringBuilder call = new StringBuilder(input.path("actionGroupName").asText()).append(' ')
                    .append(input.path("verb").asText()).append(' ').append(input.path("apiPath").asText());
            appendArguments(call, input.path("parameters"));
            for (Iterator<Map.Entry<String, JsonNode>> it = input.path("requestBody").path("content").fields();
                 it.hasNext(); ) {
                appendArguments(call, it.next().getValue());
            }
            line(depth, agent, "calls", call.toString());
        } else if (orchestration.has("observation")) {
            JsonNode observation = orchestration.path("observation");
            switch (observation.path("type").asText()) {
                case "FINISH" -> line(depth, agent, "answers", observation.path("finalResponse").path("text").asText());
                case "ACTION_GROUP" -> line(depth, agent, "result",
                        observation.path("actionGroupInvocationOutput").path("text").asText());
                default -> line(depth, agent, observation.path("type").asText().toLowerCase(), observation.toString());
            }
        } else if (orchestration.has("modelInvocationOutput")) {
            JsonNode usage = orchestration.path("modelInvocationOutput").path("metadata").path("usage");
            if (usage.path("inputTokens").asInt() > 0 || verbose) {
                line(depth, agent, "model", "tokens in " + usage.path("inputTokens").asInt() + ", out "
                        + usage.path("outputTokens").asInt());
            }
        } else if (verbose) {
            line(depth, agent, "trace", trace.toString());
        }
    }

    private void appendArguments(StringBuilder call, JsonNode list) {
        for (JsonNode p : list) {
            String value = p.path("value").asText();
            long lines = value.chars().filter(c -> c == '\n').count();
            call.append("  ").append(p.path("name").asText()).append('=')
                    .append(lines > 1 && !verbose ? "<" + (lines + 1) + " lines>" : '"' + value + '"');
        }
    }

    private void line(int depth, String agent, String what, String text) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        String indent = "  ".repeat(depth);
        String flat = verbose ? text : text.replace("\n", " ⏎ ");
        if (flat.length() > width) {
            flat = flat.substring(0, width - 1) + "…";
        }
        out.printf("[%6.2fs] %-16s %-8s %s%n", seconds, indent + agent, what, flat);
        out.flush();
    }
}
