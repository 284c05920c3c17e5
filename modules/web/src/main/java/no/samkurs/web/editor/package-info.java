/**
 * The provider editor's pages: their organisation's offerings and invitations ({@code /redaktor}), and creating and
 * editing one offering with its sessions, co-hosts, publication and cancellation ({@code /redaktor/tilbud}). The
 * form is mapped to the catalog's own {@code OfferingInput}, so its validation and the aggregate's rules are the
 * catalog's; this package only turns them into messages next to the fields, and handles a stale edit by merging.
 */
package no.samkurs.web.editor;
