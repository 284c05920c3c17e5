/** What a person chose to be told: reminders on or off, set on "Min side" or through the API. */
package no.samkurs.notification.preference;
