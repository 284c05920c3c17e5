/**
 * Provider organisations: the regional competence centres (KoRUS, RVTS, RKBU/RBUP), the statsforvalter offices and
 * other regional actors, each covering a set of counties.
 */
package no.samkurs.directory.organisation.entity;
