/** "Min side"'s calendar API: the personal feed's address (create, regenerate, revoke) and the offerings followed. */
package no.samkurs.calendar.personal.boundary;
