package portcullis.response_test

import data.portcullis.fixtures
import data.portcullis.response

answer(request_types, types) := object.union(
	fixtures.request("CN", "US", {}, {}, types),
	{"direction": "response", "request_types": request_types},
)

verdicts(doc) := summary if {
	summary := fixtures.summary(response.verdicts) with input as doc with data.entity_catalog as fixtures.catalog
}

test_personal_data_and_secrets_are_guarded if {
	verdicts(answer([], ["PERSON", "EMAIL_ADDRESS", "API_KEY"])) == {["redact", "RESPONSE_UNSENT_PERSONAL_DATA", ["API_KEY", "EMAIL_ADDRESS", "PERSON"]]}
}

# Types the caller sent stay guarded: the proxy lets through only the values it sent, not others of the type.
test_types_the_caller_sent_stay_guarded_value_by_value if {
	verdicts(answer(["PERSON", "EMAIL_ADDRESS"], ["PERSON", "EMAIL_ADDRESS", "ORGANIZATION"])) == {["redact", "RESPONSE_UNSENT_PERSONAL_DATA", ["EMAIL_ADDRESS", "PERSON"]]}
}

test_nothing_personal_nothing_guarded if {
	verdicts(answer([], ["ORGANIZATION"])) == set()
}

test_requests_are_not_judged_here if {
	verdicts(fixtures.request("US", "US", {}, {}, ["PERSON"])) == set()
}
