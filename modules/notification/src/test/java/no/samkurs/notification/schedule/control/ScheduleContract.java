package no.samkurs.notification.schedule.control;

import jakarta.persistence.EntityManager;
import no.samkurs.calendar.feed.control.EventsChanged;
import no.samkurs.calendar.feed.control.Generations;
import no.samkurs.calendar.feed.control.Projection;
import no.samkurs.calendar.series.entity.Series;
import no.samkurs.calendar.series.entity.SeriesDetails;
import no.samkurs.catalog.offering.entity.Actor;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.Link;
import no.samkurs.catalog.offering.entity.LinkKind;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.OfferingDetails;
import no.samkurs.catalog.offering.entity.SessionDetails;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.notification.Fixtures;
import no.samkurs.notification.message.control.Parts;
import no.samkurs.notification.outbox.control.OnDatabase;
import no.samkurs.notification.outbox.control.Smtp;
import no.samkurs.notification.outbox.entity.Notice;
import no.samkurs.notification.preference.control.Preferences;
import no.samkurs.platform.testing.Fired;
import no.samkurs.platform.testing.Wiring;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static no.samkurs.notification.Fixtures.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The messages the clock causes, from the real schema, received from a real SMTP server: a reminder once per
 * session and participant (however many scans, on however many instances), none for whoever turned them off, none
 * for a session begun; a series' meetings each reminded; thanks once, with the recording; and the coordinators'
 * digest only when there are new overlaps, once a day.
 */
abstract class ScheduleContract extends OnDatabase {

    static final String REGION = "sf-troms-og-finnmark";

    Smtp smtp;
    LocalScans scans;

    @BeforeEach
    void start() {
        smtp = new Smtp(jpa, clock);
        scans = new LocalScans(jpa, clock);
    }

    @AfterEach
    void stop() {
        smtp.close();
    }

    List<Notice> of(String offeringId, no.samkurs.notification.outbox.entity.Kind kind) {
        return notices(offeringId).stream().filter(n -> n.kind() == kind).toList();
    }

    static String subject(Parts mail) {
        try {
            return mail.message().getSubject();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    String email(Person person) {
        return tx(em -> em.find(Person.class, person.id()).email());
    }

    Parts received(Person person, String subjectStart) {
        return smtp.to(email(person)).stream().filter(m -> subject(m).startsWith(subjectStart)).findFirst()
                .orElseThrow(() -> new AssertionError("No \"" + subjectStart + "\" to " + person.name()));
    }

    void remindersOff(Person person) {
        run(em -> {
            Preferences preferences = new Preferences();
            Wiring.set(preferences, "em", em);
            preferences.remind(person.id(), false);
        });
    }

    @Test
    void aReminderGoesOnceToEachConfirmedParticipantWhoWantsIt() {
        Instant start = START.plus(Duration.ofDays(1));
        String offering = offering(Fixtures.webinar("Traumebevisst praksis", 2, start));
        Person seated = person("nb");
        Person optedOut = person("nn");
        Person waiting = person("en");
        admit(offering, seated, optedOut, waiting);
        remindersOff(optedOut);
        clock.set(start.minus(Duration.ofHours(25)));
        scans.scans.round();
        assertEquals(List.of(), of(offering, no.samkurs.notification.outbox.entity.Kind.REMINDER), "not yet");
        clock.set(start.minus(Duration.ofHours(23)));
        scans.scans.round();
        scans.scans.round();
        new LocalScans(jpa, clock).scans.round();
        List<Notice> reminders = of(offering, no.samkurs.notification.outbox.entity.Kind.REMINDER);
        assertEquals(List.of(seated.id()), reminders.stream().map(Notice::personId).toList(),
                "once, to the confirmed participant who did not turn reminders off; not to the waiting");
        String uid = tx(em -> em.find(Offering.class, offering).sessions().get(0).id()) + "@samkurs.no";
        Notice reminder = reminders.get(0);
        assertEquals(uid + " " + start, reminder.about().orElseThrow());
        assertEquals("reminder@" + uid + "@" + start.getEpochSecond() + ":" + reminder.enrollmentId().orElseThrow()
                + ":0", reminder.dedupeKey());

        smtp.deliver();
        Parts mail = received(seated, "Påminnelse");
        assertEquals("Påminnelse: Traumebevisst praksis", subject(mail));
        assertFalse(mail.hasCalendar(), "the calendar has it already");
        assertTrue(mail.plain().contains("Tid: onsdag 2. desember 2026 kl. 13.00–14.30"), mail.plain());
        assertTrue(mail.plain().contains("Lenke for å delta: " + Fixtures.JOIN_LINK), mail.plain());
        assertTrue(mail.plain().contains("Slå av påminnelser på Min side: https://samkurs.no/min-side"), mail.plain());
        assertTrue(smtp.to(email(optedOut)).stream().noneMatch(m -> subject(m).startsWith("Påminning")));
    }

    @Test
    void twoInstancesScanningAtOnceRecordEachReminderOnce() throws Exception {
        Instant start = START.plus(Duration.ofDays(5)).plusSeconds(3 * 3600);
        String offering = offering(Fixtures.webinar("Mange deltakere", 100, start));
        List<Person> people = tx(em -> IntStream.range(0, 30).mapToObj(i -> Fixtures.participant(em, "nb")).toList());
        admit(offering, people.toArray(Person[]::new));
        clock.set(start.minus(Duration.ofHours(1)));
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> rounds = new ArrayList<>();
            for (LocalScans instance : List.of(scans, new LocalScans(jpa, clock))) {
                rounds.add(two.submit(() -> {
                    together.await();
                    return instance.scans.round();
                }));
            }
            for (Future<Integer> round : rounds) {
                round.get();
            }
        } finally {
            two.shutdownNow();
        }
        List<Notice> reminders = of(offering, no.samkurs.notification.outbox.entity.Kind.REMINDER);
        assertEquals(30, reminders.size());
        assertEquals(30, new HashSet<>(reminders.stream().map(Notice::personId).toList()).size(), "one each");
    }

    @Test
    void aSessionThatBeganIsNotRemindedOfButALateEnrollmentBeforeItIs() {
        Instant start = START.plus(Duration.ofDays(2));
        String begun = offering(Fixtures.webinar("Begynt", 10, start));
        String ahead = offering(Fixtures.webinar("Straks", 10, start.plusSeconds(1800)));
        Person early = person("nb");
        admit(begun, early);
        clock.set(start.plusSeconds(60));
        Person late = person("nb");
        admit(ahead, late);
        scans.scans.round();
        assertEquals(List.of(), of(begun, no.samkurs.notification.outbox.entity.Kind.REMINDER),
                "no scan ran in its window, and it has begun");
        assertEquals(List.of(late.id()), of(ahead, no.samkurs.notification.outbox.entity.Kind.REMINDER).stream()
                .map(Notice::personId).toList(), "enrolled 29 minutes before: reminded at the next scan");
    }

    @Test
    void eachMeetingOfASeriesIsRemindedOfOnItsOwn() {
        String offering = tx(em -> {
            OfferingDetails d = Fixtures.details("Læringsnettverk", 10, List.of());
            Offering network = new Offering(em.find(Organisation.class, "rvts-nord"), new OfferingDetails(Kind.NETWORK,
                    d.delivery(), d.title(), d.summary(), null, d.topics(), d.targetGroups(), d.national(),
                    d.counties(), d.language(), 0, 10, null, null, null, null, List.of(), List.of()),
                    Fixtures.NOW.minusSeconds(86400));
            network.publish(Fixtures.EDITOR, Fixtures.NOW.minusSeconds(86400));
            em.persist(network);
            em.flush();
            em.persist(new Series(network, new SeriesDetails("Samling", LocalDate.parse("2026-12-01"),
                    LocalTime.of(13, 0), LocalTime.of(15, 0), "FREQ=WEEKLY;COUNT=3", Set.of(), null,
                    "https://video.example.no/nettverk"), Fixtures.EDITOR, clock.instant()));
            em.flush();
            project(em, network.id());
            return network.id();
        });
        Person member = person("nb");
        admit(offering, member);
        clock.set(Instant.parse("2026-12-07T13:00:00Z"));
        scans.scans.round();
        clock.set(Instant.parse("2026-12-14T13:00:00Z"));
        scans.scans.round();
        List<Notice> reminders = of(offering, no.samkurs.notification.outbox.entity.Kind.REMINDER);
        assertEquals(List.of("2026-12-08T12:00:00Z", "2026-12-15T12:00:00Z"), reminders.stream()
                .map(n -> n.about().orElseThrow().split(" ")[1]).sorted().toList(), "the second and third meeting");
        smtp.deliver();
        Parts mail = received(member, "Påminnelse");
        assertTrue(mail.plain().contains("kl. 13.00–15.00"), mail.plain());
        assertTrue(mail.plain().contains("Lenke for å delta: https://video.example.no/nettverk"), mail.plain());
    }

    @Test
    void thanksGoOnceToTheConfirmedWithTheRecording() {
        Instant start = START.plus(Duration.ofDays(3));
        OfferingDetails d = Fixtures.webinar("Webinar med opptak", 1, start);
        String offering = offering(new OfferingDetails(d.kind(), d.delivery(), d.title(), d.summary(),
                d.description(), d.topics(), d.targetGroups(), d.national(), d.counties(), d.language(),
                d.priceNok(), d.capacity(), null, null, null, null, List.of(
                        new Link(LinkKind.MATERIAL, "Lysark", "https://samkurs.example.no/lysark.pdf"),
                        new Link(LinkKind.RECORDING, "Opptaket", "https://video.example.no/opptak/1")),
                d.sessions()));
        Person seated = person("nb");
        Person waiting = person("nb");
        admit(offering, seated, waiting);
        Instant end = start.plusSeconds(5400);
        clock.set(end.plus(Duration.ofHours(1)));
        scans.scans.round();
        assertEquals(List.of(), of(offering, no.samkurs.notification.outbox.entity.Kind.THANKS),
                "a while after the end, so that the recording can be added");
        clock.set(end.plus(Duration.ofHours(3)));
        scans.scans.round();
        clock.set(end.plus(Duration.ofHours(4)));
        scans.scans.round();
        assertEquals(List.of(seated.id()), of(offering, no.samkurs.notification.outbox.entity.Kind.THANKS).stream()
                .map(Notice::personId).toList(), "once, to the confirmed only");
        smtp.deliver();
        Parts mail = received(seated, "Takk");
        assertEquals("Takk for at du deltok: Webinar med opptak", subject(mail));
        assertTrue(mail.plain().contains("Opptak (Opptaket): https://video.example.no/opptak/1"), mail.plain());
        assertFalse(mail.plain().contains("lysark"), "only the recording");
        assertTrue(mail.html().contains("<a href=\"https://video.example.no/opptak/1\">"), mail.html());
    }

    @Test
    void theCoordinatorsGetADigestOnlyWhenThereAreNewOverlapsAndOnceADay() {
        run(em -> em.createNativeQuery("DELETE FROM notification_overlap_seen").executeUpdate());
        Person first = coordinator(REGION, true);
        Person second = coordinator(REGION, true);
        Person gone = coordinator(REGION, false);
        String sleep = published("rvts-nord", "Søvnvansker hos barn", "2027-03-02T12:00:00Z");
        String screens = published("korus-nord", "Skjerm og skolehverdag", "2027-03-05T12:00:00Z");
        assertEquals(2, scans.scans.digest(), "one to each active coordinator of the region");
        assertEquals(0, scans.scans.digest(), "once a day");
        assertEquals(0, new LocalScans(jpa, clock).scans.digest(), "on any instance");
        clock.advance(Duration.ofDays(1));
        assertEquals(0, scans.scans.digest(), "nothing new: no digest");
        String bullying = published("rkbu-nord", "Mobbing i klasserommet", "2027-03-03T12:00:00Z");
        clock.advance(Duration.ofDays(1));
        assertEquals(2, scans.scans.digest());
        List<Notice> digests = tx(em -> em.createQuery("SELECT n FROM Notice n WHERE n.kind = :kind "
                        + "ORDER BY n.createdAt", Notice.class)
                .setParameter("kind", no.samkurs.notification.outbox.entity.Kind.OVERLAP_DIGEST).getResultList());
        assertEquals(Set.of(first.id(), second.id()), Set.of(digests.get(0).personId(), digests.get(1).personId()));
        assertTrue(digests.stream().noneMatch(n -> n.personId().equals(gone.id())));
        assertEquals(Set.of(pair(sleep, screens)), pairs(digests.get(0)));
        assertEquals(Set.of(pair(sleep, bullying), pair(screens, bullying)), pairs(digests.get(3)),
                "only the pairs new since the last digest");
        assertEquals("digest@" + LocalDate.ofInstant(clock.instant(), Scans.OSLO) + ":" + digests.get(3).personId()
                + ":0", digests.get(3).dedupeKey());

        smtp.deliver();
        Parts mail = smtp.to(email(first)).get(1);
        assertTrue(subject(mail).startsWith("Nye overlapp i "), subject(mail));
        assertTrue(mail.plain().contains("Overlapp: Søvnvansker hos barn (RVTS Nord) og Mobbing i klasserommet "
                + "(RKBU Nord)") || mail.plain().contains("Overlapp: Mobbing i klasserommet (RKBU Nord) og "
                + "Søvnvansker hos barn (RVTS Nord)"), mail.plain());
        assertFalse(mail.plain().contains("Skjerm og skolehverdag (KoRUS Nord) og Søvnvansker"), mail.plain());
        assertTrue(mail.plain().contains("Se alle overlapp: https://samkurs.no/koordinator/overlapp"), mail.plain());
    }

    static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "/" + b : b + "/" + a;
    }

    static Set<String> pairs(Notice digest) {
        List<String> lines = digest.about().orElseThrow().lines().toList();
        assertEquals(REGION, lines.get(0));
        return Set.copyOf(lines.subList(1, lines.size()));
    }

    Person coordinator(String regionId, boolean active) {
        return tx(em -> {
            Person p = new Person("k-" + UUID.randomUUID() + "@example.no", "Koordinator",
                    Set.of(Role.REGIONAL_COORDINATOR), null, em.find(Organisation.class, regionId));
            if (!active) {
                p.deactivate(Fixtures.participant(em, "nb"));
            }
            em.persist(p);
            return p;
        });
    }

    /** A national webinar about trauma for schools, by the lead, with one session at the time. */
    String published(String leadId, String title, String start) {
        Instant at = Instant.parse(start);
        return tx(em -> {
            Offering offering = new Offering(em.find(Organisation.class, leadId), Fixtures.details(title, 40,
                    List.of(new SessionDetails(null, at, at.plusSeconds(5400), null, null, null))),
                    Fixtures.NOW.minusSeconds(86400));
            offering.publish(Actor.editorOf(leadId), Fixtures.NOW.minusSeconds(86400));
            em.persist(offering);
            em.flush();
            project(em, offering.id());
            return offering.id();
        });
    }

    /** The calendar's events of the offering, as its projection keeps them. */
    void project(EntityManager em, String offeringId) {
        Generations generations = new Generations();
        Wiring.set(generations, "em", em);
        Wiring.set(generations, "raised", new Fired<Generations.Raised>());
        Projection projection = new Projection();
        Wiring.set(projection, "em", em);
        Wiring.set(projection, "generations", generations);
        Wiring.set(projection, "clock", clock);
        Wiring.set(projection, "eventsChanged", new Fired<EventsChanged>());
        projection.project(offeringId);
    }
}
