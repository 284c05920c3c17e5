/**
 * Black-box tests of the packaged WAR on Payara Micro: over HTTP, like any client. ApiIT is the Arquillian
 * deployment on MariaDB; the other classes start Payara Micro as the run command does, to test the embedded
 * default database, restarts and a database outage.
 */
package no.samkurs.systemtest;
