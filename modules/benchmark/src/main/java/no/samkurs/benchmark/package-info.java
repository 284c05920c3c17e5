/**
 * Measurement tools, not part of the application: a generator that fills a MariaDB/MySQL database with a synthetic
 * catalog of the size the issue names (20,000 offerings, 200,000 sessions), used by {@code bench/search.sh}.
 */
package no.samkurs.benchmark;
