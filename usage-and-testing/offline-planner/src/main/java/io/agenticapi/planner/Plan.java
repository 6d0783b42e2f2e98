package io.agenticapi.planner;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** What the offline planner decided for a request: code for one Stripe operation, or a refusal. */
public sealed interface Plan permits Plan.Code, Plan.Refusal {

    /**
     * Code for one Stripe operation.
     *
     * @param api       the API the code calls ("stripe")
     * @param operation the operation, e.g. {@code customers.create}
     * @param summary   one line a person can read: the call and what it does
     * @param arguments the arguments as extracted (the object id under "id"), in call order
     * @param code      the whole Python script
     */
    record Code(String api, String operation, String summary, Map<String, Object> arguments, String code)
            implements Plan {
        public Code {
            Objects.requireNonNull(api, "api");
            Objects.requireNonNull(operation, "operation");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(code, "code");
            arguments = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(arguments)));
        }
    }

    /**
     * No code. {@code dangerous} is true when the request asks to harm or probe the host (delete files, run shell
     * commands, read secrets or environment variables, open sockets...); false when the planner cannot map the
     * request offline and a model should be configured (--model ...).
     */
    record Refusal(String reason, boolean dangerous) implements Plan {
        public Refusal {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
