package org.shouhu.query.childfile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A child's file as of its last event: what {@code GET /children/{id}} answers. Built only by
 * {@link ChildFileFold}, stored whole as JSON in the roster table, and rebuilt from the event
 * store for {@code ?asOf=}. Public fields: this is a plain data holder for the fold and Jackson.
 */
public class ChildFile {

    public String childId;
    public long version;
    public String name;
    public String sex;
    public LocalDate dateOfBirth;
    public String residentId;
    public String township;
    public String village;
    public String primaryCategory;
    public Set<String> tags = new TreeSet<>();
    public Parents parents;
    public Guardian guardian;
    public String responsibleWorker;
    public String riskLevel;
    /** OPEN, CLOSED, or MERGED: a second record of a child, closed and merged into {@link #mergedInto}. */
    public String status = "OPEN";
    public String mergedInto;
    /** The records merged into this one: their histories stay under their own ids. */
    public List<String> mergedRecords = new ArrayList<>();
    public LocalDate registeredOn;
    public LocalDate closedOn;
    public LocalDate lastVisitOn;
    /** True once the personal data was erased: names, numbers and notes are then null for good. */
    public boolean erased;
    public LocalDate erasedOn;
    public int visits;
    public List<Concern> concerns = new ArrayList<>();
    public List<Intervention> interventions = new ArrayList<>();
    public List<Referral> referrals = new ArrayList<>();
    /** Warnings on the record that are still in force, e.g. "do not contact the father". */
    public List<Flag> flags = new ArrayList<>();
    public int growthEntries;
    /** The files kept with the case; their content is read through {@code /attachments/{id}}. */
    public List<Attachment> attachments = new ArrayList<>();
    /**
     * Risk levels captured offline against an outdated record, held for a person to decide,
     * open and resolved, in the order they were held.
     */
    public List<Conflict> conflicts = new ArrayList<>();
    public Instant lastChangedAt;
    /** Stored with the file, left out of answers: see {@link Trail}. */
    public Trail trail = new Trail();

    /** The earliest review due among the open interventions; null when none is planned. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public LocalDate nextReviewDue() {
        return interventions.stream().filter(i -> "OPEN".equals(i.status)).map(i -> i.nextReviewOn)
                .filter(java.util.Objects::nonNull).min(java.util.Comparator.naturalOrder()).orElse(null);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public int openInterventions() {
        return (int) interventions.stream().filter(i -> "OPEN".equals(i.status)).count();
    }

    public record Parents(String father, String mother) {
    }

    public static class Guardian {
        public String name;
        public String relation;
        public String phone;
        public String capacity;
        public LocalDate since;
    }

    public static class Concern {
        public String concernId;
        public LocalDate occurredOn;
        public String source;
        public String description;
        /** Null for concerns recorded before severities existed. */
        public String severity;
        public Instant triageBy;
        /** UNTRIAGED, ANSWERED (an intervention answers it) or CLOSED (needing none, with a reason). */
        public String status = "UNTRIAGED";
        public LocalDate closedOn;
        /** When the system escalated it to the township supervisor, if it did. */
        public Instant escalatedAt;
    }

    public static class Intervention {
        public String interventionId;
        public String type;
        public String goal;
        public LocalDate openedOn;
        public String concernId;
        /** OPEN, CLOSED, or MERGED: a second record of a child, closed and merged into {@link #mergedInto}. */
    public String status = "OPEN";
    public String mergedInto;
    /** The records merged into this one: their histories stay under their own ids. */
    public List<String> mergedRecords = new ArrayList<>();
        public LocalDate closedOn;
        public String outcome;
        public String closingNote;
        public int progressNotes;
        public String planGoals;
        public LocalDate nextReviewOn;
        public int reviews;
    }

    public static class Attachment {
        public String attachmentId;
        public String kind;
        /** The uploaded file's name; null once erased. */
        public String name;
        public String mediaType;
        public long size;
        public String sha256;
        /** The visit, concern or intervention it belongs to, if any. */
        public String subjectId;
        public Instant addedAt;
    }

    public static class Flag {
        public String flagId;
        public String message;
        public Instant flaggedAt;
    }

    /**
     * A risk level that was held instead of applied, beside the level that was in force, so
     * that the person deciding sees both sides: who assessed each, when and why.
     */
    public static class Conflict {
        public String conflictId;
        /** OPEN until a person decides it, then RESOLVED. */
        public String status = "OPEN";
        /** PROPOSED_APPLIED or CURRENT_KEPT once resolved. */
        public String resolution;
        /** When the server held it (the event's timestamp). */
        public Instant heldAt;
        public Proposed proposed;
        public Current current;
        /**
         * True once the risk level was assessed again after the conflict was held: the level it
         * was held against is no longer in force, so the held level can no longer be applied.
         */
        public boolean superseded;
        public String resolvedBy;
        public Instant resolvedAt;
    }

    /** The level the outdated entry assessed. Its reason is null once the personal data is erased. */
    public static class Proposed {
        public String level;
        public String actorId;
        public String actorRole;
        public String reason;
        /** When the device captured the entry (X-Captured-At); null when the sync did not say. */
        public Instant capturedAt;
        /** The version of the child the device had: the level changed after it. */
        public Long capturedAgainstVersion;
    }

    /**
     * The level in force: who set it, when the server recorded it, and why. Null parts for a
     * level set before the file kept them; the reason is null once the personal data is erased.
     */
    public static class Current {
        public String level;
        public String actorId;
        public Instant at;
        public String reason;
    }

    /** A referral to a partner organisation and how far it went; its reason and result are in the history. */
    public static class Referral {
        public String referralId;
        public String partnerId;
        /** MADE, ACCEPTED, DECLINED or COMPLETED */
        public String status = "MADE";
        public LocalDate madeOn;
        public LocalDate answeredOn;
        public LocalDate completedOn;
    }

    /**
     * Which event set which part of the file, so that a correction naming an event changes
     * the value it set, and only while that value is still current.
     */
    public static class Trail {
        /** event id to what it set: "registration", "guardian", "visit", "concern:<id>", "opened:<id>", "closed:<id>" */
        public Map<String, String> setBy = new LinkedHashMap<>();
        /** The id of the event that set the current guardian. */
        public String guardianEvent;
        /** Visit dates by the event that recorded them: a corrected date moves lastVisitOn. */
        public Map<String, LocalDate> visitDates = new LinkedHashMap<>();
        /** Who set the risk level in force, when and why: what a conflict shows as its current side. */
        public Current riskAssessment;
    }
}
