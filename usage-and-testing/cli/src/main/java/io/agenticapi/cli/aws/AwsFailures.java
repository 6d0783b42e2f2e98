package io.agenticapi.cli.aws;

import io.agenticapi.contract.ActionException;

/** Turns an InvokeAgent failure into advice a user can act on, and says whether the next request would fail too. */
final class AwsFailures {
    record Advice(String hint, boolean stopsTheRun) {
    }

    private AwsFailures() {
    }

    static Advice advise(ActionException failure, AgentTarget target, String region) {
        String message = String.valueOf(failure.getMessage());
        if (failure.status() == 429) {
            return new Advice("Bedrock kept throttling the agents' model. Wait a minute and run again; for lasting "
                    + "relief ask for a higher quota (Service Quotas > Amazon Bedrock > on-demand requests and "
                    + "tokens per minute for the agents' model) or use a cross-region inference profile.", false);
        }
        if (message.contains("ResourceNotFoundException")) {
            return new Advice("no agent " + target.agentId() + " with alias " + target.aliasId() + " in "
                    + region + ": check the ids (terraform output orchestrator_agent_id / "
                    + "orchestrator_agent_alias_id) and the region (--region).", true);
        }
        if (message.contains("AccessDeniedException")) {
            return new Advice("these credentials may not call bedrock:InvokeAgent on this alias, or the model "
                    + "is not enabled for the account (Bedrock console > Model access).", true);
        }
        if (message.contains("UnrecognizedClientException") || message.contains("InvalidSignatureException")
                || message.contains("ExpiredToken") || message.contains("security token")) {
            return new Advice("AWS did not accept the credentials: refresh them (aws sso login, aws configure) or "
                    + "pick another --profile.", true);
        }
        if (message.contains("Unable to execute HTTP request") || message.contains("UnknownHost")
                || message.contains("Connection refused")) {
            return new Advice("cannot reach the Bedrock Agent Runtime endpoint: check the network, --region and "
                    + "--endpoint-url.", true);
        }
        if (message.contains("DependencyFailedException") || message.contains("BadGatewayException")) {
            return new Advice("an action group's Lambda failed: see its log group (aws logs tail "
                    + "/aws/lambda/<function> --follow) and the trace above.", false);
        }
        return new Advice(null, false);
    }
}
