package no.samkurs.calendar;

import no.samkurs.calendar.series.entity.SeriesDetails;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** Organisations, offerings and series for the calendar's tests, in Norwegian time. */
public final class Fixture {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    public static final Organisation RVTS_VEST = new Organisation("rvts-vest", OrganisationType.RVTS, "RVTS Vest", null);
    public static final Organisation KORUS_VEST = new Organisation("korus-vest-bergen", OrganisationType.KORUS,
            "KoRUS Vest Bergen", null);
    public static final String JOIN_LINK = "https://video.example.no/hemmelig-mote";

    private Fixture() {
    }

    public static Instant oslo(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(OSLO).toInstant();
    }

    public static SessionDetails session(String start, String end) {
        return new SessionDetails(null, oslo(start), oslo(end), null, JOIN_LINK, null);
    }

    /** A digital course about trauma for schools in Vestland (46), with sessions that have a join link. */
    public static OfferingDetails course(String title, List<SessionDetails> sessions) {
        return details(Kind.COURSE, Delivery.DIGITAL, title, Set.of(Topic.TRAUMA), Set.of("46"), null, sessions);
    }

    /** A learning network about substance use in Vestland, in person at a venue, without sessions. */
    public static OfferingDetails network(String title) {
        return details(Kind.NETWORK, Delivery.HYBRID, title, Set.of(Topic.SUBSTANCE_USE, Topic.EARLY_INTERVENTION),
                Set.of("46"), new Venue("Bergen rådhus", "Rådhusgaten 10", "4601"), List.of());
    }

    public static OfferingDetails details(Kind kind, Delivery delivery, String title, Set<Topic> topics,
                                         Set<String> counties, Venue venue, List<SessionDetails> sessions) {
        return new OfferingDetails(kind, delivery, title, "Et kort sammendrag, med komma; og semikolon.",
                "En lengre beskrivelse.", topics, Set.of(TargetGroup.SCHOOL), counties.isEmpty(), counties, "nb", 0,
                40, null, null, null, venue, List.of(), sessions);
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

    /**
     * Every second Tuesday 13:00–15:00 from September to December 2026, except the autumn holiday week (week 41):
     * 8 and 22 September, 20 October (summer time), 3, 17 November (winter time), 1 and 15 December.
     */
    public static SeriesDetails autumn() {
        return new SeriesDetails("Nettverkssamling", LocalDate.parse("2026-09-08"), LocalTime.of(13, 0),
                LocalTime.of(15, 0), "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20261215",
                Set.of(LocalDate.parse("2026-10-06")), "Bergen rådhus, møterom 3", JOIN_LINK);
    }

    public static SeriesDetails withRule(SeriesDetails d, String rule) {
        return new SeriesDetails(d.title(), d.firstDate(), d.startTime(), d.endTime(), rule, Set.of(), d.location(),
                d.joinUrl());
    }
}
