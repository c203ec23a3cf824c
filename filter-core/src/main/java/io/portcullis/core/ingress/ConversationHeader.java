package io.portcullis.core.ingress;

import io.portcullis.core.api.ApiError;
import java.util.regex.Pattern;

/**
 * {@code x-portcullis-conversation}: the gateway's own id for the conversation an exchange belongs to.
 * Surrogates are stable within a tenant; with this id they are stable within one conversation only,
 * so a provider cannot link a person across a tenant's conversations (on a reseller's tenant, across
 * its end users). Optional; bounded and plain so it can be folded into the HMAC scope as it is.
 */
final class ConversationHeader {
  static final String NAME = "x-portcullis-conversation";
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,128}");

  private ConversationHeader() {}

  /** The id, or null when absent; a malformed one is a 400 naming the header. */
  static String read(String value) {
    if (value == null) {
      return null;
    }
    if (!VALID.matcher(value).matches()) {
      throw ApiError.badRequest("invalid_conversation",
          NAME + " must be 1-128 characters of letters, digits and ._:@/+=-");
    }
    return value;
  }
}
