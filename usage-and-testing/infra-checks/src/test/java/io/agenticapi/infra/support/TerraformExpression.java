package io.agenticapi.infra.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openrewrite.Cursor;
import org.openrewrite.hcl.HclVisitor;
import org.openrewrite.hcl.tree.Expression;
import org.openrewrite.hcl.tree.Hcl;

/** An HCL expression from a .tf file, with the questions the checks ask of it. Nothing is evaluated. */
public final class TerraformExpression {

    private final Hcl tree;
    /** Cursor of the file the expression is in: printing needs the enclosing source file. */
    private final Cursor file;

    public TerraformExpression(Hcl tree, Cursor file) {
        this.tree = tree;
        this.file = file;
    }

    /** The expression as written, without surrounding white space. */
    public String text() {
        return tree.printTrimmed(new Cursor(file, tree));
    }

    private TerraformExpression part(Hcl node) {
        return new TerraformExpression(node, file);
    }

    /** Every traversal in the expression, including those inside templates, heredocs and for expressions. */
    public List<Reference> references() {
        List<Reference> references = new ArrayList<>();
        new HclVisitor<List<Reference>>() {
            @Override
            public Hcl visitAttributeAccess(Hcl.AttributeAccess access, List<Reference> found) {
                addIfOutermost(access, found);
                return super.visitAttributeAccess(access, found);
            }

            @Override
            public Hcl visitIndex(Hcl.Index index, List<Reference> found) {
                addIfOutermost(index, found);
                return super.visitIndex(index, found);
            }

            @Override
            public Hcl visitSplat(Hcl.Splat splat, List<Reference> found) {
                addIfOutermost(splat, found);
                return super.visitSplat(splat, found);
            }

            @Override
            public Hcl visitVariableExpression(Hcl.VariableExpression variable, List<Reference> found) {
                addIfOutermost(variable, found);
                return super.visitVariableExpression(variable, found);
            }

            // a traversal is recorded once, at its outermost step; inner steps are its parts
            private void addIfOutermost(Hcl node, List<Reference> found) {
                Object parent = getCursor().getParentTreeCursor().getValue();
                boolean inner = parent instanceof Hcl.AttributeAccess access && access.getAttribute() == node
                        || parent instanceof Hcl.Index index && index.getIndexed() == node
                        || parent instanceof Hcl.Splat splat && splat.getSelect() == node;
                if (!inner) {
                    steps(node).map(Reference::new).ifPresent(found::add);
                }
            }
        }.visit(tree, references);
        return references;
    }

    /** The arguments of every call of {@code function} in the expression, outermost first. */
    public List<List<TerraformExpression>> callsOf(String function) {
        List<List<TerraformExpression>> calls = new ArrayList<>();
        new HclVisitor<List<List<TerraformExpression>>>() {
            @Override
            public Hcl visitFunctionCall(Hcl.FunctionCall call, List<List<TerraformExpression>> found) {
                if (call.getName().getName().equals(function)) {
                    found.add(call.getVariables().stream().map(argument -> part(argument)).toList());
                }
                return super.visitFunctionCall(call, found);
            }
        }.visit(tree, calls);
        return calls;
    }

    /** A plain literal (string, number, bool) or a template without interpolations. */
    public Optional<String> literal() {
        if (tree instanceof Hcl.Literal literal) {
            return Optional.of(String.valueOf(literal.getValue()));
        }
        if (tree instanceof Hcl.QuotedTemplate template
                && template.getExpressions().stream().allMatch(Hcl.Literal.class::isInstance)) {
            return Optional.of(template());
        }
        return Optional.empty();
    }

    /**
     * A string template with its interpolations written canonically: {@code ${path.module}/../prompts/x.txt}. Any
     * other expression gives its text.
     */
    public String template() {
        if (tree instanceof Hcl.QuotedTemplate template) {
            StringBuilder text = new StringBuilder();
            for (Expression part : template.getExpressions()) {
                if (part instanceof Hcl.Literal literal) {
                    text.append(literal.getValue());
                } else if (part instanceof Hcl.TemplateInterpolation interpolation) {
                    text.append("${").append(canonical(interpolation.getExpression())).append("}");
                } else {
                    text.append(part(part).text());
                }
            }
            return text.toString();
        }
        return literal().orElseGet(this::text);
    }

    /** The elements of a tuple {@code [..]}. */
    public List<TerraformExpression> elements() {
        if (tree instanceof Hcl.Tuple tuple) {
            return tuple.getValues().stream().map(this::part).toList();
        }
        throw new IllegalStateException("not a tuple: " + text());
    }

    /** The string literals of a tuple of literals, e.g. an IAM actions list. */
    public List<String> stringElements() {
        return elements().stream()
                .map(element -> element.literal().orElseThrow(
                        () -> new IllegalStateException("not a literal: " + element.text() + " in " + text())))
                .toList();
    }

    /** The entries of an object constructor {@code { key = value }}, in order. */
    public Map<String, TerraformExpression> objectEntries() {
        if (!(tree instanceof Hcl.ObjectValue object)) {
            throw new IllegalStateException("not an object: " + text());
        }
        Map<String, TerraformExpression> entries = new LinkedHashMap<>();
        for (Expression entry : object.getAttributes()) {
            Hcl.Attribute attribute = (Hcl.Attribute) entry;
            TerraformExpression key = part(attribute.getName());
            entries.put(key.name(), part(attribute.getValue()));
        }
        return entries;
    }

    public boolean isObject() {
        return tree instanceof Hcl.ObjectValue;
    }

    public boolean isTuple() {
        return tree instanceof Hcl.Tuple;
    }

    /** An attribute or object key: an identifier, or a quoted string without its quotes. */
    public String name() {
        if (tree instanceof Hcl.Identifier identifier) {
            return identifier.getName();
        }
        if (tree instanceof Hcl.VariableExpression variable) {
            return variable.getName().getName();
        }
        return literal().orElseGet(this::text);
    }

    /** A single traversal such as {@code local.x} or {@code aws_s3_bucket.this}, if that is all the expression is. */
    public Optional<Reference> asReference() {
        return steps(tree).map(Reference::new);
    }

    /** The name of the function if the expression is a call, e.g. {@code merge}. */
    public Optional<String> functionName() {
        return tree instanceof Hcl.FunctionCall call ? Optional.of(call.getName().getName()) : Optional.empty();
    }

    /** The arguments if the expression is a function call. */
    public List<TerraformExpression> arguments() {
        if (tree instanceof Hcl.FunctionCall call) {
            return call.getVariables().stream().map(argument -> part(argument)).toList();
        }
        throw new IllegalStateException("not a function call: " + text());
    }

    @Override
    public String toString() {
        return text();
    }

    private Optional<List<String>> steps(Hcl node) {
        if (node instanceof Hcl.VariableExpression variable) {
            return Optional.of(new ArrayList<>(List.of(variable.getName().getName())));
        }
        if (node instanceof Hcl.AttributeAccess access) {
            return steps(access.getAttribute()).map(steps -> append(steps, access.getType().getName()));
        }
        if (node instanceof Hcl.Index index) {
            return steps(index.getIndexed())
                    .map(steps -> append(steps, "[" + canonical(index.getPosition().getPosition()) + "]"));
        }
        if (node instanceof Hcl.Splat splat) {
            return steps(splat.getSelect()).map(steps -> append(steps, "[*]"));
        }
        if (node instanceof Hcl.LegacyIndexAttributeAccess legacy) {
            return steps(legacy.getBase().getElement()).map(steps -> append(steps, "[" + legacy.getIndex().getValue() + "]"));
        }
        return Optional.empty();
    }

    private static List<String> append(List<String> steps, String step) {
        steps.add(step);
        return steps;
    }

    /** References written without white space; string keys keep their quotes. */
    private String canonical(Hcl node) {
        Optional<List<String>> steps = steps(node);
        if (steps.isPresent()) {
            return new Reference(steps.get()).text();
        }
        TerraformExpression expression = part(node);
        if (node instanceof Hcl.QuotedTemplate) {
            return "\"" + expression.template() + "\"";
        }
        return expression.text();
    }
}
