package no.samkurs.catalog.offering.control;

import no.samkurs.catalog.offering.entity.CoHost;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.Status;
import no.samkurs.platform.problem.RuleViolation;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may read an offering, its join links and its co-hosts' answers; the catalog's only copy of the rule.
 * <ul>
 *     <li>Everyone, signed in or not, reads published, cancelled and archived offerings.</li>
 *     <li>The insiders of an offering also read it as a draft, and they alone see its join links and co-host answers:
 *     editors of the lead, of co-hosts that accepted and of co-hosts invited but not yet answered (not of one that
 *     declined); regional coordinators whose counties the offering is for (a national offering is for every
 *     county); administrators. Other people of a host organisation are not insiders, and participants will get
 *     join links through their enrollment, not here.</li>
 * </ul>
 * The rule is written as keys: an offering has the keys of its audience, a reader holds keys, and the reader may
 * read when they share one. The search index stores {@link #audience} and filters by {@link #keys}, and the
 * boundaries ask {@link #canRead} and {@link #seesInside}, which compare the same keys, so the two cannot drift.
 */
public final class Visibility {

    public static final String PUBLIC = "public";
    private static final String ADMINISTRATORS = "administrators";
    private static final String EVERY_COUNTY = "county:*";

    private Visibility() {
    }

    /** The keys of everyone who may read the offering. */
    public static Set<String> audience(Offering offering) {
        Set<String> keys = insiders(offering);
        if (offering.status() != Status.DRAFT) {
            keys.add(PUBLIC);
        }
        return keys;
    }

    /** The keys of those who read its draft, its join links and its co-hosts' answers. */
    public static Set<String> insiders(Offering offering) {
        Set<String> keys = new TreeSet<>();
        keys.add(ADMINISTRATORS);
        keys.add(organisation(offering.lead().id()));
        offering.coHosts().stream().map(CoHost::organisationId).filter(offering::involves)
                .forEach(id -> keys.add(organisation(id)));
        if (offering.national()) {
            keys.add(EVERY_COUNTY);
        } else {
            offering.counties().forEach(number -> keys.add(county(number)));
        }
        return keys;
    }

    /** The keys a reader holds: everyone the public one, editors their organisation's, coordinators their counties'. */
    public static Set<String> keys(Reader reader) {
        Set<String> keys = new TreeSet<>();
        keys.add(PUBLIC);
        if (reader.administrator()) {
            keys.add(ADMINISTRATORS);
        }
        if (reader.editor() && reader.organisationId() != null) {
            keys.add(organisation(reader.organisationId()));
        }
        if (!reader.coordinatorCounties().isEmpty()) {
            keys.add(EVERY_COUNTY);
            reader.coordinatorCounties().forEach(number -> keys.add(county(number)));
        }
        return keys;
    }

    public static boolean canRead(Reader reader, Offering offering) {
        return !Collections.disjoint(keys(reader), audience(offering));
    }

    /** Whether the reader sees the join links and the co-hosts' answers. */
    public static boolean seesInside(Reader reader, Offering offering) {
        return !Collections.disjoint(keys(reader), insiders(offering));
    }

    /** The offering if the reader may read it; otherwise 404 for the anonymous and 403 for anyone signed in. */
    public static Offering requireRead(Reader reader, Offering offering) {
        if (canRead(reader, offering)) {
            return offering;
        }
        throw reader.isAnonymous() ? RuleViolation.notFound("Fant ikke tilbudet.")
                : RuleViolation.forbidden("Tilbudet er et utkast, og du har ikke tilgang til det.");
    }

    private static String organisation(String id) {
        return "org:" + id;
    }

    private static String county(String number) {
        return "county:" + number;
    }
}
