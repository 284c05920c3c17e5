/**
 * A person's own way in and out: the login page (signing in through Jakarta Security, then on to the page that fits
 * the person's role), "Min side" with the person's details, language, reminders (on or off, kept by the
 * notification component) and calendar (the personal feed's address, shown once, and the offerings followed),
 * following an offering ({@code /folg}), the error pages (403, 404, 500) and the accessibility statement. Texts in
 * {@code no.samkurs.web.account.texts}.
 */
package no.samkurs.web.account;
