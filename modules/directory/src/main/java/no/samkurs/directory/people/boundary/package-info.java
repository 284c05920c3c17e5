/** REST: {@code /api/people}: your own profile, and accounts for administrators. */
package no.samkurs.directory.people.boundary;
