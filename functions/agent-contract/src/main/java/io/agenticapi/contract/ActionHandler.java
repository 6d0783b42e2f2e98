package io.agenticapi.contract;

/** One operation of an action group: a plain method over typed, already-validated arguments. */
@FunctionalInterface
public interface ActionHandler {
    ActionResult handle(Arguments arguments, Invocation invocation) throws Exception;

    /** Who called and in which session: the parts of the event that are not arguments. */
    record Invocation(String actionGroup, String operationId, String sessionId, String inputText,
                      ActionGroupEvent.Agent agent, java.util.Map<String, String> sessionAttributes) {
    }
}
