package no.samkurs.calendar.feed.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/**
 * The one decision point for join links in feeds. Public feeds never carry them; a personal feed carries the link
 * of an event only for a confirmed participant of it. Enrollment does not exist yet, so nobody is a confirmed
 * participant and no feed carries a link; enrollment fills this in (the session's join link by the event's UID).
 */
@ApplicationScoped
public class JoinLinks {

    /** The join links, by event UID, of the events the person is a confirmed participant of. */
    public Map<String, String> ofParticipant(String personId) {
        return Map.of();
    }
}
