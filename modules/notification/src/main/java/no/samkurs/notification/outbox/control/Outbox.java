package no.samkurs.notification.outbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samkurs.notification.outbox.entity.Kind;
import no.samkurs.notification.outbox.entity.Notice;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writes messages in the caller's transaction: one query reads what numbering them needs (the feeds' SEQUENCE of
 * the offerings, the enrollments' earlier messages, the recipients' languages, keys already taken), and multi-row
 * INSERTs write them, a few hundred rows per statement. By JDBC on the transaction's connection, as the desk writes
 * its enrollments: no flush of the caller's entities, two round trips for a whole batch.
 */
@ApplicationScoped
public class Outbox {

    static final int ROWS_PER_STATEMENT = 200;
    private static final String COLUMNS = "INSERT INTO notification_outbox (id, version, kind, person_id, "
            + "offering_id, enrollment_id, position, sequence, language, dedupe_key, message_id, created_at, status, "
            + "attempts, next_attempt_at, about) VALUES ";
    private static final String ROW = "(?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)";

    @PersistenceContext
    EntityManager em;

    /**
     * A message to record. {@code step} names the change within the enrollment's cycle ("start", "promoted",
     * "cancelled"), or for a message without an enrollment within the person's, which makes its dedupe key;
     * {@code at} is when the change was made; {@code about} what the kind needs besides (see {@link Kind}).
     */
    public record Entry(Kind kind, String personId, String offeringId, String enrollmentId, Integer position,
                        String step, Instant at, String about) {

        public Entry(Kind kind, String personId, String offeringId, String enrollmentId, Integer position,
                     String step, Instant at) {
            this(kind, personId, offeringId, enrollmentId, position, step, at, null);
        }
    }

    /**
     * Records the messages in the current transaction, which must already have used the database (every enrollment
     * change is made under the offering's row lock). Answers how many were written: a change already recorded
     * adds nothing.
     */
    public int record(List<Entry> entries) {
        if (entries.isEmpty()) {
            return 0;
        }
        Connection connection = em.unwrap(Connection.class);
        try {
            Map<String, String> languages = new HashMap<>();
            List<Sequences.Numbered> rows = Sequences.number(entries, known(connection, entries, languages));
            for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
                insert(connection, rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT)), languages);
            }
            return rows.size();
        } catch (SQLException e) {
            // The caller's transaction fails with it: a change without its message would be a message lost.
            throw new jakarta.persistence.PersistenceException("Recording " + entries.size() + " messages failed", e);
        }
    }

    private static void insert(Connection connection, List<Sequences.Numbered> rows, Map<String, String> languages)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(COLUMNS
                + String.join(", ", Collections.nCopies(rows.size(), ROW)))) {
            int p = 1;
            for (Sequences.Numbered row : rows) {
                Entry e = row.entry();
                String id = UUID.randomUUID().toString();
                Timestamp at = Timestamp.from(e.at().truncatedTo(ChronoUnit.MICROS));
                insert.setString(p++, id);
                insert.setString(p++, e.kind().name());
                insert.setString(p++, e.personId());
                text(insert, p++, e.offeringId());
                text(insert, p++, e.enrollmentId());
                if (e.position() == null) {
                    insert.setNull(p++, Types.INTEGER);
                } else {
                    insert.setInt(p++, e.position());
                }
                insert.setInt(p++, row.sequence());
                text(insert, p++, languages.get(e.personId()));
                insert.setString(p++, row.key());
                insert.setString(p++, Notice.messageIdOf(id));
                insert.setTimestamp(p++, at);
                insert.setTimestamp(p++, at);
                text(insert, p++, e.about());
            }
            insert.executeUpdate();
        }
    }

    /** Reads in one query what numbering needs, and the recipients' languages into {@code languages}. */
    private static Sequences.Known known(Connection connection, List<Entry> entries, Map<String, String> languages)
            throws SQLException {
        Set<String> enrollments = distinct(entries, Entry::enrollmentId);
        Set<String> offerings = distinct(entries, Entry::offeringId);
        Set<String> people = distinct(entries, Entry::personId);
        Set<String> loose = new LinkedHashSet<>();
        entries.stream().filter(e -> e.enrollmentId() == null)
                .forEach(e -> loose.add(e.step() + ":" + e.personId() + ":0"));
        List<String> branches = new ArrayList<>();
        List<String> values = new ArrayList<>();
        branch(branches, values, enrollments, "SELECT 'e', o.enrollment_id, o.sequence, o.kind, o.dedupe_key "
                + "FROM notification_outbox o WHERE o.enrollment_id IN (%s)");
        branch(branches, values, offerings, "SELECT 'o', e.offering_id, MAX(e.sequence), NULL, NULL "
                + "FROM calendar_event e WHERE e.offering_id IN (%s) GROUP BY e.offering_id");
        branch(branches, values, people, "SELECT 'p', p.id, 0, p.language, NULL FROM person p WHERE p.id IN (%s)");
        branch(branches, values, loose, "SELECT 'd', d.dedupe_key, 0, NULL, NULL "
                + "FROM notification_outbox d WHERE d.dedupe_key IN (%s)");
        Map<String, Integer> shown = new HashMap<>();
        Map<String, List<Sequences.Sent>> sent = new HashMap<>();
        Set<String> keys = new HashSet<>();
        try (PreparedStatement read = connection.prepareStatement(String.join(" UNION ALL ", branches))) {
            for (int i = 0; i < values.size(); i++) {
                read.setString(i + 1, values.get(i));
            }
            try (ResultSet r = read.executeQuery()) {
                while (r.next()) {
                    String id = r.getString(2);
                    switch (r.getString(1)) {
                        case "e" -> sent.computeIfAbsent(id, x -> new ArrayList<>()).add(new Sequences.Sent(
                                Kind.valueOf(r.getString(4)), r.getInt(3), r.getString(5)));
                        case "o" -> shown.put(id, r.getInt(3));
                        case "p" -> languages.put(id, r.getString(4));
                        default -> keys.add(id);
                    }
                }
            }
        }
        return new Sequences.Known(shown, sent, keys);
    }

    /** One part of the reading query, for these ids; none for none. */
    private static void branch(List<String> branches, List<String> values, Collection<String> ids, String select) {
        if (!ids.isEmpty()) {
            branches.add(select.formatted(String.join(", ", Collections.nCopies(ids.size(), "?"))));
            values.addAll(ids);
        }
    }

    private static Set<String> distinct(List<Entry> entries, Function<Entry, String> value) {
        Set<String> values = new LinkedHashSet<>();
        entries.stream().map(value).filter(Objects::nonNull).forEach(values::add);
        return values;
    }

    private static void text(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
