/**
 * The database schema, owned by Flyway: every component declares its share ({@code META-INF/samkurs-schema.properties}:
 * its name and the components it comes after), ships its migrations under {@code db/<name>} numbered from V1, and
 * this package migrates the components in dependency order, each with its own history table, on H2 (the embedded
 * default) and on MySQL/MariaDB alike.
 */
package no.samkurs.platform.schema;
