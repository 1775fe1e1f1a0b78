package org.shouhu.ops.ledger.imports;

import org.shouhu.events.child.ParentsMigration;
import org.shouhu.events.common.InvalidValueException;
import org.shouhu.events.common.PersonName;
import org.shouhu.events.common.PhoneNumber;
import org.shouhu.events.common.ResidentId;
import org.shouhu.events.common.Township;
import org.shouhu.events.common.Village;
import org.shouhu.events.guardianship.Guardian;
import org.shouhu.ops.ledger.LedgerColumn;
import org.shouhu.ops.ledger.LedgerDates;
import org.shouhu.ops.ledger.LedgerHeader;
import org.shouhu.ops.ledger.LedgerRow;
import org.shouhu.ops.ledger.LedgerVocabulary;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads one ledger row into a {@link LedgerEntry}, checking every cell by the rules of its
 * value type, and collects every error of the row (not just the first), each naming its column.
 */
public final class LedgerEntryParser {

    /** What a resident ID looks like after Excel took it for a number: fewer digits, or an exponent. */
    private static final Pattern NUMBER_MANGLED = Pattern.compile("\\d{1,17}|\\d(\\.\\d+)?E\\+?\\d+",
            Pattern.CASE_INSENSITIVE);

    private final LedgerHeader header;

    public LedgerEntryParser(LedgerHeader header) {
        this.header = header;
    }

    /** The entry, or the errors of the row. */
    public record Parsed(LedgerEntry entry, List<RowError> errors) {
    }

    public Parsed parse(LedgerRow row) {
        Cells cells = new Cells(row);
        PersonName name = cells.required(LedgerColumn.NAME, PersonName::new);
        var sex = cells.required(LedgerColumn.SEX, vocabulary(LedgerVocabulary.SEX, "sex"));
        LocalDate born = cells.required(LedgerColumn.DATE_OF_BIRTH, LedgerDates::parse);
        ResidentId residentId = cells.required(LedgerColumn.RESIDENT_ID, LedgerEntryParser::residentId);
        Township township = cells.required(LedgerColumn.TOWNSHIP, Township::new);
        Village village = cells.required(LedgerColumn.VILLAGE, Village::new);
        var category = cells.required(LedgerColumn.CATEGORY, vocabulary(LedgerVocabulary.CATEGORY, "category"));
        PersonName guardianName = cells.optional(LedgerColumn.GUARDIAN_NAME, PersonName::new);
        var relation = cells.optional(LedgerColumn.GUARDIAN_RELATION,
                vocabulary(LedgerVocabulary.RELATION, "guardian relation"));
        PhoneNumber phone = cells.optional(LedgerColumn.GUARDIAN_PHONE,
                text -> new PhoneNumber(Normalizer.normalize(text, Normalizer.Form.NFKC)));
        var capacity = cells.optional(LedgerColumn.GUARDIAN_CAPACITY,
                vocabulary(LedgerVocabulary.CAPACITY, "guardian capacity"));
        var father = cells.optional(LedgerColumn.FATHER, vocabulary(LedgerVocabulary.PARENT, "parent's situation"));
        var mother = cells.optional(LedgerColumn.MOTHER, vocabulary(LedgerVocabulary.PARENT, "parent's situation"));
        var risk = cells.optional(LedgerColumn.RISK_LEVEL, vocabulary(LedgerVocabulary.RISK, "risk level"));
        String worker = row.has(LedgerColumn.RESPONSIBLE_WORKER) ? row.get(LedgerColumn.RESPONSIBLE_WORKER) : null;
        if (guardianName != null && relation == null && !row.has(LedgerColumn.GUARDIAN_RELATION)) {
            cells.error(LedgerColumn.GUARDIAN_RELATION, "required", "a guardian's relation to the child is required");
        }
        boolean guardianDetails = row.has(LedgerColumn.GUARDIAN_RELATION) || row.has(LedgerColumn.GUARDIAN_PHONE)
                || row.has(LedgerColumn.GUARDIAN_CAPACITY);
        if (guardianName == null && !row.has(LedgerColumn.GUARDIAN_NAME) && guardianDetails) {
            cells.error(LedgerColumn.GUARDIAN_NAME, "required", "the guardian's name is required with the relation");
        }
        if (born != null && residentId != null && !residentId.birthDate().equals(born)) {
            cells.error(LedgerColumn.DATE_OF_BIRTH, "resident-id.birth-date-mismatch",
                    "the date of birth inside the resident ID (digits 7 to 14) differs from this date");
        }
        if (!cells.errors.isEmpty()) {
            return new Parsed(null, cells.errors);
        }
        Guardian guardian = guardianName == null ? null : new Guardian(guardianName, relation, phone, capacity);
        return new Parsed(new LedgerEntry(row.number(), name, sex, born, residentId, township, village, category,
                guardian, new ParentsMigration(father, mother), worker, risk), List.of());
    }

    private static ResidentId residentId(String text) {
        String value = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s", "");
        try {
            return new ResidentId(value);
        } catch (InvalidValueException wrong) {
            if (NUMBER_MANGLED.matcher(value).matches()) {
                throw new InvalidValueException("resident-id.stored-as-number", "the resident ID has lost digits: "
                        + "the column was formatted as a number; format it as text and type the number again");
            }
            throw wrong;
        }
    }

    private static <E extends Enum<E>> Function<String, E> vocabulary(LedgerVocabulary<E> words, String what) {
        return text -> words.parse(text).orElseThrow(() -> new InvalidValueException(what.replace(' ', '-')
                + ".unknown", "not a " + what + " the ledger knows; write one of " + String.join(", ", words.labels())));
    }

    /** The cells of one row and the errors found in them. */
    private final class Cells {

        private final LedgerRow row;
        private final List<RowError> errors = new ArrayList<>();

        Cells(LedgerRow row) {
            this.row = row;
        }

        <T> T required(LedgerColumn column, Function<String, T> parse) {
            if (!row.has(column)) {
                error(column, "required", header.written(column) + " is required");
                return null;
            }
            return optional(column, parse);
        }

        <T> T optional(LedgerColumn column, Function<String, T> parse) {
            if (!row.has(column)) {
                return null;
            }
            try {
                return parse.apply(row.get(column));
            } catch (InvalidValueException invalid) {
                error(column, invalid.rule(), invalid.getMessage());
                return null;
            }
        }

        void error(LedgerColumn column, String rule, String message) {
            errors.add(new RowError(row.number(), header.written(column), column.name(), row.get(column), rule,
                    message));
        }
    }
}
