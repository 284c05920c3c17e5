/**
 * What the components' tests share outside the container: a clock the test moves, CDI events, field wiring, work in a
 * transaction of its own.
 */
package no.samkurs.platform.testing;
