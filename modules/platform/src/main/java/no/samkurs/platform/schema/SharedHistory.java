package no.samkurs.platform.schema;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one {@code flyway_schema_history} of databases created before each component had its own history (its
 * versions 1 and 2 were the directory's, 3 the catalog's). Such a database already has what those migrations made,
 * so a component's own history starts there as a baseline at the version it had reached, and nothing runs twice.
 * The shared table is left as it is; components born later never had versions in it.
 */
final class SharedHistory {

    static final String TABLE = "flyway_schema_history";

    private final Set<Integer> applied;

    private SharedHistory(Set<Integer> applied) {
        this.applied = applied;
    }

    static SharedHistory of(DataSource dataSource, ClassLoader loader) {
        if (!exists(dataSource)) {
            return new SharedHistory(Set.of());
        }
        // No locations: only the rows are wanted, not a comparison with migrations that no longer exist.
        MigrationInfo[] rows = Flyway.configure(loader).dataSource(dataSource).table(TABLE).locations(new String[0])
                .load().info().applied();
        Set<Integer> applied = new HashSet<>();
        for (MigrationInfo row : rows) {
            if (row.getState().isFailed()) {
                throw new IllegalStateException("Version " + row.getVersion() + " failed in " + TABLE
                        + "; restore the database from before that migration, then start again");
            }
            if (row.getVersion() != null && row.getVersion().getVersion().matches("\\d+")) {
                applied.add(Integer.valueOf(row.getVersion().getVersion()));
            }
        }
        return new SharedHistory(applied);
    }

    /** Asked before Flyway is, whose answer for a missing table would be logged on every start of a newer database. */
    private static boolean exists(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(),
                     TABLE, null)) {
            return tables.next();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it: " + e.getMessage(), e);
        }
    }

    /** The component's own version that this database reached under the shared history, if it ran any of them. */
    Optional<Integer> reached(ComponentSchema component) {
        return component.sharedHistory().entrySet().stream()
                .filter(shared -> applied.contains(shared.getKey()))
                .map(Map.Entry::getValue)
                .max(Integer::compare);
    }
}
