/** Finding provider organisations by type and by the counties they cover. */
package no.samkurs.directory.organisation.control;
