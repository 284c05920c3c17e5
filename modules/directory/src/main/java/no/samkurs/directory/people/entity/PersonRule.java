package no.samkurs.directory.people.entity;

import no.samkurs.platform.problem.RuleViolation;

/**
 * The rules a person's roles, home and status keep, each with the field it concerns and a message in bokmål.
 * Pages name a broken rule in the reader's language by its constant; the API says the message.
 */
public enum PersonRule {
    ROLE_NEEDED("roles", "En person må ha minst én rolle."),
    MUNICIPALITY_NEEDED("municipality", "Deltakere og kommunekontakter må høre til en kommune."),
    ORGANISATION_NEEDED("organisation", "Redaktører og koordinatorer må høre til en organisasjon."),
    STATSFORVALTER_NEEDED("organisation", "Regionale koordinatorer må høre til et statsforvalterembete."),
    // An administrator who takes away their own role or account could leave nobody able to undo it.
    OWN_ADMINISTRATOR_ROLE("roles", "Du kan ikke ta fra deg selv administratorrollen."),
    OWN_ACCOUNT("active", "Du kan ikke deaktivere din egen konto.");

    private final String field;
    private final String message;

    PersonRule(String field, String message) {
        this.field = field;
        this.message = message;
    }

    public String field() {
        return field;
    }

    public String message() {
        return message;
    }

    public RuleViolation violation() {
        return RuleViolation.invalid(field, message);
    }
}
