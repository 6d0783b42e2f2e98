package io.agenticapi.local;

import io.agenticapi.contract.ActionException;
import io.agenticapi.services.ports.AgentInvoker;

/** The AgentInvoker port served by the local runtime: the sub-agent runs in this JVM with the same loop. */
public final class LocalAgentInvoker implements AgentInvoker {
    private final LocalAgent agent;

    public LocalAgentInvoker(LocalAgent agent) {
        this.agent = agent;
    }

    @Override
    public AgentReply invoke(AgentCall call) {
        try {
            return agent.run(call.sessionId(), call.inputText(), call.sessionAttributes(), CallerChain.current());
        } catch (LocalAgent.AgentFailure e) {
            // as InvokeAgent failing inside the Lambda: the calling agent sees a 502 envelope
            throw new ActionException(502, "sub_agent_failed", agent.name() + " failed: " + e.getMessage());
        }
    }
}
