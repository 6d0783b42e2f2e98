package io.agenticapi.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the stripe-python script for one operation, in the shape a careful developer would: key from the
 * environment, one call inside {@code main()}, output that shows the effect, and Stripe's error classes handled.
 * Every user value enters the code through {@link PythonLiteral}; field names come from Stripe's table.
 */
final class ScriptWriter {

    private static final int WIDTH = 100;
    private static final String BODY = "        ";
    /** Operations where a card can be declined, so CardError is worth its own message. */
    private static final Set<String> CARD_OPERATIONS = Set.of("payment_intents.confirm", "payment_intents.capture",
            "setup_intents.confirm", "charges.create", "charges.capture", "invoices.pay", "subscriptions.create",
            "subscriptions.update", "payment_methods.attach");
    private static final Set<String> LIST_HIDDEN = Set.of("description", "phone", "url");
    private static final Set<String> AMOUNT_FIELDS = Set.of("amount", "amount_off", "unit_amount", "amount_due",
            "amount_paid", "amount_received", "amount_refunded", "amount_total");
    private static final Map<String, String> PAST = Map.ofEntries(Map.entry("create", "Created"),
            Map.entry("update", "Updated"), Map.entry("retrieve", "Retrieved"), Map.entry("confirm", "Confirmed"),
            Map.entry("capture", "Captured"), Map.entry("cancel", "Canceled"), Map.entry("expire", "Expired"),
            Map.entry("finalize_invoice", "Finalized"), Map.entry("finalize_quote", "Finalized"),
            Map.entry("void_invoice", "Voided"), Map.entry("void_credit_note", "Voided"), Map.entry("pay", "Paid"),
            Map.entry("send_invoice", "Sent"), Map.entry("attach", "Attached"), Map.entry("detach", "Detached"),
            Map.entry("approve", "Approved"), Map.entry("close", "Closed"), Map.entry("release", "Released"),
            Map.entry("accept", "Accepted"), Map.entry("reverse", "Reversed"),
            Map.entry("mark_uncollectible", "Marked uncollectible"), Map.entry("reject", "Rejected"),
            Map.entry("submit", "Submitted"), Map.entry("advance", "Advanced"), Map.entry("redact", "Redacted"),
            Map.entry("decline", "Declined"));

    private ScriptWriter() {
    }

    /** stripe-python's class-level name: the SDK metadata's "update" is {@code modify} there. */
    static String pythonMethod(StripeOperation op) {
        return op.method().equals("update") ? "modify" : op.method();
    }

    static String call(StripeResource resource, StripeOperation op, String id, Map<String, Object> params) {
        return "stripe." + resource.pythonClass() + "." + pythonMethod(op) + "(" + String.join(", ", args(id, params))
                + ")";
    }

    static String write(StripeResource resource, StripeOperation op, String id, Map<String, Object> params,
                        boolean countAll) {
        List<String> body = switch (op.method()) {
            case "list", "search" -> listBody(resource, op, id, params, countAll);
            case "delete" -> deleteBody(resource, op, id, params);
            default -> resource.object().equals("balance") ? balanceBody(resource, op, id, params)
                    : objectBody(resource, op, id, params);
        };
        boolean json = body.stream().anyMatch(line -> line.contains("json.dumps"));
        boolean cards = CARD_OPERATIONS.contains(op.key()) || Boolean.TRUE.equals(params.get("confirm"));
        StringBuilder py = new StringBuilder();
        if (json) {
            py.append("import json\n");
        }
        py.append("import os\nimport stripe\n\n");
        py.append("stripe.api_key = os.environ[\"STRIPE_API_KEY\"]\n\n\n");
        py.append("def main():\n    try:\n");
        body.forEach(line -> py.append(BODY).append(line).append('\n'));
        if (cards) {
            py.append("    except stripe.error.CardError as e:\n");
            py.append("        print(f\"Card declined: {e.user_message or e}\")\n");
            py.append("        raise SystemExit(1)\n");
        }
        py.append("    except stripe.error.InvalidRequestError as e:\n");
        py.append("        print(f\"Invalid request: {e.user_message or e}\")\n");
        py.append("        raise SystemExit(1)\n");
        py.append("    except stripe.error.StripeError as e:\n");
        py.append("        print(f\"Stripe error: {e}\")\n");
        py.append("        raise SystemExit(1)\n\n\n");
        py.append("if __name__ == \"__main__\":\n    main()\n");
        return py.toString();
    }

    private static List<String> objectBody(StripeResource resource, StripeOperation op, String id,
                                           Map<String, Object> params) {
        String var = singular(resource);
        List<String> lines = new ArrayList<>(assign(var, resource, op, id, params));
        String verb = PAST.getOrDefault(op.method(), "Ran " + op.method() + " on");
        lines.add("print(f\"" + verb + " " + resource.label() + " {" + var + ".id}\")");
        lines.addAll(dump(var, withoutLoneCurrency(resource.show())));
        return lines;
    }

    private static List<String> deleteBody(StripeResource resource, StripeOperation op, String id,
                                           Map<String, Object> params) {
        List<String> lines = new ArrayList<>(assign("deleted", resource, op, id, params));
        lines.add("print(f\"Deleted " + resource.label() + " {deleted.id}: {deleted.deleted}\")");
        return lines;
    }

    private static List<String> balanceBody(StripeResource resource, StripeOperation op, String id,
                                            Map<String, Object> params) {
        List<String> lines = new ArrayList<>(assign("balance", resource, op, id, params));
        lines.add("for funds in balance.available:");
        lines.add("    print(f\"Available: {funds.amount} {funds.currency}\")");
        lines.add("for funds in balance.pending:");
        lines.add("    print(f\"Pending: {funds.amount} {funds.currency}\")");
        return lines;
    }

    private static List<String> listBody(StripeResource resource, StripeOperation op, String id,
                                         Map<String, Object> params, boolean countAll) {
        String item = singular(resource);
        String items = plural(item);
        List<String> lines = new ArrayList<>(assign(items, resource, op, id, params));
        lines.add("for " + item + " in " + items + ".data:");
        lines.add("    print(" + String.join(", ", listFields(resource).stream().map(f -> item + "." + f).toList())
                + ")");
        String found = op.method().equals("search") ? " found" : "";
        lines.add("print(f\"{len(" + items + ".data)} " + plural(resource.label()) + found + "\")");
        if (countAll) {
            lines.add("if " + items + ".has_more:");
            lines.add("    print(\"More exist beyond this page.\")");
        }
        return lines;
    }

    /** {@code var = stripe.Class.method(...)}, wrapped one argument per line when long. */
    private static List<String> assign(String var, StripeResource resource, StripeOperation op, String id,
                                       Map<String, Object> params) {
        String head = var + " = stripe." + resource.pythonClass() + "." + pythonMethod(op) + "(";
        List<String> args = args(id, params);
        String single = head + String.join(", ", args) + ")";
        if (BODY.length() + single.length() <= WIDTH || args.isEmpty()) {
            return List.of(single);
        }
        List<String> lines = new ArrayList<>();
        lines.add(head);
        args.forEach(a -> lines.add("    " + a + ","));
        lines.add(")");
        return lines;
    }

    private static List<String> args(String id, Map<String, Object> params) {
        List<String> args = new ArrayList<>();
        if (id != null) {
            args.add(PythonLiteral.string(id));
        }
        params.forEach((k, v) -> args.add(PythonLiteral.identifier(k) + "=" + PythonLiteral.of(v)));
        return args;
    }

    /** {@code print(json.dumps({"id": x.id, ...}, indent=2))}, one field per line when long. */
    private static List<String> dump(String var, List<String> fields) {
        if (fields.isEmpty()) {
            return List.of("print(" + var + ")");
        }
        List<String> pairs = fields.stream().map(f -> PythonLiteral.string(f) + ": " + var + "." + f).toList();
        String single = "print(json.dumps({" + String.join(", ", pairs) + "}, indent=2))";
        if (BODY.length() + single.length() <= WIDTH) {
            return List.of(single);
        }
        List<String> lines = new ArrayList<>();
        lines.add("print(json.dumps({");
        pairs.forEach(p -> lines.add("    " + p + ","));
        lines.add("}, indent=2))");
        return lines;
    }

    /** The fields on one list line: no long text, and a currency only next to an amount. */
    private static List<String> listFields(StripeResource resource) {
        List<String> fields = withoutLoneCurrency(resource.show().stream().filter(f -> !LIST_HIDDEN.contains(f))
                .toList());
        if (fields.isEmpty()) {
            fields.add("id");
        }
        return fields.subList(0, Math.min(5, fields.size()));
    }

    /** A customer's currency says little on its own; next to an amount it says what the amount is in. */
    private static List<String> withoutLoneCurrency(List<String> fields) {
        List<String> kept = new ArrayList<>(fields);
        if (kept.stream().noneMatch(AMOUNT_FIELDS::contains)) {
            kept.remove("currency");
        }
        return kept;
    }

    private static String singular(StripeResource resource) {
        String object = resource.object();
        String name = object.substring(object.indexOf('.') + 1);
        return name.equals("invoiceitem") ? "invoice_item" : name;
    }

    static String plural(String word) {
        if (word.endsWith("y") && !word.endsWith("ey") && !word.endsWith("ay")) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word.endsWith("s") || word.endsWith("x") || word.endsWith("ch") ? word + "es" : word + "s";
    }
}
