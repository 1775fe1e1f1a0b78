package org.shouhu.ops.integrity;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.shouhu.query.paging.Cursors;

import java.util.List;

/** Checkpoints, inclusion proofs and the verifier, for inspectors and the bureau (see SecurityConfiguration). */
@RestController
@RequestMapping("/api/v1/integrity")
public class IntegrityEndpoint {

    private final Checkpoints checkpoints;
    private final Proofs proofs;
    private final IntegrityVerifier verifier;
    private final SigningKey key;

    public IntegrityEndpoint(Checkpoints checkpoints, Proofs proofs, IntegrityVerifier verifier, SigningKey key) {
        this.checkpoints = checkpoints;
        this.proofs = proofs;
        this.verifier = verifier;
        this.key = key;
    }

    public record CheckpointPage(List<Checkpoint> items, String nextCursor, String keyId, String publicKey) {
    }

    public record PublicKey(String algorithm, String keyId, String publicKey) {
    }

    /** Newest first. */
    @GetMapping("/checkpoints")
    public CheckpointPage checkpoints(@RequestParam(required = false) Integer limit,
                                      @RequestParam(required = false) String cursor) {
        int pageSize = Cursors.limit(limit);
        Long before = cursor == null ? null : Cursors.number(cursor);
        List<Checkpoint> page = new java.util.ArrayList<>(checkpoints.list(before, pageSize + 1));
        String next = Cursors.nextPage(page, pageSize, Checkpoint::id);
        return new CheckpointPage(page, next, key.id(), key.publicKeyBase64());
    }

    /** A checkpoint now: 201 with it, or 200 with the latest when no event was added since. */
    @PostMapping("/checkpoints")
    public ResponseEntity<Checkpoint> appendCheckpoint() {
        return checkpoints.append().map(created -> ResponseEntity.status(HttpStatus.CREATED).body(created))
                .orElseGet(() -> ResponseEntity.ok(checkpoints.latest().orElse(null)));
    }

    @GetMapping("/public-key")
    public PublicKey publicKey() {
        return new PublicKey("Ed25519", key.id(), key.publicKeyBase64());
    }

    @GetMapping("/events/{eventId}/proof")
    public InclusionProof proof(@PathVariable String eventId) {
        return proofs.of(eventId);
    }

    @GetMapping("/verification")
    public Verification verification() {
        return verifier.verify();
    }
}
