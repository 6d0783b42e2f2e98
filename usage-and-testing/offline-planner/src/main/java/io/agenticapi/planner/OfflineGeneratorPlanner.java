package io.agenticapi.planner;

import io.agenticapi.planner.OperationChooser.Choice;
import io.agenticapi.planner.OperationChooser.Intent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Generator's "model" when no LLM is configured: maps a plain-English request onto one Stripe operation from
 * Stripe's own SDK metadata, extracts its arguments and writes an idiomatic stripe-python script. No network, no
 * model; requests it cannot map are refused with the reason, and requests aimed at the host are refused as
 * dangerous. Immutable after {@link #load()}: one instance can serve concurrent requests.
 */
public final class OfflineGeneratorPlanner {

    /** Requests for one Stripe call are a sentence or two; longer text is not something to pattern-match. */
    static final int MAX_REQUEST = 2000;

    private final OperationTable table;
    private final ResourceVocabulary vocabulary;
    private final ArgumentExtractor extractor;
    private final OperationChooser chooser;

    private OfflineGeneratorPlanner(OperationTable table) {
        this.table = table;
        this.vocabulary = new ResourceVocabulary(table);
        this.extractor = new ArgumentExtractor(table);
        this.chooser = new OperationChooser(extractor);
    }

    /** Loads the committed operation table from the classpath. */
    public static OfflineGeneratorPlanner load() {
        return new OfflineGeneratorPlanner(OperationTable.loadDefault());
    }

    public Plan plan(String request) {
        if (request == null || request.isBlank()) {
            return new Plan.Refusal("The request is empty: say what to do with Stripe, e.g. \"Create a customer"
                    + " named Alice Smith with email alice@test.com\".", false);
        }
        if (request.length() > MAX_REQUEST) {
            return new Plan.Refusal(new CannotPlan("the request is longer than " + MAX_REQUEST
                    + " characters, and the offline planner maps short single-operation requests").getMessage(), false);
        }
        Optional<String> danger = DangerScreen.check(request);
        if (danger.isPresent()) {
            return new Plan.Refusal(danger.get(), true);
        }
        RequestText text = new RequestText(request);
        RequestFacts facts = extractor.extract(text);
        Optional<String> intent = DangerScreen.checkIntent(text.masked());
        if (intent.isPresent()) {
            return new Plan.Refusal(intent.get(), true);
        }
        try {
            return code(text, facts);
        } catch (CannotPlan e) {
            return new Plan.Refusal(e.getMessage(), false);
        }
    }

    private Plan.Code code(RequestText text, RequestFacts facts) {
        List<ResourceVocabulary.Mention> named = vocabulary.find(text.masked()).stream()
                .map(m -> ownsPossessiveId(text, facts, m)
                        ? new ResourceVocabulary.Mention(m.resource(), m.start(), m.end(), m.plural(), true) : m)
                .toList();
        // a word that is both: "setup intent" is a resource (several words), "charge cus_1 $5" a verb (one word)
        List<VerbFinder.Hit> verbs = VerbFinder.find(text.masked()).stream()
                .filter(v -> named.stream().noneMatch(m -> overlaps(v, m) && m.end() > v.end()))
                .toList();
        List<ResourceVocabulary.Mention> mentions = named.stream()
                .filter(m -> verbs.stream().noneMatch(v -> overlaps(v, m)))
                .toList();
        Optional<Intent> intent = OperationChooser.intent(verbs, facts);
        Choice choice = chooser.choose(text, facts, mentions, intent, table);
        refuseChains(verbs, mentions, choice);
        completeFacts(text, facts, choice, mentions);

        ArgumentMapper.Mapped mapped = ArgumentMapper.map(choice, facts);
        StripeResource resource = choice.resource();
        StripeOperation op = choice.operation();
        String code = ScriptWriter.write(resource, op, choice.id(), mapped.params(), facts.countAll
                && facts.limit == null);

        Map<String, Object> arguments = new LinkedHashMap<>();
        if (choice.id() != null) {
            arguments.put("id", choice.id());
        }
        arguments.putAll(mapped.params());
        String summary = op.key() + ": " + ScriptWriter.call(resource, op, choice.id(), mapped.params())
                + (op.description().isEmpty() ? "" : " — " + op.description())
                + mapped.notes().stream().map(n -> " Note: " + n + ".").collect(Collectors.joining());
        return new Plan.Code("stripe", op.key(), summary, arguments, code);
    }

    /**
     * A second verb aimed at another resource is a second Stripe call ("create a customer and list her invoices"),
     * and so is listing before acting ("list customers and delete cus_1"): refused rather than half done.
     */
    private static void refuseChains(List<VerbFinder.Hit> verbs, List<ResourceVocabulary.Mention> mentions,
                                     Choice choice) {
        Intent intent = choice.intent();
        if (intent == null) {
            return;
        }
        for (int i = 0; i < verbs.size(); i++) {
            VerbFinder.Hit verb = verbs.get(i);
            if (verb.start() == intent.position()
                    || (intent.family() == VerbFinder.Family.CREATE && verb.kind().equals("confirm"))) {
                continue;
            }
            int until = i + 1 < verbs.size() ? verbs.get(i + 1).start() : Integer.MAX_VALUE;
            Optional<ResourceVocabulary.Mention> object = mentions.stream()
                    .filter(m -> m.start() >= verb.end() && m.start() < until && !m.possessive()).findFirst();
            if (object.isEmpty()) {
                continue;
            }
            boolean elsewhere = object.get().resource() != choice.resource();
            boolean listsFirst = verb.family() == VerbFinder.Family.READ && verb.start() < intent.position()
                    && object.get().plural();
            if (elsewhere || listsFirst) {
                throw new CannotPlan("it asks for several operations (\"" + intent.word() + "\" and \"" + verb.word()
                        + " " + object.get().resource().label() + "\") and the offline planner writes"
                        + " one Stripe call per request");
            }
        }
    }

    /** "customer cus_1's invoices": the customer is the owner, not the object asked for. */
    private static boolean ownsPossessiveId(RequestText text, RequestFacts facts, ResourceVocabulary.Mention m) {
        for (RequestFacts.FoundId id : facts.ids) {
            int after = id.position() + id.value().length();
            boolean right = id.resource() == m.resource() && id.position() >= m.end() && id.position() <= m.end() + 2;
            if (right && (text.original().startsWith("'s", after) || text.original().startsWith("’s", after))) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(VerbFinder.Hit verb, ResourceVocabulary.Mention mention) {
        return verb.start() < mention.end() && mention.start() < verb.end();
    }

    /** Values that can only be read once the resource is known: a bare name after it, a count before it. */
    private void completeFacts(RequestText text, RequestFacts facts, Choice choice,
                               List<ResourceVocabulary.Mention> mentions) {
        StripeOperation op = choice.operation();
        ResourceVocabulary.Mention mention = choice.mention();
        boolean takesName = op.accepts("name") || op.accepts("product_data");
        if (op.method().equals("create") && takesName && facts.name == null && facts.quoted == null) {
            boolean person = op.accepts("email") && op.accepts("name");
            if (mention != null) {
                extractor.nameAfter(text, mention.end(), person, vocabulary::isResourceWord)
                        .ifPresent(n -> facts.name = n);
            }
            if (facts.name == null && person) {
                extractor.nameAfterFor(text, vocabulary::isResourceWord).ifPresent(n -> facts.name = n);
            }
        }
        if ((op.method().equals("list") || op.method().equals("search")) && facts.limit == null && mention != null) {
            extractor.countBefore(text, mention.start()).ifPresent(n -> ArgumentExtractor.setLimit(facts, n));
        }
        if (op.method().equals("create") && mention != null && mention.plural()
                && extractor.countBefore(text, mention.start()).filter(n -> n > 1).isPresent()) {
            throw new CannotPlan("it asks to create several " + choice.resource().label()
                    + "s and the offline planner writes one Stripe call per request");
        }
        // ids without a prefix (coupon codes) of other resources the operation takes: "for coupon 25OFF"
        for (ResourceVocabulary.Mention other : mentions) {
            StripeResource r = other.resource();
            if (r != choice.resource() && r.idPrefix() == null && op.accepts(r.object())) {
                extractor.codeAfter(text, other.end())
                        .ifPresent(id -> facts.ids.add(new RequestFacts.FoundId(id, r, other.end())));
            }
        }
    }
}
