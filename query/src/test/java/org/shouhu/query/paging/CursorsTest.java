package org.shouhu.query.paging;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorsTest {

    @Test
    void a_cursor_gives_back_the_key_it_was_made_of() {
        List<String> key = List.of("石洞镇", "青龙村", "王小明", "3f0c1a52-8f7e-4d43-9a55-0b8f3c1e2d11");
        assertThat(Cursors.decode(Cursors.encode(key), 4)).isEqualTo(key);
    }

    @Test
    void a_cursor_not_handed_out_is_refused_naming_the_parameter() {
        assertThatThrownBy(() -> Cursors.decode("not base64 !", 4))
                .isInstanceOfSatisfying(InvalidParameter.class, e -> assertThat(e.parameter()).isEqualTo("cursor"));
        assertThatThrownBy(() -> Cursors.decode(Cursors.encode(List.of("a")), 4))
                .isInstanceOf(InvalidParameter.class);
    }

    @Test
    void limit_defaults_to_50_and_stays_between_1_and_500() {
        assertThat(Cursors.limit(null)).isEqualTo(50);
        assertThat(Cursors.limit(500)).isEqualTo(500);
        assertThatThrownBy(() -> Cursors.limit(501)).isInstanceOfSatisfying(InvalidParameter.class,
                e -> assertThat(e.parameter()).isEqualTo("limit"));
        assertThatThrownBy(() -> Cursors.limit(0)).isInstanceOf(InvalidParameter.class);
    }
}
