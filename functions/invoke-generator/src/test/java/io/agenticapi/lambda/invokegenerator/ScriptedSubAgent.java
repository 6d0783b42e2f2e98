package io.agenticapi.lambda.invokegenerator;

import io.agenticapi.contract.ActionException;
import io.agenticapi.services.ports.AgentInvoker;
import io.quarkus.test.Mock;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for the Bedrock sub-agent in tests: answers from a script, and remembers what it was asked. A request
 * containing "THROTTLE" answers like a throttled InvokeAgent.
 */
@Mock
public class ScriptedSubAgent implements AgentInvoker {
    static final List<AgentCall> CALLS = new CopyOnWriteArrayList<>();
    static final String KEY = "generated/stripe/2026/12/03/20261203T140506789Z-0123abcd.py";

    @Override
    public AgentReply invoke(AgentCall call) {
        CALLS.add(call);
        if (call.inputText().contains("THROTTLE")) {
            throw new ActionException(429, "throttled", "the sub-agent's model is throttled");
        }
        return new AgentReply("status: success\ncode_key: " + KEY + "\nCreated customer cus_123", "sub-session",
                List.of());
    }
}
