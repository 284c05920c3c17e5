package no.samkurs.benchmark.enrollment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A published national digital webinar with one two-hour session a week ahead and enrollment open (opened an hour
 * ago, closing when the session ends), written as SyntheticCatalog writes offerings.
 */
final class Webinar {

    static final String BURST = UUID.nameUUIDFromBytes("benk-webinar".getBytes()).toString();
    static final String WARMUP = UUID.nameUUIDFromBytes("benk-oppvarming".getBytes()).toString();
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private Webinar() {
    }

    static void insert(Connection c, String id, String title, int seats) throws SQLException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant starts = LocalDate.now(OSLO).plusWeeks(1).atTime(LocalTime.of(9, 0)).atZone(OSLO).toInstant();
        try (PreparedStatement offering = c.prepareStatement("INSERT INTO offering (id, version, status, revision, "
                + "kind, delivery, title, summary, description, national, language, price_nok, capacity, seats_taken, "
                + "enrollment_opens, lead_id, created_at, updated_at, published_at) "
                + "VALUES (?, 1, 'PUBLISHED', 1, 'WEBINAR', 'DIGITAL', ?, ?, ?, TRUE, 'nb', 0, ?, 0, ?, ?, ?, ?, ?)");
             PreparedStatement session = c.prepareStatement("INSERT INTO offering_session (id, offering_id, "
                     + "starts_at, ends_at) VALUES (?, ?, ?, ?)");
             PreparedStatement topic = c.prepareStatement("INSERT INTO offering_topic (offering_id, topic) "
                     + "VALUES (?, 'TRAUMA')");
             PreparedStatement group = c.prepareStatement("INSERT INTO offering_target_group (offering_id, "
                     + "target_group) VALUES (?, 'SCHOOL')")) {
            offering.setString(1, id);
            offering.setString(2, title);
            offering.setString(3, "Et webinar for hele landet med " + seats + " plasser.");
            offering.setString(4, "Laget av benchmarken for påmelding.");
            offering.setInt(5, seats);
            offering.setTimestamp(6, Timestamp.from(now.minus(1, ChronoUnit.HOURS)));
            offering.setString(7, lead(c));
            offering.setTimestamp(8, Timestamp.from(now));
            offering.setTimestamp(9, Timestamp.from(now));
            offering.setTimestamp(10, Timestamp.from(now));
            offering.executeUpdate();
            session.setString(1, UUID.nameUUIDFromBytes((id + "-session").getBytes()).toString());
            session.setString(2, id);
            session.setTimestamp(3, Timestamp.from(starts));
            session.setTimestamp(4, Timestamp.from(starts.plus(2, ChronoUnit.HOURS)));
            session.executeUpdate();
            topic.setString(1, id);
            topic.executeUpdate();
            group.setString(1, id);
            group.executeUpdate();
        }
        c.commit();
    }

    private static String lead(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM organisation WHERE type = 'RVTS' ORDER BY id");
             ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                throw new IllegalStateException("No RVTS organisation: has the server migrated the database?");
            }
            return r.getString(1);
        }
    }
}
