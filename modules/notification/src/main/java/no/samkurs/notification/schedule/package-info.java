/**
 * The messages the clock causes: a reminder before each session, thanks after the offering, and the coordinators'
 * daily digest of new overlaps; recorded in the outbox like the others, by a scan on the container's scheduler.
 */
package no.samkurs.notification.schedule;
