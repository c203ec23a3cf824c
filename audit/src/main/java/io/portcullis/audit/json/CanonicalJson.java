package io.portcullis.audit.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * RFC 8785 (JSON Canonicalization Scheme) serialisation of a Jackson tree: object members sorted by
 * their names as UTF-16 code units (which is exactly {@link String#compareTo}), no whitespace, strings
 * escaped with the minimal JCS rules, UTF-8 output.
 *
 * <p>Numbers: the audit model only carries integers, so this writes integers within the IEEE-754 safe
 * range (|n| &lt;= 2^53), whose ES6 serialisation is their plain decimal form, and rejects anything else
 * rather than risk emitting a non-canonical number another implementation would hash differently.
 */
public final class CanonicalJson {
    private static final BigInteger MAX_SAFE = BigInteger.ONE.shiftLeft(53);
    private static final long MAX_SAFE_LONG = 1L << 53;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private CanonicalJson() {
    }

    public static byte[] bytes(JsonNode node) {
        return string(node).getBytes(StandardCharsets.UTF_8);
    }

    public static String string(JsonNode node) {
        StringBuilder out = new StringBuilder(768);
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> writeObject(node, out);
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(node.get(i), out);
                }
                out.append(']');
            }
            case STRING -> writeString(node.textValue(), out);
            case NUMBER -> writeNumber(node, out);
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL -> out.append("null");
            default -> throw new IllegalArgumentException("not JSON data: " + node.getNodeType());
        }
    }

    private static void writeObject(JsonNode node, StringBuilder out) {
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.size());
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            members.add(it.next());
        }
        members.sort(Map.Entry.comparingByKey());
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, JsonNode> m : members) {
            if (!first) {
                out.append(',');
            }
            first = false;
            writeString(m.getKey(), out);
            out.append(':');
            write(m.getValue(), out);
        }
        out.append('}');
    }

    private static void writeNumber(JsonNode node, StringBuilder out) {
        BigInteger value;
        if (node.isIntegralNumber()) {
            value = node.bigIntegerValue();
        } else {
            double d = node.doubleValue();
            if (d != Math.rint(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("non-integral numbers are not part of the audit model: " + node);
            }
            value = node.decimalValue().toBigIntegerExact();
        }
        if (value.abs().compareTo(MAX_SAFE) > 0) {
            throw new IllegalArgumentException("integer outside the I-JSON safe range: " + value);
        }
        out.append(value.signum() == 0 ? "0" : value.toString());
    }

    /** True when no character of {@code s} needs escaping or a surrogate check. */
    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** An integer as RFC 8785 writes it, refusing what is outside the I-JSON safe range (see the class note). */
    static void writeInteger(long value, StringBuilder out) {
        if (value > MAX_SAFE_LONG || value < -MAX_SAFE_LONG) {
            throw new IllegalArgumentException("integer outside the I-JSON safe range: " + value);
        }
        out.append(value);
    }

    /** RFC 8785 section 3.2.2.2: only '"', '\\' and control characters are escaped, short forms first. */
    static void writeString(String s, StringBuilder out) {
        out.append('"');
        if (plain(s)) {
            // the common case (ids, hashes, codes): nothing to escape or check, one bulk copy
            out.append(s).append('"');
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                    } else if (Character.isSurrogate(c) && !validPair(s, i)) {
                        // UTF-8 cannot carry a lone surrogate; encoding it would silently change the hash input.
                        throw new IllegalArgumentException("lone surrogate in string at index " + i);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
