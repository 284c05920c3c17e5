/**
 * The assembled application: the JAX-RS application under {@code /api}, the database (embedded H2 by default,
 * MySQL by configuration) and its migration at start-up, how people sign in, health checks and the front page.
 * The business components are libraries in {@code WEB-INF/lib}; this module wires them together.
 */
package no.samkurs.app;
