package portcullis.global_test

import data.portcullis.fixtures
import data.portcullis.global

verdicts(tenant_attributes, types) := summary if {
	summary := fixtures.summary(global.verdicts) with input as fixtures.request("US", "US", tenant_attributes, {}, types)
		with data.entity_catalog as fixtures.catalog
}

test_credentials_denied_by_default if {
	verdicts({}, ["API_KEY"]) == {["deny", "CREDENTIAL_DENY", ["API_KEY"]]}
	verdicts({"secrets": "deny"}, ["API_KEY"]) == {["deny", "CREDENTIAL_DENY", ["API_KEY"]]}
}

test_credentials_redacted_when_tenant_says_so if {
	verdicts({"secrets": "redact"}, ["API_KEY"]) == {["redact", "CREDENTIAL_REDACT", ["API_KEY"]]}
}

test_card_numbers_never_in_clear_even_within_a_jurisdiction if {
	verdicts({}, ["CREDIT_CARD", "PERSON"]) == {["pseudonymize", "PCI_PAN_IN_CLEAR", ["CREDIT_CARD"]]}
}

test_plain_personal_data_within_jurisdiction_is_fine if {
	verdicts({}, ["PERSON", "EMAIL_ADDRESS"]) == set()
}
