package io.agenticapi.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agenticapi.contract.ActionGroupEvent;
import io.agenticapi.contract.ActionGroupRouter;

import java.util.HashMap;
import java.util.Map;

/**
 * Bounds the refinement loop whatever the model does: invoke_generator calls that ask for a fix (they carry
 * previous_code_key) are counted per session, and the one beyond the limit gets a 429 envelope
 * {error: fix_limit_reached} instead of a Generator run.
 */
final class FixLimitGate implements LambdaEndpoint {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LambdaEndpoint target;
    private final int maxFixes;
    private final Map<String, Integer> fixesBySession = new HashMap<>();

    FixLimitGate(LambdaEndpoint target, int maxFixes) {
        this.target = target;
        this.maxFixes = maxFixes;
    }

    @Override
    public String invoke(String eventJson) {
        ActionGroupEvent event;
        try {
            event = JSON.readValue(eventJson, ActionGroupEvent.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return target.invoke(eventJson);
        }
        boolean fix = event.bodyProperties().stream()
                .anyMatch(p -> "previous_code_key".equals(p.name()) && p.value() != null && !p.value().isBlank());
        if (fix) {
            int count;
            synchronized (fixesBySession) {
                count = fixesBySession.merge(String.valueOf(event.sessionId()), 1, Integer::sum);
            }
            if (count > maxFixes) {
                return ActionGroupRouter.toJson(ActionGroupRouter.error(event, 429, "fix_limit_reached",
                        "this run allows at most " + maxFixes + " fix" + (maxFixes == 1 ? "" : "es")
                                + " of the code (--max-fixes " + maxFixes + "); no new code was written. Do not ask "
                                + "again: report the last execution error to the user."));
            }
        }
        return target.invoke(eventJson);
    }
}
