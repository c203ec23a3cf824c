package portcullis.cn_test

import data.portcullis.cn
import data.portcullis.fixtures

cleared := {"pipl_mechanism": "standard_contract", "pipl_separate_consent": true}

verdicts(tenant_attributes, destination, types) := summary if {
	summary := fixtures.summary(cn.verdicts) with input as fixtures.request("CN", destination, tenant_attributes, {}, types)
		with data.entity_catalog as fixtures.catalog
}

test_important_data_never_leaves if {
	verdicts(cleared, "US", ["IMPORTANT_DATA"]) == {["deny", "CN_IMPORTANT_DATA_EXPORT", ["IMPORTANT_DATA"]]}
}

test_resident_id_to_us_without_mechanism_is_pseudonymized if {
	verdicts({}, "US", ["CN_RESIDENT_ID"]) == {["pseudonymize", "PIPL_SPI_TRANSFER_NOT_CLEARED", ["CN_RESIDENT_ID"]]}
}

test_spi_needs_separate_consent_too if {
	verdicts({"pipl_mechanism": "certification"}, "US", ["MEDICAL_CONDITION"]) == {["pseudonymize", "PIPL_SPI_TRANSFER_NOT_CLEARED", ["MEDICAL_CONDITION"]]}
}

test_spi_with_mechanism_and_consent_is_allowed_with_obligations if {
	verdicts(cleared, "US", ["CN_RESIDENT_ID"]) == {["allow", "PIPL_SPI_TRANSFER_CLEARED", ["CN_RESIDENT_ID"]]}
	some v in cn.verdicts with input as fixtures.request("CN", "US", cleared, {}, ["IBAN_CODE"])
		with data.entity_catalog as fixtures.catalog
	v.obligations == ["PIPL_IMPACT_ASSESSMENT", "PIPL_RECORD_MECHANISM"]
}

test_spi_rerouted_to_china_when_tenant_allows if {
	verdicts({"allow_reroute": true}, "US", ["CN_RESIDENT_ID", "EMAIL_ADDRESS"]) == {["reroute", "PIPL_SPI_REROUTE", ["CN_RESIDENT_ID", "EMAIL_ADDRESS"]]}
	some v in cn.verdicts with input as fixtures.request("CN", "US", {"allow_reroute": true}, {}, ["CN_RESIDENT_ID"])
		with data.entity_catalog as fixtures.catalog
	v.reroute == {"regions": ["CN"], "providers": ["deepseek", "moonshot", "qwen"]}
}

test_ordinary_pi_needs_a_mechanism if {
	verdicts({}, "US", ["EMAIL_ADDRESS", "PERSON"]) == {["pseudonymize", "PIPL_PI_NO_MECHANISM", ["EMAIL_ADDRESS", "PERSON"]]}
	verdicts({"pipl_mechanism": "security_assessment"}, "DE", ["EMAIL_ADDRESS"]) == {["allow", "PIPL_PI_TRANSFER_CLEARED", ["EMAIL_ADDRESS"]]}
}

test_unknown_mechanism_is_no_mechanism if {
	verdicts({"pipl_mechanism": "handshake"}, "US", ["PHONE_NUMBER"]) == {["pseudonymize", "PIPL_PI_NO_MECHANISM", ["PHONE_NUMBER"]]}
}

test_no_small_volume_exemption_for_spi if {
	v := fixtures.summary(cn.verdicts) with input as object.union(
		fixtures.request("CN", "US", {"pipl_mechanism": "standard_contract"}, {}, []),
		{"findings": [{"type": "CN_RESIDENT_ID", "count": 1}]},
	)
		with data.entity_catalog as fixtures.catalog
	v == {["pseudonymize", "PIPL_SPI_TRANSFER_NOT_CLEARED", ["CN_RESIDENT_ID"]]}
}

test_within_china_and_other_origins_are_not_judged if {
	verdicts({}, "CN", ["CN_RESIDENT_ID", "IMPORTANT_DATA"]) == set()
	count(cn.verdicts) == 0 with input as fixtures.request("US", "CN", {}, {}, ["CN_RESIDENT_ID"])
		with data.entity_catalog as fixtures.catalog
}

test_responses_are_not_judged if {
	count(cn.verdicts) == 0 with input as object.union(fixtures.request("CN", "US", {}, {}, ["CN_RESIDENT_ID"]), {"direction": "response"})
		with data.entity_catalog as fixtures.catalog
}
