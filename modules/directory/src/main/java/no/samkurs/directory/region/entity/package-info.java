/** Counties and municipalities: reference data seeded from public sources, read by everyone. */
package no.samkurs.directory.region.entity;
