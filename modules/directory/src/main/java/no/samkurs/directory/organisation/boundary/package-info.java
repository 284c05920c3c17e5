/**
 * REST, open to everyone: {@code /api/organisations}, and {@code /api/counties} and {@code /api/municipalities},
 * which name the organisations that serve each place (its statsforvalter office, its nearest centres).
 */
package no.samkurs.directory.organisation.boundary;
