/**
 * How people sign in: a web login with a session for browsers, HTTP Basic for scripts and tests, both checked
 * against the directory's identity store through Jakarta Security, and bearer tokens (RS256 JSON Web Tokens) from
 * one configured issuer, the way in single sign-on (ID-porten, Feide, Entra ID) will use, without touching the
 * components.
 */
package no.samkurs.app.security;
