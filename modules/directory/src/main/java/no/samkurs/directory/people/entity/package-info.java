/**
 * People and their roles. A person belongs to a municipality (participants, municipal contacts) or to an
 * organisation (provider editors, regional coordinators); the rules of which role needs which home live here.
 */
package no.samkurs.directory.people.entity;
