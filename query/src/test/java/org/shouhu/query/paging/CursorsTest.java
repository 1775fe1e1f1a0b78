package org.shouhu.query.paging;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Paging by one key: the extra item read ahead is dropped, and its predecessor's key leads to the next page. */
class CursorsTest {

    @Test
    void a_full_page_drops_the_item_read_ahead_and_names_its_last_item() {
        List<Long> items = new ArrayList<>(List.of(4L, 7L, 9L));
        String next = Cursors.nextPage(items, 2, item -> item);
        assertThat(items).containsExactly(4L, 7L);
        assertThat(Cursors.number(next)).isEqualTo(7L);
    }

    @Test
    void the_last_page_has_no_next_cursor() {
        List<Long> items = new ArrayList<>(List.of(4L, 7L));
        assertThat(Cursors.nextPage(items, 2, item -> item)).isNull();
        assertThat(items).containsExactly(4L, 7L);
    }

    @Test
    void a_cursor_round_trips_an_id_and_a_foreign_one_is_refused_naming_the_parameter() {
        UUID id = UUID.randomUUID();
        assertThat(Cursors.uuid(Cursors.encode(List.of(id.toString())))).isEqualTo(id);
        assertThatThrownBy(() -> Cursors.uuid(Cursors.encode(List.of("not-an-id"))))
                .isInstanceOf(InvalidParameter.class).hasMessageContaining("cursor");
        assertThatThrownBy(() -> Cursors.number("!!")).isInstanceOf(InvalidParameter.class);
    }
}
