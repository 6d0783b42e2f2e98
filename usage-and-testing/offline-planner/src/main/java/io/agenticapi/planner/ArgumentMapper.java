package io.agenticapi.planner;

import io.agenticapi.planner.OperationChooser.Choice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the extracted facts into the parameters of the chosen operation. Only parameters the operation accepts
 * (per Stripe's table) are passed; required ones that the request does not give make it refuse, except for a few
 * harmless defaults (currency usd, checkout URLs on example.com) that are named in the plan's notes.
 */
final class ArgumentMapper {

    /** The parameters, in call order, and notes about defaults the planner chose. */
    record Mapped(Map<String, Object> params, List<String> notes) {}

    private final Choice choice;
    private final StripeResource resource;
    private final StripeOperation op;
    private final RequestFacts facts;
    private final Map<String, Object> params = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    private ArgumentMapper(Choice choice, RequestFacts facts) {
        this.choice = choice;
        this.resource = choice.resource();
        this.op = choice.operation();
        this.facts = facts;
    }

    static Mapped map(Choice choice, RequestFacts facts) {
        ArgumentMapper mapper = new ArgumentMapper(choice, facts);
        mapper.fill();
        return new Mapped(mapper.params, mapper.notes);
    }

    private void fill() {
        switch (op.method()) {
            case "create" -> create();
            case "update" -> update();
            case "list" -> list();
            case "search" -> search();
            case "retrieve", "delete" -> { }
            default -> custom();
        }
        if (facts.amount != null && params.keySet().stream().noneMatch(p -> p.contains("amount"))
                && !params.containsKey("line_items") && !params.containsKey("query")) {
            notes.add("the amount in the request is not a parameter of " + op.key());
        }
        unusedIds();
        if (facts.percentOff != null && !params.containsKey("percent_off")) {
            throw new CannotPlan("it gives a percentage, which " + op.key() + " cannot take; give an amount instead");
        }
        List<String> missing = op.required().stream().filter(p -> !params.containsKey(p)).toList();
        if (!missing.isEmpty()) {
            throw new CannotPlan("stripe." + resource.pythonClass() + "." + ScriptWriter.pythonMethod(op)
                    + " needs " + String.join(", ", missing) + " and the request does not give "
                    + (missing.size() == 1 ? "it" : "them"));
        }
    }

    // ---- by operation ----

    private void create() {
        String name = facts.name;
        String leftover = facts.quoted;
        if (name == null && leftover != null && op.accepts("name")) {
            name = leftover;
            leftover = null;
        }
        String description = facts.description != null ? facts.description : leftover;
        switch (resource.object()) {
            case "coupon" -> coupon(name);
            case "price", "plan" -> price(name);
            case "subscription" -> subscription();
            case "checkout.session" -> checkoutSession(name);
            case "payment_link" -> put("line_items", List.of(lineItem(requirePrice("a payment link"))));
            case "refund" -> refund();
            case "webhook_endpoint" -> webhook();
            default -> {
                put("code", facts.code); // promotion codes
                put("name", name);
                put("email", firstEmail());
                put("phone", facts.phone);
                amount("amount");
            }
        }
        put("description", description);
        paymentOptions();
        linkedIds();
        put("quantity", facts.quantity);
        put("metadata", facts.metadata.isEmpty() ? null : facts.metadata);
    }

    private void update() {
        put("name", "name".equals(facts.newValueField) ? facts.newValue : facts.name);
        put("email", facts.emails.isEmpty() ? null : facts.emails.getLast()); // "from a@x to b@x": the new one
        put("phone", facts.phone);
        put("description", "description".equals(facts.newValueField) ? facts.newValue : facts.description);
        if (choice.intent() != null && (choice.intent().kind().equals("active") || facts.active != null)) {
            put("active", facts.active);
            put("disabled", facts.active == null ? null : !facts.active); // webhook endpoints say it the other way
        }
        amount("amount");
        put("payment_method", paymentMethod());
        put("metadata", facts.metadata.isEmpty() ? null : facts.metadata);
        if (params.isEmpty()) {
            throw new CannotPlan("it does not say what to change on the " + resource.label()
                    + " (name, email, phone, description, metadata...)");
        }
    }

    private void list() {
        if (facts.limit != null) {
            put("limit", facts.limit);
            if (facts.limitCapped) {
                notes.add("Stripe returns at most 100 objects per page, so the limit is 100");
            }
        } else if (facts.countAll) {
            put("limit", 100);
            notes.add("lists the first 100 (Stripe's largest page)");
        } else if (facts.latest && (choice.mention() == null || !choice.mention().plural())) {
            put("limit", 1); // "the latest customer": lists come newest first
        }
        put("type", facts.events.isEmpty() ? null : facts.events.getFirst());
        linkedIds();
        put("email", firstEmail());
        if (op.accepts("status") && choice.status() != null) {
            put("status", choice.status());
        } else if (facts.active != null) {
            put("active", facts.active);
        }
        if (op.required().contains("type") && !params.containsKey("type")) {
            put("type", "card");
            notes.add("lists card payment methods (Stripe needs a type)");
        }
    }

    private void search() {
        List<String> clauses = SearchQuery.clauses(resource, facts, choice.status());
        if (clauses.isEmpty()) {
            throw new CannotPlan("it does not say what to search " + resource.label()
                    + "s by (email, name, metadata, status...)");
        }
        put("query", String.join(" AND ", clauses));
        put("limit", facts.limit != null ? facts.limit : facts.countAll ? 100 : null);
    }

    private void custom() {
        put("amount_to_capture", op.method().equals("capture") ? facts.amount : null);
        if (op.method().equals("cancel")) {
            put("cancellation_reason", facts.refundReason);
        }
        paymentOptions();
        linkedIds();
    }

    // ---- by resource ----

    private void coupon(String name) {
        put("id", facts.code);
        put("name", name);
        if (facts.percentOff != null) {
            put("percent_off", facts.percentOff);
        } else if (facts.amount != null) {
            amount("amount_off");
        } else {
            throw new CannotPlan("a coupon needs a percentage (\"25% off\") or an amount (\"$5 off\")");
        }
        put("duration", facts.couponDuration);
        put("duration_in_months", facts.durationInMonths);
    }

    private void price(String name) {
        if (facts.amount == null) {
            throw new CannotPlan("a " + resource.object() + " needs an amount (\"$10\", \"1000 yen\")");
        }
        amount(op.accepts("unit_amount") ? "unit_amount" : "amount");
        if (resource.object().equals("plan")) {
            put("interval", facts.interval);
        } else if (facts.interval != null) {
            put("recurring", Map.of("interval", facts.interval));
        }
        if (idOf("product") != null) {
            put("product", idOf("product"));
        } else if (name != null) {
            put(op.accepts("product_data") ? "product_data" : "product", Map.of("name", name));
        } else {
            throw new CannotPlan("a " + resource.object() + " needs a product id (prod_...) or a product name");
        }
    }

    private void subscription() {
        put("customer", idOf("customer"));
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("price", requirePrice("a subscription"));
        if (facts.quantity != null) {
            item.put("quantity", facts.quantity);
        }
        put("items", List.of(item));
    }

    private void checkoutSession(String name) {
        boolean recurring = facts.interval != null || facts.subscriptionMode; // "$10 a month" is a subscription
        Object item;
        String price = idOf("price");
        if (price != null) {
            item = lineItem(price);
        } else if (facts.amount != null) {
            Map<String, Object> priceData = new LinkedHashMap<>();
            priceData.put("currency", currency());
            priceData.put("product_data", Map.of("name", name != null ? name : "Order"));
            priceData.put("unit_amount", facts.amount);
            if (facts.interval != null) {
                priceData.put("recurring", Map.of("interval", facts.interval));
            }
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("price_data", priceData);
            line.put("quantity", facts.quantity != null ? facts.quantity : 1);
            item = line;
        } else {
            throw new CannotPlan("a checkout session needs a price id (price_...) or an amount to charge");
        }
        put("mode", recurring ? "subscription" : "payment");
        put("line_items", List.of(item));
        put("success_url", facts.urls.isEmpty() ? "https://example.com/success" : facts.urls.get(0));
        put("cancel_url", facts.urls.size() < 2 ? "https://example.com/cancel" : facts.urls.get(1));
        if (facts.urls.size() < 2) {
            notes.add("success and cancel URLs default to example.com pages");
        }
        if (idOf("customer") == null) {
            put("customer_email", firstEmail());
        }
    }

    private void refund() {
        put("payment_intent", idOf("payment_intent"));
        put("charge", idOf("charge"));
        if (!params.containsKey("payment_intent") && !params.containsKey("charge")) {
            throw new CannotPlan("a refund needs the payment to refund: a payment intent id (pi_...) or a charge"
                    + " id (ch_...)");
        }
        put("amount", facts.amount);
        put("reason", facts.refundReason);
    }

    private void webhook() {
        put("url", facts.urls.isEmpty() ? null : facts.urls.getFirst());
        if (facts.events.isEmpty()) {
            put("enabled_events", List.of("*"));
            notes.add("listens to all events (\"*\")");
        } else {
            put("enabled_events", List.copyOf(facts.events));
        }
    }

    // ---- shared pieces ----

    /** The amount under {@code param}, with its currency (usd when the request names none). */
    private void amount(String param) {
        if (facts.amount == null || !op.accepts(param)) {
            return;
        }
        put(param, facts.amount);
        put("currency", currency());
    }

    private String currency() {
        if (facts.currency == null) {
            notes.add("no currency given, usd assumed");
            facts.currency = "usd";
        }
        return facts.currency;
    }

    private void paymentOptions() {
        put("return_url", facts.urls.isEmpty() ? null : facts.urls.getFirst());
        put("payment_method", paymentMethod());
        if (facts.confirm) {
            put("confirm", Boolean.TRUE);
        }
        if (facts.manualCapture) {
            put("capture_method", "manual");
        }
        if (!op.accepts("email") && op.accepts("receipt_email") && (facts.sendReceipt || !facts.emails.isEmpty())) {
            put("receipt_email", firstEmail());
        }
    }

    private String paymentMethod() {
        String id = idOf("payment_method");
        return id != null ? id : facts.paymentMethodToken;
    }

    /** Ids of other objects become the parameter named after them: cus_1 → customer="cus_1". */
    private void linkedIds() {
        for (RequestFacts.FoundId id : facts.ids) {
            if (id.resource() != null && id.resource() != resource) {
                put(id.resource().object(), id.value());
                if (id.resource().object().equals("account")) {
                    put("destination", id.value()); // transfers and payouts name the account "destination"
                }
            }
        }
    }

    /** Another object's id the call cannot take: a list would silently ignore it, so refuse; otherwise note it. */
    private void unusedIds() {
        String passed = PythonLiteral.of(params);
        for (RequestFacts.FoundId id : facts.ids) {
            if (id.resource() == null || id.resource() == resource
                    || passed.contains(id.value())) {
                continue;
            }
            String what = id.resource().label() + " " + id.value();
            if (op.method().equals("list") || op.method().equals("search")) {
                throw new CannotPlan(op.key() + " cannot filter by the " + what);
            }
            notes.add("the " + what + " is not a parameter of " + op.key());
        }
    }

    private String requirePrice(String what) {
        String price = idOf("price");
        if (price == null) {
            throw new CannotPlan(what + " needs a price id (price_...)");
        }
        return price;
    }

    private Map<String, Object> lineItem(String price) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("price", price);
        item.put("quantity", facts.quantity != null ? facts.quantity : 1);
        return item;
    }

    private String idOf(String object) {
        return facts.ids.stream().filter(id -> id.resource() != null && id.resource().object().equals(object))
                .map(RequestFacts.FoundId::value).findFirst().orElse(null);
    }

    private String firstEmail() {
        return facts.emails.isEmpty() ? null : facts.emails.getFirst();
    }

    /** Sets a parameter the operation accepts, once; nulls and unknown parameters are skipped. */
    private void put(String param, Object value) {
        if (value != null && op.accepts(param) && !params.containsKey(param)) {
            params.put(param, value);
        }
    }
}
