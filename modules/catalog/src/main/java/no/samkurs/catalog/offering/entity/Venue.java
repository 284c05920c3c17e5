package no.samkurs.catalog.offering.entity;

/** Where an in-person or hybrid offering meets: a place, its address and the municipality (number) it lies in. */
public record Venue(String name, String address, String municipality) {
}
