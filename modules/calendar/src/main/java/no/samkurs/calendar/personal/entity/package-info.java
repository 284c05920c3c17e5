/** A person's feed tokens (only the secret's hash is kept) and the offerings they follow. */
package no.samkurs.calendar.personal.entity;
