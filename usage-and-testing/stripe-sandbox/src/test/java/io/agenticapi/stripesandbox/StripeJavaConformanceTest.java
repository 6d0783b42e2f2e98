package io.agenticapi.stripesandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.stripe.StripeClient;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.Charge;
import com.stripe.model.Coupon;
import com.stripe.model.Customer;
import com.stripe.model.Invoice;
import com.stripe.model.InvoiceItem;
import com.stripe.model.PaymentIntent;
import com.stripe.model.PaymentMethod;
import com.stripe.model.Price;
import com.stripe.model.Product;
import com.stripe.model.Refund;
import com.stripe.model.SetupIntent;
import com.stripe.model.StripeCollection;
import com.stripe.model.StripeSearchResult;
import com.stripe.model.Subscription;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.CouponCreateParams;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.CustomerListParams;
import com.stripe.param.CustomerSearchParams;
import com.stripe.param.CustomerUpdateParams;
import com.stripe.param.InvoiceCreateParams;
import com.stripe.param.InvoiceItemCreateParams;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentConfirmParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentMethodAttachParams;
import com.stripe.param.PriceCreateParams;
import com.stripe.param.ProductCreateParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.SetupIntentCreateParams;
import com.stripe.param.SubscriptionCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** stripe-java's typed API against the sandbox: every answer must deserialize into the SDK's models. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StripeJavaConformanceTest {

    private StripeSandboxServer server;
    private StripeClient stripe;

    @BeforeAll
    void start() {
        server = StripeSandboxServer.start(0);
        stripe = client("sk_test_123");
    }

    private StripeClient client(String key) {
        return StripeClient.builder().setApiKey(key).setApiBase(server.baseUrl()).setMaxNetworkRetries(0).build();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        server.reset();
    }

    @Test
    void customerCreateRetrieveUpdateListSearchDelete() throws StripeException {
        Customer created = stripe.v1().customers().create(CustomerCreateParams.builder()
                .setName("Alice Smith").setEmail("alice@test.com").putMetadata("source", "test").build());
        assertThat(created.getId()).startsWith("cus_");
        assertThat(created.getName()).isEqualTo("Alice Smith");
        assertThat(created.getMetadata()).containsEntry("source", "test");
        assertThat(created.getLivemode()).isFalse();

        Customer retrieved = stripe.v1().customers().retrieve(created.getId());
        assertThat(retrieved.getEmail()).isEqualTo("alice@test.com");

        Customer updated = stripe.v1().customers().update(created.getId(),
                CustomerUpdateParams.builder().setPhone("+15555550123").build());
        assertThat(updated.getPhone()).isEqualTo("+15555550123");
        assertThat(updated.getName()).isEqualTo("Alice Smith");

        for (int i = 0; i < 4; i++) {
            stripe.v1().customers().create(CustomerCreateParams.builder().setEmail("bulk@test.com").build());
        }
        StripeCollection<Customer> page = stripe.v1().customers().list(CustomerListParams.builder()
                .setEmail("bulk@test.com").setLimit(3L).build());
        assertThat(page.getData()).hasSize(3);
        assertThat(page.getHasMore()).isTrue();
        List<String> all = new ArrayList<>();
        page.autoPagingIterable().forEach(c -> all.add(c.getId()));
        assertThat(all).hasSize(4).doesNotHaveDuplicates();

        StripeSearchResult<Customer> found = stripe.v1().customers().search(CustomerSearchParams.builder()
                .setQuery("email:'alice@test.com'").build());
        assertThat(found.getData()).extracting(Customer::getId).containsExactly(created.getId());

        Customer deleted = stripe.v1().customers().delete(created.getId());
        assertThat(deleted.getDeleted()).isTrue();
        assertThat(stripe.v1().customers().retrieve(created.getId()).getDeleted()).isTrue();
        InvalidRequestException missing = catchThrowableOfType(InvalidRequestException.class,
                () -> stripe.v1().customers().retrieve("cus_never"));
        assertThat(missing.getStatusCode()).isEqualTo(404);
        assertThat(missing.getCode()).isEqualTo("resource_missing");
        assertThat(missing.getParam()).isEqualTo("id");
    }

    @Test
    void paymentIntentConfirmedWithVisaSucceeds() throws StripeException {
        PaymentIntent intent = stripe.v1().paymentIntents().create(PaymentIntentCreateParams.builder()
                .setAmount(2000L).setCurrency("usd").addPaymentMethodType("card").build());
        assertThat(intent.getId()).startsWith("pi_");
        assertThat(intent.getClientSecret()).startsWith(intent.getId() + "_secret_");
        assertThat(intent.getStatus()).isEqualTo("requires_payment_method");
        assertThat(intent.getAmount()).isEqualTo(2000L);

        PaymentIntent confirmed = stripe.v1().paymentIntents().confirm(intent.getId(),
                PaymentIntentConfirmParams.builder().setPaymentMethod("pm_card_visa").build());
        assertThat(confirmed.getStatus()).isEqualTo("succeeded");
        assertThat(confirmed.getAmountReceived()).isEqualTo(2000L);
        assertThat(confirmed.getPaymentMethod()).startsWith("pm_").isNotEqualTo("pm_card_visa");
        assertThat(confirmed.getLatestCharge()).startsWith("ch_");

        Charge charge = stripe.v1().charges().retrieve(confirmed.getLatestCharge());
        assertThat(charge.getAmount()).isEqualTo(2000L);
        assertThat(charge.getPaid()).isTrue();
        assertThat(charge.getPaymentIntent()).isEqualTo(intent.getId());
        assertThat(charge.getPaymentMethodDetails().getCard().getLast4()).isEqualTo("4242");
        PaymentMethod pm = stripe.v1().paymentMethods().retrieve(confirmed.getPaymentMethod());
        assertThat(pm.getCard().getBrand()).isEqualTo("visa");
    }

    @Test
    void declinedCardRaisesCardException() throws StripeException {
        PaymentIntent intent = stripe.v1().paymentIntents().create(PaymentIntentCreateParams.builder()
                .setAmount(1500L).setCurrency("usd").build());
        CardException declined = catchThrowableOfType(CardException.class,
                () -> stripe.v1().paymentIntents().confirm(intent.getId(), PaymentIntentConfirmParams.builder()
                        .setPaymentMethod("pm_card_chargeDeclined").build()));
        assertThat(declined.getStatusCode()).isEqualTo(402);
        assertThat(declined.getCode()).isEqualTo("card_declined");
        assertThat(declined.getDeclineCode()).isEqualTo("generic_decline");
        assertThat(declined.getCharge()).startsWith("ch_");
        assertThat(declined.getStripeError().getPaymentIntent().getId()).isEqualTo(intent.getId());

        PaymentIntent after = stripe.v1().paymentIntents().retrieve(intent.getId());
        assertThat(after.getStatus()).isEqualTo("requires_payment_method");
        assertThat(after.getLastPaymentError().getDeclineCode()).isEqualTo("generic_decline");

        CardException poor = catchThrowableOfType(CardException.class,
                () -> stripe.v1().paymentIntents().confirm(intent.getId(), PaymentIntentConfirmParams.builder()
                        .setPaymentMethod("pm_card_insufficientFunds").build()));
        assertThat(poor.getDeclineCode()).isEqualTo("insufficient_funds");
        assertThat(poor.getMessage()).contains("insufficient funds");
    }

    @Test
    void manualCaptureAndCancel() throws StripeException {
        PaymentIntent authorized = stripe.v1().paymentIntents().create(PaymentIntentCreateParams.builder()
                .setAmount(5000L).setCurrency("eur").setPaymentMethod("pm_card_mastercard").setConfirm(true)
                .setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.MANUAL).build());
        assertThat(authorized.getStatus()).isEqualTo("requires_capture");
        assertThat(authorized.getAmountCapturable()).isEqualTo(5000L);
        PaymentIntent captured = stripe.v1().paymentIntents().capture(authorized.getId(),
                PaymentIntentCaptureParams.builder().setAmountToCapture(4000L).build());
        assertThat(captured.getStatus()).isEqualTo("succeeded");
        assertThat(captured.getAmountReceived()).isEqualTo(4000L);
        assertThat(stripe.v1().charges().retrieve(captured.getLatestCharge()).getAmountCaptured()).isEqualTo(4000L);

        PaymentIntent other = stripe.v1().paymentIntents().create(PaymentIntentCreateParams.builder()
                .setAmount(700L).setCurrency("usd").build());
        PaymentIntent canceled = stripe.v1().paymentIntents().cancel(other.getId());
        assertThat(canceled.getStatus()).isEqualTo("canceled");
        assertThat(canceled.getCanceledAt()).isNotNull();
        InvalidRequestException again = catchThrowableOfType(InvalidRequestException.class,
                () -> stripe.v1().paymentIntents().cancel(captured.getId()));
        assertThat(again.getCode()).isEqualTo("payment_intent_unexpected_state");
    }

    @Test
    void productsAndPrices() throws StripeException {
        Product product = stripe.v1().products().create(ProductCreateParams.builder().setName("T-shirt")
                .setDefaultPriceData(ProductCreateParams.DefaultPriceData.builder().setCurrency("usd")
                        .setUnitAmount(1999L).build()).build());
        assertThat(product.getId()).startsWith("prod_");
        assertThat(product.getName()).isEqualTo("T-shirt");
        assertThat(product.getDefaultPrice()).startsWith("price_");

        Price monthly = stripe.v1().prices().create(PriceCreateParams.builder().setProduct(product.getId())
                .setCurrency("usd").setUnitAmount(1500L).setRecurring(PriceCreateParams.Recurring.builder()
                        .setInterval(PriceCreateParams.Recurring.Interval.MONTH).build()).build());
        assertThat(monthly.getId()).startsWith("price_");
        assertThat(monthly.getUnitAmount()).isEqualTo(1500L);
        assertThat(monthly.getType()).isEqualTo("recurring");
        assertThat(monthly.getRecurring().getInterval()).isEqualTo("month");
        assertThat(monthly.getProduct()).isEqualTo(product.getId());

        Price oneTime = stripe.v1().prices().create(PriceCreateParams.builder().setCurrency("usd")
                .setUnitAmount(500L).setProductData(PriceCreateParams.ProductData.builder().setName("Sticker")
                        .build()).build());
        assertThat(oneTime.getType()).isEqualTo("one_time");
        assertThat(oneTime.getRecurring()).isNull();
        assertThat(stripe.v1().products().retrieve(oneTime.getProduct()).getName()).isEqualTo("Sticker");

        InvalidRequestException unknownProduct = catchThrowableOfType(InvalidRequestException.class,
                () -> stripe.v1().prices().create(PriceCreateParams.builder().setProduct("prod_missing")
                        .setCurrency("usd").setUnitAmount(100L).build()));
        assertThat(unknownProduct.getStatusCode()).isEqualTo(404);
        assertThat(unknownProduct.getParam()).isEqualTo("product");
    }

    @Test
    void refundsOfAPaymentIntent() throws StripeException {
        PaymentIntent paid = stripe.v1().paymentIntents().create(PaymentIntentCreateParams.builder()
                .setAmount(3000L).setCurrency("usd").setPaymentMethod("pm_card_visa").setConfirm(true).build());
        Refund partial = stripe.v1().refunds().create(RefundCreateParams.builder()
                .setPaymentIntent(paid.getId()).setAmount(1000L).build());
        assertThat(partial.getId()).startsWith("re_");
        assertThat(partial.getStatus()).isEqualTo("succeeded");
        assertThat(partial.getAmount()).isEqualTo(1000L);
        assertThat(partial.getCharge()).isEqualTo(paid.getLatestCharge());
        Refund rest = stripe.v1().refunds().create(RefundCreateParams.builder()
                .setCharge(paid.getLatestCharge()).build());
        assertThat(rest.getAmount()).isEqualTo(2000L);
        Charge charge = stripe.v1().charges().retrieve(paid.getLatestCharge());
        assertThat(charge.getAmountRefunded()).isEqualTo(3000L);
        assertThat(charge.getRefunded()).isTrue();
        InvalidRequestException more = catchThrowableOfType(InvalidRequestException.class,
                () -> stripe.v1().refunds().create(RefundCreateParams.builder().setPaymentIntent(paid.getId())
                        .build()));
        assertThat(more.getCode()).isEqualTo("charge_already_refunded");
    }

    @Test
    void subscriptionsInvoicesAndCheckout() throws StripeException {
        Customer customer = stripe.v1().customers().create(CustomerCreateParams.builder().setName("Sub").build());
        PaymentMethod card = stripe.v1().paymentMethods().attach("pm_card_visa",
                PaymentMethodAttachParams.builder().setCustomer(customer.getId()).build());
        assertThat(card.getCustomer()).isEqualTo(customer.getId());
        Product product = stripe.v1().products().create(ProductCreateParams.builder().setName("Plan").build());
        Price price = stripe.v1().prices().create(PriceCreateParams.builder().setProduct(product.getId())
                .setCurrency("usd").setUnitAmount(900L).setRecurring(PriceCreateParams.Recurring.builder()
                        .setInterval(PriceCreateParams.Recurring.Interval.MONTH).build()).build());

        Subscription subscription = stripe.v1().subscriptions().create(SubscriptionCreateParams.builder()
                .setCustomer(customer.getId()).setDefaultPaymentMethod(card.getId())
                .addItem(SubscriptionCreateParams.Item.builder().setPrice(price.getId()).setQuantity(2L).build())
                .build());
        assertThat(subscription.getId()).startsWith("sub_");
        assertThat(subscription.getStatus()).isEqualTo("active");
        assertThat(subscription.getItems().getData()).singleElement()
                .satisfies(item -> assertThat(item.getPrice().getId()).isEqualTo(price.getId()));
        Invoice first = stripe.v1().invoices().retrieve(subscription.getLatestInvoice());
        assertThat(first.getStatus()).isEqualTo("paid");
        assertThat(first.getAmountPaid()).isEqualTo(1800L);
        Subscription canceled = stripe.v1().subscriptions().cancel(subscription.getId());
        assertThat(canceled.getStatus()).isEqualTo("canceled");

        InvoiceItem item = stripe.v1().invoiceItems().create(InvoiceItemCreateParams.builder()
                .setCustomer(customer.getId()).setAmount(2500L).setCurrency("usd").setDescription("Setup fee")
                .build());
        assertThat(item.getId()).startsWith("ii_");
        Invoice draft = stripe.v1().invoices().create(InvoiceCreateParams.builder().setCustomer(customer.getId())
                .setPendingInvoiceItemsBehavior(InvoiceCreateParams.PendingInvoiceItemsBehavior.INCLUDE).build());
        assertThat(draft.getStatus()).isEqualTo("draft");
        assertThat(draft.getAmountDue()).isEqualTo(2500L);
        assertThat(stripe.v1().invoices().finalizeInvoice(draft.getId()).getStatus()).isEqualTo("open");
        Invoice paid = stripe.v1().invoices().pay(draft.getId());
        assertThat(paid.getStatus()).isEqualTo("paid");

        Session session = stripe.v1().checkout().sessions().create(SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.SUBSCRIPTION).setSuccessUrl("https://example.com/ok")
                .setCancelUrl("https://example.com/cancel")
                .addLineItem(SessionCreateParams.LineItem.builder().setPrice(price.getId()).setQuantity(1L).build())
                .build());
        assertThat(session.getId()).startsWith("cs_test_");
        assertThat(session.getUrl()).contains(session.getId());
        assertThat(session.getAmountTotal()).isEqualTo(900L);
        assertThat(session.getStatus()).isEqualTo("open");
    }

    @Test
    void setupIntentsAndCoupons() throws StripeException {
        Customer customer = stripe.v1().customers().create(CustomerCreateParams.builder().build());
        SetupIntent setup = stripe.v1().setupIntents().create(SetupIntentCreateParams.builder()
                .setCustomer(customer.getId()).setPaymentMethod("pm_card_visa").setConfirm(true).build());
        assertThat(setup.getStatus()).isEqualTo("succeeded");
        assertThat(stripe.v1().paymentMethods().retrieve(setup.getPaymentMethod()).getCustomer())
                .isEqualTo(customer.getId());
        Coupon coupon = stripe.v1().coupons().create(CouponCreateParams.builder().setPercentOff(
                new java.math.BigDecimal("25.5")).setDuration(CouponCreateParams.Duration.ONCE).build());
        assertThat(coupon.getPercentOff()).isEqualByComparingTo("25.5");
        assertThat(coupon.getValid()).isTrue();
    }

    @Test
    void errorsMapToTheSdksExceptions() throws StripeException {
        assertThatThrownBy(() -> client("sk_live_notallowed1234").v1().customers().list())
                .isInstanceOf(AuthenticationException.class).hasMessageContaining("test mode");
        RequestOptions key = RequestOptions.builder().setIdempotencyKey("same-key").build();
        stripe.v1().customers().create(CustomerCreateParams.builder().setName("A").build(), key);
        assertThatThrownBy(() -> stripe.v1().customers().create(CustomerCreateParams.builder().setName("B").build(),
                key)).isInstanceOf(IdempotencyException.class);
    }
}
