package no.samkurs.directory.people.boundary;

import no.samkurs.directory.people.control.PeopleImport;
import no.samkurs.platform.problem.RuleViolation;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads people to import from CSV: a header row {@code email;name;roles;municipality;organisation} (any order, any
 * case; the last two may be left out), {@code ;} as Excel writes it in Norway or {@code ,}; roles split by
 * {@code |}. Reads at most one row past the limit, so that a huge file is refused without being held.
 */
public final class PeopleCsv {

    private static final List<String> REQUIRED = List.of("email", "name", "roles");

    private PeopleCsv() {
    }

    public static List<PeopleImport.Row> read(String csv) {
        String text = csv == null ? "" : csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        String header = text.lines().findFirst().orElse("");
        char separator = count(header, ';') >= count(header, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true).setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> columns = parser.getHeaderNames().stream().map(String::toLowerCase).toList();
            List<String> missing = REQUIRED.stream().filter(c -> !columns.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw RuleViolation.invalid("csv", "Første linje må være overskriftene "
                        + "email;name;roles;municipality;organisation. Mangler: " + String.join(", ", missing) + ".");
            }
            List<PeopleImport.Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(new PeopleImport.Row(cell(record, "email"), cell(record, "name"), roles(cell(record, "roles")),
                        cell(record, "municipality"), cell(record, "organisation")));
                if (rows.size() > PeopleImport.MAX_ROWS) {
                    break;
                }
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw RuleViolation.invalid("csv", "Kunne ikke lese CSV-filen: " + e.getMessage());
        }
    }

    private static String cell(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value.isEmpty() ? null : value;
    }

    private static List<String> roles(String cell) {
        return cell == null ? List.of() : Arrays.stream(cell.split("\\|")).filter(r -> !r.isBlank()).toList();
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }
}
