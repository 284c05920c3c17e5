/**
 * A person's own feed: a long, secret, revocable address (only its hash is stored) and the offerings the person
 * follows; the feed holds what they host, follow or are enrolled in.
 */
package no.samkurs.calendar.personal;
