package portcullis.eu_test

import data.portcullis.eu
import data.portcullis.fixtures

verdicts(tenant_attributes, destination, destination_attributes, types) := summary if {
	summary := fixtures.summary(eu.verdicts) with input as fixtures.request("DE", destination, tenant_attributes, destination_attributes, types)
		with data.entity_catalog as fixtures.catalog
}

test_within_eea_is_not_a_transfer if {
	verdicts({}, "FR", {}, ["PERSON", "MEDICAL_CONDITION"]) == set()
	verdicts({}, "NO", {}, ["PERSON"]) == set()
}

test_adequate_country_is_allowed if {
	verdicts({}, "JP", {}, ["PERSON"]) == {["allow", "GDPR_ADEQUACY", ["PERSON"]]}
	verdicts({}, "GB", {}, ["MEDICAL_CONDITION"]) == {["allow", "GDPR_ADEQUACY", ["MEDICAL_CONDITION"]]}
}

test_us_is_adequate_only_for_dpf_certified_providers if {
	verdicts({}, "US", {"dpf_certified": true}, ["EMAIL_ADDRESS"]) == {["allow", "GDPR_ADEQUACY", ["EMAIL_ADDRESS"]]}
	verdicts({}, "US", {"dpf_certified": false}, ["EMAIL_ADDRESS"]) == {["pseudonymize", "GDPR_NO_TRANSFER_MECHANISM", ["EMAIL_ADDRESS"]]}
	verdicts({}, "US", {}, ["EMAIL_ADDRESS"]) == {["pseudonymize", "GDPR_NO_TRANSFER_MECHANISM", ["EMAIL_ADDRESS"]]}
}

test_dpf_does_not_make_other_countries_adequate if {
	verdicts({}, "CN", {"dpf_certified": true}, ["PERSON"]) == {["pseudonymize", "GDPR_NO_TRANSFER_MECHANISM", ["PERSON"]]}
}

test_special_categories_denied_without_safeguards if {
	verdicts({}, "CN", {}, ["MEDICAL_CONDITION", "PERSON"]) == {
		["deny", "GDPR_ART9_NO_TRANSFER_MECHANISM", ["MEDICAL_CONDITION"]],
		["pseudonymize", "GDPR_NO_TRANSFER_MECHANISM", ["PERSON"]],
	}
}

test_safeguards_allow_with_obligations if {
	verdicts({"gdpr_mechanism": "scc"}, "US", {}, ["PERSON"]) == {["allow", "GDPR_TRANSFER_SAFEGUARDS", ["PERSON"]]}
	some v in eu.verdicts with input as fixtures.request("IT", "IN", {"gdpr_mechanism": "bcr"}, {}, ["MEDICAL_CONDITION"])
		with data.entity_catalog as fixtures.catalog
	v.obligations == ["GDPR_ART9_CONDITION", "GDPR_RECORD_SAFEGUARDS", "GDPR_TRANSFER_IMPACT_ASSESSMENT"]
	some w in eu.verdicts with input as fixtures.request("IT", "IN", {"gdpr_mechanism": "bcr"}, {}, ["PERSON"])
		with data.entity_catalog as fixtures.catalog
	w.obligations == ["GDPR_RECORD_SAFEGUARDS", "GDPR_TRANSFER_IMPACT_ASSESSMENT"]
}

test_nothing_personal_nothing_to_say if {
	verdicts({}, "US", {}, ["ORGANIZATION"]) == set()
	verdicts({}, "JP", {}, []) == set()
}
