package no.samkurs.catalog.offering.entity;

import no.samkurs.directory.organisation.entity.Organisation;

/** An organisation as an offering names it among its hosts. */
public record Host(String id, String name) {

    public static Host of(Organisation organisation) {
        return new Host(organisation.id(), organisation.name());
    }
}
