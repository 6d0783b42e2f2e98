package io.agenticapi.planner;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the extractor found in a request; every field is optional. Filled once, then only read. */
final class RequestFacts {

    /** An id in the request and the resource its prefix names (null for free-form ids such as coupon codes). */
    record FoundId(String value, StripeResource resource, int position) {}

    final List<FoundId> ids = new ArrayList<>();
    final List<String> emails = new ArrayList<>();
    final List<String> urls = new ArrayList<>();
    final Map<String, String> metadata = new LinkedHashMap<>();
    /** Dotted event names such as payment_intent.succeeded (webhook endpoints). */
    final List<String> events = new ArrayList<>();

    String name;
    /** The name came from a free-standing phrase ("for Alice Smith"), not from "named"/"called". */
    boolean nameImplicit;
    String description;
    String phone;
    /** Leftover quoted text nobody claimed. */
    String quoted;
    /** Update target value and the field it belongs to ("rename ... to X", "change email ... to Y"). */
    String newValue;
    String newValueField;

    Long amount;
    String currency;
    boolean amountIsOff;
    /** "over $100" → ">" (search queries); null means equal. */
    String amountComparator;
    BigDecimal percentOff;
    Integer limit;
    boolean limitCapped;
    boolean countAll;
    /** "the latest customer": one object, the newest (lists are newest first). */
    boolean latest;
    boolean subscriptionMode;
    Integer quantity;
    String interval;
    String paymentMethodToken;
    boolean confirm;
    boolean manualCapture;
    boolean sendReceipt;
    String refundReason;
    String couponDuration;
    Integer durationInMonths;
    Boolean active;
    String code;
}
