package io.portcullis.core.ops;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Request ids: the caller's {@code x-request-id} when it is a sane token (so ids correlate across a
 * gateway chain), otherwise a fresh random one. Never trusted for anything but correlation.
 */
public final class RequestIds {
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

  private RequestIds() {}

  public static String fromHeader(String header) {
    if (header != null && SAFE.matcher(header).matches()) {
      return header;
    }
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return "pc-" + Long.toHexString(r.nextLong() | Long.MIN_VALUE) + Long.toHexString(r.nextLong() | Long.MIN_VALUE);
  }
}
