package org.shouhu.ops.integrity;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks an inclusion proof from {@code GET /api/v1/integrity/events/{id}/proof} without the
 * application, with nothing but a JDK (17+), as a single-file program:
 * <pre>
 *   java ops/src/main/java/org/shouhu/ops/integrity/ProofCheck.java proof.json [public-key-file]
 * </pre>
 * It recomputes the event's hash from its stored fields, the Merkle root along the audit path
 * (RFC 9162), and checks that root and tree size against the checkpoint statement and the
 * statement's Ed25519 signature. Give the public key you obtained apart from the application
 * (printed with the first checkpoint); without one it uses the key inside the proof, and says
 * so. Exits 0 when the proof holds, 1 when it does not. Self-contained on purpose: it shares
 * no code with the application it checks.
 */
public final class ProofCheck {

    private ProofCheck() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: java ProofCheck.java proof.json [public-key-file]");
            System.exit(2);
        }
        String proof = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        String publicKey = args.length > 1 ? Files.readString(Path.of(args[1]), StandardCharsets.US_ASCII).strip() : null;
        if (publicKey == null) {
            System.out.println("note: no public key given; using the one inside the proof");
        }
        String failure = check(proof, publicKey);
        System.out.println(failure == null ? "VERIFIED: the event is in the history the checkpoint signs" : "FAILED: " + failure);
        System.exit(failure == null ? 0 : 1);
    }

    /** @return null when the proof holds, else why not */
    @SuppressWarnings("unchecked")
    public static String check(String proofJson, String publicKeyBase64) throws Exception {
        Map<String, Object> proof = (Map<String, Object>) new Json(proofJson).value();
        Map<String, Object> event = (Map<String, Object>) proof.get("event");
        Map<String, Object> checkpoint = (Map<String, Object>) proof.get("checkpoint");
        long leafIndex = ((Number) proof.get("leafIndex")).longValue();
        long treeSize = ((Number) proof.get("treeSize")).longValue();

        MessageDigest eventDigest = MessageDigest.getInstance("SHA-256");
        for (Object field : new Object[]{"shouhu-event-v1", event.get("previousHash"), event.get("identifier"),
                event.get("aggregateIdentifier"), event.get("sequenceNumber"), event.get("type"), event.get("timestamp"),
                event.get("payloadType"), event.get("payloadRevision"), event.get("payload"),
                event.get("canonicalMetaData")}) {
            byte[] bytes = (field == null ? "" : field instanceof Number n ? Long.toString(n.longValue()) : field.toString())
                    .getBytes(StandardCharsets.UTF_8);
            eventDigest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            eventDigest.update(bytes);
            eventDigest.update((byte) ',');
        }
        byte[] eventHash = eventDigest.digest();

        byte[] root = hash((byte) 0x00, eventHash, new byte[0]);
        long fn = leafIndex;
        long sn = treeSize - 1;
        if (leafIndex >= treeSize) {
            return "the leaf index is outside the tree";
        }
        for (Object step : (List<Object>) proof.get("auditPath")) {
            byte[] p = HexFormat.of().parseHex((String) step);
            if (sn == 0) {
                return "the audit path is too long for the tree";
            }
            if ((fn & 1) == 1 || fn == sn) {
                root = hash((byte) 0x01, p, root);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                root = hash((byte) 0x01, root, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            return "the audit path is too short for the tree";
        }
        String statement = (String) checkpoint.get("statement");
        if (!statement.contains("\nroot: " + HexFormat.of().formatHex(root) + "\n")) {
            return "the event as stored does not lead to the root the checkpoint signs (altered, or not this event)";
        }
        if (!statement.contains("\ntree-size: " + treeSize + "\n")) {
            return "the proof is for another tree size than the checkpoint's";
        }
        String key = publicKeyBase64 != null ? publicKeyBase64 : (String) checkpoint.get("publicKey");
        PublicKey publicKey = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(key)));
        Signature signature = Signature.getInstance("Ed25519");
        signature.initVerify(publicKey);
        signature.update(statement.getBytes(StandardCharsets.UTF_8));
        if (!signature.verify(Base64.getDecoder().decode((String) checkpoint.get("signature")))) {
            return "the checkpoint's signature does not verify with this public key";
        }
        return null;
    }

    private static byte[] hash(byte prefix, byte[] left, byte[] right) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(prefix);
        sha256.update(left);
        sha256.update(right);
        return sha256.digest();
    }

    /** Just enough JSON for a proof: objects, arrays, strings, integers, true, false, null. */
    private static final class Json {

        private final String text;
        private int at;

        Json(String text) {
            this.text = text;
        }

        Object value() {
            skipSpace();
            char c = text.charAt(at);
            if (c == '{') {
                Map<String, Object> object = new LinkedHashMap<>();
                at++;
                skipSpace();
                if (text.charAt(at) == '}') {
                    at++;
                    return object;
                }
                do {
                    skipSpace();
                    String name = string();
                    skipSpace();
                    expect(':');
                    object.put(name, value());
                    skipSpace();
                } while (text.charAt(at++) == ',');
                return object;
            }
            if (c == '[') {
                List<Object> array = new ArrayList<>();
                at++;
                skipSpace();
                if (text.charAt(at) == ']') {
                    at++;
                    return array;
                }
                do {
                    array.add(value());
                    skipSpace();
                } while (text.charAt(at++) == ',');
                return array;
            }
            if (c == '"') {
                return string();
            }
            for (String literal : new String[]{"true", "false", "null"}) {
                if (text.startsWith(literal, at)) {
                    at += literal.length();
                    return literal.equals("null") ? null : Boolean.valueOf(literal);
                }
            }
            int start = at;
            while (at < text.length() && "-0123456789".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            return Long.parseLong(text.substring(start, at));
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> out.append(escaped);
                }
            }
        }

        private void expect(char c) {
            if (text.charAt(at++) != c) {
                throw new IllegalArgumentException("not a proof: expected '" + c + "' at " + (at - 1));
            }
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
