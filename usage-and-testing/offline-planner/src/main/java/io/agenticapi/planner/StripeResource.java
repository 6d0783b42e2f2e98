package io.agenticapi.planner;

import java.util.List;
import java.util.Optional;

/**
 * A Stripe object type with the operations stripe-python exposes on its class.
 *
 * @param object      Stripe's object name, e.g. {@code customer}, {@code checkout.session}
 * @param pythonClass the class under the {@code stripe} module, e.g. {@code Customer}, {@code checkout.Session}
 * @param idPrefix    the prefix of its ids ({@code cus}), or null when ids are free-form (coupons)
 * @param show        scalar fields worth printing, most telling first
 * @param operations  its operations
 */
record StripeResource(String object, String pythonClass, String idPrefix, List<String> show,
                      List<StripeOperation> operations) {

    StripeResource {
        show = show == null ? List.of() : List.copyOf(show);
        operations = operations == null ? List.of() : List.copyOf(operations);
    }

    /** The operation of this type/method; when several match, the one whose need for an id matches. */
    Optional<StripeOperation> operation(String method, boolean haveId) {
        List<StripeOperation> matching = operations.stream().filter(op -> op.method().equals(method)).toList();
        return matching.stream().filter(op -> op.takesId() == haveId).findFirst()
                .or(() -> matching.stream().findFirst());
    }

    boolean has(String method) {
        return operations.stream().anyMatch(op -> op.method().equals(method));
    }

    /** A resource with a single object and no list, like the balance: retrieved without an id. */
    boolean singleton() {
        return !has("list") && operations.stream().anyMatch(op -> op.method().equals("retrieve") && !op.takesId());
    }

    /** Human label: {@code checkout.session} → "checkout session", {@code invoiceitem} → "invoice item". */
    String label() {
        return object.equals("invoiceitem") ? "invoice item" : object.replace('.', ' ').replace('_', ' ');
    }
}
