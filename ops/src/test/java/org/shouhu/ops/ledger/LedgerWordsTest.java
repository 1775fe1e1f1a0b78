package org.shouhu.ops.ledger;

import org.junit.jupiter.api.Test;
import org.shouhu.events.child.ChildCategory;
import org.shouhu.events.child.ParentStatus;
import org.shouhu.events.common.InvalidValueException;
import org.shouhu.events.guardianship.GuardianRelation;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Headers, values and dates as ledgers write them. */
class LedgerWordsTest {

    @Test
    void headers_match_in_their_usual_spellings() {
        assertThat(LedgerColumn.matching("乡镇（街道）")).contains(LedgerColumn.TOWNSHIP);
        assertThat(LedgerColumn.matching("乡镇(街道)")).contains(LedgerColumn.TOWNSHIP);
        assertThat(LedgerColumn.matching(" 乡 镇 ")).contains(LedgerColumn.TOWNSHIP);
        assertThat(LedgerColumn.matching("*身份证号码")).contains(LedgerColumn.RESIDENT_ID);
        assertThat(LedgerColumn.matching("Date of Birth")).contains(LedgerColumn.DATE_OF_BIRTH);
        assertThat(LedgerColumn.matching("ＤＯＢ")).as("full-width letters").contains(LedgerColumn.DATE_OF_BIRTH);
        assertThat(LedgerColumn.matching("备注")).isEmpty();
    }

    @Test
    void no_spelling_names_two_columns() {
        for (LedgerColumn column : LedgerColumn.values()) {
            assertThat(LedgerColumn.matching(column.header())).contains(column);
            assertThat(LedgerColumn.matching(column.englishHeader())).contains(column);
        }
    }

    @Test
    void values_are_read_in_the_ledgers_words_and_as_codes() {
        assertThat(LedgerVocabulary.CATEGORY.parse("农村留守儿童")).contains(ChildCategory.LEFT_BEHIND);
        assertThat(LedgerVocabulary.CATEGORY.parse("left behind")).contains(ChildCategory.LEFT_BEHIND);
        assertThat(LedgerVocabulary.CATEGORY.parse("DE_FACTO_UNSUPPORTED")).contains(ChildCategory.DE_FACTO_UNSUPPORTED);
        assertThat(LedgerVocabulary.RELATION.parse("外婆")).contains(GuardianRelation.MATERNAL_GRANDPARENT);
        assertThat(LedgerVocabulary.PARENT.parse("省外")).contains(ParentStatus.MIGRANT_WORKER_OUT_OF_PROVINCE);
        assertThat(LedgerVocabulary.PARENT.parse("外出务工")).as("which province is not said: not guessed").isEmpty();
        assertThat(LedgerVocabulary.CATEGORY.label(ChildCategory.ORPHAN)).isEqualTo("孤儿");
    }

    @Test
    void every_label_reads_back_as_its_value() {
        for (ChildCategory category : ChildCategory.values()) {
            assertThat(LedgerVocabulary.CATEGORY.parse(LedgerVocabulary.CATEGORY.label(category))).contains(category);
        }
        for (ParentStatus status : ParentStatus.values()) {
            assertThat(LedgerVocabulary.PARENT.parse(LedgerVocabulary.PARENT.label(status))).contains(status);
        }
    }

    @Test
    void dates_are_read_as_clerks_write_them() {
        LocalDate day = LocalDate.of(2015, 3, 12);
        assertThat(LedgerDates.parse("2015-03-12")).isEqualTo(day);
        assertThat(LedgerDates.parse("2015/3/12")).isEqualTo(day);
        assertThat(LedgerDates.parse("2015.3.12")).isEqualTo(day);
        assertThat(LedgerDates.parse("2015年3月12日")).isEqualTo(day);
        assertThat(LedgerDates.parse("20150312")).isEqualTo(day);
        assertThat(LedgerDates.parse("２０１５－０３－１２")).as("full-width").isEqualTo(day);
        assertThat(LedgerDates.parse("42075")).as("a serial number").isEqualTo(day);
        assertThat(LedgerDates.parse("61")).as("the first serial after 1900's false leap day")
                .isEqualTo(LocalDate.of(1900, 3, 1));
    }

    @Test
    void what_is_not_a_date_says_so() {
        assertThatThrownBy(() -> LedgerDates.parse("2015-02-30")).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("rule", "date.invalid");
        assertThatThrownBy(() -> LedgerDates.parse("三月")).hasFieldOrPropertyWithValue("rule", "date.format");
        assertThatThrownBy(() -> LedgerDates.parse("99999")).as("beyond 2099").hasFieldOrPropertyWithValue("rule",
                "date.format");
    }
}
