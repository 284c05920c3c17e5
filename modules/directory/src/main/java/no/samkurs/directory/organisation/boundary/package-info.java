/** REST: {@code /api/organisations}, open to everyone. */
package no.samkurs.directory.organisation.boundary;
