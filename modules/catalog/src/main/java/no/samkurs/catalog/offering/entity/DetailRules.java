package no.samkurs.catalog.offering.entity;

import no.samkurs.platform.problem.RuleViolation;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rules an offering's details must keep whatever its state: the ones that tie fields together. Required
 * fields and lengths are checked at the boundary (Bean Validation), before anything reaches the aggregate.
 */
final class DetailRules {

    static final Locale NB = Locale.forLanguageTag("nb");
    static final List<String> LANGUAGES = List.of("nb", "nn", "en", "se");

    private DetailRules() {
    }

    static void check(OfferingDetails d, List<String> existingSessionIds) {
        if (d.topics().isEmpty()) {
            throw RuleViolation.invalid("topics", "Velg minst ett tema.");
        }
        if (d.targetGroups().isEmpty()) {
            throw RuleViolation.invalid("targetGroups", "Velg minst én målgruppe.");
        }
        if (!d.national() && d.counties().isEmpty()) {
            throw RuleViolation.invalid("counties", "Velg fylkene tilbudet er for, eller merk det som nasjonalt.");
        }
        if (!LANGUAGES.contains(d.language())) {
            throw RuleViolation.notAllowed("language", d.language(), LANGUAGES);
        }
        if (d.priceNok() < 0) {
            throw RuleViolation.invalid("priceNok", "Prisen kan ikke være negativ.");
        }
        if (d.capacity() != null && d.capacity() < 1) {
            throw RuleViolation.invalid("capacity", "Antall plasser må være minst 1, eller stå tomt for ubegrenset.");
        }
        if (d.enrollmentOpens() != null && d.enrollmentCloses() != null
                && !d.enrollmentOpens().isBefore(d.enrollmentCloses())) {
            throw RuleViolation.invalid("enrollmentCloses", "Påmeldingen må stenge etter at den åpner.");
        }
        checkDelivery(d);
        checkSessions(d, Set.copyOf(existingSessionIds));
    }

    private static void checkDelivery(OfferingDetails d) {
        if (d.kind() == Kind.WEBINAR && d.delivery() == Delivery.IN_PERSON) {
            throw RuleViolation.invalid("delivery", "Et webinar holdes digitalt eller hybrid, ikke bare fysisk.");
        }
        if (d.delivery() != Delivery.DIGITAL
                && (d.venue() == null || blank(d.venue().name()) || blank(d.venue().municipality()))) {
            throw RuleViolation.invalid("venue", "Fysiske og hybride tilbud trenger sted og kommune.");
        }
    }

    private static void checkSessions(OfferingDetails d, Set<String> existing) {
        if (d.kind() == Kind.E_LEARNING && !d.sessions().isEmpty()) {
            throw RuleViolation.invalid("sessions", "E-læring tas i eget tempo og har ingen økter.");
        }
        for (int i = 0; i < d.sessions().size(); i++) {
            SessionDetails s = d.sessions().get(i);
            String field = "sessions[" + i + "]";
            if (s.startsAt() == null || s.endsAt() == null) {
                throw RuleViolation.invalid(field + ".start", "Hver økt trenger start og slutt.");
            }
            if (!s.endsAt().isAfter(s.startsAt())) {
                throw RuleViolation.invalid(field + ".end", "Økten må slutte etter at den starter.");
            }
            if (s.id() != null && !existing.contains(s.id())) {
                throw RuleViolation.invalid(field + ".id", "Tilbudet har ingen økt med id «" + s.id() + "».");
            }
            if (s.joinUrl() != null && d.delivery() == Delivery.IN_PERSON) {
                throw RuleViolation.invalid(field + ".joinUrl", "Et rent fysisk tilbud har ingen lenke for å delta digitalt.");
            }
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
