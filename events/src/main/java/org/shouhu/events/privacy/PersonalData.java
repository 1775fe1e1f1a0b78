package org.shouhu.events.privacy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks what identifies a person, so that it is stored only as ciphertext under the key of
 * the child the event is about, and is gone when that key is destroyed (crypto-shredding).
 * <p>
 * On a type (a name, a resident ID, a phone number, free text) it marks every value of that
 * type, wherever an event holds one. On a record component it marks that component; with
 * {@link #onlyIf()} it names a no-argument boolean method of the record that says whether
 * this event's value is personal (a correction is personal when the corrected field is).
 * <p>
 * What stays readable after erasure, because statistics and scope depend on it: dates, sex,
 * township and village, categories, risk levels, outcomes and every id.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.RECORD_COMPONENT})
public @interface PersonalData {

    /** A boolean method of the record deciding, per event, whether the component is personal; empty for always. */
    String onlyIf() default "";
}
