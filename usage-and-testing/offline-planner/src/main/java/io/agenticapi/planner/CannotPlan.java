package io.agenticapi.planner;

/** The request cannot be mapped offline; the message says why and what would help. */
final class CannotPlan extends RuntimeException {

    static final String CONFIGURE_MODEL = "configure a model (--model ...) for requests the offline planner cannot map";

    CannotPlan(String why) {
        super("cannot map this request offline — " + why + "; rephrase it or " + CONFIGURE_MODEL + ".");
    }
}
