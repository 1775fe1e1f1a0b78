package org.shouhu.events.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AreaTest {

    @Test
    void a_village_covers_only_its_own_children() {
        Area village = Area.parse("石洞镇/青龙村");
        assertThat(village.covers("石洞镇", "青龙村")).isTrue();
        assertThat(village.covers("石洞镇", "红星村")).isFalse();
        assertThat(village.covers("拦江镇", "青龙村")).as("same village name in another township").isFalse();
    }

    @Test
    void a_township_covers_its_villages_and_the_district_covers_all() {
        assertThat(Area.parse("石洞镇").covers("石洞镇", "红星村")).isTrue();
        assertThat(Area.parse("石洞镇").covers("拦江镇", "新华村")).isFalse();
        assertThat(Area.parse("district").covers("拦江镇", "新华村")).isTrue();
        assertThat(Area.parse(null)).isEqualTo(Area.DISTRICT);
    }

    @Test
    void reads_back_what_it_writes() {
        for (String text : new String[]{"district", "石洞镇", "石洞镇/青龙村"}) {
            assertThat(Area.parse(text).toString()).isEqualTo(text);
        }
    }

    @Test
    void travels_as_an_authority() {
        Area village = Area.parse("石洞镇/青龙村");
        assertThat(Area.fromAuthority(village.asAuthority())).contains(village);
        assertThat(Area.fromAuthority("ROLE_DIRECTOR")).isEmpty();
    }

    @Test
    void refuses_malformed_areas() {
        assertThatThrownBy(() -> Area.parse("石洞镇/")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Area.parse("a/b/c")).isInstanceOf(InvalidValueException.class);
    }
}
