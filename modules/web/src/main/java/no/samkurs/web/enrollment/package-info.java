/**
 * The enrollment pages: the offering page's "Meld meg på" with seats and window ({@code /pamelding}), the
 * person's own enrollments on Min side and cancelling one ({@code /avmelding}), the editor's enrollment rules
 * ({@code /redaktor/pamelding}) and participant list with attendance ({@code /redaktor/deltakere}), and the
 * municipal contact's bulk enrollment ({@code /kommune/pamelding}) and municipality's enrollments
 * ({@code /kommune}). The enrollment component decides everything ({@code Caller}, the desk, the roster); these
 * pages ask it and say its answers in the reader's language.
 */
package no.samkurs.web.enrollment;
