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
 * sender and recipient; the offering (none for a digest); its calendar events (as the feeds keep them); the join
 * links the recipient may have, by event UID; the place in line for the waitlisted; and what the kind tells besides.
 */
public record Letter(Kind kind, String messageId, int sequence, Instant recorded, Locale language, Party from,
                     Party to, String site, About offering, List<CalendarEvent> events, Map<String, String> joinLinks,
                     Integer position, Told told) {

    /** An address and the name shown with it. */
    public record Party(String address, String name) {
    }

    /** The offering as the message tells of it; {@code place} already in the recipient's language. */
    public record About(String id, String title, String summary, String lead, String place) {
    }

    /** What a kind tells besides the offering's times and place; none (null) for an enrollment's messages. */
    public sealed interface Told permits Meeting, Cancellation, Recordings, CoHosting, Digest {
    }

    /** The one session, or meeting of a series, a reminder is for, with its join link when the person has one. */
    public record Meeting(Instant startsAt, Instant endsAt, String joinLink) implements Told {
    }

    /** Why the offering was cancelled, in its lead's words (null when none was given). */
    public record Cancellation(String reason) implements Told {
    }

    /** The offering's recordings, each with its title. */
    public record Recordings(List<Link> links) implements Told {

        public Recordings {
            links = List.copyOf(links);
        }
    }

    /** The organisation invited to co-host and the page where its editors answer. */
    public record CoHosting(String organisation, String page) implements Told {
    }

    /** A region's new overlapping pairs and the page that shows them all. */
    public record Digest(String region, String page, List<Pair> pairs) implements Told {

        public Digest {
            pairs = List.copyOf(pairs);
        }
    }

    /** A web address and its title. */
    public record Link(String title, String address) {
    }

    /** Two overlapping offerings, each with its lead provider. */
    public record Pair(String first, String firstLead, String second, String secondLead) {
    }

    public Letter {
        events = List.copyOf(events);
        joinLinks = Map.copyOf(joinLinks);
    }

    /** A letter of an enrollment's, which tells nothing besides the offering. */
    public Letter(Kind kind, String messageId, int sequence, Instant recorded, Locale language, Party from, Party to,
                  String site, About offering, List<CalendarEvent> events, Map<String, String> joinLinks,
                  Integer position) {
        this(kind, messageId, sequence, recorded, language, from, to, site, offering, events, joinLinks, position,
                null);
    }

    /** What the subject names: the offering's title, or a digest's region. */
    public String topic() {
        return told instanceof Digest digest ? digest.region() : offering.title();
    }

    /** The page the message links to for more: the offering's, or a digest's overlaps. */
    public String page() {
        return told instanceof Digest digest ? digest.page() : site + "/tilbudet?id=" + offering.id();
    }

    /**
     * The events the calendar part carries: a REQUEST leaves out those cancelled; a CANCEL of some sessions takes
     * the cancelled ones; any other CANCEL takes them all.
     */
    public List<CalendarEvent> invited() {
        if (kind.invites()) {
            return events.stream().filter(e -> !e.cancelled()).toList();
        }
        return kind == Kind.SESSIONS_CANCELLED ? events.stream().filter(CalendarEvent::cancelled).toList() : events;
    }

    /** The calendar part's method, when the message has one to carry. */
    public Optional<String> method() {
        return kind.method().filter(m -> !invited().isEmpty());
    }
}
