/**
 * The personal feed's use cases: issuing, revoking and resolving tokens, following and unfollowing offerings; each
 * change announced as a {@link no.samkurs.calendar.personal.control.PersonalFeedChanged} in its transaction.
 */
package no.samkurs.calendar.personal.control;
