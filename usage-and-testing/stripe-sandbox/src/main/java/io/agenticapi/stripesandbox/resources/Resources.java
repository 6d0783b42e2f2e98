package io.agenticapi.stripesandbox.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agenticapi.stripesandbox.api.RouteTable;
import io.agenticapi.stripesandbox.state.SandboxState;
import java.util.List;
import java.util.Optional;

/** The stateful resources of one sandbox, able to find each other (a PaymentIntent creates Charges, ...). */
public final class Resources {

    private final SandboxState state;
    private final CustomerResource customers;
    private final PaymentMethodResource paymentMethods;
    private final PaymentIntentResource paymentIntents;
    private final SetupIntentResource setupIntents;
    private final ChargeResource charges;
    private final RefundResource refunds;
    private final ProductResource products;
    private final PriceResource prices;
    private final CouponResource coupons;
    private final InvoiceItemResource invoiceItems;
    private final InvoiceResource invoices;
    private final SubscriptionResource subscriptions;
    private final CheckoutSessionResource checkoutSessions;
    private final BalanceTransactionResource balanceTransactions;
    private final List<StoredResource> all;

    public Resources(SandboxState state) {
        this.state = state;
        this.customers = new CustomerResource(this);
        this.paymentMethods = new PaymentMethodResource(this);
        this.paymentIntents = new PaymentIntentResource(this);
        this.setupIntents = new SetupIntentResource(this);
        this.charges = new ChargeResource(this);
        this.refunds = new RefundResource(this);
        this.products = new ProductResource(this);
        this.prices = new PriceResource(this);
        this.coupons = new CouponResource(this);
        this.invoiceItems = new InvoiceItemResource(this);
        this.invoices = new InvoiceResource(this);
        this.subscriptions = new SubscriptionResource(this);
        this.checkoutSessions = new CheckoutSessionResource(this);
        this.balanceTransactions = new BalanceTransactionResource(this);
        this.all = List.of(customers, paymentMethods, paymentIntents, setupIntents, charges, refunds, products,
                prices, coupons, invoiceItems, invoices, subscriptions, checkoutSessions, balanceTransactions);
    }

    public void register(RouteTable routes) {
        all.forEach(resource -> resource.register(routes));
    }

    public List<StoredResource> all() {
        return all;
    }

    /** The stored object an id names, whatever its type; test-mode magic PaymentMethod ids resolve too. */
    public Optional<ObjectNode> resolve(String id) {
        Optional<ObjectNode> stored = state.store().find(id);
        if (stored.isPresent()) {
            return stored;
        }
        return TestCard.byPaymentMethodId(id).map(card -> paymentMethods.fromTestCard(card));
    }

    /** A field Stripe answers only when expanded (includable), for the objects that have one. */
    public Optional<JsonNode> includable(ObjectNode object, String field) {
        if ("invoice".equals(object.path("object").asText()) && "confirmation_secret".equals(field)) {
            return Optional.of(invoices.confirmationSecret(object));
        }
        return Optional.empty();
    }

    public SandboxState state() {
        return state;
    }

    public CustomerResource customers() {
        return customers;
    }

    public PaymentMethodResource paymentMethods() {
        return paymentMethods;
    }

    public PaymentIntentResource paymentIntents() {
        return paymentIntents;
    }

    public SetupIntentResource setupIntents() {
        return setupIntents;
    }

    public ChargeResource charges() {
        return charges;
    }

    public RefundResource refunds() {
        return refunds;
    }

    public ProductResource products() {
        return products;
    }

    public PriceResource prices() {
        return prices;
    }

    public CouponResource coupons() {
        return coupons;
    }

    public InvoiceItemResource invoiceItems() {
        return invoiceItems;
    }

    public InvoiceResource invoices() {
        return invoices;
    }

    public SubscriptionResource subscriptions() {
        return subscriptions;
    }

    public CheckoutSessionResource checkoutSessions() {
        return checkoutSessions;
    }

    public BalanceTransactionResource balanceTransactions() {
        return balanceTransactions;
    }
}
