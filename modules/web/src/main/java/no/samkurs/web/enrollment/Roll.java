package no.samkurs.web.enrollment;

import java.io.Serializable;
import java.util.List;

/**
 * An offering's participant list as its organisers' page holds it: the offering, whether the reader organises it,
 * its sessions in order, and the participants, confirmed by arrival and then the line in its order.
 */
public record Roll(String offeringId, String title, boolean organises, Integer capacity, List<SessionRow> sessions,
                   List<ParticipantRow> participants) implements Serializable {

    public List<ParticipantRow> getConfirmed() {
        return participants.stream().filter(ParticipantRow::isConfirmed).toList();
    }

    public List<ParticipantRow> getWaitlisted() {
        return participants.stream().filter(ParticipantRow::isWaitlisted).toList();
    }

    public List<SessionRow> getStarted() {
        return sessions.stream().filter(SessionRow::started).toList();
    }

    public ParticipantRow participant(String enrollmentId) {
        return participants.stream().filter(p -> p.enrollmentId().equals(enrollmentId)).findFirst().orElse(null);
    }

    public SessionRow session(String sessionId) {
        return sessions.stream().filter(s -> s.id().equals(sessionId)).findFirst().orElse(null);
    }
}
