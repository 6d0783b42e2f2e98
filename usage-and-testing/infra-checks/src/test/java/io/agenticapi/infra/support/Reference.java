package io.agenticapi.infra.support;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One traversal in an expression, e.g. {@code aws_lambda_function.tool["generate_code"].arn}, as its steps:
 * names, and index keys written as {@code [...]}.
 */
public record Reference(List<String> steps) {

    /** Resource types have a provider prefix (aws_...); other roots are var, local, each, path, loop variables... */
    private static final Pattern RESOURCE_TYPE = Pattern.compile("[a-z0-9]+_[a-z0-9_]+");

    public Reference {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a reference has at least one step");
        }
    }

    public String root() {
        return steps.get(0);
    }

    /** {@code var.NAME} and {@code local.NAME} give NAME. */
    public Optional<String> nameUnder(String root) {
        return root().equals(root) && steps.size() > 1 && !isIndex(steps.get(1)) ? Optional.of(steps.get(1)) : Optional.empty();
    }

    /** The resource or data source referred to: {@code TYPE.NAME} or {@code data.TYPE.NAME}. */
    public Optional<String> blockAddress() {
        if (root().equals("data")) {
            return steps.size() >= 3 ? Optional.of("data." + steps.get(1) + "." + steps.get(2)) : Optional.empty();
        }
        if (RESOURCE_TYPE.matcher(root()).matches() && steps.size() >= 2 && !isIndex(steps.get(1))) {
            return Optional.of(root() + "." + steps.get(1));
        }
        return Optional.empty();
    }

    /** The steps after the block address: {@code ["generate_code"]}, {@code arn}, ... */
    public List<String> afterBlockAddress() {
        int consumed = root().equals("data") ? 3 : 2;
        return blockAddress().isPresent() ? steps.subList(consumed, steps.size()) : List.of();
    }

    /** The instance key right after the block address, without quotes: {@code generate_code}. */
    public Optional<String> instanceKey() {
        List<String> rest = afterBlockAddress();
        if (rest.isEmpty() || !isIndex(rest.get(0))) {
            return Optional.empty();
        }
        String inside = rest.get(0).substring(1, rest.get(0).length() - 1);
        return Optional.of(inside.startsWith("\"") && inside.endsWith("\"") ? inside.substring(1, inside.length() - 1) : inside);
    }

    /** The first attribute read from the block (after an optional instance key): {@code arn}. */
    public Optional<String> attribute() {
        return afterBlockAddress().stream().filter(step -> !isIndex(step)).findFirst();
    }

    public String text() {
        StringBuilder text = new StringBuilder(steps.get(0));
        for (String step : steps.subList(1, steps.size())) {
            text.append(isIndex(step) ? "" : ".").append(step);
        }
        return text.toString();
    }

    private static boolean isIndex(String step) {
        return step.startsWith("[");
    }

    @Override
    public String toString() {
        return text();
    }
}
