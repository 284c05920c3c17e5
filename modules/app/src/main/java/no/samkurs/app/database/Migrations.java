package no.samkurs.app.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import no.samkurs.platform.schema.Schema;
import no.samkurs.platform.schema.SchemaReady;

import javax.sql.DataSource;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings the database to the newest schema when the application starts. If the database is not reachable yet, the
 * application still starts (readiness stays DOWN) and the migration is tried again until it succeeds.
 */
@ApplicationScoped
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());
    private static final long RETRY_SECONDS = 5;

    @Resource(lookup = "java:app/jdbc/samkurs")
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Event<SchemaReady> schemaReady;

    private volatile boolean migrated;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        migrate();
    }

    synchronized void migrate() {
        if (migrated) {
            return;
        }
        try {
            int applied = Schema.migrate(dataSource);
            migrated = true;
            LOG.info(() -> "Database schema is current (" + applied + " migrations applied now).");
            schemaReady.fire(new SchemaReady(applied));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Database migration failed; retrying in " + RETRY_SECONDS + " s: " + e.getMessage());
            scheduler.schedule(this::migrate, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    public boolean isMigrated() {
        return migrated;
    }
}
