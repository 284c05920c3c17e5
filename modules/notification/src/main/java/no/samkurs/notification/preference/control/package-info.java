/** Reading and changing a person's choices; the reminders' scan asks who turned them off. */
package no.samkurs.notification.preference.control;
