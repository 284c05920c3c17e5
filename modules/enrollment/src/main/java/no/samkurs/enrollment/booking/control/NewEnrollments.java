package no.samkurs.enrollment.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samkurs.enrollment.booking.entity.Enrollment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;

/**
 * Writes a batch of new enrollments with multi-row INSERTs, a few hundred rows per statement, by JDBC on the
 * transaction's own connection: one round trip instead of one per enrollment, and none of the JPA provider's
 * per-parameter bookkeeping (measured: most of the desk's time with a native query of thousands of parameters).
 */
@ApplicationScoped
public class NewEnrollments {

    static final int ROWS_PER_STATEMENT = 200;
    private static final String COLUMNS = "INSERT INTO enrollment (id, version, offering_id, person_id, arrival, "
            + "arrived_at, status, seat, eligible, municipality_number, service, enrolled_by, idempotency_key, "
            + "confirmed_at, promoted) VALUES ";
    private static final String ROW = "(?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)";

    @PersistenceContext
    EntityManager em;

    /** Inserts the enrollments in the current transaction, which must already have used the database. */
    public void insert(List<Enrollment> fresh) {
        if (fresh.isEmpty()) {
            return;
        }
        Connection connection = em.unwrap(Connection.class);
        try {
            for (int from = 0; from < fresh.size(); from += ROWS_PER_STATEMENT) {
                List<Enrollment> chunk = fresh.subList(from, Math.min(fresh.size(), from + ROWS_PER_STATEMENT));
                try (PreparedStatement insert = connection.prepareStatement(COLUMNS
                        + String.join(", ", Collections.nCopies(chunk.size(), ROW)))) {
                    int p = 1;
                    for (Enrollment e : chunk) {
                        insert.setString(p++, e.id());
                        insert.setString(p++, e.offeringId());
                        insert.setString(p++, e.personId());
                        insert.setLong(p++, e.arrival());
                        insert.setTimestamp(p++, timestamp(e.arrivedAt()));
                        insert.setString(p++, e.status().name());
                        text(insert, p++, e.seat().map(Enum::name).orElse(null));
                        insert.setBoolean(p++, e.eligible());
                        text(insert, p++, e.municipality().orElse(null));
                        text(insert, p++, e.service().orElse(null));
                        text(insert, p++, e.enrolledBy().orElse(null));
                        text(insert, p++, e.idempotencyKey().orElse(null));
                        Timestamp confirmed = e.confirmedAt().map(NewEnrollments::timestamp).orElse(null);
                        if (confirmed == null) {
                            insert.setNull(p++, Types.TIMESTAMP);
                        } else {
                            insert.setTimestamp(p++, confirmed);
                        }
                    }
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            // Thrown on to the caller's transaction, which rolls back; Transience decides whether to try again.
            throw new jakarta.persistence.PersistenceException("Writing " + fresh.size() + " enrollments failed", e);
        }
    }

    private static void text(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    /** As the platform's InstantConverter stores instants: UTC, cut to the columns' microseconds. */
    private static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS));
    }
}
