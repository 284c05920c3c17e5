/**
 * The search over published offerings: an in-memory Apache Lucene index, rebuilt from the database at start-up and
 * kept current after every committed change. Norwegian-aware text matching, relevance, facets. Seats, which move
 * with every enrollment, live on a board beside the index instead of in it.
 */
package no.samkurs.catalog.search.control;
