/** Use cases on offerings: create, edit, co-host, publish, cancel, archive; who may read what. */
package no.samkurs.catalog.offering.control;
