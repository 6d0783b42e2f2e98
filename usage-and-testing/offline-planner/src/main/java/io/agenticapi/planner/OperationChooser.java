package io.agenticapi.planner;

import io.agenticapi.planner.ResourceVocabulary.Mention;
import io.agenticapi.planner.VerbFinder.Family;
import io.agenticapi.planner.VerbFinder.Hit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which resource and which of its operations a request means: the verb gives the kind of operation, the
 * resource words and id prefixes give the candidates, and the first candidate that really has such an operation in
 * Stripe's table wins. Anything ambiguous is refused rather than guessed.
 */
final class OperationChooser {

    /** The action asked for. {@code forced} is the object the verb itself implies ("refund" → refund). */
    record Intent(Family family, String kind, String word, String forced, int position) {}

    /** The chosen operation, the id it acts on (if any) and the status word used as a filter (if any). */
    record Choice(StripeResource resource, StripeOperation operation, String id, Intent intent, String status,
                  Mention mention) {}

    private static final Map<String, List<String>> CUSTOM_METHODS = Map.of(
            "finalize", List.of("finalize_invoice", "finalize_quote"),
            "void", List.of("void_invoice", "void_credit_note"),
            "send", List.of("send_invoice"),
            "mark", List.of("mark_uncollectible"));
    private static final Pattern STATUS = Pattern.compile("\\b(active|canceled|cancelled|past[_ ]due|unpaid"
            + "|trialing|incomplete|draft|open|paid|void|uncollectible|succeeded|failed|pending|expired|complete"
            + "|processing|requires[_ ]capture|requires[_ ]payment[_ ]method|requires[_ ]confirmation)\\b");
    private static final Set<String> ID_FREE_RESOURCES_OK = Set.of("coupon", "plan", "country_spec",
            "reporting.report_type", "account_link", "login_link", "balance", "terminal.connection_token");

    private final ArgumentExtractor extractor;

    OperationChooser(ArgumentExtractor extractor) {
        this.extractor = extractor;
    }

    /** The single action of the request; refuses requests that chain several different actions. */
    static Optional<Intent> intent(List<Hit> hits, RequestFacts facts) {
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        Hit primary = hits.getFirst();
        List<Hit> mutating = hits.stream().filter(h -> h.family() != Family.READ).toList();
        if (primary.family() == Family.READ && !mutating.isEmpty()) {
            primary = mutating.getFirst(); // "find customer cus_1 and delete it" is a delete
        }
        for (Hit other : mutating) {
            if (other == primary || sameAction(primary, other)) {
                continue;
            }
            if (primary.family() == Family.CREATE && other.kind().equals("confirm")) {
                facts.confirm = true; // "create a payment intent ... and confirm it"
                continue;
            }
            if (primary.family() == Family.UPDATE && other.kind().equals("add")) {
                continue; // "update customer cus_1 and add metadata ..."
            }
            throw new CannotPlan("it asks for several operations (\"" + primary.word() + "\" and \"" + other.word()
                    + "\") and the offline planner writes one Stripe call per request");
        }
        return Optional.of(new Intent(primary.family(), primary.kind(), primary.word(), primary.forced(),
                primary.start()));
    }

    private static boolean sameAction(Hit a, Hit b) {
        if (a.family() != b.family()) {
            return false;
        }
        if (a.family() == Family.CREATE) {
            return b.forced() == null || Objects.equals(a.forced(), b.forced());
        }
        return a.family() != Family.CUSTOM || a.kind().equals(b.kind());
    }

    Choice choose(RequestText text, RequestFacts facts, List<Mention> mentions, Optional<Intent> intent,
                  OperationTable table) {
        Map<StripeResource, Mention> candidates = candidates(facts, mentions, intent, table);
        if (candidates.isEmpty()) {
            throw new CannotPlan("it names no Stripe resource the planner knows (customer, payment intent, product,"
                    + " price, refund, coupon, invoice, subscription, checkout session, balance...)");
        }
        String status = status(text);
        for (Map.Entry<StripeResource, Mention> candidate : candidates.entrySet()) {
            StripeResource resource = candidate.getKey();
            List<String> ids = ids(resource, facts, text, candidate.getValue());
            Optional<StripeOperation> op = intent.isPresent()
                    ? operation(resource, intent.get(), facts, candidate.getValue(), !ids.isEmpty(), status)
                    : implicitOperation(resource, facts, candidate.getValue(), !ids.isEmpty());
            if (op.isEmpty()) {
                continue;
            }
            String id = null;
            if (op.get().takesId()) {
                if (ids.isEmpty()) {
                    throw new CannotPlan(op.get().key() + " needs the id of the " + resource.label()
                            + (resource.idPrefix() != null ? " (" + resource.idPrefix() + "_...)" : "")
                            + " and the request gives none");
                }
                if (ids.size() > 1) {
                    throw new CannotPlan("it names several " + resource.label() + " ids " + ids
                            + " and the offline planner handles one per request");
                }
                id = ids.getFirst();
            }
            return new Choice(resource, op.get(), id, intent.orElse(null), status, candidate.getValue());
        }
        StripeResource first = candidates.keySet().iterator().next();
        if (intent.isEmpty()) {
            throw new CannotPlan("it names a " + first.label() + " but no action the planner knows (create, list,"
                    + " retrieve, update, delete, search, cancel, confirm, capture, refund...)");
        }
        throw new CannotPlan("Stripe's API has no operation to \"" + intent.get().word() + "\" a " + first.label());
    }

    /** Resources the request may be about, most likely first: the verb's own, then named ones, then id owners. */
    private static Map<StripeResource, Mention> candidates(RequestFacts facts, List<Mention> mentions,
                                                           Optional<Intent> intent, OperationTable table) {
        Map<StripeResource, Mention> candidates = new LinkedHashMap<>();
        intent.map(Intent::forced).flatMap(table::resource).ifPresent(r -> candidates.put(r, null));
        int verbAt = intent.map(Intent::position).orElse(0);
        List<Mention> ordered = new ArrayList<>();
        mentions.stream().filter(m -> !m.possessive() && m.start() >= verbAt).forEach(ordered::add);
        mentions.stream().filter(m -> !m.possessive() && m.start() < verbAt).forEach(ordered::add);
        for (Mention m : ordered) {
            candidates.putIfAbsent(m.resource(), m);
        }
        for (RequestFacts.FoundId id : facts.ids) {
            if (id.resource() != null) {
                candidates.putIfAbsent(id.resource(), null);
            }
        }
        mentions.stream().filter(Mention::possessive).forEach(m -> candidates.putIfAbsent(m.resource(), m));
        return candidates;
    }

    private Optional<StripeOperation> operation(StripeResource r, Intent intent, RequestFacts facts, Mention mention,
                                                boolean haveId, String status) {
        return switch (intent.family()) {
            case CREATE -> intent.kind().equals("add") && haveId && r.has("update")
                    ? r.operation("update", true) : r.operation("create", false);
            case READ -> read(r, intent.kind(), facts, mention, haveId, status);
            case UPDATE -> r.operation("update", true);
            case DELETE -> r.operation("delete", true).or(() -> r.operation("cancel", true));
            case CUSTOM -> CUSTOM_METHODS.getOrDefault(intent.kind(), List.of(intent.kind())).stream()
                    .filter(r::has).findFirst().flatMap(method -> r.operation(method, true));
        };
    }

    private static Optional<StripeOperation> read(StripeResource r, String kind, RequestFacts facts, Mention mention,
                                                  boolean haveId, String status) {
        if (haveId && r.has("retrieve")) {
            return r.operation("retrieve", true);
        }
        boolean many = facts.limit != null || facts.countAll || (mention != null && mention.plural());
        if (r.singleton() || (!many && !r.has("list") && r.has("retrieve"))
                || (!many && mention != null && r.operations().stream()
                        .anyMatch(op -> op.method().equals("retrieve") && !op.takesId()))) {
            return r.operation("retrieve", false);
        }
        boolean criteria = !SearchQuery.clauses(r, facts, status).isEmpty();
        boolean searchWanted = kind.equals("search") || kind.equals("find") || kind.equals("retrieve");
        if (r.has("search") && criteria && (searchWanted || needsSearch(r, facts))) {
            return r.operation("search", false);
        }
        if (r.has("list") && (!kind.equals("retrieve") || many || criteria)) {
            return r.operation("list", false);
        }
        return Optional.empty();
    }

    /** Filters the list call cannot express (a name, metadata) but search can. */
    private static boolean needsSearch(StripeResource r, RequestFacts facts) {
        StripeOperation list = r.operation("list", false).orElse(null);
        boolean byName = (facts.name != null || facts.quoted != null) && SearchQuery.searchable(r, "name")
                && (list == null || !list.accepts("name"));
        boolean byMetadata = !facts.metadata.isEmpty() && SearchQuery.searchable(r, "metadata");
        boolean byAmount = facts.amount != null && SearchQuery.searchable(r, "amount")
                && (list == null || !list.accepts("amount"));
        return byName || byMetadata || byAmount;
    }

    /** No verb at all: an id means retrieve it, a plural or a count means list. */
    private static Optional<StripeOperation> implicitOperation(StripeResource r, RequestFacts facts, Mention mention,
                                                               boolean haveId) {
        if (haveId && r.has("retrieve")) {
            return r.operation("retrieve", true);
        }
        if (r.singleton()) {
            return r.operation("retrieve", false);
        }
        boolean many = facts.limit != null || facts.countAll || (mention != null && mention.plural());
        return many && r.has("list") ? r.operation("list", false) : Optional.empty();
    }

    /** Distinct ids the request gives for this resource: prefixed ids, "id X", or a code after its name. */
    private List<String> ids(StripeResource resource, RequestFacts facts, RequestText text, Mention mention) {
        List<String> ids = new ArrayList<>();
        for (RequestFacts.FoundId id : facts.ids) {
            if ((id.resource() == resource || id.resource() == null) && !ids.contains(id.value())) {
                ids.add(id.value());
            }
        }
        if (ids.isEmpty() && resource.idPrefix() == null) {
            if (facts.code != null && !resource.object().equals("promotion_code")) {
                ids.add(facts.code);
            } else if (mention != null && ID_FREE_RESOURCES_OK.contains(resource.object())) {
                extractor.codeAfter(text, mention.end()).ifPresent(code -> {
                    facts.code = code;
                    ids.add(code);
                });
            }
        }
        return ids;
    }

    private static String status(RequestText text) {
        Matcher m = STATUS.matcher(text.masked());
        return m.find() ? m.group(1).replace(' ', '_').replace("cancelled", "canceled") : null;
    }
}
