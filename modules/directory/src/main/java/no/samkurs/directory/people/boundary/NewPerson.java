package no.samkurs.directory.people.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import no.samkurs.directory.people.entity.Person;

import java.util.List;

/** What an administrator sends to create an account; e-mail and name keep {@link Person}'s rules. */
public record NewPerson(
        @NotBlank(message = Person.EMAIL_NEEDED)
        @Pattern(regexp = Person.EMAIL_PATTERN, message = Person.EMAIL_INVALID)
        @Size(max = Person.EMAIL_MAX, message = Person.EMAIL_TOO_LONG)
        String email,
        @NotBlank(message = Person.NAME_NEEDED)
        @Size(max = Person.NAME_MAX, message = Person.NAME_TOO_LONG)
        String name,
        @NotNull(message = "Passord må fylles ut.")
        @Size(min = 12, max = 200, message = "Passordet må ha 12 til 200 tegn.")
        String password,
        @NotEmpty(message = "Velg minst én rolle.")
        List<String> roles,
        @Pattern(regexp = "\\d{4}", message = "Kommunenummer er fire sifre, for eksempel 5601.")
        String municipality,
        @Size(max = 80, message = "Organisasjons-id kan være høyst 80 tegn.")
        String organisation) {
}
