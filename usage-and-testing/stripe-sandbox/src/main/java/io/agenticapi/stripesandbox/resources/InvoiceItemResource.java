package io.agenticapi.stripesandbox.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agenticapi.stripesandbox.api.ApiRequest;
import io.agenticapi.stripesandbox.api.StripeError;
import io.agenticapi.stripesandbox.state.Json;
import java.util.Set;
import java.util.function.Predicate;

/** Invoice items: pending charges for a customer, picked up by (or added to) a draft invoice. */
public final class InvoiceItemResource extends StoredResource {

    InvoiceItemResource(Resources resources) {
        super(resources, "invoiceitem", "invoiceitem", "/v1/invoiceitems", "ii_", 24);
    }

    @Override
    protected Set<String> handledParams() {
        return Set.of("customer", "invoice", "price", "price_data", "unit_amount", "unit_amount_decimal",
                "amount", "quantity", "subscription", "tax_rates", "discounts", "pricing");
    }

    @Override
    protected void onCreate(ObjectNode item, ApiRequest request) {
        String customer = request.text("customer");
        resources.customers().load(customer, "customer");
        item.put("customer", customer);
        item.put("date", now());
        if (!request.has("period")) {
            ObjectNode period = item.putObject("period");
            period.put("start", now());
            period.put("end", now());
        }
        price(item, request.params());
        String invoice = request.text("invoice");
        if (invoice != null) {
            ObjectNode draft = resources.invoices().load(invoice, "invoice");
            if (!"draft".equals(Json.text(draft, "status"))) {
                throw StripeError.invalidRequest("invoice_not_editable", "You can only add invoice items to draft "
                        + "invoices.", "invoice");
            }
            if (!customer.equals(Json.text(draft, "customer"))) {
                throw StripeError.invalidRequest("The invoice " + invoice + " belongs to another customer.",
                        "invoice");
            }
            item.put("invoice", invoice);
        }
    }

    @Override
    public ObjectNode create(ApiRequest request) {
        ObjectNode item = super.create(request);
        recomputeInvoice(item);
        return item;
    }

    @Override
    protected void onUpdate(ObjectNode item, ApiRequest request) {
        requireEditable(item);
        ObjectNode params = request.params();
        if (params.has("amount") || params.has("price") || params.has("unit_amount") || params.has("quantity")
                || params.has("price_data") || params.has("pricing")) {
            price(item, params);
        }
        recomputeInvoice(item);
    }

    @Override
    protected void beforeDelete(ObjectNode item) {
        requireEditable(item);
    }

    @Override
    public JsonNode delete(ApiRequest request) {
        ObjectNode item = load(request.id(), "id");
        JsonNode deleted = super.delete(request);
        recomputeInvoice(item);
        return deleted;
    }

    private void requireEditable(ObjectNode item) {
        String invoice = Json.text(item, "invoice");
        if (invoice != null && resources.invoices().exists(invoice)
                && !"draft".equals(Json.text(resources.invoices().load(invoice, "invoice"), "status"))) {
            throw StripeError.invalidRequest("invoice_not_editable", "You cannot change or delete an invoice item "
                    + "that is attached to an invoice that is no longer editable.", null);
        }
    }

    private void recomputeInvoice(ObjectNode item) {
        String invoice = Json.text(item, "invoice");
        if (invoice != null && resources.invoices().exists(invoice)) {
            resources.invoices().recompute(resources.invoices().load(invoice, "invoice"));
        }
    }

    /** Sets amount, currency, quantity and pricing from price, price_data, unit_amount or amount. */
    private void price(ObjectNode item, ObjectNode params) {
        long quantity = params.path("quantity").asLong(item.path("quantity").asLong(1));
        item.put("quantity", quantity);
        item.put("quantity_decimal", String.valueOf(quantity));
        ObjectNode price = null;
        if (params.hasNonNull("price")) {
            price = resources.prices().usable(params.get("price").asText(), "price");
        } else if (params.path("pricing").hasNonNull("price")) {
            price = resources.prices().usable(params.get("pricing").get("price").asText(), "pricing[price]");
        } else if (params.path("price_data").isObject()) {
            ObjectNode data = (ObjectNode) params.get("price_data");
            String product = Json.text(data, "product");
            resources.products().load(product, "price_data[product]");
            price = resources.prices().createForProduct(product, data, "price_data");
        }
        long amount;
        String currency;
        String unitAmountDecimal;
        if (price != null) {
            long unit = price.path("unit_amount").asLong();
            amount = unit * quantity;
            currency = Json.text(price, "currency");
            unitAmountDecimal = Json.text(price, "unit_amount_decimal");
        } else if (params.hasNonNull("unit_amount") || params.hasNonNull("amount")) {
            currency = Json.text(params, "currency");
            if (currency == null) {
                throw StripeError.parameterMissing("currency");
            }
            if (params.hasNonNull("unit_amount")) {
                amount = params.get("unit_amount").asLong() * quantity;
                unitAmountDecimal = params.get("unit_amount").asText();
            } else {
                amount = params.get("amount").asLong();
                unitAmountDecimal = String.valueOf(quantity == 0 ? 0 : amount / quantity);
            }
        } else {
            throw StripeError.parameterMissing("amount");
        }
        item.put("amount", amount);
        item.put("currency", currency);
        item.put("net_amount", amount);
        ObjectNode pricing = item.putObject("pricing");
        pricing.put("type", "price_details");
        if (price != null) {
            ObjectNode details = pricing.putObject("price_details");
            details.put("price", price.get("id").asText());
            details.put("product", Json.text(price, "product"));
        }
        pricing.put("unit_amount_decimal", unitAmountDecimal);
        if (price != null && !params.has("description")) {
            ObjectNode product = resources.products().load(Json.text(price, "product"), "price");
            item.put("description", Json.text(product, "name"));
        }
    }

    @Override
    protected Predicate<ObjectNode> customFilter(String param, JsonNode value) {
        if (param.equals("pending")) {
            boolean pending = value.asBoolean();
            return i -> i.path("invoice").isNull() == pending;
        }
        return null;
    }
}
