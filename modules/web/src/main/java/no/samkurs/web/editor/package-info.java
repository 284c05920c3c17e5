/**
 * The provider editor's pages: their organisation's offerings and invitations ({@code /redaktor}), creating and
 * editing one offering with its sessions, co-hosts, publication and cancellation ({@code /redaktor/tilbud}), and an
 * offering's recurring series of meetings with each meeting moved, cancelled or restored ({@code /redaktor/serie}).
 * The forms are mapped to the catalog's own {@code OfferingInput} and the calendar's {@code SeriesInput}, so their
 * validation and the aggregates' rules are theirs; this package only turns them into messages next to the fields,
 * and handles a stale edit by merging.
 */
package no.samkurs.web.editor;
