package no.samkurs.platform.schema;

/** Fired once the database has the newest schema; what needs the tables at start-up waits for it. */
public record SchemaReady(int migrationsApplied) {
}
