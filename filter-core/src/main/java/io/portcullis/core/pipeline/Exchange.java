package io.portcullis.core.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portcullis.core.api.Api;
import io.portcullis.core.config.ProviderConfig;
import io.portcullis.core.config.TenantConfig;
import io.portcullis.core.api.ApiError;
import io.portcullis.core.enforce.AnswerRewrite;
import io.portcullis.core.extract.TextSegment;
import io.portcullis.policies.Decision;
import io.portcullis.policies.DecisionInput;
import io.vertx.core.buffer.Buffer;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One caller request and its answer as it moves through the pipeline. Stages read and fill it in
 * order; it lives on one event loop, so it needs no locking.
 */
public final class Exchange {
  private final String requestId;
  private final Api api;
  private final TenantConfig tenant;
  private final long startNanos;
  private final Buffer rawBody;

  private ObjectNode body;
  private String model;
  private boolean stream;
  private ProviderConfig provider;
  private List<TextSegment> requestSegments = List.of();
  private List<SegmentFindings> requestFindings = List.of();
  private String language;
  private Decision decision;
  private DecisionInput policyInput;
  private String policyNote;
  private final Map<String, String> responseHeaders = new LinkedHashMap<>();
  private AnswerRewrite answerRewrite;
  private Decision answerDecision;
  private final java.util.concurrent.atomic.AtomicInteger answerRedactions = new java.util.concurrent.atomic.AtomicInteger();
  private ApiError refusal;
  private boolean shadow;
  private String reroutedFrom;
  private String conversation;
  private boolean decisionRecorded;
  /** Only once the decision is on record: the answer hash is for the completion record alone. */
  private MessageDigest answerDigest;
  private Long reportedInputTokens;
  private String requestHash;
  private Long reportedOutputTokens;
  private final List<TextSegment> answerSegments = new ArrayList<>();

  public Exchange(String requestId, Api api, TenantConfig tenant, Buffer rawBody, long startNanos) {
    this.requestId = requestId;
    this.api = api;
    this.tenant = tenant;
    this.rawBody = rawBody;
    this.startNanos = startNanos;
  }

  public String requestId() {
    return requestId;
  }

  public Api api() {
    return api;
  }

  public TenantConfig tenant() {
    return tenant;
  }

  public long startNanos() {
    return startNanos;
  }

  public Buffer rawBody() {
    return rawBody;
  }

  public ObjectNode body() {
    return body;
  }

  public void body(ObjectNode body) {
    this.body = body;
  }

  public String model() {
    return model;
  }

  public void model(String model) {
    this.model = model;
  }

  public boolean stream() {
    return stream;
  }

  public void stream(boolean stream) {
    this.stream = stream;
  }

  public ProviderConfig provider() {
    return provider;
  }

  public void provider(ProviderConfig provider) {
    this.provider = provider;
  }

  public List<TextSegment> requestSegments() {
    return requestSegments;
  }

  public void requestSegments(List<TextSegment> segments) {
    this.requestSegments = List.copyOf(segments);
  }

  /** Findings per request segment, in segment order; segments without findings are absent. */
  public List<SegmentFindings> requestFindings() {
    return requestFindings;
  }

  public void requestFindings(List<SegmentFindings> findings) {
    this.requestFindings = List.copyOf(findings);
  }

  /** ISO 639-1 language of the request's text, as the classifier identified it; null before classification. */
  public String language() {
    return language;
  }

  public void language(String language) {
    this.language = language;
  }

  /** The policy decision for the request; null until decided (or when no policy is configured). */
  public Decision decision() {
    return decision;
  }

  public void decision(Decision decision) {
    this.decision = decision;
  }

  /** What OPA was asked (before any reroute changed the destination); null when no policy ran. */
  public DecisionInput policyInput() {
    return policyInput;
  }

  public void policyInput(DecisionInput input) {
    this.policyInput = input;
  }

  /** Why the exchange went ahead without a decision (fail-open), for headers, logs and audit. */
  public String policyNote() {
    return policyNote;
  }

  public void policyNote(String note) {
    this.policyNote = note;
  }

  /** Headers the caller gets on the response, set by stages (e.g. reroute, shadow decisions). */
  public Map<String, String> responseHeaders() {
    return responseHeaders;
  }

  /** How the answer must be rewritten for the caller; null when it goes back as the provider sent it. */
  public AnswerRewrite answerRewrite() {
    return answerRewrite;
  }

  public void answerRewrite(AnswerRewrite rewrite) {
    this.answerRewrite = rewrite;
  }

  /**
   * The response-direction decision asked before forwarding: what to do with entity types that may
   * appear in the answer (its targets are redacted as they stream by). Null when not asked.
   */
  public Decision answerDecision() {
    return answerDecision;
  }

  public void answerDecision(Decision decision) {
    this.answerDecision = decision;
  }

  /** Values the response policy replaced in the answer the caller received. */
  public java.util.concurrent.atomic.AtomicInteger answerRedactions() {
    return answerRedactions;
  }

  /**
   * The refusal decided for this exchange (deny, an action that cannot be carried out, no decision).
   * Set rather than thrown so the decision record is written first; the last stage applies it.
   */
  public ApiError refusal() {
    return refusal;
  }

  public void refusal(ApiError refusal) {
    this.refusal = refusal;
  }

  /** The gateway's conversation id (x-portcullis-conversation), or null: the scope surrogates are stable in. */
  public String conversation() {
    return conversation;
  }

  public void conversation(String id) {
    this.conversation = id;
  }

  /** "provider/model" the caller asked for when the policy rerouted the exchange, else null. */
  public String reroutedFrom() {
    return reroutedFrom;
  }

  public void reroutedFrom(String providerAndModel) {
    this.reroutedFrom = providerAndModel;
  }

  /** Whether the decision was only reported (tenant in shadow mode), not enforced. */
  public boolean shadow() {
    return shadow;
  }

  public void shadow(boolean shadow) {
    this.shadow = shadow;
  }

  public boolean decisionRecorded() {
    return decisionRecorded;
  }

  /** Marks the decision durable; from now on the answer's bytes are hashed for the completion record. */
  public void decisionRecorded(boolean recorded) {
    this.decisionRecorded = recorded;
    if (recorded && answerDigest == null) {
      answerDigest = sha256();
    }
  }

  /**
   * Notes answer bytes exactly as sent to the caller, in order, for the audit's answer hash. Nothing to
   * do (no copy, no hashing) for an exchange without a decision record.
   */
  public void answerSent(Buffer bytes) {
    if (answerDigest != null && bytes.length() > 0) {
      answerDigest.update(bytes.getBytes());
    }
  }

  /** SHA-256 (hex) of the answer bytes sent so far; null for an exchange without a decision record. */
  public String answerHash() {
    return answerDigest == null ? null : java.util.HexFormat.of().formatHex(answerDigest.digest());
  }

  /** SHA-256 of the request body as received, once computed (by the audit trail). */
  public String requestHash() {
    return requestHash;
  }

  public void requestHash(String hash) {
    this.requestHash = hash;
  }

  /** Input tokens as the provider reported them; null when it did not. */
  public Long reportedInputTokens() {
    return reportedInputTokens;
  }

  public void reportedInputTokens(long n) {
    this.reportedInputTokens = n;
  }

  public Long reportedOutputTokens() {
    return reportedOutputTokens;
  }

  public void reportedOutputTokens(long n) {
    this.reportedOutputTokens = n;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Text of the answer as it arrived (whole, or delta by delta when streamed). */
  public List<TextSegment> answerSegments() {
    return answerSegments;
  }
}
