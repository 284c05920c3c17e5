/**
 * What organisers and municipal contacts do with enrollments once people have them: the participant list (JSON and a
 * CSV for Excel), attendance per session, a contact enrolling colleagues in bulk, and a municipality's enrollments.
 * Builds on booking: reads its enrollments, enrolls through its desk, and asks its {@code Caller} who may do what.
 */
package no.samkurs.enrollment.roster;
