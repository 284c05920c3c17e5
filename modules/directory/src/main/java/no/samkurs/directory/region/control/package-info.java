/** Finding counties and municipalities, and how far each municipality is from the nearest centre of each family. */
package no.samkurs.directory.region.control;
