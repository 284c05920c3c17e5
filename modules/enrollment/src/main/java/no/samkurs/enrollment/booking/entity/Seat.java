package no.samkurs.enrollment.booking.entity;

/** Which of the offering's seats a confirmed participant holds: an ordinary one, or one of the fair-share seats. */
public enum Seat {
    GENERAL, RESERVED
}
