/**
 * The scans ({@link no.samkurs.notification.schedule.control.Scans}, on the container's scheduler once the schema is
 * ready): every few minutes, reminders for the sessions and series meetings that start within
 * {@code samkurs.notification.reminder-before} (24 hours) to the confirmed participants who did not turn them off,
 * and thanks, with the recordings, to the confirmed participants of offerings whose last session or meeting ended;
 * every day at {@code samkurs.notification.digest-at} (07:00, Oslo time), a digest of the overlaps new in a region
 * to each of its coordinators, when there are any.
 * <p>
 * The rules are plain Java ({@link no.samkurs.notification.schedule.control.Due}, {@link
 * no.samkurs.notification.schedule.control.Ended}, {@link no.samkurs.notification.schedule.control.NewOverlaps}).
 * Each offering is one short transaction: it reads which of its confirmed participants lack the message and, only
 * when some do, takes the offering's row lock (as every enrollment change does), reads again and records them; so
 * several instances scanning at once record each message once (the dedupe key is the last guard), and nobody who
 * cancelled meanwhile is reminded. Series meetings are read from the calendar's event, which holds every meeting.
 * A session already started gets no reminder, so someone who enrolls after the window opened is reminded at the
 * next scan if the session is still ahead, and not at all if it began.
 */
package no.samkurs.notification.schedule.control;
