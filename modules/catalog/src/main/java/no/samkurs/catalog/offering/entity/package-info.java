/**
 * The offering aggregate: its fields, its sessions, its hosts and the rules that keep them consistent (who may
 * change what, when it may be published, when its revision moves). Plain Java rules, tested without a container.
 */
package no.samkurs.catalog.offering.entity;
