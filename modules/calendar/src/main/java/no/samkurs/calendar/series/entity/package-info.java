/**
 * The series aggregate: a recurring series of an offering's meetings (an RFC 5545 rule in Norwegian local time),
 * its excluded dates and its moved or cancelled meetings. Series is the aggregate root and keeps the rules.
 */
package no.samkurs.calendar.series.entity;
