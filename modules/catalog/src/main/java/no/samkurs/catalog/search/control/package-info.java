/**
 * The search over published offerings: an in-memory Apache Lucene index, rebuilt from the database at start-up and
 * kept current after every committed change. Norwegian-aware text matching, relevance, facets.
 */
package no.samkurs.catalog.search.control;
