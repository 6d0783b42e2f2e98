package io.agenticapi.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether a person is at a terminal to answer questions. */
public final class Terminal {
    private Terminal() {
    }

    public static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        // from Java 22 System.console() may exist without a terminal; Console.isTerminal() tells (absent on 21)
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
