package no.samkurs.catalog.offering.control;

import no.samkurs.catalog.offering.entity.Actor;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.Status;
import no.samkurs.platform.problem.RuleViolation;

import java.util.Set;

/**
 * Who is asking, as far as reading offerings goes. Everyone reads what is published (and what was, cancelled or
 * archived); hosts and invited co-hosts read their drafts; coordinators read everything in their counties.
 */
public record Reader(String email, String organisationId, boolean editor, Set<String> coordinatorCounties,
                     boolean administrator) {

    public static final Reader ANONYMOUS = new Reader(null, null, false, Set.of(), false);

    public boolean isAnonymous() {
        return email == null;
    }

    public boolean canRead(Offering offering) {
        return offering.status() != Status.DRAFT || administrator
                || editor && offering.involves(organisationId)
                || offering.isFor(coordinatorCounties);
    }

    public Offering requireRead(Offering offering) {
        if (canRead(offering)) {
            return offering;
        }
        throw isAnonymous() ? RuleViolation.notFound("Fant ikke tilbudet.")
                : RuleViolation.forbidden("Tilbudet er et utkast, og du har ikke tilgang til det.");
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
