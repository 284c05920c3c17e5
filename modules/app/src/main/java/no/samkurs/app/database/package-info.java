/**
 * The one database of Samkurs: where it is (configuration), bringing it to the newest schema at start-up, and
 * telling the platform whether it is reachable (readiness).
 */
package no.samkurs.app.database;
