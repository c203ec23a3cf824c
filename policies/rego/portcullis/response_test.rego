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

test_unsent_personal_data_and_secrets_are_redacted if {
	verdicts(answer(["PERSON"], ["PERSON", "EMAIL_ADDRESS", "API_KEY"])) == {["redact", "RESPONSE_UNSENT_PERSONAL_DATA", ["API_KEY", "EMAIL_ADDRESS"]]}
}

test_echoing_what_the_caller_sent_is_fine if {
	verdicts(answer(["PERSON", "EMAIL_ADDRESS"], ["PERSON", "EMAIL_ADDRESS", "ORGANIZATION"])) == set()
}

test_missing_request_types_means_nothing_was_sent if {
	doc := object.remove(answer([], ["PHONE_NUMBER"]), ["request_types"])
	verdicts(doc) == {["redact", "RESPONSE_UNSENT_PERSONAL_DATA", ["PHONE_NUMBER"]]}
}

test_requests_are_not_judged_here if {
	verdicts(fixtures.request("US", "US", {}, {}, ["PERSON"])) == set()
}
