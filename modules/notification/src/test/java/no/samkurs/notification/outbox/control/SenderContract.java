package no.samkurs.notification.outbox.control;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.model.Property;
import no.samkurs.calendar.feed.entity.CalendarEvent;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.notification.Fixtures;
import no.samkurs.notification.message.control.LocalLetters;
import no.samkurs.notification.message.control.Parts;
import no.samkurs.notification.outbox.entity.Kind;
import no.samkurs.notification.outbox.entity.Notice;
import no.samkurs.notification.outbox.entity.Retries;
import no.samkurs.notification.outbox.entity.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static no.samkurs.notification.message.control.Parts.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sender against a real SMTP server (GreenMail) and the real schema: each message delivered once with its
 * Message-ID, an outage that costs no attempts, a bad message that fails alone, two instances, a dead instance.
 */
abstract class SenderContract extends OnDatabase {

    static final Retries RETRIES = new Retries(Duration.ofSeconds(30), Duration.ofMinutes(10), 3);
    static final Duration LEASE = Duration.ofMinutes(5);

    int port;
    GreenMail smtp;

    @BeforeEach
    void startSmtp() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        smtp = server();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    GreenMail server() {
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    Sender sender(String instance, String host) {
        Sender sender = new Sender();
        sender.claims = new LocalClaims(jpa);
        sender.letters = new LocalLetters(jpa);
        sender.clock = clock;
        sender.smtp = new MailSettings(host, port, MailSettings.Security.NONE, null, null, "kurs@samkurs.no",
                "Samkurs", Duration.ofSeconds(5));
        sender.retries = RETRIES;
        sender.lease = LEASE;
        sender.batch = 10;
        sender.site = "https://samkurs.no";
        sender.instance = instance;
        return sender;
    }

    Sender sender() {
        return sender("a", "127.0.0.1");
    }

    String offeringWith(int capacity, Person... people) {
        String offering = offering(Fixtures.webinar("Traumebevisst praksis", capacity));
        admit(offering, people);
        return offering;
    }

    List<Person> people(int count) {
        return tx(em -> IntStream.range(0, count).mapToObj(i -> Fixtures.participant(em, "nb")).toList());
    }

    List<MimeMessage> received() {
        return Arrays.asList(smtp.getReceivedMessages());
    }

    static List<String> messageIds(List<MimeMessage> messages) {
        return messages.stream().map(m -> {
            try {
                return m.getMessageID();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).sorted().toList();
    }

    Map<String, Notice> byMessageId(String offeringId) {
        return notices(offeringId).stream().collect(Collectors.toMap(Notice::messageId, Function.identity()));
    }

    @Test
    void eachMessageIsDeliveredOnceWithItsMessageIdAndTheFeedsUid() throws Exception {
        Person nynorsk = person("nn");
        Person english = person("en");
        Person waiting = person(null);
        String offering = offeringWith(2, nynorsk, english, waiting);
        assertEquals(3, sender().deliverDue());
        assertEquals(0, sender().deliverDue(), "nothing twice");
        List<MimeMessage> received = received();
        assertEquals(byMessageId(offering).keySet().stream().sorted().toList(), messageIds(received));
        assertTrue(notices(offering).stream().allMatch(n -> n.status() == Status.SENT && n.attempts() == 1));
        String uid = tx(em -> em.createNamedQuery(CalendarEvent.OF_OFFERINGS, CalendarEvent.class)
                .setParameter("offerings", List.of(offering)).getSingleResult().uid());
        for (MimeMessage message : received) {
            Parts mail = Parts.of(message);
            Notice notice = byMessageId(offering).get(message.getMessageID());
            String to = message.getAllRecipients()[0].toString();
            if (notice.kind() == Kind.WAITLISTED) {
                assertFalse(mail.hasCalendar());
                assertTrue(to.contains(tx(em -> em.find(Person.class, waiting.id())).email()));
                assertEquals("På venteliste: Traumebevisst praksis", message.getSubject());
            } else {
                assertEquals(uid, value(mail.events().get(0), Property.UID), "the UID the feeds give the session");
                assertEquals(String.valueOf(notice.sequence()), value(mail.events().get(0), Property.SEQUENCE));
                assertTrue(mail.plain().contains(Fixtures.JOIN_LINK), "a confirmed participant gets the join link");
            }
        }
        assertEquals(List.of("Enrolled: Traumebevisst praksis", "På venteliste: Traumebevisst praksis",
                "Påmeld: Traumebevisst praksis"), received.stream().map(m -> {
                    try {
                        return m.getSubject();
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }).sorted().toList());
    }

    @Test
    void anSmtpOutageCostsNoAttemptsAndEveryMessageIsDeliveredOnceWhenItIsBack() {
        String offering = offeringWith(100, people(25).toArray(Person[]::new));
        Sender sender = sender();
        smtp.stop();
        assertEquals(0, sender.deliverDue());
        clock.advance(Duration.ofSeconds(31));
        assertEquals(0, sender.deliverDue(), "still down: the sender now waits twice as long");
        for (Notice n : notices(offering)) {
            assertEquals(Status.PENDING, n.status());
            assertEquals(0, n.attempts(), "the server's outage is not the message's failure");
            assertTrue(n.claimedBy().isEmpty(), "given back at once");
        }
        smtp = server();
        clock.advance(Duration.ofSeconds(59));
        assertEquals(0, sender.deliverDue(), "the sender waits before it tries the server again");
        assertEquals(List.of(), received());
        clock.advance(Duration.ofSeconds(2));
        assertEquals(25, sender.deliverDue(), "all of them, batch after batch");
        assertEquals(byMessageId(offering).keySet().stream().sorted().toList(), messageIds(received()));
        assertEquals(0, sender.deliverDue());
        assertEquals(25, received().size(), "each exactly once");
        assertTrue(notices(offering).stream().allMatch(n -> n.status() == Status.SENT && n.attempts() == 1));
    }

    @Test
    void aMessageThatCannotBeDeliveredFailsWithItsReasonAndTheOthersGoThrough() {
        Person bad = tx(em -> Fixtures.participant(em, "ikke en adresse", "Ola Feil", "nb"));
        List<Person> good = people(2);
        String offering = offeringWith(10, good.get(0), bad, good.get(1));
        assertEquals(2, sender().deliverDue());
        assertEquals(2, received().size());
        Notice failed = notices(offering).stream().filter(n -> n.personId().equals(bad.id())).findFirst()
                .orElseThrow();
        assertEquals(Status.FAILED, failed.status());
        assertTrue(failed.lastError().orElseThrow().startsWith("Cannot be composed: AddressException"),
                failed.lastError().orElseThrow());
        assertEquals(2, notices(offering).stream().filter(n -> n.status() == Status.SENT).count());
    }

    @Test
    void aHostileTitleReachesTheServerWithoutAnExtraHeaderOrRecipient() throws Exception {
        String offering = offering(Fixtures.webinar("Kurs\r\nBcc: evil@example.com\r\nX-Evil: 1", 10));
        admit(offering, person("nb"));
        assertEquals(1, sender().deliverDue());
        MimeMessage message = received().get(0);
        assertEquals(1, received().size(), "nobody else got it");
        assertEquals(null, message.getHeader("Bcc"));
        assertEquals(null, message.getHeader("X-Evil"));
        assertEquals("Påmeldt: Kurs Bcc: evil@example.com X-Evil: 1", message.getSubject());
    }

    @Test
    void twoInstancesTogetherSendEachMessageOnce() throws Exception {
        String offering = offeringWith(100, people(60).toArray(Person[]::new));
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> senders = new ArrayList<>();
            for (String instance : List.of("a", "b")) {
                Sender sender = sender(instance, "127.0.0.1");
                senders.add(two.submit(() -> {
                    start.await();
                    return sender.deliverDue();
                }));
            }
            assertEquals(60, senders.get(0).get() + senders.get(1).get());
        } finally {
            two.shutdownNow();
        }
        List<String> ids = messageIds(received());
        assertEquals(60, ids.size());
        assertEquals(60, new HashSet<>(ids).size(), "no Message-ID twice");
        assertTrue(notices(offering).stream().allMatch(n -> n.status() == Status.SENT));
    }

    @Test
    void whatADeadInstanceHeldIsSentByAnotherOnceItsLeaseRunsOut() {
        String offering = offeringWith(10, people(4).toArray(Person[]::new));
        Instant now = clock.instant();
        assertEquals(4, new LocalClaims(jpa).claim("dead/1", now, now.plus(LEASE), 10).size());
        Sender survivor = sender("b", "127.0.0.1");
        assertEquals(0, survivor.deliverDue(), "held by the other instance");
        clock.advance(LEASE.plusSeconds(1));
        assertEquals(4, survivor.deliverDue());
        assertEquals(byMessageId(offering).keySet().stream().sorted().toList(), messageIds(received()));
    }

    @Test
    void withoutAHostNothingIsSentAndTheMessagesAreKept() {
        String offering = offeringWith(10, people(2).toArray(Person[]::new));
        assertEquals(0, sender("a", null).deliverDue());
        assertEquals(List.of(), received());
        assertTrue(notices(offering).stream().allMatch(n -> n.status() == Status.PENDING && n.attempts() == 0
                && n.claimedBy().isEmpty()));
    }
}
