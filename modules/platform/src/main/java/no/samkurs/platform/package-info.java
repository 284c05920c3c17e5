/**
 * What every Samkurs component shares and no component owns: how failures become RFC 9457 problem responses,
 * how roles guard REST resources, and how the database schema is migrated.
 */
package no.samkurs.platform;
