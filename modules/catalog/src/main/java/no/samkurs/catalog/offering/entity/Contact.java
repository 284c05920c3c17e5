package no.samkurs.catalog.offering.entity;

/** Whom participants ask about an offering. */
public record Contact(String name, String email, String phone) {
}
