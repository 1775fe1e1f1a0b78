package org.shouhu.ops.ledger.read;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerLineTest {

    @Test
    void a_cell_text_is_never_null_and_stripped_of_every_kind_of_surrounding_space() {
        assertThat(new LedgerCell(null, false).text()).isEmpty();
        assertThat(new LedgerCell(" \t张\u3000小雨\u00A0\r\n", false).text()).isEqualTo("张\u3000小雨");
    }

    @Test
    void cells_beyond_the_line_are_blank() {
        LedgerLine line = new LedgerLine(3, List.of(new LedgerCell("甲", false)));

        assertThat(line.cell(0).text()).isEqualTo("甲");
        assertThat(line.cell(1)).isEqualTo(new LedgerCell("", false));
        assertThat(line.cell(-1)).isEqualTo(new LedgerCell("", false));
    }

    @Test
    void a_line_is_blank_when_every_cell_is_empty_formulas_included() {
        assertThat(new LedgerLine(1, List.of()).isBlank()).isTrue();
        assertThat(new LedgerLine(1, List.of(new LedgerCell(" ", false), new LedgerCell("", true))).isBlank()).isTrue();
        assertThat(new LedgerLine(1, List.of(new LedgerCell("", false), new LedgerCell("0", true))).isBlank()).isFalse();
    }

    @Test
    void a_line_keeps_its_cells_as_they_were_given() {
        List<LedgerCell> cells = new ArrayList<>(List.of(new LedgerCell("甲", false)));
        LedgerLine line = new LedgerLine(1, cells);
        cells.add(new LedgerCell("乙", false));

        assertThat(line.cells()).hasSize(1);
        assertThatThrownBy(() -> line.cells().add(new LedgerCell("丙", false)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
