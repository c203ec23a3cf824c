/**
 * Pseudonymization for one exchange: realistic surrogates on the way out, originals restored on the
 * way back, including in streamed answers.
 *
 * <h2>Pieces</h2>
 * <ul>
 *   <li>{@link io.portcullis.core.enforce.pseudonym.Surrogates} (one per process, thread-safe):
 *       {@code surrogate(type, value, scope)} gives a value of the same type and format: a
 *       Luhn-valid card of the same scheme, length and grouping; a GB 11643-valid resident ID with
 *       a real county code and a plausible birth date; GB 32100 credit codes; HKID, IBAN (same
 *       country), SSN and NHS numbers that pass their checks; a phone number of the same country
 *       that libphonenumber accepts, in the same formatting; e-mail at RFC 2606 example domains; IP
 *       addresses from the RFC 5737 / RFC 3849 documentation ranges; locally administered MACs;
 *       URLs on example.com with the same path shape; common names in the same script (Han or
 *       Latin); a shifted real date in the same format; keys with the same prefix and shape. Types
 *       without a generator get typed placeholders. One small
 *       {@link io.portcullis.core.enforce.pseudonym.SurrogateGenerator} per family, registered in
 *       {@code SurrogateGenerators}: adding a type is one class and one line.</li>
 *   <li>{@link io.portcullis.core.enforce.pseudonym.PseudonymMap} (one per exchange, not
 *       thread-safe): assigns surrogates and keeps surrogate -&gt; original for restoring.</li>
 *   <li>{@link io.portcullis.core.enforce.pseudonym.StreamRestorer} (one per streamed answer
 *       field): restores across arbitrary chunk boundaries.</li>
 * </ul>
 *
 * <h2>Why HMAC-derived</h2>
 * A surrogate is a pure function of HMAC-SHA256(process key, scope | type | value | attempt),
 * expanded in counter mode when a generator needs more randomness. So the same value gets the same
 * surrogate in every turn of a conversation (each turn is a new exchange and a new map) without any
 * table of raw values outliving the exchange. Without the key a surrogate reveals nothing about the
 * value beyond what its format deliberately keeps (card scheme, IBAN country, the phone's country
 * and leading national digits, the resident ID's sex digit parity, a credit code's kind of body),
 * and the key never leaves the process. Fields are length-prefixed so different
 * (scope, value) splits can never feed the HMAC the same bytes. The scope (tenant, or tenant plus
 * conversation) keeps one tenant's surrogates from being linkable to another's.
 *
 * <h2>Why in memory only</h2>
 * The map is the one place where raw values and surrogates meet. It lives as long as the exchange
 * and is never logged, persisted or audited (the audit trail records types and counts, not values).
 * Uniqueness is enforced per map: when two values would derive the same surrogate, or a surrogate
 * equals another original in the map, the later one is re-derived with the next attempt number;
 * when a type's realistic space runs out (there are only 762 documentation IPv4 addresses), the
 * map falls back to numbered placeholders. Every surrogate therefore restores to exactly one
 * original.
 *
 * <h2>Restoring, and the hold-back bound</h2>
 * Restoring scans left to right through a trie of the surrogates, taking the longest surrogate
 * that starts at each position, so the cost is at most text length times the longest surrogate,
 * whatever the number of surrogates, and nothing can backtrack. A stream restorer runs the same
 * scan over what it has received so far and stops at the first position from which the rest is a
 * proper prefix of some surrogate: that tail could still complete a surrogate (or a longer one)
 * with the next delta, so it is held back; everything before it is final and emitted. A proper
 * prefix is shorter than the surrogate, so the hold-back never exceeds
 * {@code longestSurrogate() - 1} characters (the caller sizes its window with
 * {@link io.portcullis.core.enforce.pseudonym.PseudonymMap#longestSurrogate()}), text that cannot
 * begin a surrogate is emitted at once, and the concatenated output equals the whole-text restore
 * for every way of splitting the answer, 1-character deltas included.
 *
 * <h2>Limits</h2>
 * A model may rewrite a surrogate. The commonest rewrite, dropping the separators of a digit
 * group (card, phone, IBAN, SSN, NHS), is registered as a second restorable form mapping to the
 * compact original; other variants (regrouped digits, a translated name) are not restored and stay
 * harmless surrogates. Original values that happen to occur verbatim in the
 * answer are left as they are: this package restores, the answer policy decides what to redact.
 */
package io.portcullis.core.enforce.pseudonym;
