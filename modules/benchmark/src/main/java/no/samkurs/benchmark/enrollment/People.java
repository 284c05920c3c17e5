package no.samkurs.benchmark.enrollment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Participants as the directory stores them: active, no password (they sign in by token only), the participant
 * role, and a home municipality taken in turn from the real ones, so the burst comes from all over the country.
 */
final class People {

    /** The people of the burst and of the warm-up: different people, so the burst meets nobody already enrolled. */
    enum Group {
        BURST("deltaker"), WARMUP("oppvarming");

        private final String prefix;

        Group(String prefix) {
            this.prefix = prefix;
        }

        String email(int i) {
            return String.format("%s%05d@benk.samkurs.no", prefix, i + 1);
        }
    }

    private People() {
    }

    static void insert(Connection c, Group group, int count) throws SQLException {
        List<String> municipalities = municipalities(c);
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement person = c.prepareStatement("INSERT INTO person (id, email, name, password_hash, "
                + "municipality_number, organisation_id, active, created_at, version) "
                + "VALUES (?, ?, ?, NULL, ?, NULL, TRUE, ?, 1)");
             PreparedStatement role = c.prepareStatement("INSERT INTO person_role (person_id, role) "
                     + "VALUES (?, 'participant')")) {
            for (int i = 0; i < count; i++) {
                String id = UUID.nameUUIDFromBytes(group.email(i).getBytes()).toString();
                person.setString(1, id);
                person.setString(2, group.email(i));
                person.setString(3, "Deltaker " + (i + 1));
                person.setString(4, municipalities.get(i % municipalities.size()));
                person.setTimestamp(5, now);
                person.addBatch();
                role.setString(1, id);
                role.addBatch();
                if (i % 1000 == 999 || i == count - 1) {
                    person.executeBatch();
                    role.executeBatch();
                    c.commit();
                }
            }
        }
    }

    private static List<String> municipalities(Connection c) throws SQLException {
        List<String> numbers = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT number FROM municipality ORDER BY number");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                numbers.add(r.getString(1));
            }
        }
        if (numbers.isEmpty()) {
            throw new IllegalStateException("No municipalities: has the server migrated the database?");
        }
        return numbers;
    }
}
