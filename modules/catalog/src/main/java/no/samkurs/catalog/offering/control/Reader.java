package no.samkurs.catalog.offering.control;

import no.samkurs.catalog.offering.entity.Actor;
import no.samkurs.platform.problem.RuleViolation;

import java.util.Set;

/**
 * Who is asking: their organisation and whether they edit for it, the counties they coordinate, and whether they
 * administer. What they may read is {@link Visibility}'s to say.
 */
public record Reader(String email, String organisationId, boolean editor, Set<String> coordinatorCounties,
                     boolean administrator) {

    public static final Reader ANONYMOUS = new Reader(null, null, false, Set.of(), false);

    public boolean isAnonymous() {
        return email == null;
    }

    /** The same person as someone who changes offerings; refused unless they edit for an organisation. */
    public Actor actor() {
        if (administrator) {
            return Actor.anAdministrator();
        }
        if (!editor || organisationId == null) {
            throw RuleViolation.forbidden("Bare redaktører hos en tilbyder kan endre tilbud.");
        }
        return Actor.editorOf(organisationId);
    }
}
