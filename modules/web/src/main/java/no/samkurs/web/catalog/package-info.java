/**
 * The public catalog pages: the front page with the next webinars and ways into the catalog, the search
 * ({@code /tilbud}, a plain GET form with filters and counts that works without JavaScript) and one offering
 * ({@code /tilbudet?id=…}, with its schema.org description). They ask the catalog's search index and offerings
 * directly, as the signed-in person or a visitor, through the catalog's one visibility policy.
 */
package no.samkurs.web.catalog;
