package io.agenticapi.services;

import io.agenticapi.contract.ActionGroupRouter;
import io.agenticapi.contract.ActionGroupSchema;
import io.agenticapi.contract.ActionHandler;
import io.agenticapi.contract.ActionResult;
import io.agenticapi.contract.Arguments;
import io.agenticapi.services.ports.AgentInvoker;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * invoke_generator and invoke_executor: turn the Orchestrator's structured call into a message for the sub-agent,
 * ask it through the AgentInvoker, and hand back its answer plus the facts the Orchestrator needs next (the
 * code_key, the execution status) pulled out of the answer's text.
 */
public final class InvokeAgentService {
    public static final String GENERATOR_GROUP = "invoke_generator";
    public static final String EXECUTOR_GROUP = "invoke_executor";
    private static final Pattern STATUS = Pattern.compile(
            "(?im)^\\W*status\\W*[:=]\\W*(success|error|blocked|invalid|timeout)\\b");

    private final AgentInvoker invoker;

    public InvokeAgentService(AgentInvoker invoker) {
        this.invoker = invoker;
    }

    public ActionGroupRouter generatorRouter() {
        return ActionGroupRouter.forSchema(ActionGroupSchema.load(GENERATOR_GROUP))
                .on("invokeGenerator", this::invokeGenerator)
                .build();
    }

    public ActionGroupRouter executorRouter() {
        return ActionGroupRouter.forSchema(ActionGroupSchema.load(EXECUTOR_GROUP))
                .on("invokeExecutor", this::invokeExecutor)
                .build();
    }

    ActionResult invokeGenerator(Arguments args, ActionHandler.Invocation invocation) {
        StringBuilder text = new StringBuilder(args.requireString("task_description"));
        text.append("\n\napi_name: ").append(CodeKeys.api(args.string("api_name").orElse("stripe")));
        args.text("previous_code_key").map(CodeKeys::requireValid)
                .ifPresent(k -> text.append("\nprevious_code_key: ").append(k));
        args.text("error_feedback").ifPresent(e -> text.append("\nerror_feedback: ").append(e));
        AgentInvoker.AgentReply reply = ask(text.toString(), invocation);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("answer", reply.text());
        codeKeyIn(reply.text()).ifPresent(k -> body.put("code_key", k));
        body.put("session_id", reply.sessionId());
        return ActionResult.ok(body);
    }

    ActionResult invokeExecutor(Arguments args, ActionHandler.Invocation invocation) {
        StringBuilder text = new StringBuilder();
        Optional<String> codeKey = args.text("code_key").map(CodeKeys::requireValid);
        if (codeKey.isPresent()) {
            text.append("Validate and execute the code stored under code_key: ").append(codeKey.get());
        } else {
            String code = args.text("code").orElseThrow(() -> io.agenticapi.contract.ActionException.badRequest(
                    "give code_key (preferred) or code"));
            text.append("Validate and execute this code:\n```python\n").append(code).append("\n```");
        }
        text.append("\napi_name: ").append(CodeKeys.api(args.string("api_name").orElse("stripe")));
        args.text("task_description").ifPresent(t -> text.append("\ntask_description: ").append(t));
        AgentInvoker.AgentReply reply = ask(text.toString(), invocation);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("answer", reply.text());
        codeKey.or(() -> codeKeyIn(reply.text())).ifPresent(k -> body.put("code_key", k));
        statusIn(reply.text()).ifPresent(s -> body.put("status", s));
        body.put("session_id", reply.sessionId());
        return ActionResult.ok(body);
    }

    private AgentInvoker.AgentReply ask(String text, ActionHandler.Invocation invocation) {
        // the sub-agent continues the caller's session so one request is one traceable conversation
        return invoker.invoke(new AgentInvoker.AgentCall(invocation.sessionId(), text,
                invocation.sessionAttributes() == null ? Map.of() : invocation.sessionAttributes()));
    }

    static Optional<String> codeKeyIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = CodeKeys.KEY.matcher(text);
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        return Optional.ofNullable(last);
    }

    static Optional<String> statusIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = STATUS.matcher(text);
        return m.find() ? Optional.of(m.group(1).toLowerCase(java.util.Locale.ROOT)) : Optional.empty();
    }
}
