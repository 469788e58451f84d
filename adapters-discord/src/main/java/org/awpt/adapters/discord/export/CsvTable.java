package org.awpt.adapters.discord.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A table written as RFC 4180 CSV with a header row (UTF-8), quoting what needs quoting. Cells
 * that a spreadsheet would run as a formula are prefixed with an apostrophe.
 *
 * @param header the column names
 * @param rows   the rows, each as long as the header
 */
public record CsvTable(List<String> header, List<List<String>> rows) {
    private static final CsvMapper MAPPER = new CsvMapper();

    /** Checks every row fits the header. */
    public CsvTable {
        header = List.copyOf(header);
        rows = rows.stream().map(row -> row.stream().map(cell -> cell == null ? "" : cell).toList()).toList();
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells, the header " + header.size());
            }
        }
    }

    /** The CSV bytes. */
    public byte[] toBytes() {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        header.forEach(schema::addColumn);
        try {
            List<List<String>> safe = rows.stream().map(row -> row.stream().map(CsvTable::defuse).toList()).toList();
            return MAPPER.writer(schema.build()).writeValueAsString(safe).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("could not write CSV", e);
        }
    }

    private static String defuse(String cell) {
        Objects.requireNonNull(cell);
        if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
