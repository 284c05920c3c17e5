package no.samkurs.app.database;

/** Fired once the database has the newest schema; what needs the tables at start-up waits for it. */
public record SchemaReady(int migrationsApplied) {
}
