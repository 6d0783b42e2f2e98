package io.agenticapi.sandbox;

/**
 * A third-party API call found statically in the code, e.g. {@code stripe.Customer.create} at line 4.
 *
 * @param api      "stripe"
 * @param resource e.g. "Customer" or "checkout.Session" (for StripeClient services: "customers")
 * @param method   e.g. "create", "list"
 * @param access   "read" or "write"
 * @param line     1-based line
 */
public record ApiCallSite(String api, String resource, String method, String access, int line) {
}
