package org.awpt.adapters.discord.export;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * RFC 4180 CSV (UTF-8) written row by row to a stream, header first, so that memory does not grow
 * with the number of rows. Cells that a spreadsheet would run as a formula are prefixed with an
 * apostrophe. Closing it flushes and closes the stream.
 */
public final class CsvStream implements Closeable {
    private static final CsvMapper MAPPER = new CsvMapper();

    private final SequenceWriter writer;
    private final int columns;

    /**
     * Starts a CSV on {@code out} with this header row.
     *
     * @throws IOException when the stream refuses the header
     */
    public CsvStream(OutputStream out, List<String> header) throws IOException {
        this.columns = header.size();
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(false);
        header.forEach(schema::addColumn);
        this.writer = MAPPER.writer(schema.build()).writeValues(out);
        write(header);
    }

    /**
     * Writes one row, as long as the header; {@code null} cells are empty.
     *
     * @throws IOException when the stream refuses it
     */
    public void write(List<String> row) throws IOException {
        if (row.size() != columns) {
            throw new IllegalArgumentException("a row has " + row.size() + " cells, the header " + columns);
        }
        writer.write(row.stream().map(CsvStream::defuse).toList());
    }

    /** Flushes what is buffered to the stream. */
    public void flush() throws IOException {
        writer.flush();
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }

    /** The cell as written: empty for {@code null}, apostrophe-prefixed when a spreadsheet would run it. */
    static String defuse(String cell) {
        if (cell == null) {
            return "";
        }
        if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
