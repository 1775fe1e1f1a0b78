package org.shouhu.command.web;

/** The metadata every command carries and (but for the expected version) every event inherits. */
public final class MetaDataKeys {

    public static final String ACTOR_ID = "actorId";
    public static final String ACTOR_ROLE = "actorRole";
    public static final String ACTOR_AREA = "actorArea";
    public static final String REASON = "reason";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    /** From If-Match; checked against the stream's version, not copied to events. */
    public static final String EXPECTED_VERSION = "expectedVersion";
    /** On the events of an import: the file's name and SHA-256, and the row of the file the event comes from. */
    public static final String IMPORT_FILE = "importFile";
    public static final String IMPORT_SHA256 = "importSha256";
    public static final String IMPORT_ROW = "importRow";
    /**
     * On what was captured offline and synced later (X-Captured-At): when the device captured
     * it, as an ISO-8601 instant. The event timestamp stays the server's recording time; both
     * are kept, so that late recording stays visible and the capture time is not lost.
     */
    public static final String CAPTURED_AT = "capturedAt";
    /**
     * On what was captured offline (X-Captured-Against-Version), as a Long: the child's version
     * (its ETag) the device had when the entry was captured. Unlike If-Match it refuses nothing
     * by itself: the rules decide what an outdated entry means (StaleRiskAssessmentIsHeld).
     */
    public static final String CAPTURED_AGAINST_VERSION = "capturedAgainstVersion";
    /** The actor id and role of what the system does by itself, such as escalating an overdue concern. */
    public static final String SYSTEM = "system";
    public static final String SYSTEM_ROLE = "SYSTEM";

    private MetaDataKeys() {
    }
}
