/**
 * A person's own way in and out: the login page (signing in through Jakarta Security, then on to the page that fits
 * the person's role), "Min side" with the person's details and language, the error pages (403, 404, 500) and the
 * accessibility statement. Texts in {@code no.samkurs.web.account.texts}.
 */
package no.samkurs.web.account;
