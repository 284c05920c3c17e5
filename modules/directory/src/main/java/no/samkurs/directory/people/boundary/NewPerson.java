package no.samkurs.directory.people.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** What an administrator sends to create an account. */
public record NewPerson(
        @NotBlank(message = "E-postadresse må fylles ut.")
        @Email(message = "E-postadressen er ikke gyldig.")
        @Size(max = 254, message = "E-postadressen kan være høyst 254 tegn.")
        String email,
        @NotBlank(message = "Navn må fylles ut.")
        @Size(max = 200, message = "Navnet kan være høyst 200 tegn.")
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
