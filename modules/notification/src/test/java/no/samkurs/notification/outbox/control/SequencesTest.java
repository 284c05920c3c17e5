package no.samkurs.notification.outbox.control;

import no.samkurs.notification.outbox.entity.Kind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The SEQUENCE rule and the dedupe keys, without a database. */
class SequencesTest {

    static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");

    static Outbox.Entry entry(Kind kind, String step) {
        return new Outbox.Entry(kind, "p", "o", "e", null, step, NOW);
    }

    static Sequences.Known known(int shown, List<Sequences.Sent> sent) {
        return new Sequences.Known(Map.of("o", shown), sent.isEmpty() ? Map.of() : Map.of("e", sent), Set.of());
    }

    @Test
    void theFirstMessageIsNewerThanTheFeed() {
        List<Sequences.Numbered> numbered = Sequences.number(List.of(entry(Kind.CONFIRMED, "start")),
                known(3, List.of()));
        assertEquals(4, numbered.get(0).sequence());
        assertEquals("start:e:0", numbered.get(0).key());
    }

    @Test
    void confirmThenAChangedOfferingThenCancelThenEnrollAgainGoUp() {
        // Confirmed at 2; the offering changed twice since (the feed shows 4): the cancel must be above both.
        List<Sequences.Sent> confirmed = List.of(new Sequences.Sent(Kind.CONFIRMED, 2, "start:e:0"));
        List<Sequences.Numbered> numbered = Sequences.number(List.of(entry(Kind.CANCELLED, "cancelled"),
                entry(Kind.WAITLISTED, "start"), entry(Kind.PROMOTED, "promoted")), known(4, confirmed));
        assertEquals(List.of(5, 6, 7), numbered.stream().map(Sequences.Numbered::sequence).toList());
        assertEquals(List.of("cancelled:e:0", "start:e:1", "promoted:e:1"),
                numbered.stream().map(Sequences.Numbered::key).toList(), "enrolling again starts a new cycle");
    }

    @Test
    void anEnrollmentsOwnMessagesOutrankAFeedThatDidNotMove() {
        List<Sequences.Sent> history = List.of(new Sequences.Sent(Kind.CONFIRMED, 2, "start:e:0"),
                new Sequences.Sent(Kind.CANCELLED, 3, "cancelled:e:0"));
        assertEquals(4, Sequences.number(List.of(entry(Kind.CONFIRMED, "start")), known(1, history)).get(0)
                .sequence());
    }

    @Test
    void aChangeAlreadyRecordedIsSkipped() {
        List<Sequences.Sent> history = List.of(new Sequences.Sent(Kind.CONFIRMED, 2, "start:e:0"));
        assertEquals(List.of(), Sequences.number(List.of(entry(Kind.CONFIRMED, "start")), known(1, history)));
        List<Sequences.Numbered> twice = Sequences.number(List.of(entry(Kind.CONFIRMED, "start"),
                entry(Kind.CONFIRMED, "start")), known(1, List.of()));
        assertEquals(1, twice.size());
    }

    @Test
    void aMessageWithoutEnrollmentIsKeyedByItsPerson() {
        Outbox.Entry loose = new Outbox.Entry(Kind.WAITLISTED, "p", null, null, null, "digest-2026-11-02", NOW);
        Sequences.Numbered numbered = Sequences.number(List.of(loose), new Sequences.Known(Map.of(), Map.of(),
                Set.of())).get(0);
        assertEquals("digest-2026-11-02:p:0", numbered.key());
        assertEquals(1, numbered.sequence());
        assertEquals(List.of(), Sequences.number(List.of(loose), new Sequences.Known(Map.of(), Map.of(),
                Set.of("digest-2026-11-02:p:0"))));
    }
}
