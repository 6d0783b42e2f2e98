package io.agenticapi.stripesandbox.resources;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Balance transactions the sandbox's own money movements create (a captured charge, a refund), so
 * {@code expand[]=latest_charge.balance_transaction} and {@code BalanceTransaction.retrieve} answer the real
 * amount, fee and net. Read-only over the API, as on Stripe.
 */
public final class BalanceTransactionResource extends StoredResource {

    private static final long TWO_DAYS = 2 * 24 * 3600;

    BalanceTransactionResource(Resources resources) {
        super(resources, "balance_transaction", "balance transaction", "/v1/balance_transactions", "txn_", 24);
    }

    /** Records a charge's funds: Stripe's standard card pricing (2.9% + 30 minor units) as the fee. */
    public String forCharge(ObjectNode charge, long amount) {
        long fee = Math.round(amount * 0.029) + 30;
        return record(charge, "charge", amount, fee, "Stripe processing fees");
    }

    /** Records a refund: the amount leaves the balance; Stripe keeps its original fee. */
    public String forRefund(ObjectNode refund) {
        return record(refund, "refund", -refund.path("amount").asLong(), 0, null);
    }

    private String record(ObjectNode source, String type, long amount, long fee, String feeDescription) {
        ObjectNode txn = newObject();
        long created = now();
        txn.put("amount", amount);
        txn.put("currency", source.path("currency").asText());
        txn.put("description", source.path("description").isTextual() ? source.get("description").asText() : null);
        txn.put("fee", fee);
        txn.put("net", amount - fee);
        txn.put("source", source.get("id").asText());
        txn.put("type", type);
        txn.put("reporting_category", type);
        txn.put("status", "pending");
        txn.put("created", created);
        txn.put("available_on", created + TWO_DAYS);
        txn.putNull("exchange_rate");
        ArrayNode details = txn.putArray("fee_details");
        if (fee != 0) {
            ObjectNode detail = details.addObject();
            detail.put("amount", fee);
            detail.putNull("application");
            detail.put("currency", source.path("currency").asText());
            detail.put("description", feeDescription);
            detail.put("type", "stripe_fee");
        }
        return store().put(txn).get("id").asText();
    }
}
