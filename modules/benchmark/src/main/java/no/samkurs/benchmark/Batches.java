package no.samkurs.benchmark;

import no.samkurs.catalog.offering.entity.Delivery;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import static no.samkurs.benchmark.SyntheticCatalog.timestamp;

/** One prepared batch per catalog table, flushed together (parents first) and committed. */
final class Batches implements AutoCloseable {

    private final Connection c;
    private final PreparedStatement offering;
    private final PreparedStatement topic;
    private final PreparedStatement targetGroup;
    private final PreparedStatement county;
    private final PreparedStatement host;
    private final PreparedStatement session;

    Batches(Connection c) throws SQLException {
        this.c = c;
        offering = c.prepareStatement("INSERT INTO offering (id, version, status, revision, kind, delivery, title, "
                + "summary, description, national, language, price_nok, capacity, seats_taken, lead_id, venue_name, "
                + "venue_municipality, created_at, updated_at, published_at) "
                + "VALUES (?, 1, 'PUBLISHED', 1, ?, ?, ?, ?, ?, ?, 'nb', ?, ?, 0, ?, ?, ?, ?, ?, ?)");
        topic = c.prepareStatement("INSERT INTO offering_topic (offering_id, topic) VALUES (?, ?)");
        targetGroup = c.prepareStatement("INSERT INTO offering_target_group (offering_id, target_group) VALUES (?, ?)");
        county = c.prepareStatement("INSERT INTO offering_county (offering_id, county_number) VALUES (?, ?)");
        host = c.prepareStatement("INSERT INTO offering_host (offering_id, position, organisation_id, "
                + "organisation_name, state, invited_at, answered_at) VALUES (?, 0, ?, ?, 'ACCEPTED', ?, ?)");
        session = c.prepareStatement("INSERT INTO offering_session (id, offering_id, starts_at, ends_at) "
                + "VALUES (?, ?, ?, ?)");
    }

    void offering(String id, Kind kind, Delivery delivery, String title, String summary, String description,
                  boolean national, int price, Integer capacity, String lead, String venue, Instant now)
            throws SQLException {
        offering.setString(1, id);
        offering.setString(2, kind.name());
        offering.setString(3, delivery.name());
        offering.setString(4, title);
        offering.setString(5, summary);
        offering.setString(6, description);
        offering.setBoolean(7, national);
        offering.setInt(8, price);
        if (capacity == null) {
            offering.setNull(9, Types.INTEGER);
        } else {
            offering.setInt(9, capacity);
        }
        offering.setString(10, lead);
        offering.setString(11, venue);
        offering.setString(12, venue == null ? null : "5501");
        offering.setTimestamp(13, timestamp(now));
        offering.setTimestamp(14, timestamp(now));
        offering.setTimestamp(15, timestamp(now));
        offering.addBatch();
    }

    void topic(String id, String value) throws SQLException {
        pair(topic, id, value);
    }

    void targetGroup(String id, String value) throws SQLException {
        pair(targetGroup, id, value);
    }

    void county(String id, String value) throws SQLException {
        pair(county, id, value);
    }

    void host(String id, String organisation, Instant now) throws SQLException {
        host.setString(1, id);
        host.setString(2, organisation);
        host.setString(3, organisation.toUpperCase());
        host.setTimestamp(4, timestamp(now));
        host.setTimestamp(5, timestamp(now));
        host.addBatch();
    }

    void session(String offeringId, LocalDateTime start, LocalDateTime end) throws SQLException {
        session.setString(1, UUID.randomUUID().toString());
        session.setString(2, offeringId);
        session.setTimestamp(3, timestamp(start.atZone(Session.ZONE).toInstant()));
        session.setTimestamp(4, timestamp(end.atZone(Session.ZONE).toInstant()));
        session.addBatch();
    }

    private static void pair(PreparedStatement statement, String id, String value) throws SQLException {
        statement.setString(1, id);
        statement.setString(2, value);
        statement.addBatch();
    }

    void flush() throws SQLException {
        for (PreparedStatement statement : List.of(offering, topic, targetGroup, county, host, session)) {
            statement.executeBatch();
        }
        c.commit();
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : List.of(offering, topic, targetGroup, county, host, session)) {
            statement.close();
        }
    }
}
