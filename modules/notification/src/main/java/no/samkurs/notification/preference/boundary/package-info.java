/** The signed-in person's own choices of messages: {@code /api/me/notification-preferences}. */
package no.samkurs.notification.preference.boundary;
