package io.agenticapi.planner;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small, strict plausibility check for the scripts the planner writes, since the tests cannot run Python:
 * string literals (plain and f-strings) close, brackets balance, indentation is in steps of four and opens after a
 * colon, imports stay within json/os/stripe/datetime, and no dangerous builtin or dunder attribute appears in
 * code (string contents are blanked first, so a user's "open(" inside a name is fine).
 */
final class PythonScriptCheck {

    private static final Set<String> ALLOWED_IMPORTS = Set.of("json", "os", "stripe", "datetime");
    private static final Pattern FORBIDDEN = Pattern.compile("\\b(?:eval|exec|compile|open|__import__|getattr|"
            + "setattr|delattr|globals|locals|vars|input|breakpoint)\\s*\\(|\\b(?:subprocess|socket|shutil|sys|"
            + "ctypes|pickle|importlib)\\b|\\bos\\.(?!environ\\b)\\w+|\\.__\\w+__|\\blambda\\b");
    private static final Pattern IMPORT = Pattern.compile("^\\s*(?:import|from)\\s+([\\w.]+)");
    private static final Pattern BLOCK_OPENER = Pattern.compile("^(?:def|if|elif|else|for|while|try|except|finally"
            + "|with|class)\\b");

    private PythonScriptCheck() {
    }

    /** Problems found; empty when the script looks like valid, policy-clean Python. */
    static List<String> problems(String script) {
        List<String> problems = new ArrayList<>();
        String code = blankStrings(script, problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        checkBracketsAndIndentation(code, problems);
        String[] lines = code.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher imp = IMPORT.matcher(line);
            if (imp.find() && !ALLOWED_IMPORTS.contains(imp.group(1).split("\\.")[0])) {
                problems.add("line " + (i + 1) + ": imports " + imp.group(1));
            }
            Matcher bad = FORBIDDEN.matcher(line.replace("__name__ == ", "NAME == "));
            if (bad.find()) {
                problems.add("line " + (i + 1) + ": forbidden " + bad.group());
            }
        }
        return problems;
    }

    /** The code with every string literal's contents replaced by 'x', f-string expressions kept. */
    static String blankStrings(String script, List<String> problems) {
        StringBuilder out = new StringBuilder(script.length());
        int i = 0;
        while (i < script.length()) {
            char c = script.charAt(i);
            if (c == '#') {
                while (i < script.length() && script.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '"' || c == '\'') {
                boolean fString = i > 0 && (script.charAt(i - 1) == 'f' || script.charAt(i - 1) == 'F');
                i = string(script, i, fString, out, problems);
                if (i < 0) {
                    return "";
                }
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** Reads one literal starting at its opening quote; returns the index after it, or -1 when it never closes. */
    private static int string(String s, int start, boolean fString, StringBuilder out, List<String> problems) {
        char quote = s.charAt(start);
        boolean triple = s.startsWith(String.valueOf(quote).repeat(3), start);
        String closer = triple ? String.valueOf(quote).repeat(3) : String.valueOf(quote);
        int i = start + closer.length();
        out.append(closer).append('x');
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n' && !triple) {
                problems.add("unterminated string starting at offset " + start);
                return -1;
            }
            if (c == '\\') {
                if (fString && i + 1 < s.length() && inExpression(s, start, i)) {
                    problems.add("backslash inside an f-string expression at offset " + i);
                }
                i += 2;
                continue;
            }
            if (s.startsWith(closer, i)) {
                out.append(closer);
                return i + closer.length();
            }
            if (fString && c == '{') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '{') {
                    i += 2;
                    continue;
                }
                int end = expressionEnd(s, i, quote, problems);
                if (end < 0) {
                    return -1;
                }
                out.append(s, i, end + 1);
                i = end + 1;
                continue;
            }
            if (fString && c == '}') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '}') {
                    i += 2;
                    continue;
                }
                problems.add("single '}' in f-string at offset " + i);
                return -1;
            }
            i++;
        }
        problems.add("unterminated string starting at offset " + start);
        return -1;
    }

    private static boolean inExpression(String s, int start, int at) {
        int depth = 0;
        for (int i = start; i < at; i++) {
            depth += s.charAt(i) == '{' ? 1 : s.charAt(i) == '}' ? -1 : 0;
        }
        return depth > 0;
    }

    /** The index of the '}' closing the f-string expression that opens at {@code open}. */
    private static int expressionEnd(String s, int open, char quote, List<String> problems) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == quote || c == '\n') {
                break;
            }
            if (c == '{' || c == '(' || c == '[') {
                depth++;
            } else if (c == '}' || c == ')' || c == ']') {
                depth--;
                if (depth == 0) {
                    return c == '}' ? i : -1;
                }
            }
        }
        problems.add("unclosed f-string expression at offset " + open);
        return -1;
    }

    private static void checkBracketsAndIndentation(String code, List<String> problems) {
        Deque<Character> brackets = new ArrayDeque<>();
        Deque<Integer> indents = new ArrayDeque<>();
        indents.push(0);
        boolean expectIndent = false;
        String[] lines = code.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            boolean continuation = !brackets.isEmpty();
            if (!continuation && !line.isBlank()) {
                int indent = line.length() - line.stripLeading().length();
                if (line.startsWith("\t") || indent % 4 != 0) {
                    problems.add("line " + (n + 1) + ": indentation " + indent);
                }
                if (expectIndent) {
                    if (indent != indents.peek() + 4) {
                        problems.add("line " + (n + 1) + ": expected an indented block");
                    }
                    indents.push(indent);
                } else {
                    while (indent < indents.peek()) {
                        indents.pop();
                    }
                    if (indent != indents.peek()) {
                        problems.add("line " + (n + 1) + ": unexpected indent");
                    }
                }
                String stripped = line.strip();
                boolean opener = BLOCK_OPENER.matcher(stripped).find();
                if (opener && !stripped.endsWith(":")) {
                    problems.add("line " + (n + 1) + ": block statement without ':'");
                }
                expectIndent = opener;
            }
            for (char c : line.toCharArray()) {
                if (c == '(' || c == '[' || c == '{') {
                    brackets.push(c);
                } else if (c == ')' || c == ']' || c == '}') {
                    char open = brackets.isEmpty() ? '?' : brackets.pop();
                    if ("([{".indexOf(open) != ")]}".indexOf(c)) {
                        problems.add("line " + (n + 1) + ": unbalanced '" + c + "'");
                        return;
                    }
                }
            }
        }
        if (!brackets.isEmpty()) {
            problems.add("unclosed '" + brackets.peek() + "'");
        }
        if (expectIndent) {
            problems.add("script ends where a block should start");
        }
    }
}
