package no.samkurs.catalog;

import no.samkurs.catalog.offering.entity.Delivery;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.OfferingDetails;
import no.samkurs.catalog.offering.entity.SessionDetails;
import no.samkurs.catalog.offering.entity.TargetGroup;
import no.samkurs.catalog.offering.entity.Topic;
import no.samkurs.catalog.offering.entity.Venue;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.organisation.entity.OrganisationType;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import static no.samkurs.catalog.offering.entity.Session.ZONE;

/** Organisations and offering details for tests that need no database. */
public final class Fixtures {

    public static final Organisation RVTS_NORD = new Organisation("rvts-nord", OrganisationType.RVTS, "RVTS Nord", null);
    public static final Organisation KORUS_NORD = new Organisation("korus-nord", OrganisationType.KORUS, "KoRUS Nord", null);
    public static final Organisation RKBU_NORD = new Organisation("rkbu-nord", OrganisationType.RKBU, "RKBU Nord", null);
    public static final Organisation RVTS_VEST = new Organisation("rvts-vest", OrganisationType.RVTS, "RVTS Vest", null);

    /** The county numbers of 2024, as the directory holds them. */
    public static final Set<String> COUNTIES = Set.of("03", "11", "15", "18", "31", "32", "33", "34", "39", "40", "42",
            "46", "50", "55", "56");

    private Fixtures() {
    }

    public static Instant oslo(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
    }

    public static SessionDetails session(String start, String end) {
        return new SessionDetails(null, oslo(start), oslo(end), null, null, null);
    }

    public static SessionDetails online(String start, String end) {
        return new SessionDetails(null, oslo(start), oslo(end), null, "https://video.example.no/m", null);
    }

    /** A digital webinar about trauma for schools in Troms and Finnmark, with one session. */
    public static OfferingDetails webinar(String title) {
        return details(Kind.WEBINAR, Delivery.DIGITAL, title, Set.of(Topic.TRAUMA), Set.of(TargetGroup.SCHOOL),
                Set.of("55", "56"), null, List.of(online("2027-02-03T09:00", "2027-02-03T11:00")));
    }

    public static OfferingDetails details(Kind kind, Delivery delivery, String title, Set<Topic> topics,
                                         Set<TargetGroup> groups, Set<String> counties, Venue venue,
                                         List<SessionDetails> sessions) {
        return new OfferingDetails(kind, delivery, title, "Et kort sammendrag.", "En lengre beskrivelse.", topics,
                groups, counties.isEmpty(), counties, "nb", 0, 40, null, null, null, venue, List.of(), sessions);
    }

    public static OfferingDetails withSessions(OfferingDetails d, List<SessionDetails> sessions) {
        return new OfferingDetails(d.kind(), d.delivery(), d.title(), d.summary(), d.description(), d.topics(),
                d.targetGroups(), d.national(), d.counties(), d.language(), d.priceNok(), d.capacity(),
                d.enrollmentOpens(), d.enrollmentCloses(), d.contact(), d.venue(), d.links(), sessions);
    }

    public static OfferingDetails retitled(OfferingDetails d, String title) {
        return new OfferingDetails(d.kind(), d.delivery(), title, d.summary(), d.description(), d.topics(),
                d.targetGroups(), d.national(), d.counties(), d.language(), d.priceNok(), d.capacity(),
                d.enrollmentOpens(), d.enrollmentCloses(), d.contact(), d.venue(), d.links(), d.sessions());
    }
}
