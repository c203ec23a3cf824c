# Response direction: the answer may repeat what the caller sent, but personal data or secrets it did
# not send (a model leaking training or other tenants' data) are redacted. The policy names the
# guarded types; the proxy compares values: a value of a guarded type that the caller itself sent
# (a restored surrogate included) passes, every other one is redacted. So an answer may repeat the
# caller's own e-mail address but not somebody else's. `request_types`, the types found in the
# caller's request, is in the input for rules that want to relax this per type.
package portcullis.response

import data.portcullis.lib

guarded := lib.personal | lib.credentials

verdicts contains lib.verdict("redact", guarded, "RESPONSE_UNSENT_PERSONAL_DATA") if {
	lib.is_response
	count(guarded) > 0
}
