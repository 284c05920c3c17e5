/**
 * The regional coordinator's pages. {@code /koordinator}: every offering for the counties of their statsforvalter
 * office, drafts included, filtered by status, county, provider, kind and text through a bookmarkable GET form; it
 * asks the catalog's search with the coordinator as reader, so {@code Visibility} decides which drafts they see.
 * {@code /koordinator/overlapp}: the region's overlapping offerings with the coordinators' marks, found and guarded
 * by the calendar ({@code Overlaps}, {@code Coordination}); administrators choose the region.
 */
package no.samkurs.web.coordinator;
