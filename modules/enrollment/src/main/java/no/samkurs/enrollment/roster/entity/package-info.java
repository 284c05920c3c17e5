/** Attendance: whether a confirmed participant came to one session, and the rules for recording it. */
package no.samkurs.enrollment.roster.entity;
