/** What the components' tests share outside the container: a clock the test moves, CDI events, field wiring. */
package no.samkurs.platform.testing;
