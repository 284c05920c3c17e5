package no.samkurs.enrollment.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import no.samkurs.enrollment.booking.entity.Enrollment;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Writes a batch of new enrollments with multi-row INSERTs, a few hundred rows per statement: one round trip
 * instead of one per enrollment, which is most of what the desk's transaction would otherwise cost.
 */
@ApplicationScoped
public class NewEnrollments {

    static final int ROWS_PER_STATEMENT = 200;
    private static final String COLUMNS = "INSERT INTO enrollment (id, version, offering_id, person_id, arrival, "
            + "arrived_at, status, seat, eligible, municipality_number, service, enrolled_by, idempotency_key, "
            + "confirmed_at, promoted) VALUES ";
    private static final String ROW = "(?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)";
    private static final int PARAMETERS = 13;

    @PersistenceContext
    EntityManager em;

    public void insert(List<Enrollment> fresh) {
        for (int from = 0; from < fresh.size(); from += ROWS_PER_STATEMENT) {
            List<Enrollment> chunk = fresh.subList(from, Math.min(fresh.size(), from + ROWS_PER_STATEMENT));
            Query insert = em.createNativeQuery(COLUMNS + String.join(", ", java.util.Collections.nCopies(chunk.size(),
                    ROW)));
            int p = 1;
            for (Enrollment e : chunk) {
                insert.setParameter(p, e.id());
                insert.setParameter(p + 1, e.offeringId());
                insert.setParameter(p + 2, e.personId());
                insert.setParameter(p + 3, e.arrival());
                insert.setParameter(p + 4, timestamp(e.arrivedAt()));
                insert.setParameter(p + 5, e.status().name());
                insert.setParameter(p + 6, e.seat().map(Enum::name).orElse(null));
                insert.setParameter(p + 7, e.eligible());
                insert.setParameter(p + 8, e.municipality().orElse(null));
                insert.setParameter(p + 9, e.service().orElse(null));
                insert.setParameter(p + 10, e.enrolledBy().orElse(null));
                insert.setParameter(p + 11, e.idempotencyKey().orElse(null));
                insert.setParameter(p + 12, e.confirmedAt().map(NewEnrollments::timestamp).orElse(null));
                p += PARAMETERS;
            }
            insert.executeUpdate();
        }
    }

    /** As the platform's InstantConverter stores instants: UTC, cut to the columns' microseconds. */
    private static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS));
    }
}
