package no.samkurs.enrollment.roster.control;

import java.time.Instant;
import java.util.List;

/**
 * One line of an offering's participant list: who, where they work (municipality and service as recorded when
 * they enrolled), where they stand ({@code position} is the place in line, 1 next, for the waitlisted only), and
 * whether they came to each session, in the sessions' order ({@code attended} null: not recorded).
 */
public record Participant(String enrollmentId, String personId, String name, String email, String municipalityNumber,
                          String municipalityName, String service, String status, Integer position,
                          Instant arrivedAt, Instant confirmedAt, Instant cancelledAt, List<Mark> attendance) {

    /** Whether the participant came to one session. */
    public record Mark(String sessionId, Instant startsAt, Boolean attended) {
    }
}
