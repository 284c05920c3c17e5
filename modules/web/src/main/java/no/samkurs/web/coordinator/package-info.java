/**
 * The regional coordinator's page ({@code /koordinator}): every offering for the counties of their statsforvalter
 * office, drafts included, filtered by status, county, provider, kind and text through a bookmarkable GET form.
 * It asks the catalog's search with the coordinator as reader, so {@code Visibility} decides which drafts they see.
 */
package no.samkurs.web.coordinator;
