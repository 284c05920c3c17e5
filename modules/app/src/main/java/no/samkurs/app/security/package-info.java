/**
 * How people sign in: a web login with a session for browsers, HTTP Basic for scripts and tests, both checked
 * against the directory's identity store through Jakarta Security. Single sign-on (ID-porten, Feide, Entra ID)
 * becomes another way in here, without touching the components.
 */
package no.samkurs.app.security;
