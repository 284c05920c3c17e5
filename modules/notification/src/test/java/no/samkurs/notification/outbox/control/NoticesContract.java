package no.samkurs.notification.outbox.control;

import no.samkurs.directory.people.entity.Person;
import no.samkurs.notification.Fixtures;
import no.samkurs.notification.message.control.LocalLetters;
import no.samkurs.notification.outbox.entity.Kind;
import no.samkurs.notification.outbox.entity.Notice;
import no.samkurs.notification.outbox.entity.Retries;
import no.samkurs.notification.outbox.entity.Status;
import no.samkurs.platform.problem.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outbox as administrators read it and act on it, through the real schema: newest first with the counts, the
 * recipient and offering named, a failed message tried again (and only that), each message as the sender makes it.
 */
abstract class NoticesContract extends OnDatabase {

    static final Retries ONCE = new Retries(Duration.ofMinutes(1), Duration.ofMinutes(1), 1);

    <T> T notices(Function<Notices, T> work) {
        return tx(em -> {
            Notices notices = new Notices();
            notices.em = em;
            return work.apply(notices);
        });
    }

    Person kari() {
        return tx(em -> Fixtures.participant(em, "kari-" + UUID.randomUUID() + "@example.no", "Kari Nordmann", "nb"));
    }

    /** The notice given up, as the sender settles a refused address. */
    void fail(Notice notice, String reason) {
        run(em -> em.find(Notice.class, notice.id()).failed(reason, true, clock.instant(), ONCE));
    }

    @Test
    void newestFirstWithTheCountOfEachStatusAndWhomAndWhatEachIsAbout() {
        String offering = offering(Fixtures.webinar("Traumebevisst praksis", 1));
        Person first = kari();
        Person second = person("nn");
        Person third = person("en");
        admit(offering, first);
        clock.set(Fixtures.NOW.plusSeconds(60));
        admit(offering, second);
        clock.set(Fixtures.NOW.plusSeconds(120));
        admit(offering, third);
        fail(of(offering, second), "550 5.1.1 No such user");

        Notices.Found all = notices(n -> n.find(null, 0, 10));
        assertEquals(List.of(third.id(), second.id(), first.id()),
                all.rows().stream().map(r -> r.notice().personId()).toList(), "newest first");
        assertEquals(3, all.total());
        assertEquals(Map.of(Status.PENDING, 2L, Status.SENT, 0L, Status.FAILED, 1L), all.counts());
        Notices.Row kari = all.rows().get(2);
        assertEquals(new Notices.Recipient(first.email(), "Kari Nordmann"), kari.recipient());
        assertEquals("Traumebevisst praksis", kari.offeringTitle());

        Notices.Found failed = notices(n -> n.find(Status.FAILED, 0, 10));
        assertEquals(1, failed.total());
        assertEquals("550 5.1.1 No such user", failed.rows().get(0).notice().lastError().orElseThrow());
        Notices.Found page = notices(n -> n.find(Status.PENDING, 1, 1));
        assertEquals(2, page.total(), "the count of all pending, not of the page");
        assertEquals(List.of(first.id()), page.rows().stream().map(r -> r.notice().personId()).toList());
    }

    @Test
    void aMessageWhoseRecipientIsGoneIsListedWithoutOne() {
        Notice stray = tx(em -> {
            Notice notice = new Notice("7f0c2c3e-0000-4000-8000-000000000001", Kind.CONFIRMED,
                    "7f0c2c3e-0000-4000-8000-000000000002", null, null, null, 1, "nb", "stray", clock.instant());
            em.persist(notice);
            return notice;
        });
        Notices.Row row = notices(n -> n.byId(stray.id())).orElseThrow();
        assertNull(row.recipient());
        assertNull(row.offeringTitle());
        assertEquals(Optional.empty(), notices(n -> n.byId("finnes-ikke")));
    }

    @Test
    void aFailedMessageTriedAgainWaitsAndOnlyAFailedOneIs() {
        String offering = offering(Fixtures.webinar("Prøves igjen", 10));
        Person person = person("nb");
        admit(offering, person);
        Notice notice = of(offering, person);
        RuleViolation pending = assertThrows(RuleViolation.class,
                () -> notices(n -> n.retry(notice.id(), null, clock.instant())));
        assertEquals(RuleViolation.Kind.CONFLICT, pending.kind());

        fail(notice, "550 5.1.1 No such user");
        long seen = of(offering, person).version();
        RuleViolation stale = assertThrows(RuleViolation.class,
                () -> notices(n -> n.retry(notice.id(), seen - 1, clock.instant())));
        assertEquals(RuleViolation.Kind.CONFLICT, stale.kind(), "a version not the one there is");
        assertEquals(Status.FAILED, of(offering, person).status());

        clock.set(Fixtures.NOW.plus(Duration.ofHours(3)));
        Notices.Row retried = notices(n -> n.retry(notice.id(), seen, clock.instant()));
        assertEquals(Status.PENDING, retried.notice().status());
        assertTrue(retried.notice().version() > seen, "the answer carries the new version");
        Notice stored = of(offering, person);
        assertEquals(Status.PENDING, stored.status());
        assertEquals(0, stored.attempts());
        assertEquals(clock.instant(), stored.nextAttemptAt(), "due now");
        assertEquals("550 5.1.1 No such user", stored.lastError().orElseThrow());

        RuleViolation unknown = assertThrows(RuleViolation.class,
                () -> notices(n -> n.retry("finnes-ikke", null, clock.instant())));
        assertEquals(RuleViolation.Kind.NOT_FOUND, unknown.kind());
    }

    Previews previews() {
        MailConfig config = new MailConfig();
        config.host = Optional.empty();
        config.security = "starttls";
        config.user = Optional.empty();
        config.password = Optional.empty();
        config.from = "ikke-svar@samkurs.no";
        config.fromName = "Samkurs";
        config.timeout = Duration.ofSeconds(5);
        config.site = Optional.of("https://samkurs.no");
        Previews previews = new Previews();
        previews.config = config;
        previews.letters = new LocalLetters(jpa);
        previews.clock = clock;
        return previews;
    }

    @Test
    void eachMessageReadsAsTheSenderMakesItWithoutAMailServer() {
        String offering = offering(Fixtures.webinar("Traumebevisst <praksis>", 1));
        Person seated = kari();
        Person waiting = person("en");
        admit(offering, seated, waiting);

        Preview invitation = previews().of(of(offering, seated));
        assertTrue(invitation.written(), String.valueOf(invitation.problem()));
        assertEquals("Påmeldt: Traumebevisst <praksis>", invitation.subject());
        assertEquals("Kari Nordmann <" + seated.email() + ">", invitation.to());
        assertTrue(invitation.from().contains("ikke-svar@samkurs.no"), invitation.from());
        assertTrue(invitation.plain().startsWith("Hei Kari Nordmann"), invitation.plain());
        assertTrue(invitation.html().contains("Traumebevisst &lt;praksis&gt;"), "the HTML part as its source");
        assertTrue(invitation.calendar().contains("METHOD:REQUEST"), invitation.calendar());
        assertTrue(invitation.calendar().contains("ATTENDEE"), invitation.calendar());
        assertTrue(invitation.calendar().contains("https://samkurs.no/tilbudet?id=" + offering));

        Preview line = previews().of(of(offering, waiting));
        assertEquals("On the waiting list: Traumebevisst <praksis>", line.subject(), "in the person's language");
        assertNull(line.calendar(), "a place in line has no calendar part");

        Notice stray = tx(em -> {
            Notice notice = new Notice("7f0c2c3e-0000-4000-8000-000000000003", Kind.CONFIRMED,
                    "7f0c2c3e-0000-4000-8000-000000000004", offering, null, null, 1, "nb", "stray-2", clock.instant());
            em.persist(notice);
            return notice;
        });
        Preview unwritable = previews().of(stray);
        assertFalse(unwritable.written());
        assertTrue(unwritable.problem().contains("not in the directory"), unwritable.problem());
    }
}
