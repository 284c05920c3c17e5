package no.samkurs.notification.outbox.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a message tells. Those with a method carry a calendar part (iMIP): a REQUEST puts the offering's events into
 * the person's calendar, a CANCEL takes them out again. An enrollment's messages go in cycles: each cancellation
 * ({@link #endsCycle()}) ends one, and enrolling again starts the next. The kinds after those of an enrollment come
 * from a change of the offering, from the clock (reminders, thanks, digests) or from the catalog (co-host
 * invitations): a notice's offering, enrollment and position may be empty, and {@code about} holds what such a kind
 * needs besides (a reminder's event and meeting, the invited organisation, a digest's region and pairs).
 */
public enum Kind {
    /** Enrolled with a seat: a confirmation with the invitation. */
    CONFIRMED("REQUEST"),
    /** A seat freed and went to this person in line: a confirmation with the invitation. */
    PROMOTED("REQUEST"),
    /** In line, with the position; no invitation. */
    WAITLISTED(null),
    /** A confirmed participant's enrollment was cancelled: the events leave their calendar. */
    CANCELLED("CANCEL"),
    /** Someone waiting in line cancelled: a short notice, no calendar part. */
    LEFT_WAITLIST(null),
    /** The offering's times, place or join link changed: the invitation again, newer, to each confirmed participant. */
    CHANGED("REQUEST"),
    /** Some of the offering's sessions (or a series) were cancelled while it goes on: those leave the calendar. */
    SESSIONS_CANCELLED("CANCEL"),
    /** The offering was cancelled: its events leave each confirmed participant's calendar. */
    OFFERING_CANCELLED("CANCEL"),
    /** The offering one waits in line for was cancelled: a notice, no calendar part. */
    OFFERING_CANCELLED_WAITING(null),
    /** A session (or a meeting of a series) starts soon; with its join link. {@code about}: "<uid> <start>". */
    REMINDER(null),
    /** The offering is over: thanks, with the recording where there is one. */
    THANKS(null),
    /** An organisation is invited to co-host an offering; to each of its editors. {@code about}: the organisation. */
    CO_HOST_INVITED(null),
    /** New overlaps in a coordinator's region; no offering. {@code about}: the region, then a pair a line. */
    OVERLAP_DIGEST(null);

    private static final Set<Kind> TIMED = EnumSet.of(CONFIRMED, PROMOTED, WAITLISTED, CHANGED, SESSIONS_CANCELLED,
            CO_HOST_INVITED);

    private final String method;

    Kind(String method) {
        this.method = method;
    }

    /** The iTIP method of the calendar part, if the message has one. */
    public Optional<String> method() {
        return Optional.ofNullable(method);
    }

    /** Whether the message invites: the recipient holds a seat and may have the join link. */
    public boolean invites() {
        return "REQUEST".equals(method);
    }

    /** Whether the recipient holds a seat now: the message may carry the join links a participant gets. */
    public boolean seated() {
        return invites() || this == REMINDER;
    }

    /** Whether the message lists the offering's times and place (a reminder tells of its one session instead). */
    public boolean showsTimes() {
        return TIMED.contains(this);
    }

    /** Whether the message is about one offering; a digest is about many. */
    public boolean aboutOffering() {
        return this != OVERLAP_DIGEST;
    }

    public boolean endsCycle() {
        return this == CANCELLED || this == LEFT_WAITLIST;
    }

    public static List<Kind> endingCycles() {
        return Arrays.stream(values()).filter(Kind::endsCycle).toList();
    }
}
