/**
 * Finding provider organisations by type and by the counties they cover, and how far a place is from the nearest
 * centre of each family.
 */
package no.samkurs.directory.organisation.control;
