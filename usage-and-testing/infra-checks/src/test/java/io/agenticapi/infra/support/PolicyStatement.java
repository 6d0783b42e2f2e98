package io.agenticapi.infra.support;

import java.util.List;
import java.util.Optional;

/** One statement of a {@code data "aws_iam_policy_document"} block. */
public record PolicyStatement(TerraformBlock document, TerraformBlock statement) {

    /** All statements of a policy document, including those made by {@code dynamic "statement"}. */
    public static List<PolicyStatement> of(TerraformBlock document) {
        if (!document.address().startsWith("data.aws_iam_policy_document.")) {
            throw new IllegalArgumentException(document.where() + " is not an aws_iam_policy_document");
        }
        return document.blocksIncludingDynamic("statement").stream()
                .map(statement -> new PolicyStatement(document, statement))
                .toList();
    }

    public String effect() {
        return statement.attribute("effect").flatMap(TerraformExpression::literal).orElse("Allow");
    }

    public boolean allows() {
        return effect().equals("Allow");
    }

    public Optional<String> sid() {
        return statement.attribute("sid").flatMap(TerraformExpression::literal);
    }

    /** The listed actions; statements must list them literally so they can be reviewed. */
    public List<String> actions() {
        return statement.requireAttribute("actions").stringElements();
    }

    public boolean usesNotActions() {
        return statement.attribute("not_actions").isPresent() || statement.attribute("not_resources").isPresent();
    }

    public TerraformExpression resources() {
        return statement.requireAttribute("resources");
    }

    /** (test, variable) of every condition block. */
    public List<List<String>> conditions() {
        return statement.blocks("condition").stream()
                .map(condition -> List.of(condition.literal("test"), condition.literal("variable")))
                .toList();
    }

    public List<String> principalIdentifiers() {
        return statement.blocks("principals").stream()
                .flatMap(principals -> principals.requireAttribute("identifiers").stringElements().stream())
                .toList();
    }

    @Override
    public String toString() {
        return document.address() + " statement " + sid().orElse("(no sid)");
    }
}
