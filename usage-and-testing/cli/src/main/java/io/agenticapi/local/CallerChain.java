package io.agenticapi.local;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The chain of agents above the action group being called, per thread. A sub-agent invoked from inside an
 * action group (invoke_generator, invoke_executor) reads it to place its traces under its caller, as Bedrock's
 * callerChain does.
 */
final class CallerChain {
    private static final ThreadLocal<Deque<List<String>>> STACK = ThreadLocal.withInitial(ArrayDeque::new);

    private CallerChain() {
    }

    static void push(List<String> chain) {
        STACK.get().push(List.copyOf(chain));
    }

    static void pop() {
        STACK.get().pop();
    }

    static List<String> current() {
        List<String> chain = STACK.get().peek();
        return chain == null ? List.of() : chain;
    }
}
