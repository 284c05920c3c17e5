package no.samkurs.notification.message.control;

import no.samkurs.calendar.feed.entity.CalendarEvent;
import no.samkurs.notification.outbox.entity.Kind;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one message says, read when it is sent: the notice's kind, Message-ID, SEQUENCE and recording time;
 * sender and recipient; the offering; its calendar events (as the feeds keep them); the join links the recipient
 * may have, by event UID; the place in line for the waitlisted.
 */
public record Letter(Kind kind, String messageId, int sequence, Instant recorded, Locale language, Party from,
                     Party to, String site, About offering, List<CalendarEvent> events, Map<String, String> joinLinks,
                     Integer position) {

    /** An address and the name shown with it. */
    public record Party(String address, String name) {
    }

    /** The offering as the message tells of it; {@code place} already in the recipient's language. */
    public record About(String id, String title, String summary, String lead, String place) {
    }

    public Letter {
        events = List.copyOf(events);
        joinLinks = Map.copyOf(joinLinks);
    }

    /** The offering's page, which the message and its events link to. */
    public String page() {
        return site + "/tilbudet?id=" + offering.id();
    }

    /** The events the calendar part carries: a REQUEST leaves out those cancelled; a CANCEL takes them all. */
    public List<CalendarEvent> invited() {
        return kind.invites() ? events.stream().filter(e -> !e.cancelled()).toList() : events;
    }

    /** The calendar part's method, when the message has one to carry. */
    public Optional<String> method() {
        return kind.method().filter(m -> !invited().isEmpty());
    }
}
