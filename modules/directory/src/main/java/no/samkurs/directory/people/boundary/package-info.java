/**
 * REST: {@code /api/people}: your own profile, and accounts for administrators, one by one or imported in bulk
 * (JSON or CSV, {@code /api/people/import}).
 */
package no.samkurs.directory.people.boundary;
