/** Finding counties and municipalities. */
package no.samkurs.directory.region.control;
