package no.samkurs.directory.people.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a role by its security-role name, the same string the identity store hands the container as a group. */
@Converter
public class RoleConverter implements AttributeConverter<Role, String> {

    @Override
    public String convertToDatabaseColumn(Role role) {
        return role == null ? null : role.roleName();
    }

    @Override
    public Role convertToEntityAttribute(String name) {
        return name == null ? null : Role.ofName(name).orElseThrow(
                () -> new IllegalStateException("Unknown role in the database: " + name));
    }
}
