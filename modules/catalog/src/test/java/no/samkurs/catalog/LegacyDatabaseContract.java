package no.samkurs.catalog;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.directory.region.entity.Municipality;
import no.samkurs.platform.schema.Schema;
import no.samkurs.platform.schema.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A database made before each component had its own migrations and history, as the run command's H2 file in
 * ~/.samkurs and earlier MariaDB databases are: one flyway_schema_history with the directory's tables (1), the
 * reference data (2) and the catalog's tables (3). Today's code takes it over without running anything twice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LegacyDatabaseContract {

    static final String OFFERING = "0b7d4d0e-3a47-4c43-9f0e-6c1b9d1e2f30";

    abstract TestDatabase.Kind kind();

    TestDatabase database;
    int migrationsRun;

    @BeforeAll
    void migrateADatabaseOfTheOldLayout() throws SQLException {
        database = TestDatabase.create(kind()).migratedWithSharedHistory("legacy/db/migration");
        execute("INSERT INTO person (id, email, name, municipality_number, active, created_at, version)"
                + " VALUES ('5d1c9a8e-6b1f-4a53-8a0e-2f4c7e9b1a20', 'dina@alta.kommune.no', 'Dina', '5601', TRUE,"
                + " TIMESTAMP '2025-03-01 08:00:00', 0)");
        execute("INSERT INTO person_role (person_id, role) VALUES ('5d1c9a8e-6b1f-4a53-8a0e-2f4c7e9b1a20', 'participant')");
        execute("INSERT INTO offering (id, version, status, revision, kind, delivery, title, summary, national,"
                + " language, price_nok, lead_id, created_at, updated_at)"
                + " VALUES ('" + OFFERING + "', 1, 'PUBLISHED', 1, 'WEBINAR', 'DIGITAL', 'Traumebevisst praksis',"
                + " 'Et webinar', FALSE, 'nb', 0, 'rvts-nord', TIMESTAMP '2025-03-01 08:00:00',"
                + " TIMESTAMP '2025-03-01 08:00:00')");
        execute("INSERT INTO offering_session (id, offering_id, starts_at, ends_at) VALUES"
                + " ('9a3e2c1d-1111-4c43-9f0e-6c1b9d1e2f30', '" + OFFERING + "',"
                + " TIMESTAMP '2027-02-10 09:00:00', TIMESTAMP '2027-02-10 11:00:00')");
        execute("INSERT INTO offering_county (offering_id, county_number) VALUES ('" + OFFERING + "', '56')");
        migrationsRun = Schema.migrate(database.dataSource());
    }

    @AfterAll
    void drop() {
        database.close();
    }

    @Test
    void nothingRunsTwice() {
        assertEquals(2, migrationsRun, "only what came after the shared history: the directory's V3, the catalog's V2");
        assertEquals(0, Schema.migrate(database.dataSource()));
    }

    @Test
    void eachComponentsHistoryStartsWhereTheSharedHistoryLeftIt() {
        assertEquals(List.of("2 Taken over from flyway_schema_history", "3 person language"), history("directory"));
        assertEquals(List.of("1 Taken over from flyway_schema_history", "2 waitlist count"), history("catalog"));
    }

    @Test
    void theDataSurvivesAndReadsThroughTheComponentsEntities() {
        EntityManagerFactory unit = database.persistenceUnit("catalog-test");
        EntityManager em = unit.createEntityManager();
        try {
            Offering offering = em.find(Offering.class, OFFERING);
            assertEquals("Traumebevisst praksis", offering.title());
            assertEquals("rvts-nord", offering.lead().id());
            assertEquals(1, offering.sessions().size());
            assertEquals(Set.of("56"), offering.counties());
            Person dina = em.createNamedQuery(Person.BY_EMAIL, Person.class)
                    .setParameter("email", "dina@alta.kommune.no").getSingleResult();
            assertEquals(Set.of(Role.PARTICIPANT), dina.roles());
            assertEquals(357L, em.createQuery("SELECT COUNT(m) FROM Municipality m", Long.class).getSingleResult());
            assertEquals("Alta", em.find(Municipality.class, "5601").name());
        } finally {
            em.close();
            unit.close();
        }
    }

    List<String> history(String component) {
        var applied = Flyway.configure().dataSource(database.dataSource()).table("flyway_history_" + component)
                .locations("classpath:db/" + component).load().info().applied();
        return Arrays.stream(applied).map(m -> m.getVersion() + " " + m.getDescription()).toList();
    }

    void execute(String sql) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
