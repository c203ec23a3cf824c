# Response direction: the answer may repeat what the caller sent, but personal data or secrets it did
# not send (a model leaking training or other tenants' data) are redacted. `request_types` lists the
# entity types found in the caller's request; when it is missing, nothing counts as sent.
package portcullis.response

import data.portcullis.lib

sent := {t | some t in object.get(input, "request_types", [])}

unsent := (lib.personal | lib.credentials) - sent

verdicts contains lib.verdict("redact", unsent, "RESPONSE_UNSENT_PERSONAL_DATA") if {
	lib.is_response
	count(unsent) > 0
}
