/** REST: {@code /api/counties} and {@code /api/municipalities}, open to everyone. */
package no.samkurs.directory.region.boundary;
