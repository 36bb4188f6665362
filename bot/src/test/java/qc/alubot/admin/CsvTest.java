package qc.alubot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"})
    void neutralises_cells_a_spreadsheet_would_run_as_formulas(String typed) {
        String cell = Csv.cell(typed);
        String content = cell.startsWith("\"") ? cell.substring(1) : cell; // quoted when it holds quotes or a CR
        assertThat(content).startsWith("'" + typed.charAt(0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "plain|plain",
            "a, b|\"a, b\"",
            "say \"hi\"|\"say \"\"hi\"\"\"",
            "Québec|Québec"})
    void quotes_what_needs_quoting(String value, String cell) {
        assertThat(Csv.cell(value)).isEqualTo(cell);
    }

    @Test
    void keeps_line_breaks_inside_a_quoted_cell_and_ends_rows_with_crlf() {
        assertThat(Csv.row(List.of("line 1\nline 2", "", "x"))).isEqualTo("\"line 1\nline 2\",,x\r\n");
    }

    @Test
    void writes_an_empty_cell_for_a_missing_value() {
        assertThat(Csv.cell(null)).isEmpty();
    }
}
