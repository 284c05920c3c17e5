package no.samkurs.web.enrollment;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * One participant as the organisers' list shows them: who, where from, the service they gave, where they stand
 * ({@code position} in line for the waitlisted), and whether they came to each session (by session id; a session
 * not recorded is missing).
 */
public record ParticipantRow(String enrollmentId, String name, String email, String municipality, String service,
                             String status, Integer position, Instant arrivedAt, Map<String, Boolean> attended)
        implements Serializable {

    public boolean isConfirmed() {
        return "confirmed".equals(status);
    }

    public boolean isWaitlisted() {
        return "waitlisted".equals(status);
    }

    /** Whether they came to the session: true, false, or null when not recorded. */
    public Boolean came(String sessionId) {
        return attended.get(sessionId);
    }
}
