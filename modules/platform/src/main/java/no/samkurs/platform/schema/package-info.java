/**
 * The database schema, owned by Flyway: every component ships its migrations under {@code db/migration} and this
 * package runs them in version order, on H2 (the embedded default) and on MySQL/MariaDB alike.
 */
package no.samkurs.platform.schema;
