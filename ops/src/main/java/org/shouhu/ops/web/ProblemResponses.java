package org.shouhu.ops.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.shouhu.command.rules.ActorAreaCoversTheChild;
import org.shouhu.command.rules.RuleViolation;
import org.shouhu.command.web.IdempotencyKeyReusedException;
import org.shouhu.command.web.InvalidHeaderException;
import org.shouhu.command.web.RequiredFields;
import org.shouhu.events.common.InvalidValueException;
import org.shouhu.ops.logging.FailureDescription;
import org.shouhu.query.paging.InvalidParameter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.shouhu.ops.integrity.Proofs;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import org.shouhu.command.child.LookAlikeChildren;
import org.shouhu.ops.ledger.imports.ImportProperties;
import org.shouhu.ops.privacy.EncryptedAttachments;
import org.shouhu.ops.privacy.ErasedDataException;
import org.shouhu.ops.ledger.read.LedgerFileException;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns every refusal into an RFC 9457 problem that names the field and the rule, and keeps
 * stack traces out of answers. A 500 here means a bug: it is logged with its stack trace.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);
    /** How Jackson's message about a member given twice begins. */
    private static final String DUPLICATE_MEMBER = "Duplicate field";

    private final ImportProperties imports;
    private final WebProperties web;

    public ProblemResponses(ImportProperties imports, WebProperties web) {
        this.imports = imports;
        this.web = web;
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation e) {
        HttpStatus status = e.isConflict() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY;
        return Problems.invalid(status, "rule-violation", e.getMessage(),
                List.of(new Problems.FieldError(e.field(), e.getMessage(), e.rule())));
    }

    @ExceptionHandler(Proofs.NoProof.class)
    ProblemDetail noProof(Proofs.NoProof e) {
        return e.unknownEvent() ? Problems.of(HttpStatus.NOT_FOUND, "not-found", e.getMessage())
                : Problems.of(HttpStatus.CONFLICT, "no-proof-yet", e.getMessage());
    }

    @ExceptionHandler(RequiredFields.MissingFieldsException.class)
    ProblemDetail missingFields(RequiredFields.MissingFieldsException e) {
        return Problems.invalid(HttpStatus.BAD_REQUEST, "validation", e.getMessage(), e.fields().stream()
                .map(field -> new Problems.FieldError(field, field + " is required", "required")).toList());
    }

    /** Outside the actor's area: an existing child is answered as unknown, a registration as forbidden. */
    @ExceptionHandler(ActorAreaCoversTheChild.OutOfScope.class)
    ProblemDetail outOfScope(ActorAreaCoversTheChild.OutOfScope e) {
        return e.registration()
                ? Problems.of(HttpStatus.FORBIDDEN, "out-of-area", e.getMessage())
                : Problems.of(HttpStatus.NOT_FOUND, "not-found", "No child with this id");
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknownChild(AggregateNotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", "Nothing with this id or name is on record");
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail staleVersion(ConflictingAggregateVersionException e) {
        return Problems.of(HttpStatus.CONFLICT, "version-conflict", "The child was changed since version "
                + e.getExpectedVersion() + "; it is now at version " + e.getActualVersion()
                + ". Read it again and repeat the change if it still applies.");
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentWrite(ConcurrencyException e) {
        return Problems.of(HttpStatus.CONFLICT, "concurrent-write",
                "Another change to this child was recorded at the same moment; repeat the request");
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ProblemDetail idempotencyKeyReused(IdempotencyKeyReusedException e) {
        return Problems.invalid(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused", e.getMessage(),
                List.of(new Problems.FieldError("Idempotency-Key", e.getMessage(), "idempotency-key.reused")));
    }

    @ExceptionHandler(InvalidHeaderException.class)
    ProblemDetail invalidHeader(InvalidHeaderException e) {
        return Problems.invalid(HttpStatus.BAD_REQUEST, "validation", e.getMessage(),
                List.of(new Problems.FieldError(e.header(), e.getMessage(), "header.format")));
    }

    @ExceptionHandler(LookAlikeChildren.Found.class)
    ProblemDetail lookAlikes(LookAlikeChildren.Found e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "possible-duplicate", e.getMessage());
        problem.setProperty("candidates", e.candidates());
        return problem;
    }

    @ExceptionHandler(EncryptedAttachments.AlteredAttachmentException.class)
    ProblemDetail alteredAttachment(EncryptedAttachments.AlteredAttachmentException e) {
        LOG.error("An attached file failed its integrity check: {}", e.getMessage());
        return Problems.of(HttpStatus.CONFLICT, "attachment-altered", "The stored file does not match the SHA-256 "
                + "recorded when it was attached (" + e.getMessage() + "); report it to the bureau: the integrity "
                + "verifier names every such file");
    }

    @ExceptionHandler(ErasedDataException.class)
    ProblemDetail erased(ErasedDataException e) {
        return Problems.of(HttpStatus.GONE, "erased", "The child's personal data was erased; it cannot be read");
    }

    /** A ledger file refused as a whole: not a spreadsheet (415), too many rows (413), not the ledger's shape (422). */
    @ExceptionHandler(LedgerFileException.class)
    ProblemDetail ledgerFile(LedgerFileException e) {
        HttpStatus status = switch (e.rule()) {
            case "file.not-a-spreadsheet", "file.legacy-xls", "file.unknown-encoding" -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case "file.too-many-rows" -> HttpStatus.PAYLOAD_TOO_LARGE;
            default -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
        return Problems.invalid(status, "ledger-file", e.getMessage(),
                List.of(new Problems.FieldError("file", e.getMessage(), e.rule())));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(fileTooLarge(imports));
    }

    static ProblemDetail fileTooLarge(ImportProperties imports) {
        String message = "The file is larger than the " + imports.maxFileSize().toMegabytes()
                + " MB an upload may have (shouhu.imports.max-file-size): split it into several files";
        return Problems.invalid(HttpStatus.PAYLOAD_TOO_LARGE, "file-too-large", message,
                List.of(new Problems.FieldError("file", message, "file.too-large")));
    }

    @ExceptionHandler(InvalidParameter.class)
    ProblemDetail invalidParameter(InvalidParameter e) {
        return Problems.invalid(HttpStatus.BAD_REQUEST, "validation", e.getMessage(),
                List.of(new Problems.FieldError(e.parameter(), e.getMessage(), e.rule())));
    }

    /**
     * A value type built from the request by an endpoint's own code (a query parameter such as
     * {@code township}) refused it: bad input, as when Jackson builds it from a body. Its rule
     * starts with what it is ({@code township.too-long}).
     */
    @ExceptionHandler(InvalidValueException.class)
    ProblemDetail invalidValue(InvalidValueException e) {
        String rule = e.rule();
        String field = rule.contains(".") ? rule.substring(0, rule.indexOf('.')) : rule;
        return Problems.invalid(HttpStatus.BAD_REQUEST, "validation", e.getMessage(),
                List.of(new Problems.FieldError(field, e.getMessage(), rule)));
    }

    @ExceptionHandler(StorableText.UnstorableTextException.class)
    ProblemDetail unstorableText(StorableText.UnstorableTextException e) {
        return Problems.invalid(HttpStatus.BAD_REQUEST, "validation", e.getMessage(),
                List.of(new Problems.FieldError(e.field(), e.getMessage(), e.rule())));
    }

    /** A parameter name the firewall refuses once a controller reads the parameters (the filters refuse the rest). */
    @ExceptionHandler(RequestRejectedException.class)
    ProblemDetail rejected(RequestRejectedException e) {
        return RejectedRequests.problem(e);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        InvalidValueException invalid = find(e, InvalidValueException.class);
        String message = invalid != null ? invalid.getMessage() : e.getName() + " has an invalid value";
        HttpStatus status = isPathVariable(e) ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        return Problems.invalid(status, status == HttpStatus.NOT_FOUND ? "not-found" : "validation", message,
                List.of(new Problems.FieldError(e.getName(), message, invalid != null ? invalid.rule() : "format")));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(unreadable(e));
    }

    /** Spring's own refusals (404 of a read, 405, 415, bad query parameters) get a stable type too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        if (body == null && e instanceof ErrorResponse error) {
            body = error.getBody(); // a ResponseStatusException of a read comes without a body of its own
        }
        if (body instanceof ProblemDetail problem && (problem.getType() == null
                || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(java.net.URI.create(Problems.TYPE_PREFIX + switch (status.value()) {
                case 400 -> "validation";
                case 404 -> "not-found";
                case 405 -> "method-not-allowed";
                case 406, 415 -> "media-type";
                default -> "http-" + status.value();
            }));
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseAway.explains(e)) {
            DatabaseAwayAnswers.logged(e);
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(web.retryAfter().toSeconds()))
                    .body(DatabaseAwayAnswers.problem(web));
        }
        LOG.error("Unexpected failure answering a request: {}", FailureDescription.of(e));
        return ResponseEntity.internalServerError().body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                "Something went wrong on our side; nothing was recorded by this request"));
    }

    private static ProblemDetail unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return fieldProblem(field, "unknown field " + field + "; known fields: "
                    + unknown.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", ")), "unknown-field");
        }
        InvalidValueException invalid = find(e, InvalidValueException.class);
        if (invalid != null && cause instanceof JsonMappingException mapping) {
            return fieldProblem(path(mapping), invalid.getMessage(), invalid.rule());
        }
        if (cause instanceof InvalidFormatException format && format.getTargetType() != null) {
            String field = path(format);
            if (format.getTargetType().isEnum()) {
                return fieldProblem(field, field + " must be one of " + Arrays.toString(
                        format.getTargetType().getEnumConstants()), "enum");
            }
            return fieldProblem(field, field + " has the wrong format for "
                    + format.getTargetType().getSimpleName() + (format.getTargetType().getSimpleName()
                    .equals("LocalDate") ? " (expected YYYY-MM-DD)" : ""), "format");
        }
        if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            String field = path(mismatched);
            return fieldProblem(field, field + " has the wrong type", "type");
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            return fieldProblem(field, field + " is not valid", "format");
        }
        if (cause instanceof JsonParseException parse && parse.getProcessor() != null
                && parse.getOriginalMessage().startsWith(DUPLICATE_MEMBER)) {
            // refused by spring.jackson.parser.strict-duplicate-detection: which of the two would count is anyone's guess
            String pointer = parse.getProcessor().getParsingContext().pathAsPointer().toString();
            String field = pointer.isEmpty() ? pointer : pointer.substring(1).replace('/', '.');
            return fieldProblem(field, field + " is given twice", "duplicate");
        }
        if (cause instanceof JsonProcessingException) {
            return Problems.of(HttpStatus.BAD_REQUEST, "malformed-json", "The request body is not valid JSON");
        }
        return Problems.of(HttpStatus.BAD_REQUEST, "malformed-json", "A JSON request body is required");
    }

    private static ProblemDetail fieldProblem(String field, String message, String rule) {
        return Problems.invalid(HttpStatus.BAD_REQUEST, "validation", message,
                List.of(new Problems.FieldError(field, message, rule)));
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static boolean isPathVariable(MethodArgumentTypeMismatchException e) {
        return e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class);
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
