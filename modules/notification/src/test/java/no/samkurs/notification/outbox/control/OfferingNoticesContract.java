package no.samkurs.notification.outbox.control;

import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import no.samkurs.calendar.series.entity.Series;
import no.samkurs.calendar.series.entity.SeriesDetails;
import no.samkurs.catalog.offering.control.CoHostInvited;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.OfferingDetails;
import no.samkurs.catalog.offering.entity.SessionDetails;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.notification.Fixtures;
import no.samkurs.notification.message.control.Parts;
import no.samkurs.notification.outbox.entity.Kind;
import no.samkurs.notification.outbox.entity.Notice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import static no.samkurs.notification.Fixtures.EDITOR;
import static no.samkurs.notification.Fixtures.START;
import static no.samkurs.notification.message.control.Parts.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The messages of a change of the offering, recorded in the change's transaction (the calendar's projection announces
 * it) and received from a real SMTP server: the invitation again to the confirmed when a time changes, nothing for a
 * new description, a CANCEL of a removed session, a cancelled offering's CANCEL to the confirmed and notice to the
 * waiting; and the co-host invitation to the invited organisation's editors.
 */
abstract class OfferingNoticesContract extends OnDatabase {

    Smtp smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new Smtp(jpa, clock);
    }

    @AfterEach
    void stopSmtp() {
        smtp.close();
    }

    /** Changes the offering and lets the calendar follow, in one transaction, as the catalog's Offerings does. */
    void change(String offeringId, Consumer<Offering> change) {
        run(em -> {
            change.accept(em.find(Offering.class, offeringId));
            em.flush();
            new Wired(em, clock).projection.project(offeringId);
        });
    }

    static OfferingDetails details(String summary, List<SessionDetails> sessions) {
        OfferingDetails d = Fixtures.details("Traumebevisst praksis", 1, sessions);
        return new OfferingDetails(d.kind(), d.delivery(), d.title(), summary, d.description(), d.topics(),
                d.targetGroups(), d.national(), d.counties(), d.language(), d.priceNok(), d.capacity(),
                d.enrollmentOpens(), d.enrollmentCloses(), d.contact(), d.venue(), d.links(), sessions);
    }

    static SessionDetails session(String id, Instant start) {
        return new SessionDetails(id, start, start.plusSeconds(5400), null, Fixtures.JOIN_LINK, null);
    }

    List<Notice> of(Person person) {
        return tx(em -> em.createQuery("SELECT n FROM Notice n WHERE n.personId = :p ORDER BY n.sequence",
                Notice.class).setParameter("p", person.id()).getResultList());
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

    @Test
    void confirmChangeAndCancelReachTheConfirmedWithTheSameUidAndARisingSequence() {
        String offering = offering(Fixtures.webinar("Traumebevisst praksis", 1));
        Person seated = person("nb");
        Person waiting = person("en");
        admit(offering, seated, waiting);
        assertEquals(2, smtp.deliver(), "each message is composed when it is sent: delivered as they come");
        String session = tx(em -> em.find(Offering.class, offering).sessions().get(0).id());
        Instant later = START.plusSeconds(7200);
        change(offering, o -> o.update(details("Et webinar om traumer.", List.of(session(session, later))), EDITOR,
                clock.instant()));
        List<Notice> seatedNotices = of(seated);
        assertEquals(List.of(Kind.CONFIRMED, Kind.CHANGED), seatedNotices.stream().map(Notice::kind).toList());
        assertEquals(List.of(Kind.WAITLISTED), of(waiting).stream().map(Notice::kind).toList(),
                "the waiting hold no event in their calendar");
        Notice changed = seatedNotices.get(1);
        assertEquals("changed-2:" + changed.enrollmentId().orElseThrow() + ":0", changed.dedupeKey());
        assertEquals(1, smtp.deliver());

        change(offering, o -> o.cancel("For få påmeldte", EDITOR, clock.instant()));
        assertEquals(List.of(Kind.CONFIRMED, Kind.CHANGED, Kind.OFFERING_CANCELLED),
                of(seated).stream().map(Notice::kind).toList());
        assertEquals(List.of(Kind.WAITLISTED, Kind.OFFERING_CANCELLED_WAITING),
                of(waiting).stream().map(Notice::kind).toList());

        assertEquals(2, smtp.deliver());
        List<Parts> mails = smtp.to(email(seated)).stream()
                .sorted(java.util.Comparator.comparing(m -> Integer.parseInt(value(m.events().get(0),
                        Property.SEQUENCE)))).toList();
        assertEquals(List.of("REQUEST", "REQUEST", "CANCEL"), mails.stream()
                .map(m -> m.calendar().getProperty(Property.METHOD).orElseThrow().getValue()).toList());
        String uid = session + "@samkurs.no";
        List<Integer> sequences = mails.stream().map(m -> {
            VEvent event = m.events().get(0);
            assertEquals(uid, value(event, Property.UID), "the feed's UID in each");
            return Integer.parseInt(value(event, Property.SEQUENCE));
        }).toList();
        assertTrue(sequences.get(0) < sequences.get(1) && sequences.get(1) < sequences.get(2),
                "confirm < change < cancel: " + sequences);
        Parts change = mails.get(1);
        assertEquals("Endret: Traumebevisst praksis", subject(change));
        assertEquals("20261201T150000", value(change.events().get(0), Property.DTSTART), "the new time, Oslo");
        assertTrue(change.plain().contains("kl. 15.00–16.30"), change.plain());
        assertTrue(change.plain().contains(Fixtures.JOIN_LINK), "the confirmed keep their join link");
        Parts cancel = mails.get(2);
        assertEquals("Avlyst: Traumebevisst praksis", subject(cancel));
        assertEquals("CANCELLED", value(cancel.events().get(0), Property.STATUS));
        assertTrue(cancel.plain().contains("Begrunnelse: For få påmeldte"), cancel.plain());
        Parts notice = smtp.to(email(waiting)).stream().filter(m -> !subject(m).startsWith("On the waiting"))
                .findFirst().orElseThrow();
        assertEquals("Offering cancelled: Traumebevisst praksis", subject(notice));
        assertFalse(notice.hasCalendar(), "the waiting get a notice, no calendar part");
        assertTrue(notice.plain().contains("no longer on the waiting list"), notice.plain());
    }

    @Test
    void aNewDescriptionChangesNoOnesCalendarAndSendsNothing() {
        String offering = offering(Fixtures.webinar("Traumebevisst praksis", 10));
        Person seated = person("nb");
        admit(offering, seated);
        String session = tx(em -> em.find(Offering.class, offering).sessions().get(0).id());
        change(offering, o -> o.update(details("Et nytt sammendrag.", List.of(session(session, START))), EDITOR,
                clock.instant()));
        assertEquals(List.of(Kind.CONFIRMED), of(seated).stream().map(Notice::kind).toList());
    }

    @Test
    void aRemovedSessionIsCancelledInTheCalendarsOfTheConfirmed() {
        Instant second = START.plusSeconds(7 * 86400);
        String offering = offering(Fixtures.details("To økter", 10, List.of(session(null, START),
                session(null, second))));
        Person seated = person("nb");
        admit(offering, seated);
        List<String> sessions = tx(em -> em.find(Offering.class, offering).sessions().stream().map(s -> s.id())
                .toList());
        change(offering, o -> o.update(Fixtures.details("To økter", 10, List.of(session(sessions.get(1), second))),
                EDITOR, clock.instant()));
        assertEquals(List.of(Kind.CONFIRMED, Kind.SESSIONS_CANCELLED), of(seated).stream().map(Notice::kind).toList());
        assertEquals(2, smtp.deliver());
        Parts cancel = smtp.to(email(seated)).stream().filter(Parts::hasCalendar)
                .filter(m -> "CANCEL".equals(m.calendar().getProperty(Property.METHOD).orElseThrow().getValue()))
                .findFirst().orElseThrow();
        assertEquals(List.of(sessions.get(0) + "@samkurs.no"),
                cancel.events().stream().map(e -> value(e, Property.UID)).toList(), "only the removed session");
        assertEquals("Avlyst tidspunkt: To økter", subject(cancel));
        assertTrue(cancel.plain().contains("kl. 13.00–14.30"), "the session still held: " + cancel.plain());
    }

    @Test
    void meetingsPlannedAfterPeopleEnrolledReachTheirCalendars() {
        OfferingDetails d = Fixtures.details("Læringsnettverk", 10, List.of());
        String offering = offering(new OfferingDetails(no.samkurs.catalog.offering.entity.Kind.NETWORK, d.delivery(),
                d.title(), d.summary(), null, d.topics(), d.targetGroups(), d.national(), d.counties(), d.language(),
                0, 10, null, null, null, null, List.of(), List.of()));
        Person member = person("nb");
        admit(offering, member);
        assertEquals(1, smtp.deliver());
        assertFalse(smtp.to(email(member)).get(0).hasCalendar(), "no meetings yet: nothing for the calendar");
        String series = tx(em -> {
            Series planned = new Series(em.find(Offering.class, offering), new SeriesDetails("Samling",
                    LocalDate.parse("2026-12-01"), LocalTime.of(13, 0), LocalTime.of(15, 0), "FREQ=WEEKLY;COUNT=3",
                    Set.of(), null, null), EDITOR, clock.instant());
            em.persist(planned);
            em.flush();
            new Wired(em, clock).projection.project(offering);
            return planned.id();
        });
        assertEquals(List.of(Kind.CONFIRMED, Kind.CHANGED), of(member).stream().map(Notice::kind).toList());
        assertEquals(1, smtp.deliver());
        Parts invitation = smtp.to(email(member)).stream().filter(Parts::hasCalendar).findFirst().orElseThrow();
        assertEquals("Endret: Læringsnettverk", subject(invitation));
        assertEquals("series-" + series + "@samkurs.no", value(invitation.events().get(0), Property.UID));
        assertEquals("FREQ=WEEKLY;COUNT=3", value(invitation.events().get(0), Property.RRULE));
    }

    @Test
    void aCoHostInvitationGoesToEachActiveEditorOfTheInvitedOrganisation() {
        String offering = offering(Fixtures.webinar("Samtaler <med> barn", 10));
        Person first = editor("korus-nord", true);
        Person second = editor("korus-nord", true);
        Person gone = editor("korus-nord", false);
        Person elsewhere = editor("rkbu-nord", true);
        wired(w -> {
            Offering o = w.seats.lock(offering).orElseThrow();
            o.invite(w.outbox.em.find(Organisation.class, "korus-nord"), EDITOR, clock.instant());
            w.outbox.em.flush();
            w.coHostNotices.onInvited(new CoHostInvited(offering, "korus-nord"));
            return null;
        });
        assertEquals(List.of(Kind.CO_HOST_INVITED), of(first).stream().map(Notice::kind).toList());
        assertEquals("korus-nord", of(second).get(0).about().orElseThrow());
        assertEquals(List.of(), of(gone), "not an inactive editor");
        assertEquals(List.of(), of(elsewhere), "not another organisation's");
        assertEquals(2, smtp.deliver());
        Parts mail = smtp.to(email(first)).get(0);
        assertEquals("Invitasjon til å være medarrangør: Samtaler <med> barn", subject(mail));
        assertTrue(mail.plain().contains("RVTS Nord inviterer KoRUS Nord til å være medarrangør av Samtaler <med> "
                + "barn."), mail.plain());
        assertTrue(mail.plain().contains("Svar på invitasjonen: https://samkurs.no/redaktor"), mail.plain());
        assertTrue(mail.html().contains("Samtaler &lt;med&gt; barn"), "escaped in HTML");
        assertTrue(mail.html().contains("<a href=\"https://samkurs.no/redaktor\">"), mail.html());
        assertFalse(mail.hasCalendar());
    }

    Person editor(String organisationId, boolean active) {
        return tx(em -> {
            Person p = new Person("r-" + UUID.randomUUID() + "@example.no", "Redaktør", Set.of(Role.PROVIDER_EDITOR),
                    null, em.find(Organisation.class, organisationId));
            if (!active) {
                p.deactivate(Fixtures.participant(em, "nb"));
            }
            em.persist(p);
            return p;
        });
    }
}
