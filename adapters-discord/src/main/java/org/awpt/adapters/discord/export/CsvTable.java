package org.awpt.adapters.discord.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A table written as RFC 4180 CSV with a header row (UTF-8), quoting what needs quoting, through a
 * {@link CsvStream} (cells that a spreadsheet would run as a formula are prefixed with an apostrophe).
 *
 * @param header the column names
 * @param rows   the rows, each as long as the header
 */
public record CsvTable(List<String> header, List<List<String>> rows) {
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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvStream csv = new CsvStream(bytes, header)) {
            for (List<String> row : rows) {
                csv.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write CSV", e);
        }
        return bytes.toByteArray();
    }
}
