package no.samkurs.calendar.feed.control;

import no.samkurs.calendar.feed.entity.EventContent;

import java.util.Objects;
import java.util.Optional;

/**
 * What one projection of an offering changed for the people who hold its events ({@link EventsChanged}), compared
 * event by event: the times (for a series its rule, first meeting, skipped dates and every meeting), the place, and
 * whether it is cancelled. Text (title, summary, hosts, categories) is no change. The join link is not among what the
 * feeds show; the catalog and the series raise their revision, and so the events' SEQUENCE, exactly when a time, a
 * place, a link or a cancellation changes, so a raised SEQUENCE that no time, place or cancellation explains is the
 * link. (When a session is withdrawn in the same change, the raise is taken for the withdrawal.)
 */
final class Rescheduling {

    private boolean moved;
    private boolean raised;
    private boolean withdrawn;
    private int sequence;

    /**
     * A new event: a session or series added, or the offering's first at publishing (when nobody is enrolled yet,
     * so announcing it costs its observers a look and no message).
     */
    void added(int sequence) {
        moved = true;
        seen(sequence);
    }

    /** An event shown again, as it was before and as it is now. */
    void shown(EventContent before, int sequenceBefore, EventContent after, int sequenceAfter) {
        if (after.cancelled()) {
            withdrawn |= !before.cancelled();
        } else if (before.cancelled() || !sameTimeAndPlace(before, after)) {
            moved = true;
        } else if (sequenceAfter > sequenceBefore) {
            raised = true;
        }
        seen(sequenceAfter);
    }

    /** An event whose session or series is gone, cancelled now or before. */
    void withdrawn(boolean wasCancelled, int sequence) {
        withdrawn |= !wasCancelled;
        seen(sequence);
    }

    private void seen(int sequence) {
        this.sequence = Math.max(this.sequence, sequence);
    }

    /** The change to announce, if participants' calendars are concerned. */
    Optional<EventsChanged> change(String offeringId, boolean offeringCancelled) {
        boolean rescheduled = moved || raised && !withdrawn;
        if (!rescheduled && !withdrawn) {
            return Optional.empty();
        }
        return Optional.of(new EventsChanged(offeringId, sequence, rescheduled && !offeringCancelled, withdrawn,
                offeringCancelled && withdrawn));
    }

    /** Whether a calendar holding one would hold the other at the same times and place. */
    static boolean sameTimeAndPlace(EventContent a, EventContent b) {
        return a.startsAt().equals(b.startsAt()) && a.endsAt().equals(b.endsAt())
                && Objects.equals(a.location(), b.location()) && Objects.equals(a.recurring(), b.recurring());
    }
}
