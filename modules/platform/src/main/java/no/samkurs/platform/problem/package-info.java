/**
 * Problem details (RFC 9457): one JSON shape for every error the API gives, with a title in the caller's language,
 * a readable detail and, for bad input, the failing fields. No stack trace ever leaves the server.
 */
package no.samkurs.platform.problem;
