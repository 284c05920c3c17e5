package no.samkurs.enrollment.roster.boundary;

import no.samkurs.enrollment.roster.control.BulkRows;
import no.samkurs.platform.problem.RuleViolation;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the people to enroll from CSV as the directory's import does (see {@code PeopleCsv}): a header row
 * {@code email;service}, or in Norwegian {@code e-post;tjeneste}, in any order and case; {@code ;} as Excel writes it
 * in Norway, or {@code ,}; a byte order mark is skipped. Reads at most one row past the limit, so that a huge file is
 * refused without being held.
 */
final class BulkCsv {

    private static final Map<String, String> ALIASES = Map.of("email", "email", "e-post", "email", "epost", "email",
            "e-mail", "email", "service", "service", "tjeneste", "service");

    private BulkCsv() {
    }

    static List<BulkRows.Row> read(String csv) {
        String text = csv == null ? "" : csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        String header = text.lines().findFirst().orElse("");
        char separator = count(header, ';') >= count(header, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            int email = -1;
            int service = -1;
            List<BulkRows.Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (email < 0) {
                    for (int i = 0; i < record.size(); i++) {
                        String column = ALIASES.get(record.get(i).toLowerCase(Locale.ROOT));
                        if ("email".equals(column) && email < 0) {
                            email = i;
                        } else if ("service".equals(column) && service < 0) {
                            service = i;
                        }
                    }
                    if (email < 0) {
                        throw RuleViolation.invalid("csv", "Første linje må være overskriftene email;service "
                                + "(eller e-post;tjeneste).");
                    }
                    continue;
                }
                rows.add(new BulkRows.Row(cell(record, email), cell(record, service)));
                if (rows.size() > BulkRows.MAX_ROWS) {
                    break;
                }
            }
            if (email < 0) {
                throw RuleViolation.invalid("csv", "Filen er tom. Første linje må være overskriftene email;service "
                        + "(eller e-post;tjeneste).");
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw RuleViolation.invalid("csv", "Kunne ikke lese CSV-filen: " + e.getMessage());
        }
    }

    private static String cell(CSVRecord record, int column) {
        if (column < 0 || column >= record.size()) {
            return null;
        }
        String value = record.get(column);
        return value.isEmpty() ? null : value;
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }
}
