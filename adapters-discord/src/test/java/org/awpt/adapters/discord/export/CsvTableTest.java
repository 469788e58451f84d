package org.awpt.adapters.discord.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void writesHeaderAndRowsThatParseBackEqual() throws IOException {
        List<List<String>> rows = List.of(
                List.of("ABCD1234", "weekly", "used", "123", "2026-01-01T00:00:00Z"),
                List.of("quote\"inside", "comma, here", "line\nbreak", "", "plain"));
        CsvTable table = new CsvTable(List.of("code", "type", "status", "holder", "used_at"), rows);

        List<List<String>> read = parse(table.toBytes());

        assertThat(read.get(0)).containsExactly("code", "type", "status", "holder", "used_at");
        assertThat(read.subList(1, read.size())).isEqualTo(rows);
    }

    @Test
    void defusesCellsASpreadsheetWouldRunAsFormulas() throws IOException {
        CsvTable table = new CsvTable(List.of("a"), List.of(List.of("=HYPERLINK(\"x\")"), List.of("@SUM(1)")));
        assertThat(parse(table.toBytes()).subList(1, 3))
                .containsExactly(List.of("'=HYPERLINK(\"x\")"), List.of("'@SUM(1)"));
    }

    @Test
    void anEmptyTableIsJustTheHeader() throws IOException {
        assertThat(parse(new CsvTable(List.of("a", "b"), List.of()).toBytes())).containsExactly(List.of("a", "b"));
    }

    @Test
    void refusesRowsThatDoNotFitTheHeader() {
        assertThatThrownBy(() -> new CsvTable(List.of("a"), List.of(List.of("1", "2"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<List<String>> parse(byte[] csv) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(csv)) {
            return it.readAll();
        }
    }
}
