package io.portcullis.core.ingress;

import io.portcullis.core.config.TenantConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Maps a caller's API key to who it is (a tenant, an auditor). Keys are looked up by their SHA-256 digest and then compared
 * with {@link MessageDigest#isEqual} (constant time), so neither the lookup nor the comparison leaks
 * how much of a guessed key was right, and raw keys are not kept in the lookup table.
 */
public final class ApiKeyDirectory<T> {
  private record Entry<T>(byte[] digest, T owner) {}

  private final Map<String, Entry<T>> byDigest = new HashMap<>();

  public ApiKeyDirectory(List<T> owners, Function<T, List<String>> keys) {
    for (T owner : owners) {
      for (String key : keys.apply(owner)) {
        byte[] d = sha256(key);
        byDigest.put(HexFormat.of().formatHex(d), new Entry<>(d, owner));
      }
    }
  }

  public static ApiKeyDirectory<TenantConfig> tenants(List<TenantConfig> tenants) {
    return new ApiKeyDirectory<>(tenants, TenantConfig::apiKeys);
  }

  /** The key a request carries, as every endpoint reads it: {@code Authorization: Bearer} or {@code x-api-key}. */
  public Optional<T> authenticate(io.vertx.core.http.HttpServerRequest req) {
    return authenticate(req.getHeader(io.vertx.core.http.HttpHeaders.AUTHORIZATION), req.getHeader("x-api-key"));
  }

  /** From {@code Authorization: Bearer <key>} or {@code x-api-key: <key>}. */
  public Optional<T> authenticate(String authorization, String xApiKey) {
    String key = null;
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      key = authorization.substring(7).strip();
    } else if (xApiKey != null) {
      key = xApiKey.strip();
    }
    if (key == null || key.isEmpty() || key.length() > 512) {
      return Optional.empty();
    }
    byte[] d = sha256(key);
    Entry<T> e = byDigest.get(HexFormat.of().formatHex(d));
    return e != null && MessageDigest.isEqual(e.digest, d) ? Optional.of(e.owner) : Optional.empty();
  }

  /** One digest per thread, reused: getInstance walks the security providers on every call. */
  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  });

  private static byte[] sha256(String s) {
    return SHA256.get().digest(s.getBytes(StandardCharsets.UTF_8)); // digest() also resets it
  }
}
