package no.samkurs.platform.schema;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.CoreMigrationType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two test components, alpha and beta (whose table refers to alpha's), migrated as the platform migrates the real
 * ones: on a new database, and on one made by the old layout with a single shared history.
 */
class SchemaMigrationTest {

    static final ComponentSchema ALPHA = new ComponentSchema("alpha", Set.of(), Map.of(1, 1, 2, 2));
    static final ComponentSchema BETA = new ComponentSchema("beta", Set.of("alpha"), Map.of(3, 1));
    static final List<ComponentSchema> COMPONENTS = List.of(BETA, ALPHA);

    TestDatabase database;

    @BeforeEach
    void create() {
        database = TestDatabase.create(TestDatabase.Kind.H2);
    }

    @AfterEach
    void drop() {
        database.close();
    }

    int migrate() {
        return Schema.migrate(database.dataSource(), COMPONENTS, getClass().getClassLoader());
    }

    @Test
    void aNewDatabaseGetsEveryComponentInOrderEachWithItsOwnHistory() {
        assertEquals(4, migrate());
        assertEquals(List.of("1", "2", "3"), versions(ALPHA, CoreMigrationType.SQL));
        assertEquals(List.of("1"), versions(BETA, CoreMigrationType.SQL));
        assertEquals(0, migrate());
    }

    @Test
    void aDatabaseOfTheSharedHistoryIsTakenOverAndOnlyNewerMigrationsRun() throws SQLException {
        migrateTheOldWay(null);
        assertEquals(1, migrate(), "only alpha's V3, newer than the shared history");
        assertEquals(List.of("2"), versions(ALPHA, CoreMigrationType.BASELINE));
        assertEquals(List.of("3"), versions(ALPHA, CoreMigrationType.SQL));
        assertEquals(List.of("1"), versions(BETA, CoreMigrationType.BASELINE));
        assertEquals(List.of(), versions(BETA, CoreMigrationType.SQL));
        assertEquals("seeded", single("SELECT name FROM alpha WHERE id = 1"), "data survives");
        assertEquals(0, migrate());
    }

    @Test
    void aComponentTheSharedHistoryNeverReachedStartsFromItsFirstMigration() throws SQLException {
        migrateTheOldWay("2");
        assertEquals(2, migrate(), "alpha's V3 and beta's V1");
        assertEquals(List.of("2"), versions(ALPHA, CoreMigrationType.BASELINE));
        assertEquals(List.of("1"), versions(BETA, CoreMigrationType.SQL));
    }

    @Test
    void aDatabaseTakenOverEarlierIsNotTakenOverAgain() {
        migrateTheOldWay(null);
        migrate();
        assertEquals(0, migrate());
        assertEquals(List.of("2"), versions(ALPHA, CoreMigrationType.BASELINE));
    }

    /** What the old layout made: one flyway_schema_history, numbered across the components (up to a version). */
    void migrateTheOldWay(String target) {
        Flyway.configure().dataSource(database.dataSource()).locations("classpath:schema-test/shared")
                .placeholders(Schema.H2).target(target == null ? "latest" : target).load().migrate();
    }

    List<String> versions(ComponentSchema component, CoreMigrationType type) {
        MigrationInfo[] applied = Flyway.configure().dataSource(database.dataSource())
                .table(component.historyTable()).locations("classpath:" + component.location())
                .load().info().applied();
        return Arrays.stream(applied).filter(m -> m.getType() == type && !"0".equals(m.getVersion().getVersion()))
                .map(m -> m.getVersion().getVersion()).toList();
    }

    String single(String sql) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet row = s.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
