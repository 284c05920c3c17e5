/**
 * A person's choices of messages ({@link no.samkurs.notification.preference.entity.Preference}), kept by the
 * notification component beside the directory's person, with reminders on for anyone who chose nothing.
 */
package no.samkurs.notification.preference.entity;
